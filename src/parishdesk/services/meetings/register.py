"""The decisions register, officers' delegated decisions, attendance, and the reminders
the meetings area sends to the banner (MEET-7, MEET-9, MEET-10, MEET-11, CONDUCT-3)."""

from __future__ import annotations

import csv
import datetime as dt
from pathlib import Path

from parishdesk.domain.meetings import (
    latest_summons_day,
    meeting_year_problems,
    officer_decision_problems,
    plain_problem,
    rescission_problems,
)
from parishdesk.domain.meetings.records import Motion, OfficerDecision, Resolution
from parishdesk.errors import ParishDeskError, ValidationError
from parishdesk.services.meetings.attendance import (  # noqa: F401 - the area's names
    MemberAttendance,
    attendance_reminders,
    member_attendance,
)
from parishdesk.services.meetings.common import check_text, nation
from parishdesk.store import attendance_store, meetings_store, minutes_store

CSV_COLUMNS = ("Date", "Meeting", "Minute", "Decision", "Outcome", "Votes", "Delegated to",
               "Action by", "Due", "Status")


def _votes(m: Motion) -> str:
    if m.in_favour + m.against + m.abstentions == 0:
        return ""
    text = f"{m.in_favour} for, {m.against} against, {m.abstentions} abstained"
    if m.casting_vote and m.in_favour == m.against:
        text += f"; casting vote {m.casting_vote}"
    return text + ("; recorded vote" if m.recorded else "")


def resolutions(search: str = "", include_confidential: bool = True) -> list[Resolution]:
    """Every motion put to a vote, latest meeting first, matching ``search`` (any words)."""
    meetings = {m.id: m for m in meetings_store.list_meetings()}
    items: dict[int, tuple[bool, int | None]] = {}
    numbers: dict[int | None, str] = {}
    for meeting_id in meetings:
        assert meeting_id is not None
        for item in meetings_store.list_items(meeting_id):
            items[item.id or 0] = (item.confidential, item.id)
        for minute in minutes_store.list_minutes(meeting_id):
            if minute.item_id is not None:
                numbers[minute.item_id] = minute.number
    rows = []
    for m in meetings_store.list_motions():
        meeting = meetings.get(m.meeting_id)
        if meeting is None or m.outcome in ("", "withdrawn") or m.id is None:
            continue
        confidential = items.get(m.item_id, (False, None))[0] or m.excludes_public
        if confidential and not include_confidential:
            continue
        decision = m.text
        if m.excludes_public:
            decision = f"Press and public excluded: {m.exclusion_reason}"
        rows.append(Resolution(
            motion_id=m.id, meeting_id=m.meeting_id, meeting_on=meeting.on,
            meeting_title=meeting.title, minute_number=numbers.get(m.item_id, ""),
            decision=decision, outcome=m.outcome, votes=_votes(m),
            delegation=m.delegate_to or m.delegate_kind, action_owner=m.action_owner,
            action_due=m.action_due, action_status=m.action_status, confidential=confidential))
    words = search.lower().split()
    if words:
        rows = [r for r in rows if all(w in " ".join(
            (r.decision, r.meeting_title, r.minute_number, r.action_owner, r.delegation,
             f"{r.meeting_on:%d/%m/%Y}")).lower() for w in words)]
    return sorted(rows, key=lambda r: (r.meeting_on, r.minute_number), reverse=True)


def set_action(motion_id: int, owner: str, due: dt.date | None, status: str,
               actor: str) -> None:
    """An action arising from a resolution: who, by when, open or done. Allowed after the
    minutes are signed: the action's progress is not part of the minutes."""
    if status not in ("", "open", "done"):
        raise ValidationError({"status": "An action is open or done."})
    check_text({"action_owner": owner})
    meetings_store.update_motion(actor, motion_id, action_owner=owner.strip(), action_due=due,
                                 action_status=status or ("open" if owner.strip() else ""))


