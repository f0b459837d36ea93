"""At the table: attendance, declarations, motions and votes, saved as they are typed.

Nothing here refuses to record what happened because a rule was broken: each
function saves, then the checks say what was wrong (MEET-1, MEET-3 to MEET-7,
MEET-10, ROLE-2, CONDUCT-3), for the window to show beside the record.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from parishdesk.domain.meetings import (
    casting_voter_problems,
    count_recorded,
    decide_vote,
    declaration_problems,
    delegation_problems,
    exclusion_problems,
    item_problems,
    item_quorum,
    must_withdraw,
    recorded_vote_problems,
    rescission_problems,
)
from parishdesk.domain.meetings.checks import ItemQuorum
from parishdesk.domain.meetings.records import Attendance, Declaration, Motion
from parishdesk.errors import ValidationError
from parishdesk.services.meetings.common import (
    body_members,
    check_text,
    open_meeting,
    quorum_for,
)
from parishdesk.store import attendance_store, meetings_store, register_store
from parishdesk.store.db import database

NOTIFY_DAYS = 28


def attendance(meeting_id: int) -> list[Attendance]:
    """Every member of the body, with what was recorded (absent until said otherwise)."""
    meeting = meetings_store.get_meeting(meeting_id)
    recorded = {a.person_id: a for a in attendance_store.list_attendance(meeting_id)}
    rows = [recorded.pop(pid, Attendance(meeting_id=meeting_id, person_id=pid, name=name))
            for pid, name in body_members(meeting).items()]
    return rows + list(recorded.values())


def set_attendance(meeting_id: int, person_id: int, actor: str, **fields: Any) -> Attendance:
    """Record present / apologies (with reason and whether accepted) / absent, and times."""
    open_meeting(meeting_id)
    current = (attendance_store.get_attendance(meeting_id, person_id)
               or Attendance(meeting_id=meeting_id, person_id=person_id))
    values = {"status": current.status, "reason": current.reason,
              "reason_accepted": current.reason_accepted, "arrived_at": current.arrived_at,
              "left_at": current.left_at, **fields}
    check_text(fields)
    if values["status"] not in ("present", "apologies", "absent"):
        raise ValidationError({"status": "Choose present, apologies or absent."})
    for key in ("arrived_at", "left_at"):
        values[key] = _time_text(values[key], key)
    return attendance_store.set_attendance(actor, Attendance(meeting_id=meeting_id,
                                                           person_id=person_id, **values))


def _time_text(text: str, field: str) -> str:
    text = (text or "").strip().replace(".", ":")
    if not text:
        return ""
    try:
        return dt.datetime.strptime(text, "%H:%M").strftime("%H:%M")
    except ValueError:
        raise ValidationError({field: f"Give the time as hh:mm, e.g. 19:40 (not {text!r})."}) \
            from None


# --- declarations ---------------------------------------------------------------------------

def _on_register(person_id: int, description: str) -> bool:
    wanted = description.strip().lower()
    if not wanted:
        return True
    return any(wanted in i.description.lower() or i.description.lower() in wanted
               for i in register_store.list_interests(person_id) if i.removed_on is None)


def declare(meeting_id: int, item_id: int, person_id: int, kind: str, action: str,
            actor: str, *, description: str = "", dispensation_ref: str = "",
            on_register: bool | None = None, today: dt.date | None = None) -> Declaration:
    """Minute a declaration; a pecuniary one not on the register starts the 28-day reminder
    to notify the Monitoring Officer (MEET-5, CONDUCT-3)."""
    meeting = open_meeting(meeting_id)
    check_text({"description": description, "dispensation_ref": dispensation_ref})
    if on_register is None:
        on_register = _on_register(person_id, description)
    try:
        declaration_problems(kind, action)  # refuses unknown kinds and actions
    except ValueError:
        raise ValidationError({"kind": "Choose the kind of interest and what the member did "
                                       "about it from the lists."}) from None
    notify_by = None
    if kind == "pecuniary" and not on_register:
        notify_by = (today or meeting.on) + dt.timedelta(days=NOTIFY_DAYS)
    return meetings_store.add_declaration(actor, Declaration(
        meeting_id=meeting_id, item_id=item_id, person_id=person_id, kind=kind,
        description=description, action=action, dispensation_ref=dispensation_ref,
        on_register=on_register), notify_by)


def update_declaration(declaration_id: int, meeting_id: int, actor: str,
                       **fields: Any) -> Declaration:
    open_meeting(meeting_id)
    check_text(fields)
    return meetings_store.update_declaration(actor, declaration_id, **fields)


def withdraw_declaration(declaration_id: int, meeting_id: int, actor: str, reason: str) -> None:
    open_meeting(meeting_id)
    check_text({"reason": reason})
    meetings_store.archive_declaration(actor, declaration_id, reason)


def record_notified(declaration_id: int, on: dt.date, actor: str) -> None:
    """The Monitoring Officer has been told of an interest declared off the register."""
    meetings_store.set_notified(actor, declaration_id, on)


def declarations(meeting_id: int) -> list[Declaration]:
    return meetings_store.list_declarations(meeting_id)


# --- the live quorum ----------------------------------------------------------------------

def entitled(meeting_id: int, item_id: int) -> list[int]:
    """Members present and entitled to take part in an item (those withdrawing left out)."""
    present = [a.person_id for a in attendance_store.list_attendance(meeting_id)
               if a.status == "present"]
    out = {d.person_id for d in declarations(meeting_id)
           if d.item_id == item_id and must_withdraw(d.kind, d.action)}
    return [p for p in present if p not in out]


def live_quorum(meeting_id: int, item_id: int) -> ItemQuorum:
    meeting = meetings_store.get_meeting(meeting_id)
    present = [a.person_id for a in attendance_store.list_attendance(meeting_id)
               if a.status == "present"]
    withdrawing = {d.person_id for d in declarations(meeting_id)
                   if d.item_id == item_id and must_withdraw(d.kind, d.action)
                   and d.person_id in present}
    return item_quorum(quorum_for(meeting), len(present), len(withdrawing))


# --- motions and votes ----------------------------------------------------------------------

def motions(meeting_id: int) -> list[Motion]:
    return meetings_store.list_motions(meeting_id)


def add_motion(meeting_id: int, item_id: int, actor: str, **fields: Any) -> Motion:
    open_meeting(meeting_id)
    check_text(fields)
    return meetings_store.add_motion(actor, Motion(meeting_id=meeting_id, item_id=item_id,
                                                   **fields))


def update_motion(motion_id: int, actor: str, **fields: Any) -> Motion:
    """Save what was typed about a motion; a vote's counts settle its outcome (MEET-3)."""
    motion = meetings_store.get_motion(motion_id)
    open_meeting(motion.meeting_id)
    check_text(fields)
    with database.atomic():
        saved = meetings_store.update_motion(actor, motion_id, **fields)
        if any(k in fields for k in ("in_favour", "against", "abstentions", "casting_vote",
                                     "recorded")) and saved.outcome != "withdrawn":
            saved = _settle(saved, actor)
    return saved


