"""Version 9: meetings, agendas, attendance, declarations, motions and votes, minutes
with their signatures (a SHA-256 chain), officers' delegated decisions, approved reasons
for absence and links from a meeting to other records."""

from __future__ import annotations

from typing import Any

import peewee

VERSION = 9
DESCRIPTION = "Meetings, agendas, attendance, declarations, motions, votes and signed minutes"


def apply(db: Any, migrator: Any) -> None:
    class _M(peewee.Model):
        class Meta:
            database = db
            legacy_table_names = False

    class Person(_M):  # frozen stubs: only their table names are used, for foreign keys
        class Meta:
            table_name = "person"

    class Committee(_M):
        class Meta:
            table_name = "committee"

    class Meeting(_M):
        committee = peewee.ForeignKeyField(Committee, null=True, on_delete="RESTRICT")
        kind = peewee.CharField(max_length=20, default="ordinary")
        on = peewee.DateField(index=True)
        at = peewee.TimeField(null=True)
        place = peewee.CharField(max_length=200, default="")
        presiding = peewee.ForeignKeyField(Person, null=True, on_delete="RESTRICT")
        presiding_as = peewee.CharField(max_length=20, default="chair")
        summons_issued_on = peewee.DateField(null=True)
        minutes_state = peewee.CharField(max_length=10, default="none")
        approved_at_meeting = peewee.ForeignKeyField("self", null=True, on_delete="RESTRICT")
        approved_by_motion_id = peewee.IntegerField(null=True)
        signed_by = peewee.CharField(max_length=200, default="")
        signed_on = peewee.DateField(null=True)
        archived_at = peewee.DateTimeField(null=True)
        created_at = peewee.DateTimeField()

        class Meta:
            table_name = "meeting"

    class AgendaItem(_M):
        meeting = peewee.ForeignKeyField(Meeting, on_delete="RESTRICT", index=True)
        position = peewee.IntegerField()
        title = peewee.TextField()
        papers = peewee.TextField(default="")  # one file or paper per line
        decision_expected = peewee.BooleanField(default=False)
        confidential = peewee.BooleanField(default=False)
        confidential_reason = peewee.TextField(default="")
        standard = peewee.CharField(max_length=20, default="")
        requested_by = peewee.ForeignKeyField(Person, null=True, on_delete="RESTRICT")
        asked_on = peewee.DateField(null=True)
        papers_received_on = peewee.DateField(null=True)
        notes = peewee.TextField(default="")
        archived_at = peewee.DateTimeField(null=True)
        created_at = peewee.DateTimeField()

        class Meta:
            table_name = "agenda_item"

    class MeetingAttendance(_M):
        meeting = peewee.ForeignKeyField(Meeting, on_delete="RESTRICT")
        person = peewee.ForeignKeyField(Person, on_delete="RESTRICT")
        status = peewee.CharField(max_length=12, default="absent")
        reason = peewee.TextField(default="")
        reason_accepted = peewee.BooleanField(null=True)
        arrived_at = peewee.CharField(max_length=5, default="")
        left_at = peewee.CharField(max_length=5, default="")
        created_at = peewee.DateTimeField()

        class Meta:
            table_name = "meeting_attendance"
            indexes = ((("meeting", "person"), True),)

    class MeetingDeclaration(_M):
        meeting = peewee.ForeignKeyField(Meeting, on_delete="RESTRICT", index=True)
        item = peewee.ForeignKeyField(AgendaItem, on_delete="RESTRICT")
        person = peewee.ForeignKeyField(Person, on_delete="RESTRICT")
        kind = peewee.CharField(max_length=20)
        description = peewee.TextField(default="")
        action = peewee.CharField(max_length=20)
        dispensation_ref = peewee.CharField(max_length=100, default="")
        on_register = peewee.BooleanField(default=True)
        notify_by = peewee.DateField(null=True)
        notified_on = peewee.DateField(null=True)
        archived_at = peewee.DateTimeField(null=True)
        created_at = peewee.DateTimeField()

        class Meta:
            table_name = "meeting_declaration"

    class Motion(_M):
        meeting = peewee.ForeignKeyField(Meeting, on_delete="RESTRICT", index=True)
        item = peewee.ForeignKeyField(AgendaItem, on_delete="RESTRICT")
        text = peewee.TextField(default="")
        proposer = peewee.ForeignKeyField(Person, null=True, on_delete="RESTRICT")
        seconder = peewee.ForeignKeyField(Person, null=True, on_delete="RESTRICT")
        amends = peewee.ForeignKeyField("self", null=True, on_delete="RESTRICT")
        in_favour = peewee.IntegerField(default=0)
        against = peewee.IntegerField(default=0)
        abstentions = peewee.IntegerField(default=0)
        recorded = peewee.BooleanField(default=False)
        casting_vote = peewee.CharField(max_length=10, null=True)
        casting_by = peewee.ForeignKeyField(Person, null=True, on_delete="RESTRICT")
        outcome = peewee.CharField(max_length=20, default="")
        excludes_public = peewee.BooleanField(default=False)
        exclusion_reason = peewee.TextField(default="")
        delegate_kind = peewee.CharField(max_length=20, default="")
        delegate_to = peewee.CharField(max_length=200, default="")
        reverses = peewee.ForeignKeyField("self", null=True, on_delete="RESTRICT")
        action_owner = peewee.CharField(max_length=200, default="")
        action_due = peewee.DateField(null=True)
        action_status = peewee.CharField(max_length=10, default="")
        archived_at = peewee.DateTimeField(null=True)
        created_at = peewee.DateTimeField()

        class Meta:
            table_name = "motion"

    class RecordedVote(_M):
        motion = peewee.ForeignKeyField(Motion, on_delete="RESTRICT")
        person = peewee.ForeignKeyField(Person, on_delete="RESTRICT")
        vote = peewee.CharField(max_length=10)
        created_at = peewee.DateTimeField()

        class Meta:
            table_name = "recorded_vote"
            indexes = ((("motion", "person"), True),)

    class Minute(_M):
        meeting = peewee.ForeignKeyField(Meeting, on_delete="RESTRICT", index=True)
        item = peewee.ForeignKeyField(AgendaItem, null=True, on_delete="RESTRICT")
        position = peewee.IntegerField()
        number = peewee.CharField(max_length=20, default="")
        title = peewee.TextField(default="")
        body = peewee.TextField(default="")
        confidential = peewee.BooleanField(default=False)
        corrects = peewee.ForeignKeyField("self", null=True, on_delete="RESTRICT")
        signed_hash = peewee.CharField(max_length=64, default="")
        archived_at = peewee.DateTimeField(null=True)
        created_at = peewee.DateTimeField()

        class Meta:
            table_name = "minute"

    class MinuteSignature(_M):
        meeting = peewee.ForeignKeyField(Meeting, unique=True, on_delete="RESTRICT")
        signed_by = peewee.CharField(max_length=200)
        signed_on = peewee.DateField()
        content_hash = peewee.CharField(max_length=64)
        previous_hash = peewee.CharField(max_length=64)
        chain_hash = peewee.CharField(max_length=64)
        created_at = peewee.DateTimeField()

        class Meta:
            table_name = "minute_signature"

    class OfficerDecision(_M):
        officer = peewee.ForeignKeyField(Person, on_delete="RESTRICT")
        decided_on = peewee.DateField()
        decision = peewee.TextField()
        reasons = peewee.TextField(default="")
        authority = peewee.TextField(default="")
        archived_at = peewee.DateTimeField(null=True)
        created_at = peewee.DateTimeField()

        class Meta:
            table_name = "officer_decision"

    class AbsenceApproval(_M):
        person = peewee.ForeignKeyField(Person, on_delete="RESTRICT")
        approved_on = peewee.DateField()
        meeting = peewee.ForeignKeyField(Meeting, null=True, on_delete="RESTRICT")
        reason = peewee.TextField(default="")
        archived_at = peewee.DateTimeField(null=True)
        created_at = peewee.DateTimeField()

        class Meta:
            table_name = "absence_approval"

    class MeetingLink(_M):
        meeting = peewee.ForeignKeyField(Meeting, on_delete="RESTRICT")
        kind = peewee.CharField(max_length=30)  # access_request | dispute
        record_id = peewee.IntegerField()
        note = peewee.TextField(default="")
        archived_at = peewee.DateTimeField(null=True)
        created_at = peewee.DateTimeField()

        class Meta:
            table_name = "meeting_link"
            indexes = ((("kind", "record_id"), False),)

    db.create_tables([Meeting, AgendaItem, MeetingAttendance, MeetingDeclaration, Motion,
                      RecordedVote, Minute, MinuteSignature, OfficerDecision, AbsenceApproval,
                      MeetingLink])
