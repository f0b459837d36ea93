"""Parsing a protocol's text into title, document control, sections and clauses.

Real protocols come in untidy shapes: lines wrapped by PDF extraction, page
headers and footers, paragraphs broken across blank lines, unnumbered
headings, bullet lists and lettered sub-items. :func:`parse_protocol` copes
with those and keeps clause numbers exactly as written.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from parishdesk.domain.protocol.lines import (
    _BULLET_RE,
    _CLAUSE_RE,
    _CONNECTIVES,
    _ITEM_RE,
    _MD_HEADING_RE,
    _SECTION_RE,
    _ends_terminal,
    _squash,
    _starts_lower,
    _strip_furniture,
    _title_like,
)
from parishdesk.domain.protocol.metadata import _take_metadata
from parishdesk.domain.protocol.model import Block, Clause, Protocol, Section, clause_from_blocks

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
