"""Officers' leave: record, correct and archive leave periods (never delete them).

The ENQ-6 enquiry check asks the store whether the officer an enquiry was
addressed to was away on the day it arrived (the period is a domain record,
``domain/officer_leave.py``, so the enquiry services never import this
module and there is no import cycle). Whenever a period is added,
changed or archived, the enquiries it touches are checked again, so the
warning appears (or goes) without anyone re-saving them.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from parishdesk.domain.officer_leave import LEAVE_KINDS, LeavePeriod
from parishdesk.errors import ValidationError
from parishdesk.services.enquiries.checks import recheck_addressed_to
from parishdesk.store import members_store, officer_leave_store
from parishdesk.store.db import database

TABLE = officer_leave_store.TABLE

__all__ = ["LEAVE_KINDS", "TABLE", "LeaveInput", "LeavePeriod", "LeaveProblem", "add_leave",
           "archive_leave", "list_leave", "on_leave", "update_leave"]


class LeaveProblem(ValidationError):
    """A leave period that cannot be saved; ``problems`` maps a field name to its message."""

    title = "Staff leave"

    @property
    def fields(self) -> dict[str, str]:
        return self.problems


@dataclass(frozen=True)
class LeaveInput:
    officer_id: int
    starts_on: dt.date
    ends_on: dt.date
    kind: str = "annual"
    note: str = ""


def _validate(data: LeaveInput, except_id: int | None = None) -> None:
    problems: dict[str, str] = {}
    officer = members_store.get_officer(data.officer_id) if data.officer_id else None
    if officer is None:
        problems["officer"] = "Choose the officer who is away."
    if data.kind not in LEAVE_KINDS:
        problems["kind"] = "Choose the kind of leave from the list."
    if data.ends_on < data.starts_on:
        problems["ends_on"] = "The last day of leave cannot be before the first."
    elif officer is not None:
        clash = officer_leave_store.overlapping(data.officer_id, data.starts_on, data.ends_on,
                                                except_id)
        if clash:
            other = clash[0]
            problems["ends_on"] = (f"This overlaps leave already recorded ({other.kind_label}, "
                                   f"{other.starts_on:%d/%m/%Y} to {other.ends_on:%d/%m/%Y}); "
                                   "change that period instead.")
    if problems:
        raise LeaveProblem(problems)


def list_leave(include_archived: bool = False, officer_id: int | None = None
               ) -> list[LeavePeriod]:
    """Leave periods, latest first; archived ones only when asked for."""
    return officer_leave_store.periods(include_archived, officer_id)


def on_leave(officer_id: int, day: dt.date) -> LeavePeriod | None:
    """The officer's leave period that includes ``day``, or None when they were at work."""
    return officer_leave_store.covering(officer_id, day)


def _period(leave_id: int) -> LeavePeriod:
    period = officer_leave_store.get(leave_id)
    if period is None:
        raise LeaveProblem({"id": f"There is no leave period number {leave_id}."})
    return period


def add_leave(data: LeaveInput, actor: str) -> LeavePeriod:
    """Record a leave period (first and last day included)."""
    _validate(data)
    with database.atomic():
        period = officer_leave_store.add(actor, data.officer_id, data.starts_on, data.ends_on,
                                         data.kind, data.note.strip())
        recheck_addressed_to(data.officer_id, [(data.starts_on, data.ends_on)], actor)
    return period


def update_leave(leave_id: int, data: LeaveInput, actor: str) -> LeavePeriod:
    """Correct a leave period; enquiries in the old and the new dates are checked again."""
    before = _period(leave_id)
    if before.archived:
        raise LeaveProblem({"id": "This leave period has been archived and cannot be changed."})
    _validate(data, except_id=leave_id)
    with database.atomic():
        after = officer_leave_store.update(leave_id, actor, data.officer_id, data.starts_on,
                                           data.ends_on, data.kind, data.note.strip())
        recheck_addressed_to(before.officer_id, [(before.starts_on, before.ends_on)], actor)
        recheck_addressed_to(data.officer_id, [(data.starts_on, data.ends_on)], actor)
    return after


def archive_leave(leave_id: int, reason: str, actor: str) -> None:
    """Archive a period entered by mistake or cancelled; the reason goes in the audit log."""
    if not reason.strip():
        raise LeaveProblem({"reason": "Say why the leave period is archived."})
    period = _period(leave_id)
    if period.archived:
        raise LeaveProblem({"id": "This leave period is already archived."})
    with database.atomic():
        officer_leave_store.archive(leave_id, actor, reason.strip())
        recheck_addressed_to(period.officer_id, [(period.starts_on, period.ends_on)], actor)
