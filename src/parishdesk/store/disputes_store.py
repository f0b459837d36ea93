"""Dispute cases as stored: the case, its parties, steps, notes, attachments and links.

Every write is audited in its own transaction, but the audit log never holds case text
(DISP-12): free-text fields are recorded as "(confidential)". Reads hand back the domain's
frozen records (``dispute_case``, ``dispute_steps.Step``), never peewee rows.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

import peewee

from parishdesk.domain.dispute_case import (
    CaseAttachment,
    CaseLink,
    CaseNote,
    DisputeCase,
    Party,
    case_reference,
)
from parishdesk.domain.dispute_steps import Step
from parishdesk.store import audit, settings
from parishdesk.store.db import BaseModel, database
from parishdesk.store.models import Person, utcnow

SECRET = "(confidential)"
#: Fields whose words stay out of the audit log.
_TEXT_FIELDS = frozenset({"title", "account", "informal_outcome", "override_reason", "name",
                          "address", "detail", "text", "file_name", "label", "outcome_text"})


class CaseRow(BaseModel):
    id = peewee.AutoField()
    reference = peewee.CharField(max_length=20, unique=True)
    year = peewee.IntegerField()
    number = peewee.IntegerField()
    opened_on = peewee.DateField(index=True)
    track = peewee.CharField(max_length=20, index=True)
    raised_by = peewee.CharField(max_length=20)
    about = peewee.CharField(max_length=20)
    nature = peewee.CharField(max_length=20)
    title = peewee.CharField(max_length=200)
    account = peewee.TextField(default="")
    events_on = peewee.DateField(null=True)
    informal_tried = peewee.BooleanField(default=False)
    informal_outcome = peewee.TextField(default="")
    formal_requested = peewee.BooleanField(default=False)
    recommended_track = peewee.CharField(max_length=20, default="")
    override_reason = peewee.TextField(default="")
    archived_at = peewee.DateTimeField(null=True)
    created_at = peewee.DateTimeField(default=utcnow)

    class Meta:
        table_name = "dispute_case"


class PartyRow(BaseModel):
    id = peewee.AutoField()
    case = peewee.ForeignKeyField(CaseRow, on_delete="RESTRICT", index=True)
    role = peewee.CharField(max_length=20)
    name = peewee.CharField(max_length=200)
    kind = peewee.CharField(max_length=20, default="")
    person = peewee.ForeignKeyField(Person, null=True, on_delete="RESTRICT")
    address = peewee.TextField(default="")
    archived_at = peewee.DateTimeField(null=True)
    created_at = peewee.DateTimeField(default=utcnow)

    class Meta:
        table_name = "dispute_party"


class StepRow(BaseModel):
    id = peewee.AutoField()
    case = peewee.ForeignKeyField(CaseRow, on_delete="RESTRICT", index=True)
    kind = peewee.CharField(max_length=30)
    on = peewee.DateField()
    due_on = peewee.DateField(null=True)
    outcome = peewee.CharField(max_length=40, default="")
    detail = peewee.TextField(default="")
    letter_id = peewee.IntegerField(null=True)
    archived_at = peewee.DateTimeField(null=True)
    created_at = peewee.DateTimeField(default=utcnow)

    class Meta:
        table_name = "dispute_step"


class NoteRow(BaseModel):
    id = peewee.AutoField()
    case = peewee.ForeignKeyField(CaseRow, on_delete="RESTRICT", index=True)
    on = peewee.DateField()
    text = peewee.TextField()
    archived_at = peewee.DateTimeField(null=True)
    created_at = peewee.DateTimeField(default=utcnow)

    class Meta:
        table_name = "dispute_note"


class AttachmentRow(BaseModel):
    id = peewee.AutoField()
    case = peewee.ForeignKeyField(CaseRow, on_delete="RESTRICT", index=True)
    title = peewee.CharField(max_length=200)
    file_name = peewee.CharField(max_length=300)
    sha256 = peewee.CharField(max_length=64)
    added_on = peewee.DateField()
    archived_at = peewee.DateTimeField(null=True)
    created_at = peewee.DateTimeField(default=utcnow)

    class Meta:
        table_name = "dispute_attachment"


class LinkRow(BaseModel):
    id = peewee.AutoField()
    case = peewee.ForeignKeyField(CaseRow, on_delete="RESTRICT", index=True)
    kind = peewee.CharField(max_length=20)
    record_id = peewee.IntegerField()
    label = peewee.CharField(max_length=300, default="")
    archived_at = peewee.DateTimeField(null=True)
    created_at = peewee.DateTimeField(default=utcnow)

    class Meta:
        table_name = "dispute_link"


TABLE = "dispute_case"


def _plain(value: Any) -> Any:
    if isinstance(value, BaseModel):
        return value.get_id()
    if isinstance(value, (dt.date, dt.datetime)):
        return value.isoformat()
    return value


def _create(model: type[BaseModel], actor: str, **fields: Any) -> Any:
    """Insert a row and audit which fields were set, keeping case text out of the log."""
    with database.atomic():
        row = model.create(**fields)
        changes = {k: [None, SECRET if k in _TEXT_FIELDS else _plain(v)]
                   for k, v in fields.items() if v not in (None, "")}
        audit.note(model._meta.table_name, row.get_id(), actor, "created", changes)
    return row


def _update(row: BaseModel, actor: str, note: str, **fields: Any) -> None:
    with database.atomic():
        changes = {}
        for name, value in fields.items():
            before = getattr(row, name)
            if before != value:
                secret = name in _TEXT_FIELDS
                changes[name] = [SECRET if secret else _plain(before),
                                 SECRET if secret else _plain(value)]
                setattr(row, name, value)
        if changes:
            row.save(only=[row._meta.fields[k] for k in changes])
            audit.note(row._meta.table_name, row.get_id(), actor, note or "changed", changes)


# --- cases -------------------------------------------------------------------------------------

def _case(row: CaseRow) -> DisputeCase:
    return DisputeCase(
        id=row.get_id(), reference=row.reference, opened_on=row.opened_on, track=row.track,
        raised_by=row.raised_by, about=row.about, nature=row.nature, title=row.title,
        account=row.account, events_on=row.events_on, informal_tried=bool(row.informal_tried),
        informal_outcome=row.informal_outcome, formal_requested=bool(row.formal_requested),
        recommended_track=row.recommended_track, override_reason=row.override_reason,
        archived_on=row.archived_at.date() if row.archived_at else None)


def create_case(actor: str, opened_on: dt.date, **fields: Any) -> DisputeCase:
    """A new case with the year's next reference (DC/2026/001 …)."""
    year = opened_on.year
    with database.atomic():
        current = (CaseRow.select(peewee.fn.MAX(CaseRow.number))
                   .where(CaseRow.year == year).scalar())
        number = int(current or 0) + 1
        row = _create(CaseRow, actor, reference=case_reference(year, number), year=year,
                      number=number, opened_on=opened_on, **fields)
    return _case(row)


