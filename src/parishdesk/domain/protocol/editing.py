"""Editing helpers for the import wizard (all pure: each returns a new Protocol)."""

from __future__ import annotations

from dataclasses import replace

from parishdesk.domain.protocol.model import (
    Block,
    Clause,
    Protocol,
    Section,
    blocks_from_text,
    clause_from_blocks,
)
from parishdesk.domain.protocol.outline import _parts


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
