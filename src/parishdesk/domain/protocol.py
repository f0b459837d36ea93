"""A council's own Member/Officer Protocol as structured data.

The clerk imports the council's protocol (Word, PDF or plain text); the text
is parsed here into numbered sections and clauses so that rules can be linked
to the council's own paragraphs ("paragraph 5.2 of the Council's protocol").

Real protocols come in untidy shapes: lines wrapped by PDF extraction, page
headers and footers, paragraphs broken across blank lines, unnumbered
headings, bullet lists and lettered sub-items. :func:`parse_protocol` copes
with those and keeps clause numbers exactly as written; the editing helpers
(:func:`renumber`, :func:`merge_clauses`, :func:`split_clause`,
:func:`edit_clause`) let the import wizard tidy what the parser found, and
:func:`protocol_to_markdown` writes a text that parses back to the same
structure.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, replace
from datetime import date
from typing import Any, Literal

BlockKind = Literal["para", "bullet", "item"]

LONG_CLAUSE_CHARS = 1500
"""A clause longer than this is flagged: it probably holds several paragraphs."""


@dataclass(frozen=True)
class Block:
    """One piece of a clause: a paragraph, a bullet or a labelled sub-item.

    ``label`` is the sub-item's label as written ("(a)", "b)", "(ii)");
    ``level`` is the nesting depth (0 = top level of the clause).
    """

    kind: BlockKind
    text: str
    label: str | None = None
    level: int = 0

    @property
    def plain(self) -> str:
        """The block as one line of plain text."""
        indent = "  " * self.level
        if self.kind == "bullet":
            return f"{indent}• {self.text}"
        if self.kind == "item":
            return f"{indent}{self.label} {self.text}"
        return f"{indent}{self.text}"


@dataclass(frozen=True)
class Clause:
    """A clause: its number as written ("2.3.1"), or None, and its content."""

    number: str | None
    text: str
    blocks: tuple[Block, ...] = ()


@dataclass(frozen=True)
class Section:
    """A numbered section ("1", "INTRODUCTION") or an unnumbered heading."""

    number: str | None
    title: str
    clauses: tuple[Clause, ...] = ()


@dataclass(frozen=True)
class ProtocolMetadata:
    """Document-control details (rule PROTO-1); None where the protocol is silent."""

    version: str | None = None
    adopted: date | None = None
    last_reviewed: date | None = None
    next_review: date | None = None
    adopted_by: str | None = None


@dataclass(frozen=True)
class Protocol:
    title: str
    metadata: ProtocolMetadata
    sections: tuple[Section, ...]
    preamble: tuple[Block, ...] = ()


@dataclass(frozen=True)
class OutlineWarning:
    """Something the clerk should check in the parsed outline.

    ``kind`` is "gap", "duplicate", "misplaced" or "long"; ``section_index``
    and ``clause_index`` locate it (clause_index None for a section heading).
    """

    kind: str
    message: str
    section_index: int
    clause_index: int | None = None


# --------------------------------------------------------------------------
# Building clauses from blocks and back


def clause_from_blocks(number: str | None, blocks: tuple[Block, ...] | list[Block]) -> Clause:
    """A clause whose ``text`` is its blocks' plain text joined by newlines."""
    blocks = tuple(blocks)
    return Clause(number, "\n".join(b.plain for b in blocks), blocks)


def blocks_from_text(text: str) -> tuple[Block, ...]:
    """The inverse of joining ``Block.plain`` lines: one block per non-blank line."""
    blocks: list[Block] = []
    for raw in text.splitlines():
        if not raw.strip():
            continue
        indent = len(raw) - len(raw.lstrip(" "))
        level = indent // 2
        body = _squash(raw)
        if body.startswith("•"):
            blocks.append(Block("bullet", body[1:].strip(), None, level))
            continue
        m = _ITEM_RE.match(body)
        if m:
            blocks.append(Block("item", m.group(2).strip(), m.group(1), level))
        else:
            blocks.append(Block("para", body, None, 0))
    return tuple(blocks)


# --------------------------------------------------------------------------
# Line patterns

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


# --------------------------------------------------------------------------
# Document control

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


# --------------------------------------------------------------------------
# Logical lines: physical lines joined into paragraphs, headings and markers


@dataclass
class _Line:
    kind: str  # "section" | "clause" | "bullet" | "item" | "text"
    text: str
    number: str | None = None
    label: str | None = None
    level: int = 0
    md_level: int = 0  # markdown heading depth, 0 if not a markdown heading
    last_len: int = 0


