"""Meetings, agenda items, attendance, declarations and motions: domain records in and out.

Every write goes through ``store.audit`` so the change and its audit entry
commit together. Field names are the domain records' (``presiding_id``), and
are mapped to columns (``presiding``) here, once.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Mapping
from typing import Any, TypeVar

from parishdesk.domain.meetings.records import (
    AgendaItem,
    Declaration,
    Meeting,
    Motion,
    OfficerDecision,
)
from parishdesk.store import audit
from parishdesk.store.db import BaseModel, database
from parishdesk.store.meetings_models import (
    AgendaItemRow,
    MeetingDeclarationRow,
    MeetingLinkRow,
    MeetingRow,
    MotionRow,
    OfficerDecisionRow,
    RecordedVoteRow,
)
from parishdesk.store.models import Committee, Person

M = TypeVar("M", bound=BaseModel)

#: Domain field → column, where they differ.
_COLUMNS = {
    "committee_id": "committee", "presiding_id": "presiding", "meeting_id": "meeting",
    "approved_at_meeting_id": "approved_at_meeting", "requested_by_id": "requested_by",
    "person_id": "person", "item_id": "item", "proposer_id": "proposer",
    "seconder_id": "seconder", "amends_id": "amends", "casting_by_id": "casting_by",
    "reverses_id": "reverses", "officer_id": "officer",
}


class NotFound(LookupError):
    pass


def _columns(values: Mapping[str, Any]) -> dict[str, Any]:
    out = {}
    for name, value in values.items():
        if name == "papers":
            value = "\n".join(p for p in value if p.strip())
        out[_COLUMNS.get(name, name)] = value
    return out


def _fk(row: BaseModel, name: str) -> Any:
    return row.__data__.get(name)


def _get(model: type[M], record_id: int) -> M:
    row = model.get_or_none(model._meta.primary_key == record_id)
    if row is None:
        raise NotFound(f"No {model._meta.table_name.replace('_', ' ')} with id {record_id}")
    return row


def person_names(ids: Iterable[int] | None = None) -> dict[int, str]:
    """Person id → "Cllr First Surname" (councillors) or "First Surname, Post" (officers)."""
    query = Person.select()
    if ids is not None:
        query = query.where(Person.id.in_(list(ids)))
    names = {}
    for p in query:
        first = p.preferred_name.strip() or p.first_name
        if p.kind == "councillor":
            names[p.get_id()] = f"Cllr {first} {p.surname}"
        else:
            names[p.get_id()] = f"{first} {p.surname}"
    return names


# --- meetings -----------------------------------------------------------------------------

def _meeting(row: MeetingRow, committees: Mapping[int, str] | None = None) -> Meeting:
    committee_id = _fk(row, "committee")
    if committees is None:
        committees = {c.get_id(): c.name for c in Committee.select()}
    return Meeting(
        id=row.get_id(), committee_id=committee_id,
        body=committees.get(committee_id, "Full council") if committee_id else "Full council",
        kind=row.kind, on=row.on, at=row.at, place=row.place,
        presiding_id=_fk(row, "presiding"), presiding_as=row.presiding_as,
        summons_issued_on=row.summons_issued_on, minutes_state=row.minutes_state,
        approved_at_meeting_id=_fk(row, "approved_at_meeting"),
        approved_by_motion_id=row.approved_by_motion_id, signed_by=row.signed_by,
        signed_on=row.signed_on)


_MEETING_FIELDS = ("committee_id", "kind", "on", "at", "place", "presiding_id", "presiding_as",
                   "summons_issued_on", "minutes_state", "approved_at_meeting_id",
                   "approved_by_motion_id", "signed_by", "signed_on")


def add_meeting(actor: str, m: Meeting) -> Meeting:
    row = audit.create(MeetingRow, actor, **_columns({f: getattr(m, f) for f in _MEETING_FIELDS}))
    return _meeting(row)


def update_meeting(actor: str, meeting_id: int, **fields: Any) -> Meeting:
    row = _get(MeetingRow, meeting_id)
    audit.update(row, actor, **_columns(fields))
    return _meeting(row)


def get_meeting(meeting_id: int) -> Meeting:
    return _meeting(_get(MeetingRow, meeting_id))


def list_meetings(include_archived: bool = False) -> list[Meeting]:
    """Every meeting, latest first."""
    committees = {c.get_id(): c.name for c in Committee.select()}
    query = MeetingRow.select()
    if not include_archived:
        query = query.where(MeetingRow.archived_at.is_null())
    return [_meeting(r, committees)
            for r in query.order_by(MeetingRow.on.desc(), MeetingRow.id.desc())]


def archive_meeting(actor: str, meeting_id: int, note: str) -> None:
    audit.archive(_get(MeetingRow, meeting_id), actor, note)


# --- agenda items -------------------------------------------------------------------------

def _item(row: AgendaItemRow) -> AgendaItem:
    return AgendaItem(
        id=row.get_id(), meeting_id=_fk(row, "meeting"), position=row.position, title=row.title,
        papers=tuple(p for p in row.papers.split("\n") if p.strip()),
        decision_expected=bool(row.decision_expected), confidential=bool(row.confidential),
        confidential_reason=row.confidential_reason, standard=row.standard,
        requested_by_id=_fk(row, "requested_by"), asked_on=row.asked_on,
        papers_received_on=row.papers_received_on, notes=row.notes)


_ITEM_FIELDS = ("meeting_id", "position", "title", "papers", "decision_expected", "confidential",
                "confidential_reason", "standard", "requested_by_id", "asked_on",
                "papers_received_on", "notes")


def add_item(actor: str, item: AgendaItem) -> AgendaItem:
    row = audit.create(AgendaItemRow, actor,
                       **_columns({f: getattr(item, f) for f in _ITEM_FIELDS}))
    return _item(row)


def update_item(actor: str, item_id: int, **fields: Any) -> AgendaItem:
    row = _get(AgendaItemRow, item_id)
    audit.update(row, actor, **_columns(fields))
    return _item(row)


def archive_item(actor: str, item_id: int, note: str) -> None:
    audit.archive(_get(AgendaItemRow, item_id), actor, note)


def get_item(item_id: int) -> AgendaItem:
    return _item(_get(AgendaItemRow, item_id))


def list_items(meeting_id: int) -> list[AgendaItem]:
    query = AgendaItemRow.select().where((AgendaItemRow.meeting == meeting_id)
                                         & AgendaItemRow.archived_at.is_null())
    return [_item(r) for r in query.order_by(AgendaItemRow.position, AgendaItemRow.id)]


# --- declarations ---------------------------------------------------------------------------

def _declaration(row: MeetingDeclarationRow, names: Mapping[int, str]) -> Declaration:
    person = _fk(row, "person")
    return Declaration(id=row.get_id(), meeting_id=_fk(row, "meeting"), item_id=_fk(row, "item"),
                       person_id=person, name=names.get(person, ""), kind=row.kind,
                       description=row.description, action=row.action,
                       dispensation_ref=row.dispensation_ref, on_register=bool(row.on_register))


_DECLARATION_FIELDS = ("meeting_id", "item_id", "person_id", "kind", "description", "action",
                       "dispensation_ref", "on_register")


def add_declaration(actor: str, d: Declaration, notify_by: dt.date | None) -> Declaration:
    row = audit.create(MeetingDeclarationRow, actor, notify_by=notify_by,
                       **_columns({f: getattr(d, f) for f in _DECLARATION_FIELDS}))
    return _declaration(row, person_names([d.person_id]))


def update_declaration(actor: str, declaration_id: int, **fields: Any) -> Declaration:
    row = _get(MeetingDeclarationRow, declaration_id)
    audit.update(row, actor, **_columns(fields))
    return _declaration(row, person_names([_fk(row, "person")]))


def archive_declaration(actor: str, declaration_id: int, note: str) -> None:
    audit.archive(_get(MeetingDeclarationRow, declaration_id), actor, note)


def list_declarations(meeting_id: int) -> list[Declaration]:
    names = person_names()
    query = (MeetingDeclarationRow.select()
             .where((MeetingDeclarationRow.meeting == meeting_id)
                    & MeetingDeclarationRow.archived_at.is_null())
             .order_by(MeetingDeclarationRow.id))
    return [_declaration(r, names) for r in query]


def notifications_due() -> list[tuple[Declaration, dt.date]]:
    """Declarations not on the register whose Monitoring Officer notice is still to be sent."""
    names = person_names()
    query = (MeetingDeclarationRow.select()
             .where(MeetingDeclarationRow.notify_by.is_null(False)
                    & MeetingDeclarationRow.notified_on.is_null()
                    & MeetingDeclarationRow.archived_at.is_null())
             .order_by(MeetingDeclarationRow.notify_by))
    return [(_declaration(r, names), r.notify_by) for r in query if r.notify_by]


def set_notified(actor: str, declaration_id: int, on: dt.date) -> None:
    audit.update(_get(MeetingDeclarationRow, declaration_id), actor, notified_on=on)


# --- motions --------------------------------------------------------------------------------

_MOTION_FIELDS = ("meeting_id", "item_id", "text", "proposer_id", "seconder_id", "amends_id",
                  "in_favour", "against", "abstentions", "recorded", "casting_vote",
                  "casting_by_id", "outcome", "excludes_public", "exclusion_reason",
                  "delegate_kind", "delegate_to", "reverses_id", "action_owner", "action_due",
                  "action_status")


def _votes(motion_ids: list[int]) -> dict[int, tuple[tuple[int, str], ...]]:
    found: dict[int, list[tuple[int, str]]] = {}
    if motion_ids:
        query = (RecordedVoteRow.select().where(RecordedVoteRow.motion.in_(motion_ids))
                 .order_by(RecordedVoteRow.id))
        for v in query:
            found.setdefault(_fk(v, "motion"), []).append((_fk(v, "person"), v.vote))
    return {k: tuple(v) for k, v in found.items()}


def _motion(row: MotionRow, votes: Mapping[int, tuple[tuple[int, str], ...]]) -> Motion:
    values = {f: _fk(row, _COLUMNS.get(f, f)) for f in _MOTION_FIELDS}
    values["recorded"] = bool(values["recorded"])
    values["excludes_public"] = bool(values["excludes_public"])
    values["action_due"] = row.action_due
    return Motion(id=row.get_id(), votes=votes.get(row.get_id(), ()), **values)


def add_motion(actor: str, m: Motion) -> Motion:
    row = audit.create(MotionRow, actor, **_columns({f: getattr(m, f) for f in _MOTION_FIELDS}))
    return _motion(row, {})


def update_motion(actor: str, motion_id: int, **fields: Any) -> Motion:
    row = _get(MotionRow, motion_id)
    audit.update(row, actor, **_columns(fields))
    return get_motion(motion_id)


def archive_motion(actor: str, motion_id: int, note: str) -> None:
    audit.archive(_get(MotionRow, motion_id), actor, note)


def get_motion(motion_id: int) -> Motion:
    row = _get(MotionRow, motion_id)
    return _motion(row, _votes([motion_id]))


def list_motions(meeting_id: int | None = None) -> list[Motion]:
    query = MotionRow.select().where(MotionRow.archived_at.is_null())
    if meeting_id is not None:
        query = query.where(MotionRow.meeting == meeting_id)
    rows = list(query.order_by(MotionRow.id))
    votes = _votes([r.get_id() for r in rows])
    return [_motion(r, votes) for r in rows]


def set_recorded_vote(actor: str, motion_id: int, person_id: int, vote: str) -> None:
    """One member's vote in a recorded vote, kept in place if given again."""
    with database.atomic():
        row = RecordedVoteRow.get_or_none((RecordedVoteRow.motion == motion_id)
                                          & (RecordedVoteRow.person == person_id))
        if row is None:
            audit.create(RecordedVoteRow, actor, motion=motion_id, person=person_id, vote=vote)
        else:
            audit.update(row, actor, vote=vote)


