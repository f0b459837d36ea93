"""Document control: version, adoption and review dates found in a protocol's text."""

from __future__ import annotations

import re
from datetime import date
from typing import Any

from parishdesk.domain.protocol.lines import _CLAUSE_RE, _MONTH_ALT, _MONTHS, _SECTION_RE, _squash
from parishdesk.domain.protocol.model import ProtocolMetadata

_META_KEYS: dict[str, str | None] = {
    "version": "version", "version number": "version", "version no": "version",
    "version no.": "version", "issue number": "version",
    "adopted": "adopted", "adopted on": "adopted", "date adopted": "adopted",
    "date of adoption": "adopted", "adoption date": "adopted", "date approved": "adopted",
    "approved on": "adopted", "approved": "adopted",
    "reviewed": "last_reviewed", "last reviewed": "last_reviewed", "date reviewed": "last_reviewed",
    "last review": "last_reviewed", "last review date": "last_reviewed",
    "reviewed on": "last_reviewed", "date of last review": "last_reviewed",
    "review date": "next_review", "next review": "next_review", "next review date": "next_review",
    "date of next review": "next_review", "due for review": "next_review",
    "to be reviewed": "next_review", "next review due": "next_review",
    "adopted by": "adopted_by", "reviewed by": "adopted_by", "approved by": "adopted_by",
    "document control": None, "document history": None, "version control": None,
}
_META_LOOSE_RE = re.compile(r"^([A-Za-z][A-Za-z .&/]{0,40}?)\s*(?::\s*|[ ]{2,}|$)(.*)$")
_PLACEHOLDERS = {"", "tbc", "tba", "na", "none", "date", "ddmmyyyy", "ddmmyy", "tobeconfirmed",
                 "version", "notyet", "pending"}


def _meta_key(s: str) -> str:
    return _squash(s).lower().rstrip(":. ")


def _is_placeholder(value: str) -> bool:
    return re.sub(r"[\s\-–—_./\[\]()…]", "", value).lower() in _PLACEHOLDERS


_DATE_RE = re.compile(
    rf"(?P<iso>(?P<iy>\d{{4}})-(?P<im>\d{{1,2}})-(?P<id>\d{{1,2}}))"
    rf"|(?P<num>(?P<nd>\d{{1,2}})[-/.](?P<nm>\d{{1,2}})[-/.](?P<ny>\d{{4}}|\d{{2}}))"
    rf"|(?P<dmy>(?P<dd>\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?(?P<dmon>{_MONTH_ALT})\.?,?\s+(?P<dy>\d{{4}}))"
    rf"|(?P<mdy>(?P<mmon>{_MONTH_ALT})\.?\s+(?P<md>\d{{1,2}})(?:st|nd|rd|th)?,?\s+(?P<my>\d{{4}}))"
    rf"|(?P<my2>(?P<mymon>{_MONTH_ALT})\.?,?\s+(?P<myy>\d{{4}}))",
    re.IGNORECASE,
)


def parse_date(value: str) -> date | None:
    """The last date written in ``value`` ("June 2023" is 1 June 2023; "21-06-23" is 2023)."""
    found: date | None = None
    for m in _DATE_RE.finditer(value):
        g = m.groupdict()
        try:
            if g["iso"]:
                d = date(int(g["iy"]), int(g["im"]), int(g["id"]))
            elif g["num"]:
                year = int(g["ny"])
                d = date(year + 2000 if year < 100 else year, int(g["nm"]), int(g["nd"]))
            elif g["dmy"]:
                d = date(int(g["dy"]), _MONTHS[g["dmon"].lower()], int(g["dd"]))
            elif g["mdy"]:
                d = date(int(g["my"]), _MONTHS[g["mmon"].lower()], int(g["md"]))
            else:
                d = date(int(g["myy"]), _MONTHS[g["mymon"].lower()], 1)
        except ValueError:
            continue
        found = d
    return found


def _apply_meta(fields: dict[str, Any], key: str, value: str) -> None:
    value = _squash(value)
    if key == "version":
        v = re.sub(r"^(?:version|ver\.?|v)\s*", "", value, flags=re.IGNORECASE).strip()
        fields[key] = None if _is_placeholder(v) else v
    elif key == "adopted_by":
        fields[key] = None if _is_placeholder(value) else value
    else:
        fields[key] = None if _is_placeholder(value) else parse_date(value)


def _meta_split(s: str, body_started: bool) -> tuple[str | None, str]:
    """(known key, value) if the line is a document-control entry, else (None, "")."""
    if "\t" in s:
        head, _, value = s.partition("\t")
        key = _meta_key(head)
        return (key, value.replace("\t", " ")) if key in _META_KEYS else (None, "")
    if body_started or len(s) > 120:
        return None, ""
    m = _META_LOOSE_RE.match(s)
    if m and _meta_key(m.group(1)) in _META_KEYS:
        key = _meta_key(m.group(1))
        if m.group(2).strip() or _META_KEYS[key] is None or s.rstrip().endswith(":"):
            return key, m.group(2)
    # "Version Number 2", "Adopted on 21-06-23": a table whose cells ran together.
    lowered = s.lower()
    for key in sorted(_META_KEYS, key=len, reverse=True):
        target = _META_KEYS[key]
        if target is None or not lowered.startswith(key + " "):
            continue
        value = s[len(key):].strip()
        if target == "version" and re.fullmatch(r"v?\d[\w.]*", value, re.IGNORECASE):
            return key, value
        if target in ("adopted", "last_reviewed", "next_review") and (
            _is_placeholder(value) or parse_date(value) is not None
        ):
            return key, value
        if target == "adopted_by" and len(s) <= 80 and value[:1].isupper():
            return key, value
    return None, ""


def _take_metadata(lines: list[str]) -> tuple[ProtocolMetadata, list[str]]:
    fields: dict[str, Any] = {}
    out: list[str] = []
    body_started = False
    i = 0
    while i < len(lines):
        line = lines[i]
        s = line.strip()
        if not body_started and (_CLAUSE_RE.match(s) or _SECTION_RE.match(s)):
            body_started = True
        cells = [c.strip() for c in s.split("\t")]
        if len(cells) >= 2 and all(_meta_key(c) in _META_KEYS for c in cells if c):
            # A horizontal table: a row of headings, then a row of values.
            j = i + 1
            while j < len(lines) and not lines[j].strip():
                j += 1
            values = lines[j].strip().split("\t") if j < len(lines) else []
            if len([c for c in cells if c]) >= 2 and len(values) == len(cells):
                for head, val in zip(cells, values, strict=True):
                    target = _META_KEYS.get(_meta_key(head))
                    if target:
                        _apply_meta(fields, target, val)
                i = j + 1
                continue
        key, value = _meta_split(s, body_started)
        if key is not None:
            target = _META_KEYS[key]
            if target is not None:
                _apply_meta(fields, target, value)
            i += 1
            continue
        out.append(line)
        i += 1
    return ProtocolMetadata(**fields), out
