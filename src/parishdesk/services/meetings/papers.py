"""The meeting's papers as PDFs: summons and agenda, minutes (public and confidential
parts apart), and the minute book for a date range."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from parishdesk.documents.meetings_common import MinutesView, SummonsView, long_date
from parishdesk.errors import ParishDeskError
from parishdesk.services.letters import letterhead
from parishdesk.services.meetings.agenda import issue_summons
from parishdesk.services.meetings.common import body_members
from parishdesk.store import meetings_store, members_store, minutes_store


def _write(path: Path, data: bytes, what: str) -> Path:
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(data)
    except OSError as exc:
        raise ParishDeskError(f"The {what} could not be saved to {path}: {exc.strerror}.") \
            from exc
    return path


def summons_view(meeting_id: int, issued_on: dt.date) -> SummonsView:
    """What the summons and agenda are drawn from, the PDF and the Word copy alike."""
    meeting = meetings_store.get_meeting(meeting_id)
    officer = members_store.clerk()
    name = f"{officer.first_name} {officer.surname}" if officer else "The Clerk"
    post = officer.post if officer and officer.post != "Other" else (
        officer.post_other if officer else "Clerk")
    return SummonsView(
        letterhead(), meeting, tuple(meetings_store.list_items(meeting_id)), name,
        post or "Clerk", issued_on, tuple(body_members(meeting).values()))


def summons_pdf(meeting_id: int, issued_on: dt.date) -> bytes:
    from parishdesk.documents.meetings_agenda_pdf import render_agenda

    return render_agenda(summons_view(meeting_id, issued_on))


def issue_summons_pdf(meeting_id: int, path: Path, issued_on: dt.date, actor: str) -> Path:
    """Write the signed summons and agenda, and record the day it was issued (MEET-2)."""
    data = summons_pdf(meeting_id, issued_on)
    _write(path, data, "summons")
    issue_summons(meeting_id, issued_on, actor)
    return path


def minutes_view(meeting_id: int) -> MinutesView:
    meeting = meetings_store.get_meeting(meeting_id)
    names = meetings_store.person_names()
    approved_on = None
    approved_minute = ""
    if meeting.approved_at_meeting_id:
        approved_on = meetings_store.get_meeting(meeting.approved_at_meeting_id).on
        if meeting.approved_by_motion_id:
            motion = meetings_store.get_motion(meeting.approved_by_motion_id)
            approved_minute = next((m.number for m in minutes_store.list_minutes(
                meeting.approved_at_meeting_id) if m.item_id == motion.item_id), "")
    chain = next((s.chain_hash for s in minutes_store.signatures()
                  if s.meeting_id == meeting_id), "")
    return MinutesView(letterhead(), meeting, tuple(minutes_store.list_minutes(meeting_id)),
                       names.get(meeting.presiding_id or -1, ""), approved_on, approved_minute,
                       chain)


def minutes_with_text(meeting_id: int) -> MinutesView:
    """The minutes' view, refusing plainly when nothing has been minuted yet."""
    view = minutes_view(meeting_id)
    if not view.minutes:
        raise ParishDeskError("There are no minutes yet: draft them from the meeting first.")
    return view


def minutes_pdf(meeting_id: int, part: str = "public") -> bytes:
    from parishdesk.documents.meetings_minutes_pdf import render_minutes

    return render_minutes(minutes_with_text(meeting_id), part)


def save_minutes_pdf(meeting_id: int, path: Path, part: str = "public") -> Path:
    return _write(path, minutes_pdf(meeting_id, part), "minutes")


def minute_book_pdf(start: dt.date, end: dt.date, part: str = "public") -> bytes:
    """The signed minutes of meetings from ``start`` to ``end``, in date order."""
    from parishdesk.documents.meetings_minutes_pdf import render_minute_book

    chosen = sorted((m for m in meetings_store.list_meetings()
                     if m.signed and start <= m.on <= end and m.id is not None),
                    key=lambda m: m.on)
    views = [minutes_view(m.id or 0) for m in chosen]
    title = f"Minute book, {long_date(start)} to {long_date(end)}"
    return render_minute_book(letterhead(), views, title, part)
