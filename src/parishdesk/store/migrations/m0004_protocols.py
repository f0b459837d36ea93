"""Version 4: the protocol library, clause-to-rule links and councillors' acknowledgements."""

from __future__ import annotations

from typing import Any

import peewee

VERSION = 4
DESCRIPTION = "Protocol versions, rule links and acknowledgements"


def apply(db: Any, migrator: Any) -> None:
    class _M(peewee.Model):
        class Meta:
            database = db
            legacy_table_names = False

    class Person(_M):  # frozen stub: only its table name is used, for the foreign key
        class Meta:
            table_name = "person"

    class ProtocolVersion(_M):
        title = peewee.CharField(max_length=300, default="")
        version_label = peewee.CharField(max_length=40, default="")
        status = peewee.CharField(max_length=20, index=True, default="draft")
        adopted_on = peewee.DateField(null=True)
        last_reviewed = peewee.DateField(null=True)
        next_review = peewee.DateField(null=True)
        meeting = peewee.CharField(max_length=200, default="")
        minute_ref = peewee.CharField(max_length=100, default="")
        source_name = peewee.CharField(max_length=300, default="")
        data = peewee.TextField()
        superseded_on = peewee.DateField(null=True)
        archived_at = peewee.DateTimeField(null=True)
        created_at = peewee.DateTimeField()

        class Meta:
            table_name = "protocol_version"

    class ProtocolClauseLink(_M):
        version = peewee.ForeignKeyField(ProtocolVersion, on_delete="RESTRICT")
        clause_number = peewee.CharField(max_length=30)
        rule_ids = peewee.TextField(default="")
        created_at = peewee.DateTimeField()

        class Meta:
            table_name = "protocol_clause_link"
            indexes = ((("version", "clause_number"), True),)

    class ProtocolAck(_M):
        person = peewee.ForeignKeyField(Person, on_delete="RESTRICT")
        version = peewee.ForeignKeyField(ProtocolVersion, on_delete="RESTRICT")
        issued_on = peewee.DateField(null=True)
        returned_on = peewee.DateField(null=True)
        letter_reference = peewee.CharField(max_length=30, default="")
        created_at = peewee.DateTimeField()

        class Meta:
            table_name = "protocol_ack"
            indexes = ((("person", "version"), True),)

    db.create_tables([ProtocolVersion, ProtocolClauseLink, ProtocolAck])
