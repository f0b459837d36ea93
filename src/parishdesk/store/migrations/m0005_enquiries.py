"""Version 5: the enquiry inbox (enquiries, their history, copies, files, replies, warnings)
and the party-group advice log."""

from __future__ import annotations

from typing import Any

import peewee

VERSION = 5
DESCRIPTION = "Enquiry inbox and party-group advice log"


def apply(db: Any, migrator: Any) -> None:
    class _M(peewee.Model):
        class Meta:
            database = db
            legacy_table_names = False

    class Enquiry(_M):
        reference = peewee.CharField(max_length=20, unique=True)
        year = peewee.IntegerField()
        number = peewee.IntegerField()
        councillor_id = peewee.IntegerField(index=True)
        councillor_name = peewee.CharField(max_length=200, index=True)
        received_at = peewee.DateTimeField(index=True)
        channel = peewee.CharField(max_length=20)
        subject = peewee.CharField(max_length=300, index=True)
        text = peewee.TextField(default="")
        kind = peewee.CharField(max_length=20)
        requested_by = peewee.DateField(null=True)
        addressed_to_id = peewee.IntegerField(null=True)
        addressed_to_name = peewee.CharField(max_length=200, default="")
        assigned_to_id = peewee.IntegerField(null=True)
        assigned_name = peewee.CharField(max_length=200, default="", index=True)
        priority = peewee.CharField(max_length=10, default="normal")
        priority_demanded = peewee.BooleanField(default=False)
        not_council_business = peewee.BooleanField(default=False)
        resident_name = peewee.CharField(max_length=200, default="")
        resident_contact = peewee.TextField(default="")
        status = peewee.CharField(max_length=20, index=True)
        ack_due = peewee.DateField()
        answer_due = peewee.DateField(index=True)
        acknowledged_on = peewee.DateField(null=True)
        answered_on = peewee.DateField(null=True, index=True)
        closed_on = peewee.DateField(null=True)
        late_reason = peewee.TextField(default="")
        waiting_since = peewee.DateField(null=True)
        warning_count = peewee.IntegerField(default=0)
        archived_at = peewee.DateTimeField(null=True)
        created_at = peewee.DateTimeField()

        class Meta:
            indexes = (
                (("year", "number"), True),
                (("status", "answer_due"), False),
                (("assigned_to_id", "status", "answer_due"), False),
            )

    class EnquiryStatusChange(_M):
        enquiry = peewee.ForeignKeyField(Enquiry, on_delete="RESTRICT", index=True)
        at = peewee.DateTimeField()
        status = peewee.CharField(max_length=20)
        changed_by = peewee.CharField(max_length=100)
        note = peewee.TextField(default="")

    class EnquiryCopy(_M):
        enquiry = peewee.ForeignKeyField(Enquiry, on_delete="RESTRICT", index=True)
        councillor_id = peewee.IntegerField()
        name = peewee.CharField(max_length=200)
        consented = peewee.BooleanField(default=False)
        archived_at = peewee.DateTimeField(null=True)

    class EnquiryAttachment(_M):
        enquiry = peewee.ForeignKeyField(Enquiry, on_delete="RESTRICT", index=True)
        original_name = peewee.CharField(max_length=260)
        stored_file = peewee.CharField(max_length=400)
        size = peewee.IntegerField()
        sha256 = peewee.CharField(max_length=64)
        added_at = peewee.DateTimeField()
        archived_at = peewee.DateTimeField(null=True)

    class EnquiryReply(_M):
        enquiry = peewee.ForeignKeyField(Enquiry, on_delete="RESTRICT", index=True)
        kind = peewee.CharField(max_length=10)
        body = peewee.TextField()
        written_at = peewee.DateTimeField()
        written_by = peewee.CharField(max_length=100)
        issued_as = peewee.CharField(max_length=10, default="")
        issued_on = peewee.DateField(null=True)
        letter_id = peewee.IntegerField(null=True)
        letter_reference = peewee.CharField(max_length=30, default="")
        eml_file = peewee.CharField(max_length=400, default="")
        archived_at = peewee.DateTimeField(null=True)

    class EnquiryWarning(_M):
        enquiry = peewee.ForeignKeyField(Enquiry, on_delete="RESTRICT", index=True)
        code = peewee.CharField(max_length=40)
        rule_ids = peewee.CharField(max_length=100)
        title = peewee.CharField(max_length=200)
        message = peewee.TextField()
        advice = peewee.TextField()
        active = peewee.BooleanField(default=True)
        first_seen_at = peewee.DateTimeField()
        dismissed_at = peewee.DateTimeField(null=True)
        dismissed_by = peewee.CharField(max_length=100, default="")
        dismissal_note = peewee.TextField(default="")

        class Meta:
            indexes = ((("enquiry", "code"), True),)

    class GroupAdvice(_M):
        enquiry_id = peewee.IntegerField(null=True, index=True)
        advised_group_id = peewee.IntegerField()
        advised_group = peewee.CharField(max_length=150)
        matter = peewee.CharField(max_length=300)
        summary = peewee.TextField(default="")
        advised_on = peewee.DateField()
        archived_at = peewee.DateTimeField(null=True)
        created_at = peewee.DateTimeField()

    class GroupAdviceTold(_M):
        advice = peewee.ForeignKeyField(GroupAdvice, on_delete="RESTRICT", index=True)
        group_id = peewee.IntegerField()
        group_name = peewee.CharField(max_length=150)
        told_on = peewee.DateField()
        told_by = peewee.CharField(max_length=100)

    db.create_tables([Enquiry, EnquiryStatusChange, EnquiryCopy, EnquiryAttachment,
                      EnquiryReply, EnquiryWarning, GroupAdvice, GroupAdviceTold])
    # SQLite-specific (marked): full-text search over subject, text and replies.
    # The store keeps it in step (see enquiry_store.reindex); another database
    # would search with LIKE instead.
    if isinstance(db, peewee.SqliteDatabase):
        db.execute_sql(
            "CREATE VIRTUAL TABLE enquiry_fts USING fts5("
            "reference, councillor, subject, body, replies, tokenize='unicode61')"
        )