def _classify(raw: str, prev: _Line | None, blank: bool, mid_para: bool) -> _Line | None:
    indent = len(raw) - len(raw.lstrip(" "))
    s = raw.strip()
    md_level = 0
    m = _MD_HEADING_RE.match(s)
    if m:
        md_level, s = len(m.group(1)), m.group(2).strip()
    if not s or re.fullmatch(r"[;:,.•\-–*]+", s):
        return None
    level = 0 if indent == 0 else 1 + (indent - 1) // 4
    bullet = _BULLET_RE.match(s)
    if bullet:
        rest = (bullet.group(1) or "").strip()
        if not rest or re.fullmatch(r"[;:,.]+", rest):
            return None
        cm = _CLAUSE_RE.match(rest)
        if cm and cm.group(2):
            return _Line("clause", _squash(cm.group(2)), cm.group(1), last_len=len(s))
        im = _ITEM_RE.match(rest)
        if im:
            return _Line("item", _squash(im.group(2)), label=im.group(1), level=level, last_len=len(s))
        return _Line("bullet", _squash(rest), level=level + (1 if s[0] in "◦o" else 0), last_len=len(s))
    cm = _CLAUSE_RE.match(s)
    if cm and not mid_para:
        return _Line("clause", _squash(cm.group(2) or ""), cm.group(1), md_level=md_level, last_len=len(s))
    sm = _SECTION_RE.match(s)
    if sm and (md_level or (not mid_para and _title_like(sm.group(2)))):
        return _Line("section", _squash(sm.group(2)), sm.group(1), md_level=md_level, last_len=len(s))
    im = _ITEM_RE.match(s)
    if im and not mid_para:
        return _Line("item", _squash(im.group(2)), label=im.group(1), level=level, last_len=len(s))
    text = _squash(s).lstrip(",;: ")
    if not text:
        return None
    return _Line("text", text, md_level=md_level, last_len=len(s))


def _continues_heading(title: str, nxt: str) -> bool:
    if len(nxt) > 60 or _ends_terminal(nxt) or nxt.endswith(","):
        return False
    last = title.split()[-1].lower() if title.split() else ""
    if last in _CONNECTIVES or title.endswith((",", "-", "–", "&")):
        return True
    return title.isupper() and nxt.isupper()


def _logical_lines(lines: list[str]) -> list[_Line]:
    lengths = sorted(len(x.strip()) for x in lines if x.strip())
    width = lengths[int(len(lengths) * 0.9)] if lengths else 0
    wrapped = 50 <= width <= 150 and len(lengths) >= 10

    out: list[_Line] = []
    blank = True
    for raw in lines:
        if not raw.strip():
            blank = True
            continue
        prev = out[-1] if out else None
        prev_long = bool(prev and wrapped and prev.last_len >= 0.7 * width)
        mid_para = bool(
            prev and not blank and prev.kind in ("text", "clause", "bullet", "item")
            and prev_long and not _ends_terminal(prev.text)
        )
        line = _classify(raw, prev, blank, mid_para)
        if line is None:
            continue
        if prev is not None and line.kind == "text" and not line.md_level:
            if _joins(prev, line, blank, prev_long):
                prev.text = _squash(f"{prev.text} {line.text}")
                prev.last_len = line.last_len
                blank = False
                continue
        out.append(line)
        blank = False
    return out


def _joins(prev: _Line, line: _Line, blank: bool, prev_long: bool) -> bool:
    if prev.kind == "section":
        return _continues_heading(prev.text, line.text)
    if prev.md_level:
        return False
    if not prev.text:
        return True
    if blank:
        return _starts_lower(line.text) and not _ends_terminal(prev.text)
    return _starts_lower(line.text) or prev_long


# --------------------------------------------------------------------------
# Assembly


class _ClauseBuilder:
    def __init__(self, number: str | None, blocks: list[Block], closed: bool = False) -> None:
        self.number = number
        self.blocks = blocks
        self.closed = closed

    def open_list(self) -> bool:
        """An unnumbered clause whose lead-in ends with a colon takes the list that follows."""
        if not self.blocks or self.blocks[0].kind != "para":
            return False
        if not self.blocks[0].text.rstrip().endswith(":"):
            return False
        return all(b.kind != "para" for b in self.blocks[1:])

    def build(self) -> Clause:
        return clause_from_blocks(self.number, self.blocks)


def _block_of(line: _Line) -> Block:
    if line.kind == "bullet":
        return Block("bullet", line.text, None, line.level)
    if line.kind == "item":
        return Block("item", line.text, line.label, line.level)
    return Block("para", line.text)


