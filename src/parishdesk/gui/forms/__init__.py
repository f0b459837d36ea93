"""Generated from ui/*.ui by packaging/build_forms.py. Do not edit."""
