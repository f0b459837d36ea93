"""Version 8: confidential dispute cases, with their parties, steps, notes, attachments and
the links to the enquiry or information request a case arose from."""

from __future__ import annotations

from typing import Any

import peewee

VERSION = 8
DESCRIPTION = "Dispute cases: parties, steps, notes, attachments and links"


def apply(db: Any, migrator: Any) -> None:
    class _M(peewee.Model):
        class Meta:
            database = db
            legacy_table_names = False

    class Person(_M):  # frozen stub: only its table name is used, for the foreign key
        class Meta:
            table_name = "person"

    class DisputeCase(_M):
        reference = peewee.CharField(max_length=20, unique=True)
        year = peewee.IntegerField()
        number = peewee.IntegerField()
        opened_on = peewee.DateField(index=True)
        track = peewee.CharField(max_length=20, index=True)
        raised_by = peewee.CharField(max_length=20)
        about = peewee.CharField(max_length=20)
        nature = peewee.CharField(max_length=20)
        title = peewee.CharField(max_length=200)
        account = peewee.TextField(default="")
        events_on = peewee.DateField(null=True)
        informal_tried = peewee.BooleanField(default=False)
        informal_outcome = peewee.TextField(default="")
        formal_requested = peewee.BooleanField(default=False)
        recommended_track = peewee.CharField(max_length=20, default="")
        override_reason = peewee.TextField(default="")
        archived_at = peewee.DateTimeField(null=True)
        created_at = peewee.DateTimeField()

        class Meta:
            table_name = "dispute_case"

    class DisputeParty(_M):
        case = peewee.ForeignKeyField(DisputeCase, on_delete="RESTRICT", index=True)
        role = peewee.CharField(max_length=20)
        name = peewee.CharField(max_length=200)
        kind = peewee.CharField(max_length=20, default="")
        person = peewee.ForeignKeyField(Person, null=True, on_delete="RESTRICT")
        address = peewee.TextField(default="")
        archived_at = peewee.DateTimeField(null=True)
        created_at = peewee.DateTimeField()

        class Meta:
            table_name = "dispute_party"

    class DisputeStep(_M):
        case = peewee.ForeignKeyField(DisputeCase, on_delete="RESTRICT", index=True)
        kind = peewee.CharField(max_length=30)
        on = peewee.DateField()
        due_on = peewee.DateField(null=True)
        outcome = peewee.CharField(max_length=40, default="")
        detail = peewee.TextField(default="")
        letter_id = peewee.IntegerField(null=True)
        archived_at = peewee.DateTimeField(null=True)
        created_at = peewee.DateTimeField()

        class Meta:
            table_name = "dispute_step"

    class DisputeNote(_M):
        case = peewee.ForeignKeyField(DisputeCase, on_delete="RESTRICT", index=True)
        on = peewee.DateField()
        text = peewee.TextField()
        archived_at = peewee.DateTimeField(null=True)
        created_at = peewee.DateTimeField()

        class Meta:
            table_name = "dispute_note"

    class DisputeAttachment(_M):
        case = peewee.ForeignKeyField(DisputeCase, on_delete="RESTRICT", index=True)
        title = peewee.CharField(max_length=200)
        file_name = peewee.CharField(max_length=300)
        sha256 = peewee.CharField(max_length=64)
        added_on = peewee.DateField()
        archived_at = peewee.DateTimeField(null=True)
        created_at = peewee.DateTimeField()

        class Meta:
            table_name = "dispute_attachment"

    class DisputeLink(_M):
        case = peewee.ForeignKeyField(DisputeCase, on_delete="RESTRICT", index=True)
        kind = peewee.CharField(max_length=20)
        record_id = peewee.IntegerField()
        label = peewee.CharField(max_length=300, default="")
        archived_at = peewee.DateTimeField(null=True)
        created_at = peewee.DateTimeField()

        class Meta:
            table_name = "dispute_link"

    db.create_tables([DisputeCase, DisputeParty, DisputeStep, DisputeNote, DisputeAttachment,
                      DisputeLink])
