"""Officers' leave periods: the table, and leave periods in and out as domain records.

A period runs from ``starts_on`` to ``ends_on``, both days included. Periods
are archived (with a reason in the audit log), never deleted. Every function
takes and returns :class:`parishdesk.domain.officer_leave.LeavePeriod`, with
the officer's name read from the register in the same query.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

import peewee

from parishdesk.domain.officer_leave import LeavePeriod
from parishdesk.store import audit
from parishdesk.store.db import BaseModel
from parishdesk.store.models import Person, utcnow

TABLE = "officer_leave"


class OfficerLeave(BaseModel):
    id = peewee.AutoField()
    officer = peewee.ForeignKeyField(Person, on_delete="RESTRICT")
    starts_on = peewee.DateField()
    ends_on = peewee.DateField()
    kind = peewee.CharField(max_length=20)
    comment = peewee.TextField(default="")  # not "note": audit.update uses that name
    archived_at = peewee.DateTimeField(null=True)
    created_at = peewee.DateTimeField(default=utcnow)

    class Meta:
        table_name = TABLE


def _select() -> Any:
    return (OfficerLeave.select(OfficerLeave, Person.first_name, Person.surname)
            .join(Person, peewee.JOIN.LEFT_OUTER, on=(OfficerLeave.officer == Person.id))
            .objects())


def _period(row: OfficerLeave) -> LeavePeriod:
    # .objects() puts the joined name columns on the leave row itself.
    name = f"{getattr(row, 'first_name', '') or ''} {getattr(row, 'surname', '') or ''}".strip()
    return LeavePeriod(row.id, int(row.__data__["officer"]), name or "(unknown officer)",
                       row.starts_on, row.ends_on, row.kind, row.comment,
                       row.archived_at is not None)


def _row(leave_id: int) -> OfficerLeave:
    return OfficerLeave.get_by_id(leave_id)


def get(leave_id: int) -> LeavePeriod | None:
    row = _select().where(OfficerLeave.id == leave_id).first()
    return _period(row) if row is not None else None


def periods(include_archived: bool = False, officer_id: int | None = None) -> list[LeavePeriod]:
    """Leave periods, latest first."""
    query = _select()
    if not include_archived:
        query = query.where(OfficerLeave.archived_at.is_null())
    if officer_id is not None:
        query = query.where(OfficerLeave.officer == officer_id)
    return [_period(row) for row in
            query.order_by(OfficerLeave.starts_on.desc(), OfficerLeave.id.desc())]


def overlapping(officer_id: int, start: dt.date, end: dt.date,
                except_id: int | None = None) -> list[LeavePeriod]:
    """The officer's current periods sharing at least one day with ``start``..``end``."""
    query = _select().where(
        (OfficerLeave.officer == officer_id) & OfficerLeave.archived_at.is_null()
        & (OfficerLeave.starts_on <= end) & (OfficerLeave.ends_on >= start))
    if except_id is not None:
        query = query.where(OfficerLeave.id != except_id)
    return [_period(row) for row in query.order_by(OfficerLeave.starts_on)]


def covering(officer_id: int, day: dt.date) -> LeavePeriod | None:
    """The officer's current leave period that includes ``day``, if any."""
    found = overlapping(officer_id, day, day)
    return found[0] if found else None


def _fields(officer_id: int, starts_on: dt.date, ends_on: dt.date, kind: str,
            note: str) -> dict[str, Any]:
    return {"officer": officer_id, "starts_on": starts_on, "ends_on": ends_on, "kind": kind,
            "comment": note}


def add(actor: str, officer_id: int, starts_on: dt.date, ends_on: dt.date, kind: str,
        note: str) -> LeavePeriod:
    """Record a period (audited) and return it."""
    row = audit.create(OfficerLeave, actor, **_fields(officer_id, starts_on, ends_on, kind,
                                                      note))
    found = get(row.id)
    assert found is not None
    return found


def update(leave_id: int, actor: str, officer_id: int, starts_on: dt.date, ends_on: dt.date,
           kind: str, note: str) -> LeavePeriod:
    """Change a period (audited: before and after of each changed field)."""
    audit.update(_row(leave_id), actor, **_fields(officer_id, starts_on, ends_on, kind, note))
    found = get(leave_id)
    assert found is not None
    return found


def archive(leave_id: int, actor: str, reason: str) -> None:
    audit.archive(_row(leave_id), actor, reason)
