"""Advice given to party groups (GROUP-1, GROUP-2), in and out as domain records."""

from __future__ import annotations

import datetime as dt

from parishdesk.domain.enquiry_records import GroupAdviceRecord, GroupToldRecord
from parishdesk.store import audit
from parishdesk.store.enquiry_models import GroupAdvice, GroupAdviceTold
from parishdesk.store.enquiry_store import to_record


def advice_list(include_archived: bool = False) -> list[GroupAdviceRecord]:
    """Every piece of advice, newest first."""
    query = GroupAdvice.select()
    if not include_archived:
        query = query.where(GroupAdvice.archived_at.is_null())
    return [to_record(GroupAdviceRecord, row)
            for row in query.order_by(GroupAdvice.advised_on.desc(), GroupAdvice.id.desc())]


def get(advice_id: int) -> GroupAdviceRecord | None:
    row = GroupAdvice.get_or_none(GroupAdvice.id == advice_id)
    return to_record(GroupAdviceRecord, row) if row is not None else None


def add(actor: str, advised_group_id: int, advised_group: str, matter: str, summary: str,
        advised_on: dt.date, enquiry_id: int | None = None) -> GroupAdviceRecord:
    row = audit.create(GroupAdvice, actor, enquiry_id=enquiry_id,
                       advised_group_id=advised_group_id, advised_group=advised_group,
                       matter=matter, summary=summary, advised_on=advised_on)
    return to_record(GroupAdviceRecord, row)


def told_for(advice_id: int) -> list[GroupToldRecord]:
    query = (GroupAdviceTold.select().where(GroupAdviceTold.advice == advice_id)
             .order_by(GroupAdviceTold.told_on, GroupAdviceTold.id))
    return [to_record(GroupToldRecord, row) for row in query]


def add_told(advice_id: int, actor: str, group_id: int, group_name: str,
             told_on: dt.date) -> GroupToldRecord:
    """Record another group as told (``told_by`` is the actor)."""
    row = audit.create(GroupAdviceTold, actor, advice=advice_id, group_id=group_id,
                       group_name=group_name, told_on=told_on, told_by=actor)
    return to_record(GroupToldRecord, row)
