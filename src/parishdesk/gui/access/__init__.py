"""The Information requests area: the register page (``page``), its dialogs and table model."""
