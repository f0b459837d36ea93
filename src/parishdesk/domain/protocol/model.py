"""The protocol as data: sections, clauses and the blocks a clause is made of."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Literal

from parishdesk.domain.protocol.lines import _ITEM_RE, _squash

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