def update_case(case_id: int, actor: str, note: str = "", **fields: Any) -> DisputeCase:
    row = CaseRow.get_by_id(case_id)
    _update(row, actor, note, **fields)
    return _case(row)


def get_case(case_id: int, include_archived: bool = False) -> DisputeCase | None:
    """A case still in use; with ``include_archived`` also one archived as opened by mistake
    (to read its file, never to add to it)."""
    query = CaseRow.id == case_id
    if not include_archived:
        query &= CaseRow.archived_at.is_null()
    row = CaseRow.get_or_none(query)
    return _case(row) if row is not None else None


def archive_case(actor: str, case_id: int, on: dt.date, reason: str) -> DisputeCase:
    """Archive a case opened by mistake: it stays, with the reason as a case note; the log
    records that it was archived but never the reason's words (DISP-12)."""
    row = CaseRow.get_by_id(case_id)
    with database.atomic():
        _create(NoteRow, actor, case=case_id, on=on, text=f"Archived: {reason}")
        _update(row, actor, "archived as opened by mistake",
                archived_at=dt.datetime.combine(on, utcnow().time()))
    return _case(row)


def find_case(reference: str) -> DisputeCase | None:
    row = CaseRow.get_or_none((CaseRow.reference == reference.strip().upper())
                              & CaseRow.archived_at.is_null())
    return _case(row) if row is not None else None


def all_cases(archived: bool = False) -> list[DisputeCase]:
    """Every case not archived (or, with ``archived``, only the archived ones), newest
    first."""
    where = CaseRow.archived_at.is_null(not archived)
    query = (CaseRow.select().where(where)
             .order_by(CaseRow.opened_on.desc(), CaseRow.id.desc()))
    return [_case(row) for row in query]


# --- parties, steps, notes, attachments, links ----------------------------------------------

def _party(row: PartyRow) -> Party:
    return Party(id=row.get_id(), case_id=row.__data__["case"], role=row.role, name=row.name,
                 kind=row.kind, person_id=row.__data__.get("person"), address=row.address)


def add_party(actor: str, case_id: int, role: str, name: str, kind: str = "",
              person_id: int | None = None, address: str = "") -> Party:
    return _party(_create(PartyRow, actor, case=case_id, role=role, name=name, kind=kind,
                          person=person_id, address=address))


def archive_party(actor: str, party_id: int, note: str) -> None:
    _update(PartyRow.get_by_id(party_id), actor, note, archived_at=utcnow())


