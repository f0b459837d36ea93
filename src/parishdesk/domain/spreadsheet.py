"""Cells written to CSV and Excel files that are safe to open.

A spreadsheet treats a cell that begins with ``=``, ``+``, ``-`` or ``@`` (and, in some
programs, a tab or carriage return) as a formula. A name or a note typed as
``=HYPERLINK(...)`` would then run when the clerk, or anyone the file is sent to, opens the
export. Such a cell is written with a leading apostrophe, the spreadsheet's own mark for
"this is text"; reading our own export back takes the apostrophe off again.
"""

from __future__ import annotations

FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def to_cell(value: str) -> str:
    """``value`` as a cell that a spreadsheet shows as text, never runs as a formula."""
    return "'" + value if value.startswith(FORMULA_STARTS) else value


def from_cell(value: str) -> str:
    """A cell read back from a file: the apostrophe :func:`to_cell` added is taken off."""
    if value.startswith("'") and value[1:].startswith(FORMULA_STARTS):
        return value[1:]
    return value
