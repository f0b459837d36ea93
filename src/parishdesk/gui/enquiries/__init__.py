"""The Enquiries area: the inbox page (``page``), its dialogs, detail pane and table model."""
