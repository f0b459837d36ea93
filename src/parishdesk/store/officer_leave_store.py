"""Officers' leave periods: the live model and the queries the leave service needs.

A period runs from ``starts_on`` to ``ends_on``, both days included. Periods
are archived (with a reason in the audit log), never deleted.
"""

from __future__ import annotations

import datetime as dt

import peewee

from parishdesk.store.db import BaseModel
from parishdesk.store.models import Person, utcnow


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
        table_name = "officer_leave"


def get(leave_id: int) -> OfficerLeave | None:
    return OfficerLeave.get_or_none(OfficerLeave.id == leave_id)


def officer_id_of(row: OfficerLeave) -> int:
    return int(row.__data__["officer"])


def periods(include_archived: bool = False, officer_id: int | None = None) -> list[OfficerLeave]:
    """Leave periods, latest first."""
    query = OfficerLeave.select()
    if not include_archived:
        query = query.where(OfficerLeave.archived_at.is_null())
    if officer_id is not None:
        query = query.where(OfficerLeave.officer == officer_id)
    return list(query.order_by(OfficerLeave.starts_on.desc(), OfficerLeave.id.desc()))


def overlapping(officer_id: int, start: dt.date, end: dt.date,
                except_id: int | None = None) -> list[OfficerLeave]:
    """The officer's current periods sharing at least one day with ``start``..``end``."""
    query = OfficerLeave.select().where(
        (OfficerLeave.officer == officer_id) & OfficerLeave.archived_at.is_null()
        & (OfficerLeave.starts_on <= end) & (OfficerLeave.ends_on >= start))
    if except_id is not None:
        query = query.where(OfficerLeave.id != except_id)
    return list(query.order_by(OfficerLeave.starts_on))


def covering(officer_id: int, day: dt.date) -> OfficerLeave | None:
    """The officer's current leave period that includes ``day``, if any."""
    found = overlapping(officer_id, day, day)
    return found[0] if found else None
