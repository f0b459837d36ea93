"""The meeting that considered a case (for a Code of Conduct finding, a staffing committee's
hearing, an appeal). The link is kept by the Meetings area; all it ever holds of the case is
its reference, because cases are confidential (DISP-12)."""

from __future__ import annotations

from parishdesk.domain.meetings.records import Meeting
from parishdesk.errors import ParishDeskError, ValidationError
from parishdesk.services.meetings import agenda, links
from parishdesk.store import disputes_store as store


def meeting_label(m: Meeting) -> str:
    return f"{m.title}, {m.on:%d/%m/%Y}"


def meeting_choices() -> list[Meeting]:
    """The council's meetings, latest first, for the clerk to pick from."""
    return agenda.meetings()


def considered_at(case_id: int) -> list[Meeting]:
    return links.meetings_for("dispute", case_id)


def record_meeting(case_id: int, meeting_id: int | None, actor: str) -> Meeting:
    """Record that a meeting considered the case; the meeting is told the reference only."""
    if meeting_id is None:
        raise ValidationError({"meeting": "Choose the meeting that considered the case."})
    case = store.get_case(case_id)
    if case is None:
        raise ParishDeskError("That case is not in use any more (it may have been archived).")
    if any(m.id == meeting_id for m in considered_at(case_id)):
        raise ValidationError({"meeting": "That meeting is already recorded for this case."})
    chosen = next((m for m in meeting_choices() if m.id == meeting_id), None)
    if chosen is None:
        raise ValidationError({"meeting": "That meeting is no longer in the Meetings area."})
    links.link_dispute(meeting_id, case_id, actor, note=case.reference)
    return chosen
