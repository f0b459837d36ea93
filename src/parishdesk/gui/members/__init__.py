"""The Members area: the page (``page``), its dialogs, detail panel and table model."""
