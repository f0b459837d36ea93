"""Creating the core register records (people, committees, groups, roles), audited."""

from __future__ import annotations

import datetime as dt
from typing import Any

from parishdesk.store import audit
from parishdesk.store.models import Committee, PartyGroup, Person, Role


def add_person(actor: str, **fields: Any) -> Person:
    return audit.create(Person, actor, **fields)


def add_committee(actor: str, **fields: Any) -> Committee:
    return audit.create(Committee, actor, **fields)


def add_group(actor: str, name: str) -> PartyGroup:
    return audit.create(PartyGroup, actor, name=name)


def add_role(actor: str, person: Person, kind: str, start_on: dt.date,
             committee: Committee | None = None, group: PartyGroup | None = None,
             end_on: dt.date | None = None) -> Role:
    return audit.create(Role, actor, person=person, kind=kind, committee=committee, group=group,
                        start_on=start_on, end_on=end_on)


def counts() -> dict[str, int]:
    """How many current councillors, officers, committees and groups there are."""
    current = Person.archived_at.is_null()
    return {
        "councillors": Person.select().where(current & (Person.kind == "councillor")).count(),
        "officers": Person.select().where(current & (Person.kind == "officer")).count(),
        "committees": Committee.select().where(Committee.archived_at.is_null()).count(),
        "groups": PartyGroup.select().where(PartyGroup.archived_at.is_null()).count(),
    }


def proper_officer() -> Person | None:
    return (Person.select()
            .where(Person.archived_at.is_null() & (Person.kind == "officer")
                   & (Person.is_proper_officer == True))  # noqa: E712 - peewee expression
            .first())
