"""Officers' leave: record, correct and archive leave periods (never delete them).

The ENQ-6 enquiry check asks :func:`on_leave` whether the officer an enquiry
was addressed to was away on the day it arrived. Whenever a period is added,
changed or archived, the enquiries it touches are checked again, so the
warning appears (or goes) without anyone re-saving them.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from parishdesk.errors import ValidationError
from parishdesk.store import audit, members_store, officer_leave_store
from parishdesk.store.db import database
from parishdesk.store.officer_leave_store import OfficerLeave

TABLE = "officer_leave"

LEAVE_KINDS: dict[str, str] = {
    "annual": "Annual leave",
    "sick": "Sick leave",
    "other": "Other leave",
}


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


@dataclass(frozen=True)
class LeavePeriod:
    id: int
    officer_id: int
    officer_name: str
    starts_on: dt.date
    ends_on: dt.date
    kind: str
    note: str
    archived: bool

    @property
    def kind_label(self) -> str:
        return LEAVE_KINDS.get(self.kind, self.kind)

    def covers(self, day: dt.date) -> bool:
        return self.starts_on <= day <= self.ends_on

    @property
    def description(self) -> str:
        """E.g. "on annual leave from 16/11/2026 to 18/11/2026"."""
        when = (f"on {self.starts_on:%d/%m/%Y}" if self.starts_on == self.ends_on else
                f"from {self.starts_on:%d/%m/%Y} to {self.ends_on:%d/%m/%Y}")
        return f"on {self.kind_label.lower()} {when}"


def _officer_names() -> dict[int, str]:
    return {o.id: f"{o.first_name} {o.surname}".strip()
            for o in members_store.list_officers(include_former=True) if o.id is not None}


def _view(row: OfficerLeave, names: dict[int, str] | None = None) -> LeavePeriod:
    officer_id = officer_leave_store.officer_id_of(row)
    names = names if names is not None else _officer_names()
    return LeavePeriod(row.id, officer_id, names.get(officer_id, "(unknown officer)"),
                       row.starts_on, row.ends_on, row.kind, row.comment,
                       row.archived_at is not None)


def _validate(data: LeaveInput, except_id: int | None = None) -> dict[str, Any]:
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
            other = _view(clash[0])
            problems["ends_on"] = (f"This overlaps leave already recorded ({other.kind_label}, "
                                   f"{other.starts_on:%d/%m/%Y} to {other.ends_on:%d/%m/%Y}); "
                                   "change that period instead.")
    if problems:
        raise LeaveProblem(problems)
    return {"officer": data.officer_id, "starts_on": data.starts_on, "ends_on": data.ends_on,
            "kind": data.kind, "comment": data.note.strip()}


def _recheck(officer_id: int, spans: list[tuple[dt.date, dt.date]], actor: str) -> None:
    # Imported here: the enquiry service reads leave through this module.
    from parishdesk.services import enquiries

    enquiries.recheck_addressed_to(officer_id, spans, actor)


def list_leave(include_archived: bool = False, officer_id: int | None = None
               ) -> list[LeavePeriod]:
    """Leave periods, latest first; archived ones only when asked for."""
    names = _officer_names()
    return [_view(row, names) for row in officer_leave_store.periods(include_archived,
                                                                     officer_id)]


def on_leave(officer_id: int, day: dt.date) -> LeavePeriod | None:
    """The officer's leave period that includes ``day``, or None when they were at work."""
    row = officer_leave_store.covering(officer_id, day)
    return _view(row) if row is not None else None


def _row(leave_id: int) -> OfficerLeave:
    row = officer_leave_store.get(leave_id)
    if row is None:
        raise LeaveProblem({"id": f"There is no leave period number {leave_id}."})
    return row


def add_leave(data: LeaveInput, actor: str) -> LeavePeriod:
    """Record a leave period (first and last day included)."""
    values = _validate(data)
    with database.atomic():
        row = audit.create(OfficerLeave, actor, **values)
        _recheck(data.officer_id, [(data.starts_on, data.ends_on)], actor)
    return _view(row)


def update_leave(leave_id: int, data: LeaveInput, actor: str) -> LeavePeriod:
    """Correct a leave period; enquiries in the old and the new dates are checked again."""
    row = _row(leave_id)
    if row.archived_at is not None:
        raise LeaveProblem({"id": "This leave period has been archived and cannot be changed."})
    before = _view(row)
    values = _validate(data, except_id=leave_id)
    with database.atomic():
        audit.update(row, actor, **values)
        _recheck(before.officer_id, [(before.starts_on, before.ends_on)], actor)
        _recheck(data.officer_id, [(data.starts_on, data.ends_on)], actor)
    return _view(row)


def archive_leave(leave_id: int, reason: str, actor: str) -> None:
    """Archive a period entered by mistake or cancelled; the reason goes in the audit log."""
    if not reason.strip():
        raise LeaveProblem({"reason": "Say why the leave period is archived."})
    row = _row(leave_id)
    if row.archived_at is not None:
        raise LeaveProblem({"id": "This leave period is already archived."})
    view = _view(row)
    with database.atomic():
        audit.archive(row, actor, reason.strip())
        _recheck(view.officer_id, [(view.starts_on, view.ends_on)], actor)
