"""Putting the clerk's text into Qt's rich text safely.

``escape`` does what ``html.escape`` does. The windows shown at start use this
one rather than the standard ``html`` module, whose import builds its table of
two thousand named characters (about 3 ms) that escaping never needs.
"""

from __future__ import annotations

_REPLACEMENTS = (("&", "&amp;"), ("<", "&lt;"), (">", "&gt;"), ('"', "&quot;"), ("'", "&#x27;"))


def escape(text: str) -> str:
    """``text`` with the five characters that mean something in HTML written as entities
    (``&`` first, so that the others' entities are not escaped again)."""
    for plain, entity in _REPLACEMENTS:
        text = text.replace(plain, entity)
    return text