def _is_heading(line: _Line, nxt: _Line | None) -> bool:
    if line.kind != "text":
        return False
    if line.md_level:
        return True
    if not _title_like(line.text, max_len=60, max_words=8):
        return False
    if line.text.endswith(":"):
        return nxt is not None and nxt.kind in ("clause", "section")
    return True


def _normalise_title(s: str) -> str:
    return re.sub(r"[^a-z0-9]", "", s.lower())


_TEXT_CONTROLS = frozenset("\t\n\r\f\v")  # tabs, line and page breaks are ordinary text


def looks_binary(text: str) -> bool:
    """Whether ``text`` is really something else read as text (an image, a spreadsheet, a
    .doc renamed .txt): it holds a NUL, or more than one character in 200 is a control
    character or an undecodable byte."""
    if "\x00" in text:
        return True
    odd = sum(1 for ch in text
              if (ch < " " and ch not in _TEXT_CONTROLS) or "\x7f" <= ch <= "\x9f"
              or ch == "\ufffd")
    return odd * 200 > len(text)


def parse_protocol(text: str) -> Protocol:
    """Parse a protocol's text into title, document control, sections and clauses."""
    metadata, lines = _take_metadata(_strip_furniture(text.replace("\r\n", "\n").replace("\r", "\n")))
    logical = _logical_lines(lines)
    numbered_doc = any(x.kind == "section" for x in logical)

    # Title: the leading heading lines; prefer one that names the protocol.
    candidates: list[_Line] = []
    for line in logical:
        if line.kind != "text" or len(candidates) >= 4:
            break
        if line.md_level >= 2 and candidates:
            break
        if not (line.md_level == 1 or _title_like(line.text)):
            break
        candidates.append(line)
    title = ""
    preamble: list[Block] = []
    if candidates:
        chosen = next((c for c in candidates if "protocol" in c.text.lower()), candidates[0])
        title = chosen.text
        preamble = [Block("para", c.text) for c in candidates if c is not chosen]
    rest = logical[len(candidates):]

    sections: list[tuple[str | None, str, list[_ClauseBuilder]]] = []
    current: _ClauseBuilder | None = None

    def clauses() -> list[_ClauseBuilder]:
        if not sections:
            sections.append((None, "", []))
        return sections[-1][2]

    for i, line in enumerate(rest):
        nxt = rest[i + 1] if i + 1 < len(rest) else None
        if line.kind == "section":
            sections.append((line.number, line.text, []))
            current = None
            continue
        if line.kind == "clause":
            current = _ClauseBuilder(line.number, [Block("para", line.text)] if line.text else [])
            clauses().append(current)
            continue
        heading = _is_heading(line, nxt)
        if not sections and (numbered_doc or not heading):
            preamble.append(_block_of(line))
            continue
        if heading and not numbered_doc:
            sections.append((None, line.text, []))
            current = None
            continue
        if heading:
            clauses().append(_ClauseBuilder(None, [Block("para", line.text)], closed=True))
            current = None
            continue
        if current is not None and not current.closed:
            if current.number is not None:
                current.blocks.append(_block_of(line))
                continue
            if line.kind == "item" or (line.kind == "bullet" and (line.level > 0 or current.open_list())):
                current.blocks.append(_block_of(line))
                continue
        current = _ClauseBuilder(None, [_block_of(line)])
        clauses().append(current)

    return Protocol(
        title=title,
        metadata=metadata,
        sections=tuple(
            Section(number, sec_title, tuple(c.build() for c in builders))
            for number, sec_title, builders in sections
        ),
        preamble=tuple(preamble),
    )


# --------------------------------------------------------------------------
# Outline and warnings


def _iso(d: date | None) -> str | None:
    return d.isoformat() if d else None


def preamble_paragraphs(p: Protocol) -> list[str]:
    """The text before the first section, one string per paragraph; bullets start "• " and
    sub-items with their label, e.g. "(a) ..."."""
    out = []
    for block in p.preamble:
        if block.kind == "bullet":
            out.append(f"\u2022 {block.text}")
        elif block.kind == "item" and block.label:
            out.append(f"{block.label} {block.text}")
        else:
            out.append(block.text)
    return out


