"""The parsed protocol as plain outline data, and the numbering problems the clerk should check."""

from __future__ import annotations

from datetime import date
from typing import Any

from parishdesk.domain.protocol.model import LONG_CLAUSE_CHARS, OutlineWarning, Protocol


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
