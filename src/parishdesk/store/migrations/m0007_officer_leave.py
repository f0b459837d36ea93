"""Version 7: officers' leave periods (for the ENQ-6 check), and the standard times each
enquiry was logged under, so that changing the council's defaults never moves an old deadline."""

from __future__ import annotations

from typing import Any

import peewee
from playhouse.migrate import migrate

VERSION = 7
DESCRIPTION = "Officer leave periods; enquiries keep the standard times they were logged under"


def _setting(db: Any, key: str, default: int) -> int:
    row = db.execute_sql("SELECT value FROM setting WHERE key = ?", (key,)).fetchone()
    try:
        return int(row[0]) if row else default
    except ValueError:
        return default


def apply(db: Any, migrator: Any) -> None:
    class _M(peewee.Model):
        class Meta:
            database = db
            legacy_table_names = False

    class Person(_M):  # frozen stub: only its table name is used, for the foreign key
        class Meta:
            table_name = "person"

    class OfficerLeave(_M):
        officer = peewee.ForeignKeyField(Person, on_delete="RESTRICT")
        starts_on = peewee.DateField()
        ends_on = peewee.DateField()
        kind = peewee.CharField(max_length=20)
        comment = peewee.TextField(default="")  # not "note": audit.update uses that name
        archived_at = peewee.DateTimeField(null=True)
        created_at = peewee.DateTimeField()

        class Meta:
            table_name = "officer_leave"
            indexes = ((("officer", "starts_on"), False),)

    db.create_tables([OfficerLeave])
    migrate(
        migrator.add_column("enquiry", "ack_working_days", peewee.IntegerField(null=True)),
        migrator.add_column("enquiry", "answer_working_days", peewee.IntegerField(null=True)),
    )
    # Enquiries already logged were counted with the council's times as they stand now.
    db.execute_sql("UPDATE enquiry SET ack_working_days = ?, answer_working_days = ?",
                   (_setting(db, "enquiries.ack_working_days", 2),
                    _setting(db, "enquiries.answer_working_days", 10)))
