"""Version 1: the council, people, committees, party groups, roles, settings, audit log."""

from __future__ import annotations

import datetime as dt
from typing import Any

import peewee

VERSION = 1
DESCRIPTION = "Core records: council, people, committees, party groups, roles, audit log"


def apply(db: Any, migrator: Any) -> None:
    class _M(peewee.Model):
        class Meta:
            database = db
            legacy_table_names = False

    class SchemaVersion(_M):
        version = peewee.IntegerField(primary_key=True)
        description = peewee.TextField()
        applied_at = peewee.DateTimeField(default=dt.datetime.utcnow)

    class Setting(_M):
        key = peewee.CharField(primary_key=True, max_length=100)
        value = peewee.TextField()

    class Council(_M):
        name = peewee.CharField(max_length=200)
        kind = peewee.CharField(max_length=10, default="parish")
        nation = peewee.CharField(max_length=30, default="england-and-wales")
        address = peewee.TextField(default="")
        telephone = peewee.CharField(max_length=50, default="")
        email = peewee.CharField(max_length=200, default="")
        principal_council = peewee.CharField(max_length=200, default="")
        mo_name = peewee.CharField(max_length=200, default="")
        mo_address = peewee.TextField(default="")
        election_year = peewee.IntegerField(default=2027)
        is_demo = peewee.BooleanField(default=False)
        created_at = peewee.DateTimeField()

    class Person(_M):
        kind = peewee.CharField(max_length=10, index=True)
        title = peewee.CharField(max_length=30, default="")
        first_name = peewee.CharField(max_length=100)
        surname = peewee.CharField(max_length=100, index=True)
        preferred_name = peewee.CharField(max_length=100, default="")
        ward = peewee.CharField(max_length=100, default="")
        address = peewee.TextField(default="")
        phone = peewee.CharField(max_length=50, default="")
        email = peewee.CharField(max_length=200, default="")
        joined_how = peewee.CharField(max_length=10, default="")
        joined_on = peewee.DateField(null=True)
        accepted_office_on = peewee.DateField(null=True)
        term_ends_on = peewee.DateField(null=True)
        post = peewee.CharField(max_length=60, default="")
        post_other = peewee.CharField(max_length=100, default="")
        is_proper_officer = peewee.BooleanField(default=False)
        working_days = peewee.CharField(max_length=20, default="0,1,2,3,4")
        hours_from = peewee.TimeField(null=True)
        hours_to = peewee.TimeField(null=True)
        started_on = peewee.DateField(null=True)
        ended_on = peewee.DateField(null=True)
        line_manager = peewee.ForeignKeyField("self", null=True, on_delete="RESTRICT")
        left_on = peewee.DateField(null=True)
        left_reason = peewee.TextField(default="")
        archived_at = peewee.DateTimeField(null=True, index=True)
        created_at = peewee.DateTimeField()

    class Committee(_M):
        name = peewee.CharField(max_length=150, unique=True)
        functions = peewee.TextField(default="")
        delegated_powers = peewee.TextField(default="")
        is_staffing = peewee.BooleanField(default=False)
        subjects = peewee.TextField(default="")
        archived_at = peewee.DateTimeField(null=True)
        created_at = peewee.DateTimeField()

    class PartyGroup(_M):
        name = peewee.CharField(max_length=150, unique=True)
        archived_at = peewee.DateTimeField(null=True)
        created_at = peewee.DateTimeField()

    class Role(_M):
        person = peewee.ForeignKeyField(Person, on_delete="RESTRICT")
        kind = peewee.CharField(max_length=30, index=True)
        committee = peewee.ForeignKeyField(Committee, null=True, on_delete="RESTRICT")
        group = peewee.ForeignKeyField(PartyGroup, null=True, on_delete="RESTRICT")
        start_on = peewee.DateField()
        end_on = peewee.DateField(null=True)
        archived_at = peewee.DateTimeField(null=True)
        created_at = peewee.DateTimeField()

    class AuditEntry(_M):
        at = peewee.DateTimeField(index=True)
        actor = peewee.CharField(max_length=100)
        table = peewee.CharField(max_length=60)
        record_id = peewee.CharField(max_length=40)
        action = peewee.CharField(max_length=20)
        changes = peewee.TextField(default="{}")
        note = peewee.TextField(default="")

        class Meta:
            table_name = "audit_log"
            indexes = ((("table", "record_id"), False),)

    db.create_tables([SchemaVersion, Setting, Council, Person, Committee, PartyGroup, Role,
                      AuditEntry])
    # SQLite-specific (marked): the audit log is append-only at the database level too.
    if isinstance(db, peewee.SqliteDatabase):
        db.execute_sql(
            "CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log "
            "BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END"
        )
        db.execute_sql(
            "CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log "
            "BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END"
        )
