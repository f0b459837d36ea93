"""Councillors' requests to see council documents, as stored, with their status history.

The live tables (``access_request``, ``access_status_change``) and the few
reads and audited writes the access service needs. Reads hand back frozen
records (``StoredRequest``, and the domain's ``StatusChange``), never peewee rows.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, fields
from typing import Any

import peewee

from parishdesk.domain.access import StatusChange
from parishdesk.store import audit
from parishdesk.store.db import BaseModel
from parishdesk.store.models import Committee, Person, utcnow


class AccessRequestRow(BaseModel):
    id = peewee.AutoField()
    requester = peewee.ForeignKeyField(Person, on_delete="RESTRICT", index=True)
    received_on = peewee.DateField(index=True)
    documents = peewee.TextField()
    holder = peewee.CharField(max_length=200, default="")
    committee = peewee.ForeignKeyField(Committee, null=True, on_delete="RESTRICT")
    meeting_business = peewee.BooleanField(default=False)
    meeting = peewee.CharField(max_length=200, default="")
    contents = peewee.CharField(max_length=300, default="")  # comma-separated categories
    document_group = peewee.CharField(max_length=150, default="")
    reason = peewee.TextField(default="")
    reason_specific = peewee.BooleanField(default=False)
    foi = peewee.BooleanField(default=False)
    decider = peewee.ForeignKeyField(Person, null=True, on_delete="RESTRICT",
                                     backref="access_decisions")
    due_working_days = peewee.IntegerField(default=10)
    status = peewee.CharField(max_length=30, index=True, default="received")
    assessment = peewee.TextField(default="")  # JSON of the latest recommendation
    decision = peewee.CharField(max_length=30, default="")
    decision_reasons = peewee.TextField(default="")  # one reason a line
    purpose = peewee.TextField(default="")
    conditions = peewee.TextField(default="")  # one condition a line
    redactions = peewee.TextField(default="")
    override_reason = peewee.TextField(default="")
    decided_on = peewee.DateField(null=True)
    decision_letter_id = peewee.IntegerField(null=True)
    reasons_letter_id = peewee.IntegerField(null=True)
    referral_body = peewee.CharField(max_length=200, default="")
    referred_on = peewee.DateField(null=True)
    referral_meeting_on = peewee.DateField(null=True)
    committee_outcome = peewee.CharField(max_length=20, default="")
    committee_outcome_on = peewee.DateField(null=True)
    committee_note = peewee.TextField(default="")
    closed_on = peewee.DateField(null=True)
    archived_at = peewee.DateTimeField(null=True)
    created_at = peewee.DateTimeField(default=utcnow)

    class Meta:
        table_name = "access_request"


class AccessStatusChangeRow(BaseModel):
    id = peewee.AutoField()
    request = peewee.ForeignKeyField(AccessRequestRow, on_delete="RESTRICT", index=True,
                                     backref="status_changes")
    status = peewee.CharField(max_length=30)
    on = peewee.DateField()
    changed_by = peewee.CharField(max_length=100)
    note = peewee.TextField(default="")
    created_at = peewee.DateTimeField(default=utcnow)

    class Meta:
        table_name = "access_status_change"


TABLE = "access_request"


@dataclass(frozen=True)
class StoredRequest:
    """One request as it is kept: plain values, ids for people and committees."""

    id: int
    requester_id: int
    received_on: dt.date
    documents: str
    holder: str
    committee_id: int | None
    meeting_business: bool
    meeting: str
    contents: str
    document_group: str
    reason: str
    reason_specific: bool
    foi: bool
    decider_id: int | None
    due_working_days: int
    status: str
    assessment: str
    decision: str
    decision_reasons: str
    purpose: str
    conditions: str
    redactions: str
    override_reason: str
    decided_on: dt.date | None
    decision_letter_id: int | None
    reasons_letter_id: int | None
    referral_body: str
    referred_on: dt.date | None
    referral_meeting_on: dt.date | None
    committee_outcome: str
    committee_outcome_on: dt.date | None
    committee_note: str
    closed_on: dt.date | None


_FOREIGN = {"requester_id": "requester", "committee_id": "committee", "decider_id": "decider"}


def _to_record(row: AccessRequestRow) -> StoredRequest:
    values: dict[str, Any] = {}
    for f in fields(StoredRequest):
        column = _FOREIGN.get(f.name, f.name)
        values[f.name] = row.__data__.get(column) if column != f.name else getattr(row, f.name)
    values["id"] = row.get_id()
    return StoredRequest(**values)


def _columns(values: dict[str, Any]) -> dict[str, Any]:
    """Record field names (``requester_id``) to model field names (``requester``)."""
    return {_FOREIGN.get(k, k): v for k, v in values.items()}


def create(actor: str, status_on: dt.date, **values: Any) -> StoredRequest:
    """Insert a request and its first status change ("received"), audited."""
    row = audit.create(AccessRequestRow, actor, **_columns(values))
    audit.create(AccessStatusChangeRow, actor, request=row, status=row.status, on=status_on,
                 changed_by=actor)
    return _to_record(row)


def update(request_id: int, actor: str, note: str = "", **values: Any) -> StoredRequest:
    row = AccessRequestRow.get_by_id(request_id)
    audit.update(row, actor, note, **_columns(values))
    return _to_record(row)


def record_status(request_id: int, status: str, on: dt.date, actor: str,
                  note: str = "") -> StoredRequest:
    """Move the request to ``status`` and keep the change in its history (both audited)."""
    row = AccessRequestRow.get_by_id(request_id)
    audit.update(row, actor, note, status=status)
    audit.create(AccessStatusChangeRow, actor, request=row, status=status, on=on,
                 changed_by=actor, note=note)
    return _to_record(row)


def get(request_id: int) -> StoredRequest | None:
    row = AccessRequestRow.get_or_none(AccessRequestRow.id == request_id)
    return _to_record(row) if row is not None else None


def all_requests(requester_id: int | None = None) -> list[StoredRequest]:
    """Every current (not archived) request, newest first."""
    query = AccessRequestRow.select().where(AccessRequestRow.archived_at.is_null())
    if requester_id is not None:
        query = query.where(AccessRequestRow.requester == requester_id)
    order = (AccessRequestRow.received_on.desc(), AccessRequestRow.id.desc())
    return [_to_record(row) for row in query.order_by(*order)]


def _change(row: AccessStatusChangeRow) -> StatusChange:
    return StatusChange(status=row.status, on=row.on, actor=row.changed_by, note=row.note,
                        id=row.get_id(), request_id=row.__data__["request"])


def status_changes(request_id: int) -> list[StatusChange]:
    """The request's status history, oldest first."""
    query = (AccessStatusChangeRow.select()
             .where(AccessStatusChangeRow.request == request_id)
             .order_by(AccessStatusChangeRow.id))
    return [_change(row) for row in query]


def status_changes_for(request_ids: list[int]) -> dict[int, list[StatusChange]]:
    """Status histories of many requests at once (for the register)."""
    result: dict[int, list[StatusChange]] = {i: [] for i in request_ids}
    if not request_ids:
        return result
    query = (AccessStatusChangeRow.select()
             .where(AccessStatusChangeRow.request.in_(request_ids))
             .order_by(AccessStatusChangeRow.id))
    for row in query:
        result[row.__data__["request"]].append(_change(row))
    return result
