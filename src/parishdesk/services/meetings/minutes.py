"""Minutes: drafted from the record, approved at a later meeting, signed, and never changed
after (MEET-8). Each signed set is hash-chained to the one before."""

from __future__ import annotations

import datetime as dt
from typing import Any

from parishdesk.domain.meetings.minutes import (
    GENESIS,
    ChainProblem,
    MeetingRecord,
    draft_minutes,
    minute_number,
    next_sequence,
    sign,
    verify_chain,
)
from parishdesk.domain.meetings.records import AgendaItem, Meeting, Minute, Motion
from parishdesk.errors import ParishDeskError, ValidationError
from parishdesk.services.meetings.common import MinutesClosed, check_text, open_meeting
from parishdesk.services.meetings.table import attendance
from parishdesk.store import meetings_store, minutes_store
from parishdesk.store.db import database


def record_of(meeting_id: int) -> MeetingRecord:
    meeting = meetings_store.get_meeting(meeting_id)
    names = meetings_store.person_names()
    return MeetingRecord(
        meeting, tuple(meetings_store.list_items(meeting_id)),
        tuple(a for a in attendance(meeting_id)),
        tuple(meetings_store.list_declarations(meeting_id)),
        tuple(meetings_store.list_motions(meeting_id)), names,
        names.get(meeting.presiding_id or -1, ""))


def minutes(meeting_id: int) -> list[Minute]:
    return minutes_store.list_minutes(meeting_id)


def draft(meeting_id: int, actor: str) -> list[Minute]:
    """(Re)draft the meeting's minutes from what was recorded; earlier drafts are archived."""
    meeting = open_meeting(meeting_id)
    with database.atomic():
        own = {m.number for m in minutes_store.list_minutes(meeting_id)}
        used = [n for n in minutes_store.all_numbers() if n not in own]
        drafted = draft_minutes(record_of(meeting_id), next_sequence(used, meeting.on.year))
        saved = minutes_store.replace_drafts(actor, meeting_id, drafted)
        meetings_store.update_meeting(actor, meeting_id, minutes_state="draft")
    return saved


def edit_minute(minute_id: int, actor: str, **fields: Any) -> Minute:
    """Change a draft minute's words. Approved or signed minutes are refused (MEET-8)."""
    minute = minutes_store.get_minute(minute_id)
    open_meeting(minute.meeting_id)
    check_text(fields)
    return minutes_store.update_minute(actor, minute_id, **fields)


def approve(meeting_id: int, approving_meeting_id: int, actor: str,
            motion_id: int | None = None) -> Meeting:
    """The minutes approved as a correct record at a later meeting, by its resolution."""
    meeting = meetings_store.get_meeting(meeting_id)
    approving = meetings_store.get_meeting(approving_meeting_id)
    if meeting.minutes_state != "draft":
        raise ParishDeskError("Only draft minutes can be approved: draft the minutes first"
                              if meeting.minutes_state == "none" else
                              f"These minutes are already {meeting.minutes_state}.")
    if approving.on <= meeting.on or approving_meeting_id == meeting_id:
        raise ValidationError({"approving_meeting_id": "Minutes are approved at a later "
                               "meeting: choose a meeting after this one."})
    with database.atomic():
        if motion_id is None:
            motion_id = _approval_motion(meeting, approving, actor).id
        return meetings_store.update_meeting(actor, meeting_id, minutes_state="approved",
                                             approved_at_meeting_id=approving_meeting_id,
                                             approved_by_motion_id=motion_id)


def _approval_motion(meeting: Meeting, approving: Meeting, actor: str) -> Motion:
    assert approving.id is not None
    items = meetings_store.list_items(approving.id)
    item = next((i for i in items if i.standard == "minutes"), None)
    if item is None:
        position = max((i.position for i in items), default=0) + 1
        item = meetings_store.add_item(actor, AgendaItem(
            meeting_id=approving.id, position=position, title="Minutes of the last meeting",
            standard="minutes", decision_expected=True))
    assert item.id is not None
    text = (f"the minutes of the meeting held on {meeting.on:%d/%m/%Y} be approved as a "
            "correct record and signed by the person presiding")
    for m in meetings_store.list_motions(approving.id):
        if m.item_id == item.id and m.text == text:
            return m
    return meetings_store.add_motion(actor, Motion(meeting_id=approving.id, item_id=item.id,
                                                   text=text, outcome="carried"))


def sign_minutes(meeting_id: int, signed_by: str, signed_on: dt.date, actor: str) -> Meeting:
    """Sign approved minutes: each minute's hash and the set's hash chained to the last set."""
    meeting = meetings_store.get_meeting(meeting_id)
    if meeting.minutes_state != "approved":
        raise ParishDeskError("Minutes are signed once a later meeting has approved them as a "
                              "correct record." if meeting.minutes_state != "signed"
                              else "These minutes are already signed.")
    if not signed_by.strip():
        raise ValidationError({"signed_by": "Say who presided and signed the minutes."})
    check_text({"signed_by": signed_by})
    with database.atomic():
        current = minutes_store.list_minutes(meeting_id)
        hashed, signature = sign(current, signed_by.strip(), signed_on,
                                 minutes_store.last_chain_hash() or GENESIS)
        minutes_store.save_signature(actor, hashed, signature)
        return meetings_store.update_meeting(actor, meeting_id, minutes_state="signed",
                                             signed_by=signed_by.strip(), signed_on=signed_on)


def add_correction(meeting_id: int, corrects_id: int, text: str, actor: str) -> Minute:
    """A correction of a signed minute: a new minute at a later meeting that refers to it."""
    corrected = minutes_store.get_minute(corrects_id)
    meeting = meetings_store.get_meeting(meeting_id)
    if meeting.minutes_state in ("approved", "signed"):
        raise MinutesClosed("Add the correction to a meeting whose minutes are still a draft.")
    if corrected.meeting_id == meeting_id:
        raise ValidationError({"corrects_id": "A correction is minuted at a later meeting."})
    if not text.strip():
        raise ValidationError({"body": "Say what the correction is."})
    check_text({"body": text})
    existing = minutes_store.list_minutes(meeting_id)
    own = {m.number for m in existing}
    used = [n for n in minutes_store.all_numbers() if n not in own] + sorted(own)
    number = minute_number(meeting.on.year, next_sequence(used, meeting.on.year))
    return minutes_store.add_minute(actor, Minute(
        meeting_id=meeting_id, position=max((m.position for m in existing), default=0) + 1,
        number=number, title=f"Correction to minute {corrected.number}", body=text.strip(),
        corrects_id=corrects_id))


def verify_minute_book() -> tuple[ChainProblem, ...]:
    """Check every signed set against its hashes and the chain."""
    meetings = {m.id: m for m in meetings_store.list_meetings(include_archived=True)}
    sets = [(s, minutes_store.list_minutes(s.meeting_id)) for s in minutes_store.signatures()]
    describe = {mid: f"{m.title.lower()} on {m.on:%d/%m/%Y}" for mid, m in meetings.items()
                if mid is not None}
    return verify_chain(sets, describe)


def signed_count() -> int:
    return len(minutes_store.signatures())
