"""Reminders from the member register: what the clerk should see to first.

Interests forms due or overdue (CONDUCT-3), terms of office ending soon or
already ended without a new term recorded, and gaps in the register (no
Chair, no Proper Officer). Most urgent first.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from typing import Literal

from parishdesk.domain.member_rules import NO_CHAIR, NO_PROPER_OFFICER
from parishdesk.domain.members import (
    Councillor,
    FormStatus,
    InterestsForm,
    Officer,
    Role,
    effective_term_end,
    format_date,
    interests_form_state,
)
from parishdesk.domain.role_rules import register_gaps

Severity = Literal["info", "warning", "overdue"]
SEVERITY_RANK: dict[str, int] = {"overdue": 0, "warning": 1, "info": 2}
SEVERITY_LABELS: dict[str, str] = {"overdue": "Overdue", "warning": "Warning", "info": "For information"}

#: A term ending within this many days is mentioned.
TERM_ENDING_DAYS = 90
#: ... and becomes a warning within this many.
TERM_WARNING_DAYS = 30
#: An interests form due within this many days is a warning rather than information.
FORM_WARNING_DAYS = 7

_GAP_KINDS: dict[str, str] = {NO_CHAIR: "no_chair", NO_PROPER_OFFICER: "no_proper_officer"}


@dataclass(frozen=True)
class Reminder:
    """One thing for the clerk to attend to."""

    kind: str
    severity: Severity
    person_id: int | None
    text: str
    #: The date it is about (a due date, a term end), for sorting and display.
    due_on: date | None = None
    #: The rulebook rule behind the reminder, if any.
    rule_id: str | None = None


def _sort_key(r: Reminder) -> tuple[int, int, date, str]:
    # Within a severity: undated gaps first, then the earliest date.
    return (SEVERITY_RANK[r.severity], 0 if r.due_on is None else 1,
            r.due_on or date.min, r.text)


def _form_status(c: Councillor, forms: Sequence[InterestsForm], today: date) -> FormStatus:
    own = [f for f in forms if c.id is not None and f.councillor_id == c.id]
    if own:
        latest = max(own, key=lambda f: f.due_on)
        return latest.status(today)
    return interests_form_state(c.accepted_office_on, None, today)


def _interest_reminders(
    c: Councillor, forms: Sequence[InterestsForm], today: date
) -> list[Reminder]:
    status = _form_status(c, forms, today)
    if status.state in ("returned", "not_applicable") or status.days_left is None:
        return []
    due = format_date(status.due_on)
    if status.state == "overdue":
        late = -status.days_left
        return [Reminder(
            "interests_form_overdue", "overdue", c.id,
            f"{c.display_name}: register of interests form overdue since {due} "
            f"({late} day{'s' if late != 1 else ''} late).",
            status.due_on, "CONDUCT-3",
        )]
    left = status.days_left
    when = "today" if left == 0 else f"in {left} day{'s' if left != 1 else ''}"
    severity: Severity = "warning" if left <= FORM_WARNING_DAYS else "info"
    return [Reminder(
        "interests_form_due", severity, c.id,
        f"{c.display_name}: register of interests form due by {due} ({when}).",
        status.due_on, "CONDUCT-3",
    )]


def _term_reminders(c: Councillor, today: date, election_year: int) -> list[Reminder]:
    end = effective_term_end(c, election_year)
    if end is None:
        return []
    days = (end - today).days
    if days < 0:
        return [Reminder(
            "term_ended", "overdue", c.id,
            f"{c.display_name}: term of office ended on {format_date(end)}. Record the new "
            "term end if they were re-elected, or the date they left.",
            end,
        )]
    if days > TERM_ENDING_DAYS:
        return []
    when = "today" if days == 0 else f"in {days} day{'s' if days != 1 else ''}"
    severity: Severity = "warning" if days <= TERM_WARNING_DAYS else "info"
    return [Reminder(
        "term_ending", severity, c.id,
        f"{c.display_name}: term of office ends on {format_date(end)} ({when}).",
        end,
    )]


def member_reminders(
    councillors: Sequence[Councillor],
    officers: Sequence[Officer],
    roles: Sequence[Role],
    today: date,
    election_year: int,
    interests_forms: Sequence[InterestsForm] = (),
) -> tuple[Reminder, ...]:
    """Everything in the member register that needs attention, most urgent first.

    Only current councillors are considered. A councillor with no interests form
    recorded is treated as owing one from the day they accepted office; once a
    form is recorded, the latest one decides.
    """
    found: list[Reminder] = []
    for c in councillors:
        if not c.is_current(today):
            continue
        found += _interest_reminders(c, interests_forms, today)
        found += _term_reminders(c, today, election_year)
    for gap in register_gaps(roles, officers, today):
        kind = _GAP_KINDS.get(gap.message, f"register_{gap.field}")
        found.append(Reminder(kind, "warning", None, gap.message))
    return tuple(sorted(found, key=_sort_key))
