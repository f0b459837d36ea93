"""Calendar files (.ics, RFC 5545) for Outlook and any other calendar, with ``icalendar``.

Timed entries (meetings) are written in UTC ("20261210T193000Z"), and the calendar
names the UK time zone in ``X-WR-TIMEZONE:Europe/London``. A UTC time means the same
instant in every program; a time tied to a time-zone definition (TZID plus VTIMEZONE)
is what Outlook for Windows has been seen to misread as the computer's own zone, so
the meeting moved by an hour. Google Calendar and Apple Calendar read
``X-WR-TIMEZONE`` as the calendar's zone and show the entries in UK time.

Deadlines are all-day entries (a date has no time zone), shown as free time
rather than busy, each with a reminder at 9 in the morning the day before. Each
entry keeps its UID from one export to the next, with a higher SEQUENCE, so
importing a new export updates the entries instead of adding copies.
"""

from __future__ import annotations

import datetime as dt

from icalendar import Alarm, Calendar, Event

from parishdesk import __version__
from parishdesk.domain.deadline_calendar import Deadline
from parishdesk.domain.meeting_calendar import MeetingEntry

PRODID = f"-//ParishDesk//ParishDesk {__version__}//EN"
UK_ZONE = "Europe/London"
_EPOCH = dt.datetime(2024, 1, 1, tzinfo=dt.UTC)


def _sequence(stamp: dt.datetime) -> int:
    """Grows with every export (minutes since 2024), so a later export always wins."""
    return max(0, int((stamp - _EPOCH).total_seconds() // 60))


def _calendar(calendar_name: str, stamp: dt.datetime) -> Calendar:
    if stamp.tzinfo is None:
        raise ValueError("The export time must carry its time zone")
    cal = Calendar()
    cal.add("prodid", PRODID)
    cal.add("version", "2.0")
    cal.add("calscale", "GREGORIAN")
    cal.add("method", "PUBLISH")
    cal.add("x-wr-calname", calendar_name)
    cal.add("x-wr-timezone", UK_ZONE)
    return cal


def _utc(when: dt.datetime | dt.date) -> dt.datetime | dt.date:
    """A time in UTC (written with "Z"); a date (an all-day entry) as it is."""
    if isinstance(when, dt.datetime):
        if when.tzinfo is None:
            raise ValueError("A meeting's time must carry its time zone")
        return when.astimezone(dt.UTC)
    return when


def render_meetings(entries: list[MeetingEntry], calendar_name: str, stamp: dt.datetime) -> bytes:
    """Meetings as one calendar file: times in UTC, the calendar in UK time."""
    cal = _calendar(calendar_name, stamp)
    stamp = stamp.astimezone(dt.UTC)
    for entry in entries:
        event = Event()
        event.add("uid", entry.uid)
        event.add("dtstamp", stamp)
        event.add("last-modified", stamp)
        event.add("sequence", _sequence(stamp))
        event.add("dtstart", _utc(entry.start))
        event.add("dtend", _utc(entry.end))
        event.add("summary", entry.summary)
        if entry.location:
            event.add("location", entry.location)
        event.add("description", entry.description)
        event.add("categories", ["Meetings"])
        cal.add_component(event)
    return bytes(cal.to_ical())


def render_deadlines(entries: list[Deadline], calendar_name: str, stamp: dt.datetime) -> bytes:
    """The entries as one calendar file; ``stamp`` is the export time (timezone-aware)."""
    cal = _calendar(calendar_name, stamp)
    stamp = stamp.astimezone(dt.UTC)
    for entry in entries:
        event = Event()
        event.add("uid", entry.uid)
        event.add("dtstamp", stamp)
        event.add("last-modified", stamp)
        event.add("sequence", _sequence(stamp))
        event.add("dtstart", entry.on)
        event.add("dtend", entry.on + dt.timedelta(days=1))
        event.add("summary", entry.summary)
        event.add("description", entry.description)
        event.add("categories", [entry.category])
        event.add("transp", "TRANSPARENT")
        event.add("class", entry.privacy)
        alarm = Alarm()
        alarm.add("action", "DISPLAY")
        alarm.add("description", entry.summary)
        alarm.add("trigger", dt.timedelta(hours=-15))
        event.add_component(alarm)
        cal.add_component(event)
    return bytes(cal.to_ical())
