"""Meetings as calendar entries: one meeting, or a year's programme.

Pure: the service hands in the meetings and their agendas. A meeting with a
start time becomes a timed entry in UK time (Europe/London, so a summer meeting
is at the same clock time as a winter one); one without a time becomes an
all-day entry. The UID stays the same from one export to the next, so a
calendar updates the entry instead of adding a second one.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from zoneinfo import ZoneInfo

from parishdesk.domain.deadline_calendar import uid_domain
from parishdesk.domain.meetings.records import AgendaItem, Meeting

UK = ZoneInfo("Europe/London")
DEFAULT_LENGTH = dt.timedelta(hours=2)  # the register keeps a start time, not an end


@dataclass(frozen=True)
class MeetingEntry:
    uid: str
    start: dt.datetime | dt.date  # a datetime in UK time, or a date for an all-day entry
    end: dt.datetime | dt.date
    summary: str
    location: str
    description: str


def agenda_summary(items: Sequence[AgendaItem]) -> str:
    """The agenda, numbered; a confidential item shows its number only."""
    lines = []
    for number, item in enumerate(sorted(items, key=lambda i: i.position), start=1):
        lines.append(f"{number}. " + ("Confidential item" if item.confidential else item.title))
    return "Agenda:\n" + "\n".join(lines) if lines else "The agenda has not been set yet."


def meeting_entry(meeting: Meeting, items: Sequence[AgendaItem], council_name: str) -> MeetingEntry:
    if meeting.id is None:
        raise ValueError("Only a saved meeting can go in a calendar")
    start: dt.datetime | dt.date
    end: dt.datetime | dt.date
    if meeting.at is not None:
        start = dt.datetime.combine(meeting.on, meeting.at, tzinfo=UK)
        end = start + DEFAULT_LENGTH
    else:
        start, end = meeting.on, meeting.on + dt.timedelta(days=1)
    return MeetingEntry(
        uid=f"meeting-{meeting.id}@{uid_domain(council_name)}",
        start=start, end=end,
        summary=f"{meeting.title} ({council_name})",
        location=meeting.place.strip(),
        description=agenda_summary(items))


def programme(meetings: Sequence[Meeting], agendas: Mapping[int, Sequence[AgendaItem]],
              council_name: str, year: int) -> list[MeetingEntry]:
    """Every meeting held in ``year``, in date order."""
    chosen = sorted((m for m in meetings if m.on.year == year and m.id is not None),
                    key=lambda m: (m.on, m.at or dt.time(0), m.id or 0))
    return [meeting_entry(m, agendas.get(m.id or 0, ()), council_name) for m in chosen]
