"""The Documents area: the page (``page``) and its tabs for the protocol, packs and letters."""
