"""Advice to party groups: every other group is told and offered the same (GROUP-1, GROUP-2).

When the Clerk reports to or advises one party group, each other current
group must be told and given substantially the same advice on the same
matter, and what a group is given is facts and options, never
recommendations or political advice. Group names compare without regard to
case or surrounding spaces, so "Independents " and "independents" are one
group.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import date

from parishdesk.domain.enquiry_checks import CheckWarning
from parishdesk.domain.rules import rule

RULE_IDS: tuple[str, ...] = ("GROUP-1", "GROUP-2")


def group_key(name: str) -> str:
    """The form in which group names are compared: trimmed, single-spaced, case-folded."""
    return " ".join(name.split()).casefold()


def _current_groups(all_groups: Iterable[str]) -> list[str]:
    seen: set[str] = set()
    groups: list[str] = []
    for name in all_groups:
        key = group_key(name)
        if key and key not in seen:
            seen.add(key)
            groups.append(name.strip())
    return groups


def _advised_key(advised_group: str) -> str:
    key = group_key(advised_group)
    if not key:
        raise ValueError("Say which party group was given the advice")
    return key


def groups_still_to_tell(
    advised_group: str, all_groups: Iterable[str], told: Mapping[str, date]
) -> tuple[str, ...]:
    """The current groups, other than the one advised, not yet told, in list order."""
    advised = _advised_key(advised_group)
    told_keys = {group_key(name) for name in told}
    return tuple(
        name for name in _current_groups(all_groups)
        if group_key(name) != advised and group_key(name) not in told_keys
    )


@dataclass(frozen=True)
class GroupAdviceStatus:
    """Where the duty to tell the other groups stands for one piece of advice."""

    advised_group: str
    told: tuple[tuple[str, date], ...]
    outstanding: tuple[str, ...]

    @property
    def complete(self) -> bool:
        return not self.outstanding

    @property
    def summary(self) -> str:
        if self.complete and not self.told:
            return "No other party group to tell."
        if self.complete:
            return "Every other party group has been told."
        return "Still to tell: " + ", ".join(self.outstanding) + "."


def group_advice_status(
    advised_group: str, all_groups: Iterable[str], told: Mapping[str, date]
) -> GroupAdviceStatus:
    """Which other current groups have been told (and when) and which are outstanding.

    Groups in ``told`` that are no longer current are left out of ``told``.
    """
    groups = _current_groups(all_groups)
    advised = _advised_key(advised_group)
    when = {group_key(name): day for name, day in told.items()}
    told_current = tuple(
        (name, when[group_key(name)]) for name in groups
        if group_key(name) != advised and group_key(name) in when
    )
    return GroupAdviceStatus(
        advised_group=advised_group.strip(),
        told=told_current,
        outstanding=groups_still_to_tell(advised_group, groups, told),
    )


_RECOMMENDATION = tuple(re.compile(p) for p in (
    r"\b(?:i|we) (?:would )?recommend\b",
    r"\bmy recommendation\b",
    r"\bour recommendation\b",
    r"\b(?:i|we) (?:would )?(?:advise|urge) (?:you|the group|members) to\b",
    r"\bthe group should\b",
    r"\byou should vote\b",
    r"\bvote (?:for|against)\b",
    r"\bmy advice is to\b",
))


def check_group_advice_text(text: str) -> CheckWarning | None:
    """GROUP-1: advice to a group should give facts and options, not recommend."""
    lowered = text.lower().replace("\u2019", "'")
    hits: list[str] = []
    for pattern in _RECOMMENDATION:
        match = pattern.search(lowered)
        if match and match.group(0) not in hits:
            hits.append(match.group(0))
    if not hits:
        return None
    rule("GROUP-1")
    quoted = ", ".join(f"\u201c{h}\u201d" for h in hits)
    return CheckWarning(
        "group-recommendation", ("GROUP-1",),
        "Recommendation in advice to a party group",
        f"The advice to the group reads as a recommendation: {quoted}.",
        "Give the group the facts and the options open to it, without recommending one or "
        "offering political advice; then offer the same to every other group.",
    )
