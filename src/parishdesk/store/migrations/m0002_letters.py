"""Version 2: the letters register (every issued letter, kept for identical reprints)."""

from __future__ import annotations

from typing import Any

import peewee

VERSION = 2
DESCRIPTION = "Letters register"


def apply(db: Any, migrator: Any) -> None:
    class IssuedLetter(peewee.Model):
        reference = peewee.CharField(max_length=30, unique=True)
        year = peewee.IntegerField()
        number = peewee.IntegerField()
        letter_type = peewee.CharField(max_length=40, index=True)
        issued_on = peewee.DateField(index=True)
        recipient_name = peewee.CharField(max_length=200)
        recipient_person_id = peewee.IntegerField(null=True, index=True)
        subject = peewee.CharField(max_length=300)
        signatory_name = peewee.CharField(max_length=200)
        signatory_role = peewee.CharField(max_length=20)
        cc = peewee.TextField(default="")
        data = peewee.TextField()
        pdf_file = peewee.CharField(max_length=300)
        sha256 = peewee.CharField(max_length=64)
        related_table = peewee.CharField(max_length=60, default="")
        related_id = peewee.CharField(max_length=40, default="")
        archived_at = peewee.DateTimeField(null=True)
        created_at = peewee.DateTimeField()

        class Meta:
            database = db
            table_name = "issued_letter"
            indexes = ((("year", "number"), True), (("related_table", "related_id"), False))

    db.create_tables([IssuedLetter])
