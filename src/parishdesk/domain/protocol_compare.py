"""Comparing two versions of a protocol clause by clause.

Clauses are matched by their number ("5.2" in the old version against "5.2"
in the new one); unnumbered clauses are matched by their section and their
place in it. Text is compared with runs of white space squashed, so a
re-wrapped paragraph is not reported as a change. The result follows the new
version's order, with removed clauses placed after the clause that preceded
them in the old version.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Literal

from parishdesk.domain.protocol import Clause, Protocol, Section

DiffStatus = Literal["same", "changed", "added", "removed"]


@dataclass(frozen=True)
class ClauseDiff:
    """One clause in the comparison; ``section`` names the section as printed ("2 ROLES")."""

    section: str
    number: str
    status: DiffStatus
    old_text: str
    new_text: str


def section_label(section: Section) -> str:
    return " ".join(part for part in (section.number or "", section.title) if part).strip()


def _key(section: Section, position: int, clause: Clause) -> str:
    if clause.number:
        return clause.number
    return f"{section_label(section).lower()}#{position}"


def _entries(p: Protocol) -> list[tuple[str, str, str, str]]:
    """(key, section label, number, text) for every clause, in order."""
    out: list[tuple[str, str, str, str]] = []
    for section in p.sections:
        unnumbered = 0
        for clause in section.clauses:
            if not clause.number:
                unnumbered += 1
            out.append((_key(section, unnumbered, clause), section_label(section),
                        clause.number or "", clause.text))
    return out


def _same(a: str, b: str) -> bool:
    return re.sub(r"\s+", " ", a).strip() == re.sub(r"\s+", " ", b).strip()


def compare_protocols(old: Protocol, new: Protocol) -> list[ClauseDiff]:
    """Every clause of either version, marked same, changed, added or removed."""
    old_entries = _entries(old)
    new_entries = _entries(new)
    old_by_key = {key: (sec, num, text) for key, sec, num, text in old_entries}
    new_keys = {key for key, *_ in new_entries}

    # Removed clauses go after the nearest earlier old clause that survives.
    removed_after: dict[str | None, list[ClauseDiff]] = {}
    anchor: str | None = None
    for key, sec, num, text in old_entries:
        if key in new_keys:
            anchor = key
        else:
            removed_after.setdefault(anchor, []).append(ClauseDiff(sec, num, "removed", text, ""))

    result: list[ClauseDiff] = list(removed_after.get(None, []))
    for key, sec, num, text in new_entries:
        previous = old_by_key.get(key)
        if previous is None:
            result.append(ClauseDiff(sec, num, "added", "", text))
        else:
            status: DiffStatus = "same" if _same(previous[2], text) else "changed"
            result.append(ClauseDiff(sec, num, status, previous[2], text))
        result.extend(removed_after.get(key, []))
    return result


def summary_counts(diffs: list[ClauseDiff]) -> dict[str, int]:
    """How many clauses are the same, changed, added and removed."""
    counts = {"same": 0, "changed": 0, "added": 0, "removed": 0}
    for d in diffs:
        counts[d.status] += 1
    return counts
