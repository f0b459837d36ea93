"""Who attended each meeting, with apologies and times, and the council's approvals of
reasons for absence (the six-month rule, MEET-9): domain records in and out."""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from parishdesk.store import audit
from parishdesk.store.attendance_models import AbsenceApprovalRow, MeetingAttendanceRow, MeetingRow
from parishdesk.store.db import database

if TYPE_CHECKING:
    from parishdesk.domain.meetings.records import Attendance

# The meeting records (and meetings_store) are imported by the functions that make them:
# the six-month reminders, read as the Members area opens, need only the dates.


def _attendance(row: MeetingAttendanceRow, names: Mapping[int, str]) -> Attendance:
    from parishdesk.domain.meetings.records import Attendance
    from parishdesk.store.meetings_store import _fk

    person = _fk(row, "person")
    return Attendance(id=row.get_id(), meeting_id=_fk(row, "meeting"), person_id=person,
                      name=names.get(person, ""), status=row.status, reason=row.reason,
                      reason_accepted=row.reason_accepted, arrived_at=row.arrived_at,
                      left_at=row.left_at)


def set_attendance(actor: str, a: Attendance) -> Attendance:
    """Record one member's attendance at a meeting (one row per member, updated in place)."""
    fields: dict[str, Any] = {"status": a.status, "reason": a.reason, "reason_accepted": a.reason_accepted,
              "arrived_at": a.arrived_at, "left_at": a.left_at}
    with database.atomic():
        row = MeetingAttendanceRow.get_or_none((MeetingAttendanceRow.meeting == a.meeting_id)
                                               & (MeetingAttendanceRow.person == a.person_id))
        if row is None:
            row = audit.create(MeetingAttendanceRow, actor, meeting=a.meeting_id,
                               person=a.person_id, **fields)
        else:
            audit.update(row, actor, "", **fields)
    from parishdesk.store.meetings_store import person_names

    return _attendance(row, person_names([a.person_id]))


def get_attendance(meeting_id: int, person_id: int) -> Attendance | None:
    row = MeetingAttendanceRow.get_or_none((MeetingAttendanceRow.meeting == meeting_id)
                                           & (MeetingAttendanceRow.person == person_id))
    return _attendance(row, {}) if row is not None else None


def list_attendance(meeting_id: int) -> list[Attendance]:
    from parishdesk.store.meetings_store import person_names

    names = person_names()
    query = MeetingAttendanceRow.select().where(MeetingAttendanceRow.meeting == meeting_id)
    return sorted((_attendance(r, names) for r in query),
                  key=lambda a: a.name.split()[-1] if a.name else "")


def last_attendances(on: dt.date) -> dict[int, dt.date]:
    """Person id → the date of the last meeting (on or before ``on``) they were present at."""
    query = (MeetingAttendanceRow.select(MeetingAttendanceRow.person, MeetingRow.on)
             .join(MeetingRow, on=(MeetingAttendanceRow.meeting == MeetingRow.id))
             .where((MeetingAttendanceRow.status == "present") & (MeetingRow.on <= on)
                    & MeetingRow.archived_at.is_null())
             .tuples())
    last: dict[int, dt.date] = {}
    pairs: list[tuple[int, dt.date]] = list(query)  # type: ignore[arg-type]
    for person, day in pairs:
        if person not in last or day > last[person]:
            last[person] = day
    return last


def add_absence_approval(actor: str, person_id: int, approved_on: dt.date,
                         meeting_id: int | None, reason: str) -> None:
    audit.create(AbsenceApprovalRow, actor, person=person_id, approved_on=approved_on,
                 meeting=meeting_id, reason=reason)


def absence_approvals() -> dict[int, list[dt.date]]:
    found: dict[int, list[dt.date]] = {}
    for row in AbsenceApprovalRow.select().where(AbsenceApprovalRow.archived_at.is_null()):
        found.setdefault(row.__data__.get("person"), []).append(row.approved_on)
    return found
