"""Document control written in a Word protocol's page header.

Many councils put the version and adoption date in the header of every page
("Member/Officer Protocol · Version 3 — adopted 12 May 2025") rather than in a
table in the body. :func:`control_from_header` reads them out of the header's text,
and :func:`fill_missing` adds them to what the body said, where the body is silent.
"""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date

from parishdesk.domain.protocol.metadata import _DATE_RE, parse_date
from parishdesk.domain.protocol.model import ProtocolMetadata

_VERSION_RE = re.compile(r"\b(?:version|ver\.|issue)\s*(?:no\.?|number)?\s*[:#.]?\s*"
                         r"(\d+(?:\.\d+)*[a-z]?)\b|\bv\.?\s?(\d+(?:\.\d+)+|\d+)\b",
                         re.IGNORECASE)
#: The words before each date, with the field the date goes to.
_DATED = (
    (re.compile(r"\b(?:adopted|approved|agreed)\b(?:\s+(?:on|by\s+council\s+on))?\s*:?",
                re.IGNORECASE), "adopted"),
    (re.compile(r"\b(?:last\s+)?reviewed\b(?:\s+on)?\s*:?", re.IGNORECASE), "last_reviewed"),
    (re.compile(r"\b(?:next\s+review|review\s+due|due\s+for\s+review)\b(?:\s+(?:on|by|date))?"
                r"\s*:?", re.IGNORECASE), "next_review"),
)
#: A field's words reach no further than the next separator or the next field's words.
_SEPARATORS = re.compile(r"[|;•·\n\t]| [–—-] |,\s+(?=[a-z]+\s)", re.IGNORECASE)


def _date_after(text: str, start: int) -> date | None:
    """The first date written after ``start``, before the next separator."""
    rest = text[start:]
    stop = _SEPARATORS.search(rest.lstrip(" :"))
    piece = rest.lstrip(" :")[: stop.start()] if stop else rest.lstrip(" :")
    match = _DATE_RE.search(piece)
    return parse_date(match.group(0)) if match else None


def control_from_header(text: str) -> ProtocolMetadata:
    """The version and dates written in a page header (None for what it does not say)."""
    fields: dict[str, object] = {}
    version = _VERSION_RE.search(text)
    if version:
        fields["version"] = version.group(1) or version.group(2)
    for pattern, key in _DATED:
        for found in pattern.finditer(text):
            # "Next review" is not "reviewed"; skip a "reviewed" inside "next review…".
            if key == "last_reviewed" and re.search(r"next\s*$", text[:found.start()],
                                                      re.IGNORECASE):
                continue
            day = _date_after(text, found.end())
            if day is not None:
                fields[key] = day
                break
    return ProtocolMetadata(**fields)  # type: ignore[arg-type]


def fill_missing(body: ProtocolMetadata, header: ProtocolMetadata) -> ProtocolMetadata:
    """The body's document control, with the header's values where the body has none."""
    return replace(body, **{
        name: getattr(header, name) for name in ("version", "adopted", "last_reviewed",
                                                 "next_review", "adopted_by")
        if getattr(body, name) is None and getattr(header, name) is not None})