def protocol_to_outline(p: Protocol) -> dict[str, Any]:
    """The protocol as plain JSON-ready data (title, metadata, sections, clauses).

    ``{"title": str, "metadata": {"version": str|null, "adopted": "YYYY-MM-DD"|null,
    "last_reviewed": ..., "next_review": ...}, "preamble": [str, ...], "sections":
    [{"number": str|null, "title": str, "clauses": [{"number": str|null, "text": str}]}]}``.
    "preamble" (the paragraphs before the first section) is there only when the protocol has
    one. A clause's "number" is as written ("1.1", "2.3.1"), or null for an unnumbered clause
    such as a sub-heading or a lead-in paragraph.
    """
    outline: dict[str, Any] = {
        "title": p.title,
        "metadata": {
            "version": p.metadata.version,
            "adopted": _iso(p.metadata.adopted),
            "last_reviewed": _iso(p.metadata.last_reviewed),
            "next_review": _iso(p.metadata.next_review),
        },
    }
    if p.preamble:
        outline["preamble"] = preamble_paragraphs(p)
    outline["sections"] = [
            {
                "number": s.number,
                "title": s.title,
                "clauses": [{"number": c.number, "text": c.text} for c in s.clauses],
            }
            for s in p.sections
    ]
    return outline


def _parts(number: str) -> tuple[int, ...] | None:
    try:
        return tuple(int(x) for x in number.split("."))
    except ValueError:
        return None


def _follows(prev: tuple[int, ...], nxt: tuple[int, ...]) -> bool:
    if nxt == prev + (1,):
        return True
    return any(nxt == prev[:k] + (prev[k] + 1,) for k in range(len(prev)))


def outline_warnings(p: Protocol) -> tuple[OutlineWarning, ...]:
    """Gaps and duplicates in the numbering, misplaced clauses and very long clauses."""
    found: list[OutlineWarning] = []
    seen: dict[str, str] = {}
    prev_section: tuple[int, ...] | None = None
    for si, section in enumerate(p.sections):
        where = f"section {section.number}" if section.number else f'the heading "{section.title}"'
        sec_parts = _parts(section.number) if section.number else None
        if section.number and sec_parts:
            key = f"section {section.number}"
            if key in seen:
                found.append(OutlineWarning("duplicate", f"Section {section.number} appears twice.", si))
            seen[key] = where
            expected = (prev_section[0] + 1,) if prev_section else (1,)
            if sec_parts != expected:
                before = f"section {prev_section[0]}" if prev_section else "the start"
                found.append(OutlineWarning(
                    "gap", f"Section numbering jumps from {before} to section {section.number}.", si))
            prev_section = sec_parts
        prev_clause: tuple[int, ...] | None = None
        for ci, clause in enumerate(section.clauses):
            label = f"Clause {clause.number}" if clause.number else f"Clause {ci + 1} of {where}"
            if len(clause.text) > LONG_CLAUSE_CHARS:
                found.append(OutlineWarning(
                    "long", f"{label} is very long "
                    f"({len(clause.text)} characters); consider splitting it.", si, ci))
            if not clause.number:
                continue
            parts = _parts(clause.number)
            if parts is None:
                continue
            if clause.number in seen:
                found.append(OutlineWarning(
                    "duplicate", f"Clause {clause.number} appears more than once ({where}).", si, ci))
            seen[clause.number] = where
            if sec_parts and parts[0] != sec_parts[0]:
                found.append(OutlineWarning(
                    "misplaced", f"Clause {clause.number} sits under section {section.number}.", si, ci))
            if prev_clause is None:
                ok = sec_parts is None or parts == (sec_parts[0], 1)
                if not ok:
                    found.append(OutlineWarning(
                        "gap", f"Section {section.number} starts at clause {clause.number}, "
                        f"not {sec_parts[0] if sec_parts else ''}.1.", si, ci))
            elif not _follows(prev_clause, parts):
                found.append(OutlineWarning(
                    "gap", f"Clause numbering jumps from {'.'.join(map(str, prev_clause))} to "
                    f"{clause.number} ({where}).", si, ci))
            prev_clause = parts
    return tuple(found)


# --------------------------------------------------------------------------
# Editing helpers for the import wizard (all pure: they return a new Protocol)


def _with_clauses(p: Protocol, si: int, new: list[Clause]) -> Protocol:
    sections = list(p.sections)
    sections[si] = replace(sections[si], clauses=tuple(new))
    return replace(p, sections=tuple(sections))


def _check(p: Protocol, si: int, ci: int) -> list[Clause]:
    if not 0 <= si < len(p.sections):
        raise ValueError(f"There is no section number {si + 1} in this protocol.")
    clauses = list(p.sections[si].clauses)
    if not 0 <= ci < len(clauses):
        raise ValueError(f"Section {si + 1} has no clause number {ci + 1}.")
    return clauses


