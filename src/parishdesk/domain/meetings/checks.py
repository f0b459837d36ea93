"""The meeting rules as pure checks (MEET-1 to MEET-11, ROLE-2, ROLE-3, ROLE-5, CONDUCT-3).

Every problem is a sentence that ends by naming its rules in brackets, e.g.
"(MEET-3)". The IDs are for the code and the tests; :func:`plain_problem`
turns them into each rule's plain title and source for the clerk. A problem
never stops the clerk recording what happened: it is shown beside it.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass
from datetime import date, timedelta

from parishdesk.domain.workdays import bank_holiday_name, check_nation

#: Who a decision may be delegated to (MEET-7); a councillor is listed so it can be refused.
DELEGATES: tuple[str, ...] = ("committee", "sub-committee", "officer", "authority", "councillor")
#: Matters the council never delegates (MEET-7), as words to look for in the matter.
NON_DELEGABLE: dict[str, str] = {"precept": "Setting the precept", "borrow": "Borrowing money"}

CASTING_CHOICES: tuple[str, ...] = ("for", "against")

#: Kinds of interest declared at a meeting.
DECLARATION_KINDS: dict[str, str] = {
    "pecuniary": "Disclosable pecuniary interest",
    "other": "Other registrable interest",
    "non-registrable": "Non-registrable interest",
    "relationship": "Special relationship",
}
#: What the member did about it.
DECLARATION_ACTIONS: dict[str, str] = {
    "left": "Left the room for the item",
    "no-part": "Stayed but took no part",
    "dispensation": "Stayed under a dispensation",
    "took-part": "Stayed and took part",
}

AOB_WORDS = ("any other business", "a.o.b", "aob")

_IDS = re.compile(r"\s*\(((?:[A-Z]+-\d+)(?:,\s*[A-Z]+-\d+)*)\)")


def add_months(day: date, months: int) -> date:
    """``day`` moved on by whole calendar months; the 31st becomes the month's last day."""
    month_index = day.year * 12 + day.month - 1 + months
    year, month = divmod(month_index, 12)
    month += 1
    for last in (31, 30, 29, 28):
        try:
            return date(year, month, min(day.day, last))
        except ValueError:
            continue
    raise ValueError(f"Cannot move {day} by {months} months")  # pragma: no cover


def plain_problem(problem: str) -> str:
    """The problem as the clerk reads it: rule IDs become plain titles with their sources."""
    from parishdesk.domain.rules import rule  # the catalogue, when a problem is shown

    def words(match: re.Match[str]) -> str:
        ids = [part.strip() for part in match.group(1).split(",")]
        named = "; ".join(f"{rule(i).title}, {rule(i).source}" for i in ids)
        return f" ({named})"
    return _IDS.sub(words, problem)


def without_rule_ids(problem: str) -> str:
    """The problem sentence with its bracketed rule IDs taken out (the screen names the
    rules separately, by title, with a link to their source)."""
    return _IDS.sub("", problem)


def rule_ids(problem: str) -> tuple[str, ...]:
    """The rule IDs a problem sentence names (for tests and links)."""
    found: list[str] = []
    for match in _IDS.finditer(problem):
        found.extend(part.strip() for part in match.group(1).split(","))
    return tuple(found)


# --- MEET-1: quorum -------------------------------------------------------------------------

def quorum(seats: int) -> int:
    """The council's quorum: a third of its seats (vacant ones counted), rounded up, at least 3."""
    if seats < 1:
        raise ValueError(f"A council has at least one seat, not {seats}")
    return max(3, math.ceil(seats / 3))


@dataclass(frozen=True)
class ItemQuorum:
    """Who can be counted for one item, against the quorum."""

    needed: int
    present: int
    withdrawing: int
    counted: int
    quorate: bool
    problems: tuple[str, ...]


