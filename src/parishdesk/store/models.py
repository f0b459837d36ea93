"""Core tables (schema version 1). Later areas add their tables in their own modules.

These classes describe the *current* schema; migrations in
``store/migrations`` carry an existing file from one version to the next and
never import these classes (they keep their own frozen copies).
"""

from __future__ import annotations

import datetime as dt

import peewee

from parishdesk.store.db import BaseModel


def utcnow() -> dt.datetime:
    return dt.datetime.now(dt.UTC).replace(tzinfo=None, microsecond=0)


class SchemaVersion(BaseModel):
    version = peewee.IntegerField(primary_key=True)
    description = peewee.TextField()
    applied_at = peewee.DateTimeField(default=utcnow)


class Setting(BaseModel):
    key = peewee.CharField(primary_key=True, max_length=100)
    value = peewee.TextField()


class Council(BaseModel):
    id = peewee.AutoField()
    name = peewee.CharField(max_length=200)
    kind = peewee.CharField(max_length=10, default="parish")  # parish | town
    nation = peewee.CharField(max_length=30, default="england-and-wales")
    address = peewee.TextField(default="")
    telephone = peewee.CharField(max_length=50, default="")
    email = peewee.CharField(max_length=200, default="")
    principal_council = peewee.CharField(max_length=200, default="")
    mo_name = peewee.CharField(max_length=200, default="")
    mo_address = peewee.TextField(default="")
    election_year = peewee.IntegerField(default=2027)
    is_demo = peewee.BooleanField(default=False)
    created_at = peewee.DateTimeField(default=utcnow)


class Person(BaseModel):
    """A councillor or an officer; ``kind`` says which."""

    id = peewee.AutoField()
    kind = peewee.CharField(max_length=10, index=True)  # councillor | officer
    title = peewee.CharField(max_length=30, default="")
    first_name = peewee.CharField(max_length=100)
    surname = peewee.CharField(max_length=100, index=True)
    preferred_name = peewee.CharField(max_length=100, default="")
    ward = peewee.CharField(max_length=100, default="")
    address = peewee.TextField(default="")
    phone = peewee.CharField(max_length=50, default="")
    email = peewee.CharField(max_length=200, default="")
    # councillors
    joined_how = peewee.CharField(max_length=10, default="")  # elected | co-opted | appointed
    joined_on = peewee.DateField(null=True)
    accepted_office_on = peewee.DateField(null=True)
    term_ends_on = peewee.DateField(null=True)  # None: the next ordinary election
    # officers
    post = peewee.CharField(max_length=60, default="")
    post_other = peewee.CharField(max_length=100, default="")
    is_proper_officer = peewee.BooleanField(default=False)
    working_days = peewee.CharField(max_length=20, default="0,1,2,3,4")
    hours_from = peewee.TimeField(null=True)
    hours_to = peewee.TimeField(null=True)
    started_on = peewee.DateField(null=True)
    ended_on = peewee.DateField(null=True)
    line_manager = peewee.ForeignKeyField("self", null=True, backref="reports",
                                          on_delete="RESTRICT")
    # leaving and archiving
    left_on = peewee.DateField(null=True)
    left_reason = peewee.TextField(default="")
    archived_at = peewee.DateTimeField(null=True, index=True)
    created_at = peewee.DateTimeField(default=utcnow)


class Committee(BaseModel):
    id = peewee.AutoField()
    name = peewee.CharField(max_length=150, unique=True)
    functions = peewee.TextField(default="")
    delegated_powers = peewee.TextField(default="")
    is_staffing = peewee.BooleanField(default=False)
    subjects = peewee.TextField(default="")  # "; "-separated
    archived_at = peewee.DateTimeField(null=True)
    created_at = peewee.DateTimeField(default=utcnow)


class PartyGroup(BaseModel):
    id = peewee.AutoField()
    name = peewee.CharField(max_length=150, unique=True)
    archived_at = peewee.DateTimeField(null=True)
    created_at = peewee.DateTimeField(default=utcnow)


class Role(BaseModel):
    """A role or membership held over dates: Chair, committee member, group member …"""

    id = peewee.AutoField()
    person = peewee.ForeignKeyField(Person, backref="roles", on_delete="RESTRICT")
    kind = peewee.CharField(max_length=30, index=True)
    committee = peewee.ForeignKeyField(Committee, null=True, backref="roles",
                                       on_delete="RESTRICT")
    group = peewee.ForeignKeyField(PartyGroup, null=True, backref="roles",
                                   on_delete="RESTRICT")
    start_on = peewee.DateField()
    end_on = peewee.DateField(null=True)
    archived_at = peewee.DateTimeField(null=True)
    created_at = peewee.DateTimeField(default=utcnow)


class AuditEntry(BaseModel):
    """Append-only: one row per change, written in the change's own transaction."""

    id = peewee.AutoField()
    at = peewee.DateTimeField(default=utcnow, index=True)
    actor = peewee.CharField(max_length=100)
    table = peewee.CharField(max_length=60)
    record_id = peewee.CharField(max_length=40)
    action = peewee.CharField(max_length=20)  # create | update | archive | restore | note
    changes = peewee.TextField(default="{}")  # JSON {"field": [before, after]}
    note = peewee.TextField(default="")
    # Version 10: the hash chain (see store/audit_chain.py) and the erasure mark.
    content_hash = peewee.CharField(max_length=64, default="")
    entry_hash = peewee.CharField(max_length=64, default="")
    erased_on = peewee.DateField(null=True)

    class Meta:
        table_name = "audit_log"
        indexes = ((("table", "record_id"), False),)


CORE_MODELS: tuple[type[BaseModel], ...] = (
    SchemaVersion, Setting, Council, Person, Committee, PartyGroup, Role, AuditEntry,
)