def renumber(p: Protocol) -> Protocol:
    """Number every section 1, 2, 3… and every clause under it, keeping each clause's depth.

    An unnumbered clause counts as a top-level clause (depth 2, e.g. "3.4");
    a clause can go at most one level deeper than the one before it.
    """
    sections: list[Section] = []
    for si, section in enumerate(p.sections, start=1):
        counters = [si]
        clauses: list[Clause] = []
        for clause in section.clauses:
            parts = _parts(clause.number) if clause.number else None
            depth = max(2, len(parts)) if parts else 2
            depth = min(depth, len(counters) + 1)
            counters = counters[:depth] + [0] * (depth - len(counters))
            counters[depth - 1] += 1
            clauses.append(replace(clause, number=".".join(map(str, counters))))
        sections.append(replace(section, number=str(si), clauses=tuple(clauses)))
    return replace(p, sections=tuple(sections))


def merge_clauses(p: Protocol, section_index: int, clause_index: int) -> Protocol:
    """Merge a clause with the one after it (the first clause's number is kept)."""
    clauses = _check(p, section_index, clause_index)
    if clause_index + 1 >= len(clauses):
        raise ValueError("The last clause of a section has no following clause to merge with.")
    first, second = clauses[clause_index], clauses[clause_index + 1]
    merged = clause_from_blocks(first.number, _blocks(first) + _blocks(second))
    clauses[clause_index : clause_index + 2] = [merged]
    return _with_clauses(p, section_index, clauses)


def split_clause(p: Protocol, section_index: int, clause_index: int, at: int) -> Protocol:
    """Split a clause at character offset ``at`` of its text.

    The second part becomes a new, unnumbered clause; call :func:`renumber`
    to number it.
    """
    clauses = _check(p, section_index, clause_index)
    clause = clauses[clause_index]
    head, tail = clause.text[:at], clause.text[at:]
    if not 0 < at < len(clause.text) or not head.strip() or not tail.strip():
        raise ValueError("A clause can only be split where there is text on both sides.")
    first = clause_from_blocks(clause.number, blocks_from_text(head))
    second = clause_from_blocks(None, blocks_from_text(tail.lstrip()))
    clauses[clause_index : clause_index + 1] = [first, second]
    return _with_clauses(p, section_index, clauses)


def edit_clause(p: Protocol, section_index: int, clause_index: int, text: str) -> Protocol:
    """Replace a clause's text (bullets as "• …", sub-items by their label)."""
    clauses = _check(p, section_index, clause_index)
    blocks = blocks_from_text(text)
    if not blocks:
        raise ValueError("A clause cannot be empty; merge it with another instead.")
    clauses[clause_index] = clause_from_blocks(clauses[clause_index].number, blocks)
    return _with_clauses(p, section_index, clauses)


def _blocks(clause: Clause) -> tuple[Block, ...]:
    return clause.blocks if clause.blocks else blocks_from_text(clause.text)


# --------------------------------------------------------------------------
# Markdown


def _md_date(d: date | None) -> str:
    return d.strftime("%d/%m/%Y") if d else "—"


def _md_block(b: Block) -> str:
    indent = "    " * b.level
    if b.kind == "bullet":
        return f"{indent}- {b.text}"
    if b.kind == "item":
        return f"{indent}{b.label} {b.text}"
    return b.text


def protocol_to_markdown(p: Protocol) -> str:
    """The protocol as Markdown that :func:`parse_protocol` reads back unchanged."""
    m = p.metadata
    out: list[str] = []
    if p.title:
        out += [f"# {p.title}", ""]
    out += [
        f"Version\t{m.version or '—'}",
        f"Adopted on\t{_md_date(m.adopted)}",
        f"Last reviewed\t{_md_date(m.last_reviewed)}",
        f"Next review date\t{_md_date(m.next_review)}",
    ]
    if m.adopted_by:
        out.append(f"Adopted by\t{m.adopted_by}")
    out.append("")
    for b in p.preamble:
        out += [_md_block(b), ""]
    for s in p.sections:
        heading = f"{s.number} {s.title}" if s.number else s.title
        if heading.strip():
            out += [f"## {heading}", ""]
        for c in s.clauses:
            blocks = _blocks(c)
            if c.number:
                first = blocks[0].text if blocks and blocks[0].kind == "para" else ""
                out += [f"{c.number} {first}".rstrip(), ""]
                if first:
                    blocks = blocks[1:]
            for b in blocks:
                out += [_md_block(b), ""]
    return "\n".join(out).rstrip() + "\n"
