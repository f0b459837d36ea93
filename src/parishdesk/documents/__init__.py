"""PDF rendering: the only package that imports reportlab."""