# --- officer decisions and links -----------------------------------------------------------

def add_officer_decision(actor: str, d: OfficerDecision) -> OfficerDecision:
    row = audit.create(OfficerDecisionRow, actor, officer=d.officer_id, decided_on=d.decided_on,
                       decision=d.decision, reasons=d.reasons, authority=d.authority)
    return list_officer_decisions(row.get_id())[0]


def list_officer_decisions(decision_id: int | None = None) -> list[OfficerDecision]:
    names = person_names()
    query = OfficerDecisionRow.select().where(OfficerDecisionRow.archived_at.is_null())
    if decision_id is not None:
        query = query.where(OfficerDecisionRow.id == decision_id)
    return [OfficerDecision(id=r.get_id(), officer_id=_fk(r, "officer"),
                            officer_name=names.get(_fk(r, "officer"), ""),
                            decided_on=r.decided_on, decision=r.decision, reasons=r.reasons,
                            authority=r.authority)
            for r in query.order_by(OfficerDecisionRow.decided_on.desc())]


def add_link(actor: str, meeting_id: int, kind: str, record_id: int, note: str = "") -> None:
    audit.create(MeetingLinkRow, actor, meeting=meeting_id, kind=kind, record_id=record_id,
                 note=note)


def links(meeting_id: int | None = None, kind: str | None = None,
          record_id: int | None = None) -> list[tuple[int, str, int, str]]:
    """(meeting id, kind, record id, note) of links from meetings to other records."""
    query = MeetingLinkRow.select().where(MeetingLinkRow.archived_at.is_null())
    if meeting_id is not None:
        query = query.where(MeetingLinkRow.meeting == meeting_id)
    if kind is not None:
        query = query.where(MeetingLinkRow.kind == kind)
    if record_id is not None:
        query = query.where(MeetingLinkRow.record_id == record_id)
    return [(_fk(r, "meeting"), r.kind, r.record_id, r.note) for r in query.order_by(MeetingLinkRow.id)]
