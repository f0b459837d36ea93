"""Row-returning writes left only for the demo seeding in ``services/demo.py``.

The register's one write API is :mod:`parishdesk.store.register_store`, which takes
and returns domain records. This module remains solely because the demo seeding
(house-enq's area, being moved into a package) still holds peewee rows; delete it
once the demo seeds through ``register_store``.
"""

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

