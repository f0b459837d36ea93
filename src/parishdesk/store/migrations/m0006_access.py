"""Version 6: councillors' requests to see council documents, and their status history."""

from __future__ import annotations

from typing import Any

import peewee

VERSION = 6
DESCRIPTION = "Information requests (need to know) and their status history"


def apply(db: Any, migrator: Any) -> None:
    class _M(peewee.Model):
        class Meta:
            database = db
            legacy_table_names = False

    class Person(_M):  # frozen stub: only its table name is used, for the foreign keys
        class Meta:
            table_name = "person"

    class Committee(_M):
        class Meta:
            table_name = "committee"

    class AccessRequest(_M):
        requester = peewee.ForeignKeyField(Person, on_delete="RESTRICT", index=True)
        received_on = peewee.DateField(index=True)
        documents = peewee.TextField()
        holder = peewee.CharField(max_length=200, default="")
        committee = peewee.ForeignKeyField(Committee, null=True, on_delete="RESTRICT")
        meeting_business = peewee.BooleanField(default=False)
        meeting = peewee.CharField(max_length=200, default="")
        contents = peewee.CharField(max_length=300, default="")
        document_group = peewee.CharField(max_length=150, default="")
        reason = peewee.TextField(default="")
        reason_specific = peewee.BooleanField(default=False)
        foi = peewee.BooleanField(default=False)
        decider = peewee.ForeignKeyField(Person, null=True, on_delete="RESTRICT")
        due_working_days = peewee.IntegerField(default=10)
        status = peewee.CharField(max_length=30, index=True, default="received")
        assessment = peewee.TextField(default="")
        decision = peewee.CharField(max_length=30, default="")
        decision_reasons = peewee.TextField(default="")
        purpose = peewee.TextField(default="")
        conditions = peewee.TextField(default="")
        redactions = peewee.TextField(default="")
        override_reason = peewee.TextField(default="")
        decided_on = peewee.DateField(null=True)
        decision_letter_id = peewee.IntegerField(null=True)
        reasons_letter_id = peewee.IntegerField(null=True)
        referral_body = peewee.CharField(max_length=200, default="")
        referred_on = peewee.DateField(null=True)
        referral_meeting_on = peewee.DateField(null=True)
        committee_outcome = peewee.CharField(max_length=20, default="")
        committee_outcome_on = peewee.DateField(null=True)
        committee_note = peewee.TextField(default="")
        closed_on = peewee.DateField(null=True)
        archived_at = peewee.DateTimeField(null=True)
        created_at = peewee.DateTimeField()

        class Meta:
            table_name = "access_request"

    class AccessStatusChange(_M):
        request = peewee.ForeignKeyField(AccessRequest, on_delete="RESTRICT", index=True)
        status = peewee.CharField(max_length=30)
        on = peewee.DateField()
        changed_by = peewee.CharField(max_length=100)
        note = peewee.TextField(default="")
        created_at = peewee.DateTimeField()

        class Meta:
            table_name = "access_status_change"

    db.create_tables([AccessRequest, AccessStatusChange])