def _settle(m: Motion, actor: str) -> Motion:
    assert m.id is not None
    if m.in_favour + m.against + m.abstentions == 0 and not m.casting_vote:
        return meetings_store.update_motion(actor, m.id, outcome="")
    casting = m.casting_vote if m.casting_vote in ("for", "against") else None
    result = decide_vote(m.in_favour, m.against, m.abstentions,
                         eligible=len(entitled(m.meeting_id, m.item_id)), casting_vote=casting)
    return meetings_store.update_motion(actor, m.id,
                                        outcome="carried" if result.carried else "not carried")


def cast_recorded_vote(motion_id: int, person_id: int, vote: str, actor: str) -> Motion:
    """One member's vote in a recorded vote (MEET-4); the counts follow."""
    motion = meetings_store.get_motion(motion_id)
    open_meeting(motion.meeting_id)
    with database.atomic():
        meetings_store.set_recorded_vote(actor, motion_id, person_id, vote)
        current = meetings_store.get_motion(motion_id)
        in_favour, against, abstentions = count_recorded(dict(current.votes))
        return update_motion(motion_id, actor, recorded=True, in_favour=in_favour,
                             against=against, abstentions=abstentions)


def withdraw_motion(motion_id: int, actor: str) -> Motion:
    motion = meetings_store.get_motion(motion_id)
    open_meeting(motion.meeting_id)
    return meetings_store.update_motion(actor, motion_id, outcome="withdrawn")


