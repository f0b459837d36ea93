"""Before the meeting: the meeting, its agenda, councillors' items, the summons, and
the interests the clerk should expect (MEET-1, MEET-2, MEET-5, MEET-6, ROLE-5, MEET-11)."""

from __future__ import annotations

import datetime as dt
import shutil
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

from parishdesk.domain.meetings import (
    absence_item_title,
    item_problems,
    item_request_problems,
    notice_problems,
)
from parishdesk.domain.meetings.interests import ItemForecast, forecast, suggest_interests
from parishdesk.domain.meetings.records import STANDARD_ITEMS, AgendaItem, Meeting
from parishdesk.errors import ParishDeskError, ValidationError
from parishdesk.services.meetings.common import (
    body_members,
    check_text,
    council_name,
    default_presiding,
    nation,
    open_meeting,
    quorum_for,
)
from parishdesk.store import attendance_store, meetings_store, members_store, register_store
from parishdesk.store.db import database


def meetings() -> list[Meeting]:
    return meetings_store.list_meetings()


def get_meeting(meeting_id: int) -> Meeting:
    return meetings_store.get_meeting(meeting_id)


def items(meeting_id: int) -> list[AgendaItem]:
    return meetings_store.list_items(meeting_id)


def _check_meeting(m: Meeting) -> None:
    check_text({"place": m.place})
    problems = {}
    if m.kind not in ("annual", "ordinary", "extraordinary"):
        problems["kind"] = "Choose annual, ordinary or extraordinary."
    if not m.place.strip():
        problems["place"] = "Say where the meeting is held: the summons names the place."
    if problems:
        raise ValidationError(problems)


def create_meeting(m: Meeting, actor: str) -> Meeting:
    """A new meeting with the standard opening items; the Chair (else Vice-Chair) presides."""
    _check_meeting(m)
    with database.atomic():
        if m.presiding_id is None:
            presiding, role = default_presiding(m.committee_id, m.on)
            m = replace(m, presiding_id=presiding, presiding_as=role)
        saved = meetings_store.add_meeting(actor, m)
        assert saved.id is not None
        for position, (key, title, decision) in enumerate(STANDARD_ITEMS, start=1):
            meetings_store.add_item(actor, AgendaItem(
                meeting_id=saved.id, position=position, title=title, standard=key,
                decision_expected=decision))
    return saved


def update_meeting(meeting_id: int, actor: str, **fields: Any) -> Meeting:
    open_meeting(meeting_id)
    check_text(fields)
    return meetings_store.update_meeting(actor, meeting_id, **fields)


def issue_summons(meeting_id: int, issued_on: dt.date, actor: str) -> Meeting:
    """Record the day the summons and agenda went out (the notice check uses it, MEET-2)."""
    open_meeting(meeting_id)
    return meetings_store.update_meeting(actor, meeting_id, summons_issued_on=issued_on)


def add_item(meeting_id: int, title: str, actor: str, **fields: Any) -> AgendaItem:
    """Add an item at the end of the agenda."""
    open_meeting(meeting_id)
    if not title.strip():
        raise ValidationError({"title": "Give the item a title."})
    check_text({"title": title, **fields})
    with database.atomic():
        position = max((i.position for i in items(meeting_id)), default=0) + 1
        return meetings_store.add_item(actor, AgendaItem(meeting_id=meeting_id,
                                                         position=position, title=title.strip(),
                                                         **fields))


def update_item(item_id: int, actor: str, **fields: Any) -> AgendaItem:
    """Change an item as the clerk types (only changed fields reach the audit log)."""
    item = meetings_store.get_item(item_id)
    open_meeting(item.meeting_id)
    check_text(fields)
    if "papers" in fields:
        fields["papers"] = tuple(fields["papers"])
    return meetings_store.update_item(actor, item_id, **fields)


def move_item(item_id: int, step: int, actor: str) -> list[AgendaItem]:
    """Move an item up (-1) or down (+1) the agenda, renumbering every position."""
    item = meetings_store.get_item(item_id)
    open_meeting(item.meeting_id)
    order = items(item.meeting_id)
    index = next(i for i, it in enumerate(order) if it.id == item_id)
    target = max(0, min(len(order) - 1, index + step))
    order.insert(target, order.pop(index))
    with database.atomic():
        for position, it in enumerate(order, start=1):
            if it.position != position and it.id is not None:
                meetings_store.update_item(actor, it.id, position=position)
    return items(item.meeting_id)


def withdraw_item(item_id: int, actor: str, reason: str) -> None:
    """Take an item off the agenda (archived, never deleted)."""
    item = meetings_store.get_item(item_id)
    open_meeting(item.meeting_id)
    check_text({"reason": reason})
    meetings_store.archive_item(actor, item_id, reason or "Taken off the agenda")