def parties(case_ids: list[int] | None = None) -> list[Party]:
    query = PartyRow.select().where(PartyRow.archived_at.is_null())
    if case_ids is not None:
        query = query.where(PartyRow.case.in_(case_ids))
    return [_party(row) for row in query.order_by(PartyRow.id)]


def _step(row: StepRow) -> Step:
    return Step(kind=row.kind, on=row.on, due_on=row.due_on, outcome=row.outcome,
                id=row.get_id(), letter_id=row.letter_id)


def add_step(actor: str, case_id: int, kind: str, on: dt.date, due_on: dt.date | None = None,
             outcome: str = "", detail: str = "") -> Step:
    return _step(_create(StepRow, actor, case=case_id, kind=kind, on=on, due_on=due_on,
                         outcome=outcome, detail=detail))


def set_step_letter(actor: str, step_id: int, letter_id: int) -> None:
    _update(StepRow.get_by_id(step_id), actor, "letter issued", letter_id=letter_id)


def steps_by_case(case_ids: list[int] | None = None) -> dict[int, list[Step]]:
    """Each case's steps, in the order they happened (date, then entry)."""
    query = StepRow.select().where(StepRow.archived_at.is_null())
    if case_ids is not None:
        query = query.where(StepRow.case.in_(case_ids))
    found: dict[int, list[Step]] = {}
    for row in query.order_by(StepRow.on, StepRow.id):
        found.setdefault(row.__data__["case"], []).append(_step(row))
    return found


def step_details(case_id: int) -> dict[int, str]:
    """Step id → what the clerk wrote about it."""
    query = StepRow.select(StepRow.id, StepRow.detail).where(
        (StepRow.case == case_id) & StepRow.archived_at.is_null())
    return {row.get_id(): row.detail for row in query}


def add_note(actor: str, case_id: int, on: dt.date, text: str) -> CaseNote:
    row = _create(NoteRow, actor, case=case_id, on=on, text=text)
    return CaseNote(row.get_id(), case_id, row.on, row.text)


def notes(case_id: int) -> list[CaseNote]:
    query = (NoteRow.select().where((NoteRow.case == case_id) & NoteRow.archived_at.is_null())
             .order_by(NoteRow.on, NoteRow.id))
    return [CaseNote(r.get_id(), case_id, r.on, r.text) for r in query]


def add_attachment(actor: str, case_id: int, title: str, file_name: str, sha256: str,
                   added_on: dt.date) -> CaseAttachment:
    row = _create(AttachmentRow, actor, case=case_id, title=title, file_name=file_name,
                  sha256=sha256, added_on=added_on)
    return CaseAttachment(row.get_id(), case_id, title, file_name, sha256, added_on)


def attachments(case_id: int) -> list[CaseAttachment]:
    query = (AttachmentRow.select()
             .where((AttachmentRow.case == case_id) & AttachmentRow.archived_at.is_null())
             .order_by(AttachmentRow.id))
    return [CaseAttachment(r.get_id(), case_id, r.title, r.file_name, r.sha256, r.added_on)
            for r in query]


def add_link(actor: str, case_id: int, kind: str, record_id: int, label: str) -> CaseLink:
    row = _create(LinkRow, actor, case=case_id, kind=kind, record_id=record_id, label=label)
    return CaseLink(row.get_id(), case_id, kind, record_id, label)


def links(case_id: int | None = None, kind: str = "", record_id: int | None = None,
          ) -> list[CaseLink]:
    query = LinkRow.select().where(LinkRow.archived_at.is_null())
    if case_id is not None:
        query = query.where(LinkRow.case == case_id)
    if kind:
        query = query.where(LinkRow.kind == kind)
    if record_id is not None:
        query = query.where(LinkRow.record_id == record_id)
    return [CaseLink(r.get_id(), r.__data__["case"], r.kind, r.record_id, r.label)
            for r in query.order_by(LinkRow.id)]


# --- settings ----------------------------------------------------------------------------------

def get_setting(key: str, default: int) -> int:
    return settings.get_int(f"disputes.{key}", default)


def get_text_setting(key: str) -> str:
    return settings.get(f"disputes.{key}") or ""


def put_setting(key: str, value: str, actor: str) -> None:
    settings.put(f"disputes.{key}", value, actor)


def put_secret_setting(key: str, value: str, actor: str) -> None:
    """A setting whose value (e.g. a password hash) is kept out of the audit log."""
    from parishdesk.store.models import Setting

    full = f"disputes.{key}"
    with database.atomic():
        row = Setting.get_or_none(Setting.key == full)
        if row is None:
            Setting.create(key=full, value=value)
        else:
            row.value = value
            row.save()
        audit.note("setting", full, actor, "changed", {"value": [SECRET, SECRET]})
