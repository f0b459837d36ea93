"""A councillor's enquiry: its kinds, its lifecycle and its deadlines.

The lifecycle is::

    new → acknowledged → in_progress → waiting → answered → closed
                                    ↖──────────────┘ (reopen from answered or closed)

"Waiting" means waiting for the councillor (for example for a missing
detail); while an enquiry waits the clock stops, so its deadlines move later
by the working days spent waiting. Deadlines are counted in working days of
the council's nation (see :mod:`parishdesk.domain.workdays`).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, datetime
from enum import StrEnum

from parishdesk.domain.workdays import (
    ENGLAND_AND_WALES,
    add_working_days,
    working_days_between,
)

ACK_WORKING_DAYS = 2
ANSWER_WORKING_DAYS = 10
DUE_SOON_WORKING_DAYS = 2


class EnquiryError(ValueError):
    """An enquiry was asked to do something the rules do not allow."""


class Channel(StrEnum):
    EMAIL = "email"
    PHONE = "phone"
    IN_PERSON = "in_person"
    LETTER = "letter"
    MEETING = "meeting"


class Kind(StrEnum):
    FACTUAL = "factual"
    WORK = "work"
    COMPLAINT = "complaint"
    RESIDENT_CASE = "resident_case"
    GROUP_ADVICE = "group_advice"


class Priority(StrEnum):
    """How soon the Clerk means to deal with an enquiry.

    Only the Clerk sets it (ENQ-3): a councillor's own view of urgency is
    recorded as a fact for the protocol checks, never copied in here.
    """

    LOW = "low"
    NORMAL = "normal"
    HIGH = "high"
    URGENT = "urgent"


class Status(StrEnum):
    NEW = "new"
    ACKNOWLEDGED = "acknowledged"
    IN_PROGRESS = "in_progress"
    WAITING = "waiting"
    ANSWERED = "answered"
    CLOSED = "closed"


class DueState(StrEnum):
    OVERDUE = "overdue"
    DUE_SOON = "due_soon"
    ON_TRACK = "on_track"
    DONE = "done"


CHANNEL_LABELS: dict[Channel, str] = {
    Channel.EMAIL: "E-mail",
    Channel.PHONE: "Telephone",
    Channel.IN_PERSON: "In person",
    Channel.LETTER: "Letter",
    Channel.MEETING: "At a meeting",
}

KIND_LABELS: dict[Kind, str] = {
    Kind.FACTUAL: "Factual information",
    Kind.WORK: "Work request",
    Kind.COMPLAINT: "Complaint",
    Kind.RESIDENT_CASE: "Resident's case",
    Kind.GROUP_ADVICE: "Advice to a party group",
}

PRIORITY_LABELS: dict[Priority, str] = {
    Priority.LOW: "Low",
    Priority.NORMAL: "Normal",
    Priority.HIGH: "High",
    Priority.URGENT: "Urgent",
}

# Lowest first, for sorting a list of enquiries.
PRIORITY_ORDER: tuple[Priority, ...] = tuple(Priority)

STATUS_LABELS: dict[Status, str] = {
    Status.NEW: "New",
    Status.ACKNOWLEDGED: "Acknowledged",
    Status.IN_PROGRESS: "In progress",
    Status.WAITING: "Waiting for the councillor (clock stopped)",
    Status.ANSWERED: "Answered",
    Status.CLOSED: "Closed",
}

DUE_STATE_LABELS: dict[DueState, str] = {
    DueState.OVERDUE: "Overdue",
    DueState.DUE_SOON: "Due soon",
    DueState.ON_TRACK: "On track",
    DueState.DONE: "Done",
}

# Every move the lifecycle allows. Acknowledging may be skipped when the answer
# is quick; an enquiry left waiting may be closed if the councillor withdraws it.
_TRANSITIONS: dict[Status, frozenset[Status]] = {
    Status.NEW: frozenset({Status.ACKNOWLEDGED, Status.IN_PROGRESS, Status.WAITING,
                           Status.ANSWERED}),
    Status.ACKNOWLEDGED: frozenset({Status.IN_PROGRESS, Status.WAITING, Status.ANSWERED}),
    Status.IN_PROGRESS: frozenset({Status.WAITING, Status.ANSWERED}),
    Status.WAITING: frozenset({Status.IN_PROGRESS, Status.ANSWERED, Status.CLOSED}),
    Status.ANSWERED: frozenset({Status.CLOSED, Status.IN_PROGRESS}),
    Status.CLOSED: frozenset({Status.IN_PROGRESS}),
}

OPEN_STATUSES: frozenset[Status] = frozenset(
    {Status.NEW, Status.ACKNOWLEDGED, Status.IN_PROGRESS, Status.WAITING}
)


def _status(value: str) -> Status:
    try:
        return Status(value)
    except ValueError:
        known = ", ".join(s.value for s in Status)
        raise EnquiryError(f"Unknown enquiry status {value!r}: expected one of {known}") from None


def allowed_transitions(current: str) -> frozenset[Status]:
    """The statuses an enquiry in ``current`` may move to."""
    return _TRANSITIONS[_status(current)]


def transition(current: str, target: str) -> Status:
    """Check a status change and return the new status, or raise ``EnquiryError``."""
    here, there = _status(current), _status(target)
    if there not in _TRANSITIONS[here]:
        allowed = ", ".join(STATUS_LABELS[s].lower() for s in Status if s in _TRANSITIONS[here])
        raise EnquiryError(
            f"An enquiry that is {STATUS_LABELS[here].lower()} cannot be marked "
            f"{STATUS_LABELS[there].lower()}; it can be marked: {allowed}."
        )
    return there


def is_reopening(current: str, target: str) -> bool:
    """True when the move takes an answered or closed enquiry back into work."""
    return _status(current) in {Status.ANSWERED, Status.CLOSED} and _status(target) in OPEN_STATUSES


@dataclass(frozen=True)
class StatusChange:
    """The enquiry entered ``status`` at ``at``."""

    at: datetime
    status: str


def waiting_periods(
    history: Iterable[StatusChange], as_of: date | None = None
) -> tuple[tuple[date, date], ...]:
    """The (from, to) days of each spell in "waiting", in order.

    A spell still running is closed at ``as_of``; without ``as_of`` it is left
    out, because nobody yet knows how long it will last.
    """
    spells: list[tuple[date, date]] = []
    started: date | None = None
    for change in sorted(history, key=lambda c: c.at):
        waiting = _status(change.status) is Status.WAITING
        if waiting and started is None:
            started = change.at.date()
        elif not waiting and started is not None:
            spells.append((started, change.at.date()))
            started = None
    if started is not None and as_of is not None and as_of >= started:
        spells.append((started, as_of))
    return tuple(spells)


def deadline(
    received: date,
    working_days: int,
    history: Iterable[StatusChange] = (),
    nation: str = ENGLAND_AND_WALES,
    *,
    as_of: date | None = None,
) -> date:
    """The day an answer (or acknowledgement) is due.

    ``working_days`` after ``received`` (the day of receipt is day 0), moved
    later by the working days the clock was stopped while the enquiry waited
    for the councillor. A wait counts the working days after it began up to
    and including the day it ended. A wait that began after the deadline had
    already passed does not move it: a late enquiry stays late. A wait still
    running counts up to ``as_of`` (usually today).
    """
    due = add_working_days(received, working_days, nation)
    for start, end in waiting_periods(history, as_of):
        if start > due:
            continue
        stopped = working_days_between(max(start, received), end, nation)
        if stopped > 0:
            due = add_working_days(due, stopped, nation)
    return due


def working_days_left(due: date, today: date, nation: str = ENGLAND_AND_WALES) -> int:
    """Working days from ``today`` to ``due``: 0 on the day, negative once overdue."""
    return working_days_between(today, due, nation)


def due_state(
    due: date, today: date, nation: str = ENGLAND_AND_WALES, closed: bool = False
) -> DueState:
    """Overdue, due soon (two working days or fewer), on track, or done."""
    if closed:
        return DueState.DONE
    if today > due:
        return DueState.OVERDUE
    if working_days_left(due, today, nation) <= DUE_SOON_WORKING_DAYS:
        return DueState.DUE_SOON
    return DueState.ON_TRACK


def describe_due(
    due: date, today: date, nation: str = ENGLAND_AND_WALES, closed: bool = False
) -> str:
    """A short text for a list or a detail pane, so nothing relies on colour alone."""
    state = due_state(due, today, nation, closed)
    when = due.strftime("%d/%m/%Y")
    if state is DueState.DONE:
        return f"{DUE_STATE_LABELS[state]} (was due {when})"
    left = working_days_left(due, today, nation)
    if state is DueState.OVERDUE:
        late = max(-left, 1)
        return f"Overdue by {late} working day{'s' if late != 1 else ''} (due {when})"
    if left == 0:
        return f"Due today ({when})"
    return f"{DUE_STATE_LABELS[state]}: {left} working day{'s' if left != 1 else ''} left (due {when})"


def acknowledgement_late(status: str, ack_due: date, today: date) -> bool:
    """True while an enquiry is still New after the day it should have been acknowledged."""
    return _status(status) is Status.NEW and today > ack_due


def describe_acknowledgement(status: str, ack_due: date, today: date) -> str:
    """The acknowledgement deadline in words: "Acknowledge by dd/mm/yyyy", and whether it
    is done, due today or late."""
    text = f"Acknowledge by {ack_due.strftime('%d/%m/%Y')}"
    if _status(status) is not Status.NEW:
        return f"{text}: done"
    if today > ack_due:
        return f"{text}: late, not acknowledged yet"
    if today == ack_due:
        return f"{text}: today"
    return text


def answer_is_late(due: date, answered_on: date) -> bool:
    """True if the answer went out after the day it was due."""
    return answered_on > due


def check_late_reason(due: date, answered_on: date, late_reason: str | None) -> None:
    """Raise ``EnquiryError`` if a late answer has no reason recorded (ENQ-2)."""
    if answer_is_late(due, answered_on) and not (late_reason or "").strip():
        raise EnquiryError(
            f"The answer was due on {due.strftime('%d/%m/%Y')} and went out on "
            f"{answered_on.strftime('%d/%m/%Y')}; record why it was late."
        )
