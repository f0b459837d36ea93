"""Councillors' requests to see council documents, as stored, with their status history.

The live tables (``access_request``, ``access_status_change``) and the few
reads and audited writes the access service needs. Requests go in and out as the
domain's :class:`AccessRecord` (status history as ``StatusChange``), never as
peewee rows; the store alone knows how they are kept (categories comma-separated,
reasons one a line, the recommendation as JSON).
"""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import fields
from typing import Any

import peewee

from parishdesk.domain.access import CONTENT_CATEGORIES, Assessment
from parishdesk.domain.access_deadline import StatusChange
from parishdesk.domain.access_record import NOT_ASSESSED, READ_FIELDS, AccessRecord
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


_FOREIGN = {"requester_id": "requester", "committee_id": "committee", "decider_id": "decider"}
_LINES = ("decision_reasons", "conditions")  # kept one a line
_KEPT = tuple(f.name for f in fields(AccessRecord) if f.name not in READ_FIELDS and f.name != "id")


def _lines(text: str) -> tuple[str, ...]:
    return tuple(line.strip() for line in text.splitlines() if line.strip())


def _assessment(text: str) -> Assessment:
    if not text:
        return NOT_ASSESSED
    data = json.loads(text)
    return Assessment(data["outcome"], bool(data["presumed"]), tuple(data["rules"]),
                      tuple(data["reasons"]))


def _assessment_json(assessment: Assessment) -> str:
    return json.dumps({"outcome": assessment.outcome, "presumed": assessment.presumed,
                       "rules": list(assessment.rules), "reasons": list(assessment.reasons)},
                      ensure_ascii=False)


def _to_record(row: AccessRequestRow) -> AccessRecord:
    values: dict[str, Any] = {}
    for name in _KEPT:
        column = _FOREIGN.get(name)
        values[name] = row.__data__.get(column) if column else getattr(row, name)
    values["contents"] = frozenset(c for c in row.contents.split(",") if c)
    values["assessment"] = _assessment(row.assessment)
    for name in _LINES:
        values[name] = _lines(values[name])
    return AccessRecord(id=row.get_id(), **values)


def _columns(values: dict[str, Any]) -> dict[str, Any]:
    """Record fields (``requester_id``, ``contents`` as a set …) to columns as kept."""
    unknown = set(values) - set(_KEPT)
    if unknown:
        raise ValueError(f"not kept with an access request: {', '.join(sorted(unknown))}")
    out: dict[str, Any] = {}
    for name, value in values.items():
        if name == "contents":
            value = ",".join(c for c in CONTENT_CATEGORIES if c in value)
        elif name == "assessment":
            value = _assessment_json(value)
        elif name in _LINES:
            value = "\n".join(value)
        out[_FOREIGN.get(name, name)] = value
    return out


def create(record: AccessRecord, actor: str, status_on: dt.date) -> AccessRecord:
    """Keep a new request (its id is ignored) and its first status change, audited."""
    row = audit.create(AccessRequestRow, actor,
                       **_columns({name: getattr(record, name) for name in _KEPT}))
    audit.create(AccessStatusChangeRow, actor, request=row, status=row.status, on=status_on,
                 changed_by=actor)
    return _to_record(row)


def update(request_id: int, actor: str, note: str = "", **values: Any) -> AccessRecord:
    """Change the named fields of a request (record field names and types), audited."""
    row = AccessRequestRow.get_by_id(request_id)
    audit.update(row, actor, note, **_columns(values))
    return _to_record(row)


def record_status(request_id: int, status: str, on: dt.date, actor: str,
                  note: str = "") -> AccessRecord:
    """Move the request to ``status`` and keep the change in its history (both audited)."""
    row = AccessRequestRow.get_by_id(request_id)
    audit.update(row, actor, note, status=status)
    audit.create(AccessStatusChangeRow, actor, request=row, status=status, on=on,
                 changed_by=actor, note=note)
    return _to_record(row)


def get(request_id: int) -> AccessRecord | None:
    row = AccessRequestRow.get_or_none(AccessRequestRow.id == request_id)
    return _to_record(row) if row is not None else None


def all_requests(requester_id: int | None = None) -> list[AccessRecord]:
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