def export_csv(path: Path, search: str = "", include_confidential: bool = False) -> int:
    """Write the register to a CSV file; confidential business is left out unless asked for."""
    rows = resolutions(search, include_confidential)
    try:
        with path.open("w", newline="", encoding="utf-8-sig") as handle:
            writer = csv.writer(handle)
            writer.writerow(CSV_COLUMNS)
            for r in rows:
                writer.writerow((f"{r.meeting_on:%d/%m/%Y}", r.meeting_title, r.minute_number,
                                 r.decision, r.outcome, r.votes, r.delegation, r.action_owner,
                                 f"{r.action_due:%d/%m/%Y}" if r.action_due else "",
                                 r.action_status))
    except OSError as exc:
        raise ParishDeskError(f"The register could not be written to {path}: {exc.strerror}.") \
            from exc
    return len(rows)


def export_pdf(path: Path, council: str, search: str = "",
               include_confidential: bool = False) -> int:
    from parishdesk.documents.meetings_register_pdf import render_register

    rows = resolutions(search, include_confidential)
    try:
        path.write_bytes(render_register(council, rows))
    except OSError as exc:
        raise ParishDeskError(f"The register could not be written to {path}: {exc.strerror}.") \
            from exc
    return len(rows)


def reversal_problems(motion_id: int, proposed_on: dt.date) -> tuple[str, ...]:
    """A new motion reversing this resolution: flagged within six months (MEET-10)."""
    motion = meetings_store.get_motion(motion_id)
    passed = meetings_store.get_meeting(motion.meeting_id).on
    return rescission_problems(passed, proposed_on)


def record_officer_decision(d: OfficerDecision, actor: str) -> tuple[OfficerDecision,
                                                                     tuple[str, ...]]:
    """An officer's decision under delegated powers, in writing with its reasons (MEET-7)."""
    if not d.decision.strip():
        raise ValidationError({"decision": "Say what was decided."})
    check_text({"decision": d.decision, "reasons": d.reasons, "authority": d.authority})
    return meetings_store.add_officer_decision(actor, d), officer_decision_problems(d.reasons)


def officer_decisions() -> list[OfficerDecision]:
    return meetings_store.list_officer_decisions()


# --- attendance (MEET-9): member_attendance and attendance_reminders are in .attendance --

def approve_absence(person_id: int, approved_on: dt.date, meeting_id: int | None, reason: str,
                    actor: str) -> None:
    """The council approved a member's reason for absence (stops the six-month clock)."""
    check_text({"reason": reason})
    attendance_store.add_absence_approval(actor, person_id, approved_on, meeting_id, reason)


def alerts(today: dt.date) -> list[str]:
    """Sentences for the reminder banner (rule IDs still in them; the window words them).

    The six-month attendance warnings are not here: they reach the banner once, through
    the Members area's reminders (:func:`attendance_reminders`)."""
    lines: list[str] = []
    for declaration, notify_by in meetings_store.notifications_due():
        lines.append(f"{declaration.name} declared a pecuniary interest not on the register: "
                     f"update the register and notify the Monitoring Officer by "
                     f"{notify_by:%d/%m/%Y} (MEET-5, CONDUCT-3).")
    every = meetings_store.list_meetings()
    council = [(m.kind, m.on) for m in every if m.committee_id is None]
    # Before the first meeting recorded here (or today, with none) ParishDesk knows nothing.
    records_from = min((m.on for m in every), default=today)
    lines.extend(meeting_year_problems(council, today.year, today, records_from=records_from))
    for m in meetings_store.list_meetings():
        if m.minutes_state == "none" and m.on < today - dt.timedelta(days=30):
            lines.append(f"The minutes of the meeting on {m.on:%d/%m/%Y} are not drafted yet; "
                         "the draft should be ready within a month (MEET-8).")
        if m.committee_id is None and m.on >= today and m.summons_issued_on is None:
            last = latest_summons_day(m.on, nation())
            if (last - today).days <= 7:
                lines.append(f"The summons for the meeting on {m.on:%d/%m/%Y} must be issued "
                             f"by {last:%d/%m/%Y} (MEET-2).")
    return lines


def summary(today: dt.date) -> tuple[str, tuple[str, ...]]:
    """The Meetings area's badge and its reminder-banner lines, in plain words (the main
    window shows these before the area is opened, and the page the same once it is)."""
    warnings = sum(1 for row in member_attendance(today) if row.status in ("warning", "lapsed"))
    return (f"{warnings} attendance" if warnings else "",
            tuple(plain_problem(line) for line in alerts(today)))