def request_item(meeting_id: int, councillor_id: int, title: str, asked_on: dt.date,
                 papers_received_on: dt.date | None, actor: str) -> AgendaItem:
    """A councillor's request for an agenda item, with when the papers arrived (ROLE-5)."""
    return add_item(meeting_id, title, actor, requested_by_id=councillor_id, asked_on=asked_on,
                    papers_received_on=papers_received_on, decision_expected=True)


def add_absence_item(meeting_id: int, person_id: int, actor: str) -> AgendaItem:
    """The one-click item to approve a member's reasons for absence (MEET-9)."""
    name = meetings_store.person_names([person_id]).get(person_id, "the member")
    return add_item(meeting_id, absence_item_title(name), actor, decision_expected=True,
                    notes="")


@dataclass(frozen=True)
class AgendaChecks:
    notice: tuple[str, ...]
    items: dict[int, tuple[str, ...]]


def agenda_checks(meeting_id: int) -> AgendaChecks:
    meeting = meetings_store.get_meeting(meeting_id)
    found: dict[int, tuple[str, ...]] = {}
    for item in items(meeting_id):
        problems = item_problems(item.title, item.decision_expected, item.confidential,
                                 item.confidential_reason)
        if item.requested_by_id is not None:
            problems += item_request_problems(item.papers_received_on, meeting.on)
        if item.id is not None and problems:
            found[item.id] = problems
    return AgendaChecks(notice_problems(meeting.summons_issued_on, meeting.on, nation()), found)


def interest_forecast(meeting_id: int) -> tuple[ItemForecast, ...]:
    """Which members may have an interest in which item, and which items would become
    inquorate if they withdrew (MEET-1, MEET-5)."""
    meeting = meetings_store.get_meeting(meeting_id)
    members = body_members(meeting)
    agenda = [i for i in items(meeting_id) if not i.standard]
    suggestions = suggest_interests(agenda, members, register_store.list_interests(),
                                    register_store.list_relationships(), council_name())
    apologies = sum(1 for a in attendance_store.list_attendance(meeting_id)
                    if a.status == "apologies")
    return forecast(agenda, suggestions, len(members) - apologies, quorum_for(meeting))


def set_presiding(meeting_id: int, person_id: int | None, actor: str) -> Meeting:
    """Who presides: the Chair, else the Vice-Chair, else a member chosen at the meeting."""
    meeting = open_meeting(meeting_id)
    council = meeting.committee_id is None
    chair = members_store.holder_of("council_chair" if council else "committee_chair",
                                   meeting.on, meeting.committee_id)
    vice = members_store.holder_of("council_vice_chair" if council else "committee_vice_chair",
                                  meeting.on, meeting.committee_id)
    role = ("chair" if chair is not None and chair.id == person_id else
            "vice-chair" if vice is not None and vice.id == person_id else "chosen")
    return meetings_store.update_meeting(actor, meeting_id, presiding_id=person_id,
                                         presiding_as=role)


def attach_paper(item_id: int, source: Path, attachments_dir: Path, actor: str) -> AgendaItem:
    """Copy a paper into the data folder (never over another file) and list it on the item."""
    item = meetings_store.get_item(item_id)
    open_meeting(item.meeting_id)
    if not source.is_file():
        raise ValidationError({"papers": f"{source} is not a file that can be read."})
    folder = attachments_dir / "meetings" / str(item.meeting_id)
    target = folder / source.name
    counter = 2
    while target.exists():
        target = folder / f"{source.stem} ({counter}){source.suffix}"
        counter += 1
    try:
        folder.mkdir(parents=True, exist_ok=True)
        shutil.copy2(source, target)
    except OSError as exc:
        raise ParishDeskError(f"The paper could not be copied into the data folder: "
                              f"{exc.strerror}.") from exc
    relative = target.relative_to(attachments_dir).as_posix()
    return meetings_store.update_item(actor, item_id, papers=(*item.papers, relative))


def find_meeting(wanted: str) -> int:
    """A meeting named by its number ("5") or its date ("10/12/2026")."""
    text = wanted.strip()
    if text.isdigit():
        number = int(text)
        if any(m.id == number for m in meetings()):
            return number
        raise ParishDeskError(f"There is no meeting number {number}.")
    try:
        day = dt.datetime.strptime(text, "%d/%m/%Y").date()
    except ValueError:
        raise ParishDeskError(f"Name the meeting by its number or its date (dd/mm/yyyy), not "
                              f"\u201c{text}\u201d.") from None
    found = [m for m in meetings() if m.on == day and m.id is not None]
    if not found:
        raise ParishDeskError(f"There is no meeting on {day:%d/%m/%Y}.")
    if len(found) > 1:
        numbers = ", ".join(f"{m.id} ({m.body})" for m in found)
        raise ParishDeskError(f"There are {len(found)} meetings on {day:%d/%m/%Y}: name one by "
                              f"its number: {numbers}.")
    return found[0].id or 0
