"""Checks on the member register that return problems instead of raising.

Each check returns a tuple of :class:`Problem`; an empty tuple means all is
well. A problem names the field it is about and says in plain words what to
put right, so a form can show it beside the field.

Role dates are half-open (see :mod:`parishdesk.domain.members`): a role runs
from ``start`` up to, but not including, ``end``; ``end=None`` is open-ended.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date, timedelta

from parishdesk.domain.members import (
    JOINED_HOW,
    POSTS,
    Councillor,
    Officer,
    Role,
    format_date,
)
from parishdesk.domain.text_fields import multi_line_problem, single_line_problem


@dataclass(frozen=True)
class Problem:
    """Something to put right in a record, tied to one field."""

    field: str
    message: str
    #: The rulebook rule behind the problem, if any (e.g. "ROLE-7").
    rule_id: str | None = None


# How far ahead a date may sensibly lie before we suspect a typing slip.
MAX_DAYS_AHEAD = 366
MAX_TERM_DAYS_AHEAD = 6 * 366
MAX_TITLE = 20
MAX_NAME = 80
MAX_WARD = 80

NO_CHAIR = "No Chair recorded."
NO_PROPER_OFFICER = "No Proper Officer recorded."

_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s.]+$")


def email_looks_valid(email: str) -> bool:
    """A light shape check: something@domain.tld, no spaces."""
    return bool(_EMAIL.match(email.strip()))


def overlaps(a_start: date, a_end: date | None, b_start: date, b_end: date | None) -> bool:
    """Whether two half-open periods share at least one day (``None`` end = open-ended)."""
    a_before_b_ends = b_end is None or a_start < b_end
    b_before_a_ends = a_end is None or b_start < a_end
    return a_before_b_ends and b_before_a_ends


def current_on(role: Role, day: date) -> bool:
    """Whether ``role`` is held on ``day``."""
    return role.start <= day and (role.end is None or day < role.end)


# ---------------------------------------------------------------------------
# Councillors
# ---------------------------------------------------------------------------


def _text_problems(one_line: Iterable[tuple[str, str, str]],
                   several_lines: Iterable[tuple[str, str, str]]) -> list[Problem]:
    """Line breaks and control characters where they do not belong, per field."""
    found: list[Problem] = []
    for field_name, label, value in one_line:
        message = single_line_problem(label, value)
        if message:
            found.append(Problem(field_name, message))
    for field_name, label, value in several_lines:
        message = multi_line_problem(label, value)
        if message:
            found.append(Problem(field_name, message))
    return found


def validate_councillor(c: Councillor, today: date) -> tuple[Problem, ...]:
    """Check one councillor's record before it is saved."""
    return councillor_problems(c, today)


def councillor_problems(c: Councillor, today: date | None) -> tuple[Problem, ...]:
    """As :func:`validate_councillor`; without ``today`` the far-future checks are skipped."""
    problems: list[Problem] = []
    add = problems.append

    if not c.first_name.strip():
        add(Problem("first_name", "First name is required."))
    if not c.surname.strip():
        add(Problem("surname", "Surname is required."))
    for name, label, value, limit in (
        ("title", "Title", c.title, MAX_TITLE),
        ("first_name", "First name", c.first_name, MAX_NAME),
        ("surname", "Surname", c.surname, MAX_NAME),
        ("preferred_name", "Preferred name", c.preferred_name, MAX_NAME),
        ("ward", "Ward", c.ward, MAX_WARD),
    ):
        if len(value.strip()) > limit:
            add(Problem(name, f"{label} is too long: at most {limit} characters."))
    if c.email.strip() and not email_looks_valid(c.email):
        add(Problem("email", f"E-mail address \u201c{c.email.strip()}\u201d does not look right: "
                             "it should be like name@example.org."))
    problems.extend(_text_problems((
        ("title", "Title", c.title), ("first_name", "First name", c.first_name),
        ("surname", "Surname", c.surname), ("preferred_name", "Preferred name",
                                             c.preferred_name),
        ("ward", "Ward", c.ward), ("phone", "Telephone", c.phone), ("email", "E-mail", c.email),
        ("left_reason", "Reason for leaving", c.left_reason)), (("address", "Address",
                                                                  c.address),)))
    if c.joined_how not in JOINED_HOW:
        add(Problem("joined_how", "How they joined must be elected, co-opted or appointed."))

    if today is not None:
        limit_day = today + timedelta(days=MAX_DAYS_AHEAD)
        for name, label, day in (
            ("joined_on", "Joined on", c.joined_on),
            ("accepted_office_on", "Accepted office on", c.accepted_office_on),
            ("left_on", "Left on", c.left_on),
        ):
            if day is not None and day > limit_day:
                add(Problem(name, f"{label} date {format_date(day)} is more than a year "
                                  "ahead: please check it."))
        term_limit = today + timedelta(days=MAX_TERM_DAYS_AHEAD)
        if c.term_ends_on is not None and c.term_ends_on > term_limit:
            add(Problem("term_ends_on", f"Term ends on {format_date(c.term_ends_on)} is more "
                                        "than six years ahead: please check it."))

    if c.joined_on is not None:
        if c.accepted_office_on is not None and c.accepted_office_on < c.joined_on:
            add(Problem("accepted_office_on",
                        "Accepted office on cannot be before the date they joined "
                        f"({format_date(c.joined_on)})."))
        if c.term_ends_on is not None and c.term_ends_on <= c.joined_on:
            add(Problem("term_ends_on",
                        "Term ends on must be after the date they joined "
                        f"({format_date(c.joined_on)})."))
        if c.left_on is not None and c.left_on < c.joined_on:
            add(Problem("left_on",
                        "Left on cannot be before the date they joined "
                        f"({format_date(c.joined_on)})."))
    if c.left_on is not None and not c.left_reason.strip():
        add(Problem("left_reason",
                    "Give a reason for leaving (for example: resigned, not re-elected, died)."))
    if c.left_on is None and c.left_reason.strip():
        add(Problem("left_on", "A reason for leaving is recorded: give the date they left too."))
    return tuple(problems)


