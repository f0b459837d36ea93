"""The enquiry tables: live peewee models, used only inside ``store/``.

Everything outside the store reads and writes enquiries through
``enquiry_store`` (one enquiry and what is kept with it) and
``enquiry_inbox`` (the list, search and report queries), which hand out the
records of ``parishdesk.domain.enquiry_records``.
"""

from __future__ import annotations

import peewee

from parishdesk.store.db import BaseModel
from parishdesk.store.models import utcnow


class Enquiry(BaseModel):
    id = peewee.AutoField()
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
    created_at = peewee.DateTimeField(default=utcnow)
    # The council's standard times when it was logged (None: use today's settings).
    ack_working_days = peewee.IntegerField(null=True)
    answer_working_days = peewee.IntegerField(null=True)

    class Meta:
        table_name = "enquiry"


class EnquiryStatusChange(BaseModel):
    id = peewee.AutoField()
    enquiry = peewee.ForeignKeyField(Enquiry, on_delete="RESTRICT", backref="changes")
    at = peewee.DateTimeField()
    status = peewee.CharField(max_length=20)
    changed_by = peewee.CharField(max_length=100)
    note = peewee.TextField(default="")

    class Meta:
        table_name = "enquiry_status_change"


class EnquiryCopy(BaseModel):
    id = peewee.AutoField()
    enquiry = peewee.ForeignKeyField(Enquiry, on_delete="RESTRICT", backref="copies")
    councillor_id = peewee.IntegerField()
    name = peewee.CharField(max_length=200)
    consented = peewee.BooleanField(default=False)
    archived_at = peewee.DateTimeField(null=True)

    class Meta:
        table_name = "enquiry_copy"


class EnquiryAttachment(BaseModel):
    id = peewee.AutoField()
    enquiry = peewee.ForeignKeyField(Enquiry, on_delete="RESTRICT", backref="attachments")
    original_name = peewee.CharField(max_length=260)
    stored_file = peewee.CharField(max_length=400)
    size = peewee.IntegerField()
    sha256 = peewee.CharField(max_length=64)
    added_at = peewee.DateTimeField(default=utcnow)
    archived_at = peewee.DateTimeField(null=True)

    class Meta:
        table_name = "enquiry_attachment"


class EnquiryReply(BaseModel):
    """A reply or acknowledgement written in the app; ``issued_as`` is "", "letter" or "email"."""

    id = peewee.AutoField()
    enquiry = peewee.ForeignKeyField(Enquiry, on_delete="RESTRICT", backref="replies")
    kind = peewee.CharField(max_length=10)  # reply | ack
    body = peewee.TextField()
    written_at = peewee.DateTimeField()
    written_by = peewee.CharField(max_length=100)
    issued_as = peewee.CharField(max_length=10, default="")
    issued_on = peewee.DateField(null=True)
    letter_id = peewee.IntegerField(null=True)
    letter_reference = peewee.CharField(max_length=30, default="")
    eml_file = peewee.CharField(max_length=400, default="")
    archived_at = peewee.DateTimeField(null=True)

    class Meta:
        table_name = "enquiry_reply"


class EnquiryWarning(BaseModel):
    """A protocol warning found on an enquiry; ``active`` is False once the check stops firing."""

    id = peewee.AutoField()
    enquiry = peewee.ForeignKeyField(Enquiry, on_delete="RESTRICT", backref="warnings")
    code = peewee.CharField(max_length=40)
    rule_ids = peewee.CharField(max_length=100)
    title = peewee.CharField(max_length=200)
    message = peewee.TextField()
    advice = peewee.TextField()
    active = peewee.BooleanField(default=True)
    first_seen_at = peewee.DateTimeField(default=utcnow)
    dismissed_at = peewee.DateTimeField(null=True)
    dismissed_by = peewee.CharField(max_length=100, default="")
    dismissal_note = peewee.TextField(default="")

    class Meta:
        table_name = "enquiry_warning"


class GroupAdvice(BaseModel):
    id = peewee.AutoField()
    enquiry_id = peewee.IntegerField(null=True, index=True)
    advised_group_id = peewee.IntegerField()
    advised_group = peewee.CharField(max_length=150)
    matter = peewee.CharField(max_length=300)
    summary = peewee.TextField(default="")
    advised_on = peewee.DateField()
    archived_at = peewee.DateTimeField(null=True)
    created_at = peewee.DateTimeField(default=utcnow)

    class Meta:
        table_name = "group_advice"


class GroupAdviceTold(BaseModel):
    id = peewee.AutoField()
    advice = peewee.ForeignKeyField(GroupAdvice, on_delete="RESTRICT", backref="told")
    group_id = peewee.IntegerField()
    group_name = peewee.CharField(max_length=150)
    told_on = peewee.DateField()
    told_by = peewee.CharField(max_length=100)

    class Meta:
        table_name = "group_advice_told"
