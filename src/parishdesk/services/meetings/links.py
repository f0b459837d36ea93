"""Links from a meeting to the rest of the council's records: an information request about
business at the meeting (ACCESS-6), a dispute case the meeting considered, and a pecuniary
interest declared at the meeting that is not yet on the register (MEET-5, CONDUCT-3)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from parishdesk.domain.meetings.records import Declaration, Meeting
from parishdesk.domain.members import Interest
from parishdesk.errors import ParishDeskError, ValidationError
from parishdesk.services import access, members
from parishdesk.store import meetings_store

KINDS = {"access_request": "Information request", "dispute": "Dispute case"}


@dataclass(frozen=True)
class Link:
    meeting_id: int
    kind: str
    record_id: int
    label: str


def _label(kind: str, record_id: int, note: str, today: dt.date) -> str:
    if kind == "access_request":
        try:
            record = access.get_request(record_id, today)
        except (LookupError, ParishDeskError):
            return f"Information request {record_id} (no longer found)"
        return f"Information request {record.reference}: {record.documents}"
    # Only the case's reference: the case itself is confidential and stays in Disputes.
    return (f"Dispute case {note} (confidential: see Disputes)" if note
            else f"Dispute case number {record_id} (confidential: see Disputes)")


def link_access_request(meeting_id: int, request_id: int, actor: str, today: dt.date) -> Link:
    """Tie an information request to the meeting whose business it is about (ACCESS-6)."""
    meetings_store.get_meeting(meeting_id)
    try:
        record = access.get_request(request_id, today)
    except (LookupError, ParishDeskError):
        raise ValidationError({"request_id": f"There is no information request number "
                                             f"{request_id}."}) from None
    if any(r == request_id for _m, k, r, _n in meetings_store.links(meeting_id, "access_request")):
        raise ParishDeskError("That request is already linked to this meeting.")
    meetings_store.add_link(actor, meeting_id, "access_request", request_id, record.reference)
    return Link(meeting_id, "access_request", request_id, _label("access_request", request_id,
                                                                 "", today))


def link_dispute(meeting_id: int, case_id: int, actor: str, note: str = "") -> Link:
    """Record that a meeting considered a dispute case (the case lives in Disputes)."""
    meetings_store.get_meeting(meeting_id)
    meetings_store.add_link(actor, meeting_id, "dispute", case_id, note)
    return Link(meeting_id, "dispute", case_id, _label("dispute", case_id, note, dt.date.today()))


def linked(meeting_id: int, today: dt.date) -> list[Link]:
    return [Link(m, k, r, _label(k, r, n, today))
            for m, k, r, n in meetings_store.links(meeting_id)]


def meetings_for(kind: str, record_id: int) -> list[Meeting]:
    """The meetings a record is linked to (e.g. the meeting that considered a case)."""
    if kind not in KINDS:
        raise ValueError(f"Unknown kind of record {kind!r}")
    ids = {m for m, _k, _r, _n in meetings_store.links(kind=kind, record_id=record_id)}
    return [m for m in meetings_store.list_meetings() if m.id in ids]


def add_to_register(declaration: Declaration, actor: str, today: dt.date) -> Interest:
    """Put an interest declared at a meeting on the member's register (CONDUCT-3); the
    Monitoring Officer still has to be told within 28 days (MEET-5)."""
    if not declaration.description.strip():
        raise ValidationError({"description": "Say what the interest is before adding it to "
                                              "the register."})
    category = {"pecuniary": "disclosable_pecuniary", "other": "other_registerable"}.get(
        declaration.kind, "non_registerable")
    return members.save_interest(Interest(councillor_id=declaration.person_id,
                                          category=category,
                                          description=declaration.description.strip(),
                                          registered_on=today), actor)


def notifications_due() -> list[tuple[Declaration, dt.date]]:
    """Interests declared off the register whose notice to the Monitoring Officer is due."""
    return meetings_store.notifications_due()
