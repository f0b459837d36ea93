"""The meetings area's tables, as they stand now (created by migration 9).

The meetings, their attendance and the approvals of absence are in
``store/attendance_models.py`` (the Members area reads them as it opens) and
re-exported here with the rest.

Only ``store/meetings_store.py`` and ``store/minutes_store.py`` use these classes;
they hand the rest of the program domain records.
"""

from __future__ import annotations

import peewee

from parishdesk.store.attendance_models import AbsenceApprovalRow as AbsenceApprovalRow
from parishdesk.store.attendance_models import MeetingAttendanceRow as MeetingAttendanceRow
from parishdesk.store.attendance_models import MeetingRow as MeetingRow
from parishdesk.store.db import BaseModel
from parishdesk.store.models import Person, utcnow


class AgendaItemRow(BaseModel):
    id = peewee.AutoField()
    meeting = peewee.ForeignKeyField(MeetingRow, on_delete="RESTRICT", backref="+", index=True)
    position = peewee.IntegerField()
    title = peewee.TextField()
    papers = peewee.TextField(default="")  # one file or paper per line
    decision_expected = peewee.BooleanField(default=False)
    confidential = peewee.BooleanField(default=False)
    confidential_reason = peewee.TextField(default="")
    standard = peewee.CharField(max_length=20, default="")
    requested_by = peewee.ForeignKeyField(Person, null=True, on_delete="RESTRICT", backref="+")
    asked_on = peewee.DateField(null=True)
    papers_received_on = peewee.DateField(null=True)
    notes = peewee.TextField(default="")
    archived_at = peewee.DateTimeField(null=True)
    created_at = peewee.DateTimeField(default=utcnow)

    class Meta:
        table_name = "agenda_item"

class MeetingDeclarationRow(BaseModel):
    id = peewee.AutoField()
    meeting = peewee.ForeignKeyField(MeetingRow, on_delete="RESTRICT", backref="+", index=True)
    item = peewee.ForeignKeyField(AgendaItemRow, on_delete="RESTRICT", backref="+")
    person = peewee.ForeignKeyField(Person, on_delete="RESTRICT", backref="+")
    kind = peewee.CharField(max_length=20)
    description = peewee.TextField(default="")
    action = peewee.CharField(max_length=20)
    dispensation_ref = peewee.CharField(max_length=100, default="")
    on_register = peewee.BooleanField(default=True)
    notify_by = peewee.DateField(null=True)
    notified_on = peewee.DateField(null=True)
    archived_at = peewee.DateTimeField(null=True)
    created_at = peewee.DateTimeField(default=utcnow)

    class Meta:
        table_name = "meeting_declaration"

class MotionRow(BaseModel):
    id = peewee.AutoField()
    meeting = peewee.ForeignKeyField(MeetingRow, on_delete="RESTRICT", backref="+", index=True)
    item = peewee.ForeignKeyField(AgendaItemRow, on_delete="RESTRICT", backref="+")
    text = peewee.TextField(default="")
    proposer = peewee.ForeignKeyField(Person, null=True, on_delete="RESTRICT", backref="+")
    seconder = peewee.ForeignKeyField(Person, null=True, on_delete="RESTRICT", backref="+")
    amends = peewee.ForeignKeyField("self", null=True, on_delete="RESTRICT", backref="+")
    in_favour = peewee.IntegerField(default=0)
    against = peewee.IntegerField(default=0)
    abstentions = peewee.IntegerField(default=0)
    recorded = peewee.BooleanField(default=False)
    casting_vote = peewee.CharField(max_length=10, null=True)
    casting_by = peewee.ForeignKeyField(Person, null=True, on_delete="RESTRICT", backref="+")
    outcome = peewee.CharField(max_length=20, default="")
    excludes_public = peewee.BooleanField(default=False)
    exclusion_reason = peewee.TextField(default="")
    delegate_kind = peewee.CharField(max_length=20, default="")
    delegate_to = peewee.CharField(max_length=200, default="")
    reverses = peewee.ForeignKeyField("self", null=True, on_delete="RESTRICT", backref="+")
    action_owner = peewee.CharField(max_length=200, default="")
    action_due = peewee.DateField(null=True)
    action_status = peewee.CharField(max_length=10, default="")
    archived_at = peewee.DateTimeField(null=True)
    created_at = peewee.DateTimeField(default=utcnow)

    class Meta:
        table_name = "motion"

class RecordedVoteRow(BaseModel):
    id = peewee.AutoField()
    motion = peewee.ForeignKeyField(MotionRow, on_delete="RESTRICT", backref="+")
    person = peewee.ForeignKeyField(Person, on_delete="RESTRICT", backref="+")
    vote = peewee.CharField(max_length=10)
    created_at = peewee.DateTimeField(default=utcnow)

    class Meta:
        table_name = "recorded_vote"
        indexes = ((("motion", "person"), True),)

class MinuteRow(BaseModel):
    id = peewee.AutoField()
    meeting = peewee.ForeignKeyField(MeetingRow, on_delete="RESTRICT", backref="+", index=True)
    item = peewee.ForeignKeyField(AgendaItemRow, null=True, on_delete="RESTRICT", backref="+")
    position = peewee.IntegerField()
    number = peewee.CharField(max_length=20, default="")
    title = peewee.TextField(default="")
    body = peewee.TextField(default="")
    confidential = peewee.BooleanField(default=False)
    corrects = peewee.ForeignKeyField("self", null=True, on_delete="RESTRICT", backref="+")
    signed_hash = peewee.CharField(max_length=64, default="")
    archived_at = peewee.DateTimeField(null=True)
    created_at = peewee.DateTimeField(default=utcnow)

    class Meta:
        table_name = "minute"

class MinuteSignatureRow(BaseModel):
    id = peewee.AutoField()
    meeting = peewee.ForeignKeyField(MeetingRow, unique=True, on_delete="RESTRICT", backref="+")
    signed_by = peewee.CharField(max_length=200)
    signed_on = peewee.DateField()
    content_hash = peewee.CharField(max_length=64)
    previous_hash = peewee.CharField(max_length=64)
    chain_hash = peewee.CharField(max_length=64)
    created_at = peewee.DateTimeField(default=utcnow)

    class Meta:
        table_name = "minute_signature"

class OfficerDecisionRow(BaseModel):
    id = peewee.AutoField()
    officer = peewee.ForeignKeyField(Person, on_delete="RESTRICT", backref="+")
    decided_on = peewee.DateField()
    decision = peewee.TextField()
    reasons = peewee.TextField(default="")
    authority = peewee.TextField(default="")
    archived_at = peewee.DateTimeField(null=True)
    created_at = peewee.DateTimeField(default=utcnow)

    class Meta:
        table_name = "officer_decision"

class MeetingLinkRow(BaseModel):
    id = peewee.AutoField()
    meeting = peewee.ForeignKeyField(MeetingRow, on_delete="RESTRICT", backref="+")
    kind = peewee.CharField(max_length=30)  # access_request | dispute
    record_id = peewee.IntegerField()
    note = peewee.TextField(default="")
    archived_at = peewee.DateTimeField(null=True)
    created_at = peewee.DateTimeField(default=utcnow)

    class Meta:
        table_name = "meeting_link"
        indexes = ((("kind", "record_id"), False),)


MEETING_MODELS = (MeetingRow, AgendaItemRow, MeetingAttendanceRow, MeetingDeclarationRow, MotionRow,
                  RecordedVoteRow, MinuteRow, MinuteSignatureRow, OfficerDecisionRow,
                  AbsenceApprovalRow, MeetingLinkRow)