@dataclass(frozen=True)
class MotionChecks:
    problems: tuple[str, ...]
    tie: bool
    eligible: int


def motion_checks(motion_id: int) -> MotionChecks:
    """Everything wrong with a motion as recorded, with the rule for each."""
    m = meetings_store.get_motion(motion_id)
    meeting = meetings_store.get_meeting(m.meeting_id)
    allowed = entitled(m.meeting_id, m.item_id)
    problems: list[str] = []
    counted = m.in_favour + m.against + m.abstentions
    casting = m.casting_vote if m.casting_vote in ("for", "against") else None
    if counted or casting:
        problems.extend(decide_vote(m.in_favour, m.against, m.abstentions,
                                    eligible=len(allowed), casting_vote=casting).problems)
    if casting:
        problems.extend(casting_voter_problems(m.casting_by_id, meeting.presiding_id))
    if m.recorded:
        problems.extend(recorded_vote_problems([p for p, _ in m.votes], allowed))
    if m.excludes_public:
        problems.extend(exclusion_problems(m.exclusion_reason))
    if m.delegate_kind:
        problems.extend(delegation_problems(m.delegate_kind, f"{m.text} {m.delegate_to}"))
    if m.reverses_id is not None:
        earlier = meetings_store.get_motion(m.reverses_id)
        passed = meetings_store.get_meeting(earlier.meeting_id).on
        problems.extend(rescission_problems(passed, meeting.on))
    declared = {d.person_id for d in declarations(m.meeting_id)
                if d.item_id == m.item_id and d.kind == "pecuniary"}
    for d in declarations(m.meeting_id):
        if d.item_id == m.item_id and d.person_id in declared:
            voted = any(p == d.person_id for p, _ in m.votes)
            problems.extend(p for p in declaration_problems(d.kind, d.action,
                                                            dispensation_ref=d.dispensation_ref,
                                                            voted=voted)
                            if "recorded as voting" in p)
    item = meetings_store.get_item(m.item_id)
    problems.extend(p for p in item_problems(item.title, True, False, "")
                    if "any other business" in p)
    quorum = live_quorum(m.meeting_id, m.item_id)
    problems.extend(quorum.problems)
    return MotionChecks(tuple(dict.fromkeys(problems)), m.in_favour == m.against and counted > 0,
                        len(allowed))


def declaration_checks(declaration: Declaration) -> tuple[str, ...]:
    return declaration_problems(declaration.kind, declaration.action,
                                dispensation_ref=declaration.dispensation_ref,
                                on_register=declaration.on_register)


def recent_resolutions(meeting_id: int) -> list[Motion]:
    """Resolutions of earlier meetings that a new motion might reverse (for MEET-10)."""
    meeting = meetings_store.get_meeting(meeting_id)
    earlier = {m.id: m.on for m in meetings_store.list_meetings() if m.on < meeting.on}
    found = [m for m in meetings_store.list_motions() if m.meeting_id in earlier
             and m.outcome == "carried" and not m.excludes_public and m.text]
    return sorted(found, key=lambda m: earlier[m.meeting_id], reverse=True)


def names() -> dict[int, str]:
    """Every person's name as the minutes give it."""
    return meetings_store.person_names()


def presiding_name(meeting_id: int) -> str:
    meeting = meetings_store.get_meeting(meeting_id)
    if meeting.presiding_id is None:
        return ""
    return meetings_store.person_names([meeting.presiding_id]).get(meeting.presiding_id, "")


def present(meeting_id: int) -> dict[int, str]:
    """Members marked present, id → name, in the attendance order."""
    return {a.person_id: a.name for a in attendance(meeting_id) if a.status == "present"}
