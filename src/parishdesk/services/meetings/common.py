"""What the meeting use cases share: the council, who sits on a body, who presides."""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping

from parishdesk.domain.meetings import quorum
from parishdesk.domain.meetings.records import Meeting
from parishdesk.domain.text_fields import text_problems
from parishdesk.errors import ParishDeskError, ValidationError
from parishdesk.store import meetings_store, members_store, settings
from parishdesk.store.council_store import get_council

COMMITTEE_QUORUM_DEFAULT = 3


class MinutesClosed(ParishDeskError):
    title = "These minutes are closed"


#: The meetings' one-line fields (no line breaks) and their labels in messages.
SINGLE_LINE = {"place": "The place", "title": "The title",
               "dispensation_ref": "The dispensation reference",
               "delegate_to": "Whom it is delegated to", "action_owner": "Who takes the action",
               "signed_by": "The name of whoever signs", "arrived_at": "The time they arrived",
               "left_at": "The time they left"}
#: Fields that may hold several lines (but no control characters).
MULTI_LINE = {"confidential_reason": "The reason it is confidential", "notes": "The notes",
              "reason": "The reason", "description": "The description", "text": "The text",
              "exclusion_reason": "The reason for excluding the public", "body": "The minute",
              "decision": "The decision", "reasons": "The reasons",
              "authority": "The authority"}


def check_text(values: Mapping[str, object]) -> None:
    """Refuse a line break in a one-line field, or a control character in any text field,
    with one message per field."""
    problems = text_problems(values, SINGLE_LINE, MULTI_LINE)
    if problems:
        raise ValidationError(problems)


def council_name() -> str:
    council = get_council()
    return council.name if council else ""


def nation() -> str:
    council = get_council()
    return council.nation if council else "england-and-wales"


def council_seats(on: dt.date) -> int:
    """The council's seats (vacant ones counted): a setting, else the councillors in office."""
    seats = settings.get_int("meetings.council_seats", 0)
    if seats > 0:
        return seats
    return max(1, sum(1 for c in members_store.list_councillors(on=on) if c.is_current(on)))


def quorum_for(meeting: Meeting) -> int:
    """The meeting's quorum (MEET-1): a third of the council's seats, or the committee's own."""
    if meeting.committee_id is None:
        return quorum(council_seats(meeting.on))
    return settings.get_int(f"meetings.committee_quorum.{meeting.committee_id}",
                            COMMITTEE_QUORUM_DEFAULT)


def body_members(meeting: Meeting) -> dict[int, str]:
    """The members of the body meeting, on the meeting's day: id → name, by surname."""
    on = meeting.on
    if meeting.committee_id is None:
        people = [c for c in members_store.list_councillors(on=on) if c.is_current(on)]
    else:
        ids = {r.person_id for r in members_store.list_roles(kinds=("committee_member",))
               if r.committee_id == meeting.committee_id and r.start <= on
               and (r.end is None or r.end > on)}
        people = [c for c in members_store.list_councillors(on=on) if c.id in ids]
    return {c.id: c.display_name for c in people if c.id is not None}


def default_presiding(committee_id: int | None, on: dt.date) -> tuple[int | None, str]:
    """The Chair, else the Vice-Chair; (None, "chosen") when neither holds office."""
    kinds = (("council_chair", "chair"), ("council_vice_chair", "vice-chair"))
    if committee_id is not None:
        kinds = (("committee_chair", "chair"), ("committee_vice_chair", "vice-chair"))
    for kind, label in kinds:
        holder = members_store.holder_of(kind, on, committee_id)
        if holder is not None:
            return holder.id, label
    return None, "chosen"


def open_meeting(meeting_id: int) -> Meeting:
    """The meeting, if its record may still change: refused once its minutes are approved."""
    meeting = meetings_store.get_meeting(meeting_id)
    if meeting.minutes_state in ("approved", "signed"):
        raise MinutesClosed(
            f"The minutes of the meeting on {meeting.on:%d/%m/%Y} have been "
            f"{meeting.minutes_state}, so what was recorded there is never changed. Record a "
            "correction as a new minute at a later meeting that refers to it.")
    return meeting
