"""Calendar files: the deadlines of open enquiries, information requests and dispute cases,
and meetings (one, or the year's programme)."""

from __future__ import annotations

import datetime as dt
import os
from pathlib import Path

from parishdesk.documents.calendar_ics import render_deadlines, render_meetings
from parishdesk.domain.deadline_calendar import (
    Deadline,
    OpenCase,
    OpenEnquiry,
    PendingRequest,
    deadlines,
)
from parishdesk.domain.enquiry import OPEN_STATUSES
from parishdesk.domain.meeting_calendar import meeting_entry, programme
from parishdesk.errors import ParishDeskError
from parishdesk.services import access, enquiries, inbox
from parishdesk.services.meetings import agenda
from parishdesk.store import council_store

_OPEN = {s.value for s in OPEN_STATUSES}


def _open_enquiries(today: dt.date) -> list[OpenEnquiry]:
    query = enquiries.inbox_query(today, "all")
    rows = inbox.page(query, 0, max(inbox.count(query), 1))
    return [OpenEnquiry(r.reference, r.councillor_name, r.subject, r.status, r.ack_due,
                        r.answer_due, r.assigned_name)
            for r in rows if r.status in _OPEN]


def _pending_requests(today: dt.date) -> list[PendingRequest]:
    return [PendingRequest(r.reference, r.requester_name, r.documents, r.due_on, r.clock_stopped)
            for r in access.list_requests(today, access.RegisterFilter(pending=True))]


def _open_cases(today: dt.date) -> list[OpenCase]:
    from parishdesk.services.disputes import cases

    return [OpenCase(s.reference, s.next_due.label, s.next_due.due_on, s.paused)
            for s in cases.summaries(today) if s.is_open and s.next_due is not None]


def deadline_entries(today: dt.date, disputes: bool = True) -> list[Deadline]:
    """The deadlines to export; ``disputes=False`` leaves the dispute cases out."""
    council = council_store.get_council()
    if council is None:
        raise ParishDeskError("There is no council set up yet, so there are no deadlines.")
    return deadlines(_open_enquiries(today), _pending_requests(today), council.name,
                     _open_cases(today) if disputes else [])


def _council_name() -> str:
    council = council_store.get_council()
    if council is None:
        raise ParishDeskError("There is no council set up yet, so there is nothing to export.")
    return council.name


def _write(target: Path, data: bytes) -> None:
    if target.suffix.lower() != ".ics":
        raise ParishDeskError(f"A calendar file's name ends in .ics: {target.name}")
    target.parent.mkdir(parents=True, exist_ok=True)
    part = target.with_name(target.name + ".part")
    part.write_bytes(data)
    os.replace(part, target)


def export_deadlines(target: Path, today: dt.date, now: dt.datetime,
                     disputes: bool = True) -> int:
    """Write the calendar file (replacing any earlier export there); the number of entries.

    Dispute cases come in as their reference and the step due only (see
    ``domain.deadline_calendar.case_deadline``); ``disputes=False`` leaves them out.
    """
    if target.suffix.lower() != ".ics":
        raise ParishDeskError(f"A calendar file's name ends in .ics: {target.name}")
    entries = deadline_entries(today, disputes)
    _write(target, render_deadlines(entries, f"{_council_name()}: deadlines", now))
    return len(entries)


def export_meeting(meeting_id: int, target: Path, now: dt.datetime) -> str:
    """One meeting as a calendar file; its title."""
    name = _council_name()
    meeting = agenda.get_meeting(meeting_id)
    entry = meeting_entry(meeting, agenda.items(meeting_id), name)
    _write(target, render_meetings([entry], f"{name}: {meeting.title}", now))
    return meeting.title


def export_programme(year: int, target: Path, now: dt.datetime) -> int:
    """Every meeting of ``year`` as one calendar file; the number of meetings."""
    name = _council_name()
    chosen = [m for m in agenda.meetings() if m.on.year == year and m.id is not None]
    agendas = {m.id: agenda.items(m.id) for m in chosen if m.id is not None}
    entries = programme(chosen, agendas, name, year)
    _write(target, render_meetings(entries, f"{name}: meetings in {year}", now))
    return len(entries)
