"""Line patterns shared by the parser, and removal of page headers, footers and numbers."""

from __future__ import annotations

import re
from collections import Counter

_MONTHS = {
    name: i
    for i, names in enumerate(
        (
            ("january", "jan"), ("february", "feb"), ("march", "mar"), ("april", "apr"),
            ("may",), ("june", "jun"), ("july", "jul"), ("august", "aug"),
            ("september", "sept", "sep"), ("october", "oct"), ("november", "nov"),
            ("december", "dec"),
        ),
        start=1,
    )
    for name in names
}
_MONTH_ALT = "|".join(sorted(_MONTHS, key=len, reverse=True))

_SECTION_RE = re.compile(r"^(?:section\s+|part\s+)?(\d{1,2})\.?[ \t]+(\S.*)$", re.IGNORECASE)
_CLAUSE_RE = re.compile(r"^(\d{1,2}(?:\.\d{1,2})+)\.?(?:[ \t]+(.*))?$")
_BULLET_RE = re.compile(r"^(?:[-–•*▪●◦·\uf0b7\u2023\u2043\x7f\x95]|o(?=\s))(?:\s+(.*))?$")
_ITEM_RE = re.compile(r"^(\((?:[a-zA-Z]{1,2}|[ivxIVX]{1,5}|\d{1,2})\)|(?:[a-zA-Z]{1,2}|[ivx]{1,5}|\d{1,2})\))\s+(\S.*)$")
_PAGE_NO_RE = re.compile(r"^(?:page\s*\d{1,3}(?:\s*(?:of|/)\s*\d{1,3})?|-?\s*\d{1,3}\s*-?|\d{1,3}\s*/\s*\d{1,3})$",
                         re.IGNORECASE)
_PAGE_WORD_RE = re.compile(r"^page\s*\d{1,3}(?:\s*(?:of|/)\s*\d{1,3})?$", re.IGNORECASE)
_MD_LINK_RE = re.compile(r"\[([^\]]*)\]\([^)]*\)")
_ANGLE_URL_RE = re.compile(r"<(https?://[^>\s]+)>")
_BOLD_RE = re.compile(r"\*\*(.+?)\*\*|__(.+?)__")
_MD_HEADING_RE = re.compile(r"^(#{1,6})\s+(.*)$")
_CONNECTIVES = {"and", "of", "the", "to", "for", "on", "in", "with", "between", "&", "-", "–", "a"}
_CLOSERS = "\"'”’)]*"


def _squash(s: str) -> str:
    return re.sub(r"\s+", " ", s).strip()


def _ends_terminal(s: str) -> bool:
    s = s.rstrip().rstrip(_CLOSERS).rstrip()
    return bool(s) and s[-1] in ".:;!?"


def _starts_lower(s: str) -> bool:
    return bool(s) and s[0].islower()


def _title_like(t: str, max_len: int = 100, max_words: int = 14) -> bool:
    t = t.strip()
    if not t or len(t) > max_len or len(t.split()) > max_words:
        return False
    first = t.lstrip("\"'“‘")[:1]
    if not first or not (first.isupper() or first.isdigit()):
        return False
    if re.match(rf"^(?:{_MONTH_ALT})\w*\s+\d{{4}}", t, re.IGNORECASE):
        return False
    return t.rstrip(_CLOSERS)[-1:] not in {".", ";", ","}


def _clean_line(line: str) -> str:
    line = line.replace("\u00a0", " ").replace("\u200b", "").replace("\ufeff", "")
    line = _MD_LINK_RE.sub(r"\1", line)
    line = _ANGLE_URL_RE.sub(r"\1", line)
    line = _BOLD_RE.sub(lambda m: m.group(1) or m.group(2), line)
    lead = len(line) - len(line.lstrip(" \t"))
    indent = line[:lead].expandtabs(4)
    body = line[lead:].rstrip()
    return indent + body


# --------------------------------------------------------------------------
# Page furniture


def _strip_furniture(text: str) -> list[str]:
    """Lines of the text without running headers, footers and page numbers."""
    pages = [[_clean_line(x) for x in page.split("\n")] for page in text.split("\f")]
    paged = sum(1 for p in pages if any(x.strip() for x in p)) >= 2

    def norm(s: str) -> str:
        s = _squash(s)
        if _CLAUSE_RE.match(s) or _SECTION_RE.match(s) or _BULLET_RE.match(s):
            return ""  # content, never furniture
        return re.sub(r"\d+", "#", s.lower())

    def edges(page: list[str]) -> set[int]:
        idx = [i for i, x in enumerate(page) if x.strip()]
        return set(idx[:3] + idx[-3:])

    repeated: set[str] = set()
    if paged:
        on_pages: Counter[str] = Counter()
        for page in pages:
            on_pages.update({norm(page[i]) for i in edges(page)})
        n_pages = sum(1 for p in pages if any(x.strip() for x in p))
        repeated = {
            k for k, v in on_pages.items() if k and v >= 2 and v * 2 >= n_pages and len(k) <= 120
        }
    else:
        counts = Counter(norm(x) for x in pages[0] if x.strip())
        repeated = {
            k for k, v in counts.items()
            if k and v >= 4 and len(k) <= 80
        }

    out: list[str] = []
    for page in pages:
        edge = edges(page) if paged else set(range(len(page)))
        for i, line in enumerate(page):
            s = _squash(line)
            if s and i in edge and (norm(s) in repeated or _PAGE_NO_RE.match(s)):
                continue
            if s and _PAGE_WORD_RE.match(s):
                continue
            if s and not paged and norm(s) in repeated:
                continue
            out.append(line)
    return out
