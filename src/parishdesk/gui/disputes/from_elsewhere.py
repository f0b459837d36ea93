"""Opening a dispute concern from another area's record (an enquiry, an information
request): the Disputes wizard starts with the record linked, and the case file says what it
arose from. Other areas call :func:`open_concern_from` with a few lines."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget


def open_concern_from(widget: QWidget, kind: str, record_id: int, label: str) -> int | None:
    """Open the wizard in the Disputes area (built on first use) with the record linked.
    The new case's id, or None if the clerk cancelled or Disputes is not there."""
    page_of = getattr(widget.window(), "page", None)
    disputes = page_of("disputes") if callable(page_of) else None
    start = getattr(disputes, "concern_from_anywhere", None)
    if not callable(start):
        return None
    result = start((kind, record_id, label))
    return result if isinstance(result, int) else None
