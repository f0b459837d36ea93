"""Where each councillor stands on the six-month attendance rule, and the reminders it
gives the Members area (MEET-9).

Its own module, light on imports: the Members area shows these reminders as it opens,
without loading the rest of the meetings services and records.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from parishdesk.domain.meetings import (
    attendance_deadline,
    attendance_problems,
    attendance_status,
)
from parishdesk.domain.reminders import Reminder
from parishdesk.store import attendance_store, members_store


@dataclass(frozen=True)
class MemberAttendance:
    """Where one councillor stands on the six-month attendance rule."""

    person_id: int
    name: str
    last_attended: dt.date | None
    status: str
    problems: tuple[str, ...]


def member_attendance(today: dt.date) -> list[MemberAttendance]:
    """Each current councillor's last attendance and where they stand on the six-month rule.

    A member with no attendance recorded counts from taking office, if that was after the
    first meeting ParishDesk recorded; otherwise ParishDesk cannot know and says nothing."""
    last = attendance_store.last_attendances(today)
    first = min(last.values(), default=None)
    approvals = attendance_store.absence_approvals()
    rows = []
    for c in members_store.list_councillors(on=today):
        if c.id is None or not c.is_current(today):
            continue
        took_office = c.accepted_office_on or c.joined_on
        since = last.get(c.id)
        if since is None and took_office and first and took_office >= first:
            since = took_office
        if since is None:
            rows.append(MemberAttendance(c.id, c.display_name, None, "ok", ()))
            continue
        approved = max((d for d in approvals.get(c.id, []) if d >= since), default=None)
        rows.append(MemberAttendance(
            c.id, c.display_name, last.get(c.id), attendance_status(since, today, approved),
            attendance_problems(c.display_name, since, today, approved)))
    return rows


def attendance_reminders(today: dt.date) -> tuple[Reminder, ...]:
    """The six-month rule as reminders for the Members area (MEET-9): four months without
    attending is a warning, six months passed is overdue."""
    found = []
    for row in member_attendance(today):
        if row.status not in ("warning", "lapsed") or not row.problems:
            continue
        since = row.last_attended
        text = row.problems[0].rsplit(" (MEET-9)", 1)[0] + "."
        found.append(Reminder("attendance", "overdue" if row.status == "lapsed" else "warning",
                              row.person_id, text.replace("..", "."),
                              attendance_deadline(since) if since else None, "MEET-9"))
    return tuple(found)