def item_quorum(needed: int, present: int, withdrawing: int = 0, *,
                dispensed: int = 0) -> ItemQuorum:
    """The quorum for one item (MEET-1 with MEET-5).

    ``withdrawing`` members have a pecuniary interest and must withdraw;
    ``dispensed`` of them hold a dispensation granted beforehand and so still count.
    """
    if min(needed, present, withdrawing, dispensed) < 0:
        raise ValueError("Counts for the quorum cannot be negative")
    dispensed = min(dispensed, withdrawing)
    counted = max(0, present - withdrawing + dispensed)
    problems: list[str] = []
    if counted < needed:
        if withdrawing - dispensed:
            problems.append(
                f"Only {counted} member{'s' if counted != 1 else ''} can take part once "
                f"{withdrawing - dispensed} with an interest withdraw{'s' if withdrawing - dispensed == 1 else ''}, "
                f"fewer than the quorum of {needed}: the item cannot be decided unless "
                "dispensations were granted beforehand (MEET-1, MEET-5).")
        else:
            if counted == 0:
                lead = f"No members are marked present yet; the quorum is {needed}"
            else:
                lead = (f"Only {counted} member{'' if counted == 1 else 's'} present, "
                        f"fewer than the quorum of {needed}")
            problems.append(f"{lead}: an inquorate meeting does no business (MEET-1).")
    return ItemQuorum(needed, present, withdrawing, counted, counted >= needed, tuple(problems))


# --- MEET-2: notice --------------------------------------------------------------------------

def clear_days(issued: date, meeting: date, nation: str) -> int:
    """Clear days between the summons and the meeting: neither end counted, nor Sundays
    nor the nation's bank holidays."""
    check_nation(nation)
    count = 0
    day = issued + timedelta(days=1)
    while day < meeting:
        if day.weekday() != 6 and bank_holiday_name(day, nation) is None:
            count += 1
        day += timedelta(days=1)
    return count


def notice_ok(issued: date, meeting: date, nation: str) -> bool:
    """True if a summons issued on ``issued`` gives three clear days before ``meeting`` (MEET-2)."""
    return clear_days(issued, meeting, nation) >= 3


def latest_summons_day(meeting: date, nation: str) -> date:
    """The last day a summons can be issued for ``meeting`` and still give three clear days."""
    day = meeting - timedelta(days=1)
    while not notice_ok(day, meeting, nation):
        day -= timedelta(days=1)
    return day


def notice_problems(issued: date | None, meeting: date, nation: str) -> tuple[str, ...]:
    if issued is None:
        return (f"The summons has not been issued yet; issue it by "
                f"{latest_summons_day(meeting, nation):%d/%m/%Y} (MEET-2).",)
    if notice_ok(issued, meeting, nation):
        return ()
    return (f"The summons issued on {issued:%d/%m/%Y} gives "
            f"{clear_days(issued, meeting, nation)} clear days, not three: the meeting "
            "should be summoned again for a later date (MEET-2).",)


def item_problems(title: str, decision_expected: bool, confidential: bool,
                  confidential_reason: str) -> tuple[str, ...]:
    """Checks on one agenda item as written (MEET-2, MEET-6)."""
    problems: list[str] = []
    lowered = title.lower()
    if decision_expected and any(word in lowered for word in AOB_WORDS):
        problems.append("Nothing can be decided under any other business: give the matter "
                        "its own agenda item (MEET-2).")
    if confidential and not confidential_reason.strip():
        problems.append("A confidential item needs the reason the press and public will be "
                        "excluded, such as staff matters or legal advice (MEET-6).")
    return tuple(problems)


def item_request_problems(papers_received_on: date | None, meeting: date) -> tuple[str, ...]:
    """A councillor's agenda item: papers at least a week before the meeting (ROLE-5, MEET-11)."""
    if papers_received_on is None:
        return ("The councillor's papers have not arrived; they are due at least a week "
                f"before the meeting, by {meeting - timedelta(days=7):%d/%m/%Y} (ROLE-5, MEET-11).",)
    if papers_received_on > meeting - timedelta(days=7):
        return (f"The papers arrived on {papers_received_on:%d/%m/%Y}, less than a week "
                "before the meeting; the Clerk settles with the Chair whether the item is "
                "taken (ROLE-5, MEET-11).",)
    return ()