# ---------------------------------------------------------------------------
# Officers
# ---------------------------------------------------------------------------


def _is_clerk(o: Officer) -> bool:
    return o.post == "Clerk" or o.is_proper_officer


def _citation(rule_id: str) -> str:
    """How a problem cites a rule; the catalogue is loaded when a problem first needs it
    (the register is read, and its reminders made, without it)."""
    from parishdesk.domain.rules import rule

    return rule(rule_id).citation


#: The message of a missing line manager starts so (archiving a leaver may skip it).
NO_LINE_MANAGER = "Choose a line manager"


def _no_line_manager(colleagues: Sequence[Officer], today: date | None) -> Problem:
    clerk = next((x for x in colleagues if _is_clerk(x) and x.is_current(today)), None)
    then = (f"choose {clerk.full_name} ({clerk.post_label})" if clerk is not None
            else "record the Clerk first, then choose them here")
    return Problem("line_manager_id",
                   f"{NO_LINE_MANAGER}: staff other than the Clerk report to the Clerk, {then}. "
                   f"See {_citation('ROLE-7')}.", "ROLE-7")


def validate_officer(
    o: Officer, others: Sequence[Officer], today: date | None = None
) -> tuple[Problem, ...]:
    """Check one officer's record against itself and the rest of the staff.

    ``others`` is the staff as stored; a stored copy of ``o`` itself (same id) is
    used only to notice that the Proper Officer is being taken away. With
    ``today`` an officer whose end date has passed no longer counts as current.
    """
    problems: list[Problem] = []
    add = problems.append
    previous = next((x for x in others if o.id is not None and x.id == o.id), None)
    colleagues = [x for x in others if o.id is None or x.id != o.id]

    if not o.first_name.strip():
        add(Problem("first_name", "First name is required."))
    if not o.surname.strip():
        add(Problem("surname", "Surname is required."))
    if o.post not in POSTS:
        add(Problem("post", f"Post must be one of: {', '.join(POSTS)}."))
    elif o.post == "Other" and not o.post_other.strip():
        add(Problem("post_other", "Say what the post is called when the post is \u201cOther\u201d."))
    if o.email.strip() and not email_looks_valid(o.email):
        add(Problem("email", f"E-mail address \u201c{o.email.strip()}\u201d does not look right: "
                             "it should be like name@example.org."))
    problems.extend(_text_problems((
        ("title", "Title", o.title), ("first_name", "First name", o.first_name),
        ("surname", "Surname", o.surname), ("post_other", "Post", o.post_other),
        ("phone", "Telephone", o.phone), ("email", "E-mail", o.email)), ()))
    if any(d not in range(7) for d in o.working_days):
        add(Problem("working_days", "Working days must be days of the week (Monday to Sunday)."))
    if (o.hours_from is None) != (o.hours_to is None):
        add(Problem("hours_to" if o.hours_to is None else "hours_from",
                    "Give both the start and the finish of the working hours, or neither."))
    elif o.hours_from is not None and o.hours_to is not None and o.hours_from >= o.hours_to:
        add(Problem("hours_to", "Working hours must finish after they start."))
    if o.started_on is not None and o.ended_on is not None and o.ended_on < o.started_on:
        add(Problem("ended_on", "Ended on cannot be before the date they started."))

    # Exactly one current Proper Officer.
    holders = [x for x in colleagues if x.is_proper_officer and x.is_current(today)]
    if o.is_proper_officer and o.is_current(today) and holders:
        names = ", ".join(f"{h.full_name} ({h.post_label})" for h in holders)
        add(Problem("is_proper_officer",
                    f"{names} is already the Proper Officer. Record the end of their "
                    "appointment, or untick theirs, before naming another."))
    if (
        previous is not None
        and previous.is_proper_officer
        and previous.is_current(today)
        and not (o.is_proper_officer and o.is_current(today))
        and not holders
    ):
        add(Problem("is_proper_officer",
                    "This would leave the council with no Proper Officer: name another "
                    "officer as Proper Officer first."))

    # Line management goes through the Clerk (ROLE-7).
    if o.line_manager_id is None and not _is_clerk(o):
        add(_no_line_manager(colleagues, today))
    if o.line_manager_id is not None:
        manager = next((x for x in colleagues if x.id == o.line_manager_id), None)
        if o.id is not None and o.line_manager_id == o.id:
            add(Problem("line_manager_id", "An officer cannot be their own line manager."))
        elif _is_clerk(o):
            add(Problem("line_manager_id",
                        "The Clerk is line-managed by the council (usually through its "
                        "staffing committee), not by another officer.", "ROLE-7"))
        elif manager is None:
            add(Problem("line_manager_id", "The chosen line manager is not on the staff list."))
        elif not _is_clerk(manager):
            add(Problem("line_manager_id",
                        f"Staff other than the Clerk are managed through the Clerk, not by "
                        f"{manager.full_name} ({manager.post_label}). "
                        f"See {_citation('ROLE-7')}.", "ROLE-7"))
    return tuple(problems)
