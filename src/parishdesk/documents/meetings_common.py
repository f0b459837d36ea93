"""What the meeting documents share: long dates, times, and the views they are drawn from."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from parishdesk.domain.letters import Letterhead
from parishdesk.domain.meetings.records import AgendaItem, Meeting, Minute


def long_date(day: dt.date) -> str:
    """"Thursday 10 December 2026"."""
    return f"{day:%A} {day.day} {day:%B %Y}"


def clock(at: dt.time | None) -> str:
    """"7.30 pm", "7 pm", or "" when no time is set."""
    if at is None:
        return ""
    hour = at.hour % 12 or 12
    suffix = "am" if at.hour < 12 else "pm"
    return f"{hour}.{at.minute:02d} {suffix}" if at.minute else f"{hour} {suffix}"


@dataclass(frozen=True)
class SummonsView:
    letterhead: Letterhead
    meeting: Meeting
    items: tuple[AgendaItem, ...]
    proper_officer: str
    proper_officer_post: str
    issued_on: dt.date
    members: tuple[str, ...] = ()


@dataclass(frozen=True)
class MinutesView:
    letterhead: Letterhead
    meeting: Meeting
    minutes: tuple[Minute, ...]
    presiding_name: str = ""
    approved_on: dt.date | None = None
    approved_minute: str = ""
    chain_hash: str = ""
