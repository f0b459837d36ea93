"""The meetings, who attended them and the council's approvals of absence: the tables the
six-month attendance rule reads (created by migration 9).

Apart from the other meetings tables (``store/meetings_models.py``, which re-exports
these) because the Members area reads them as it opens.
"""

from __future__ import annotations

import peewee

from parishdesk.store.db import BaseModel
from parishdesk.store.models import Committee, Person, utcnow


class MeetingRow(BaseModel):
    id = peewee.AutoField()
    committee = peewee.ForeignKeyField(Committee, null=True, on_delete="RESTRICT", backref="+")
    kind = peewee.CharField(max_length=20, default="ordinary")
    on = peewee.DateField(index=True)
    at = peewee.TimeField(null=True)
    place = peewee.CharField(max_length=200, default="")
    presiding = peewee.ForeignKeyField(Person, null=True, on_delete="RESTRICT", backref="+")
    presiding_as = peewee.CharField(max_length=20, default="chair")
    summons_issued_on = peewee.DateField(null=True)
    minutes_state = peewee.CharField(max_length=10, default="none")
    approved_at_meeting = peewee.ForeignKeyField("self", null=True, on_delete="RESTRICT", backref="+")
    approved_by_motion_id = peewee.IntegerField(null=True)
    signed_by = peewee.CharField(max_length=200, default="")
    signed_on = peewee.DateField(null=True)
    archived_at = peewee.DateTimeField(null=True)
    created_at = peewee.DateTimeField(default=utcnow)

    class Meta:
        table_name = "meeting"


class MeetingAttendanceRow(BaseModel):
    id = peewee.AutoField()
    meeting = peewee.ForeignKeyField(MeetingRow, on_delete="RESTRICT", backref="+")
    person = peewee.ForeignKeyField(Person, on_delete="RESTRICT", backref="+")
    status = peewee.CharField(max_length=12, default="absent")
    reason = peewee.TextField(default="")
    reason_accepted = peewee.BooleanField(null=True)
    arrived_at = peewee.CharField(max_length=5, default="")
    left_at = peewee.CharField(max_length=5, default="")
    created_at = peewee.DateTimeField(default=utcnow)

    class Meta:
        table_name = "meeting_attendance"
        indexes = ((("meeting", "person"), True),)


class AbsenceApprovalRow(BaseModel):
    id = peewee.AutoField()
    person = peewee.ForeignKeyField(Person, on_delete="RESTRICT", backref="+")
    approved_on = peewee.DateField()
    meeting = peewee.ForeignKeyField(MeetingRow, null=True, on_delete="RESTRICT", backref="+")
    reason = peewee.TextField(default="")
    archived_at = peewee.DateTimeField(null=True)
    created_at = peewee.DateTimeField(default=utcnow)

    class Meta:
        table_name = "absence_approval"
