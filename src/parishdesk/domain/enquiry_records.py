"""The records of an enquiry as the store hands them out: one frozen dataclass per thing.

The store maps its rows to these once (see ``store/enquiry_store.py``); the
services read and pass them on and never see a database row. Field names
follow the columns, and a link to the enquiry is ``enquiry_id``.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass


@dataclass(frozen=True)
class EnquiryRecord:
    """One enquiry as recorded, with the deadlines worked out when it last changed."""

    id: int
    reference: str
    year: int
    number: int
    councillor_id: int
    councillor_name: str
    received_at: dt.datetime
    channel: str
    subject: str
    text: str
    kind: str
    requested_by: dt.date | None
    addressed_to_id: int | None
    addressed_to_name: str
    assigned_to_id: int | None
    assigned_name: str
    priority: str
    priority_demanded: bool
    not_council_business: bool
    resident_name: str
    resident_contact: str
    status: str
    ack_due: dt.date
    answer_due: dt.date
    acknowledged_on: dt.date | None
    answered_on: dt.date | None
    closed_on: dt.date | None
    late_reason: str
    waiting_since: dt.date | None
    warning_count: int
    archived_at: dt.datetime | None
    created_at: dt.datetime
    #: The council's standard times when it was logged (None: use today's settings).
    ack_working_days: int | None
    answer_working_days: int | None


@dataclass(frozen=True)
class StatusEntry:
    """One step in an enquiry's status history, with who made it and why."""

    id: int
    enquiry_id: int
    at: dt.datetime
    status: str
    changed_by: str
    note: str


@dataclass(frozen=True)
class CopyRecord:
    """A councillor openly copied in, and whether the author agreed to it (CORR-1)."""

    id: int
    enquiry_id: int
    councillor_id: int
    name: str
    consented: bool
    archived_at: dt.datetime | None


@dataclass(frozen=True)
class AttachmentRecord:
    """A file kept with an enquiry; ``stored_file`` is relative to the data folder."""

    id: int
    enquiry_id: int
    original_name: str
    stored_file: str
    size: int
    sha256: str
    added_at: dt.datetime
    archived_at: dt.datetime | None


@dataclass(frozen=True)
class ReplyRecord:
    """A reply or acknowledgement written in the app; ``issued_as`` is "", "letter" or
    "email"."""

    id: int
    enquiry_id: int
    kind: str  # reply | ack
    body: str
    written_at: dt.datetime
    written_by: str
    issued_as: str
    issued_on: dt.date | None
    letter_id: int | None
    letter_reference: str
    eml_file: str
    archived_at: dt.datetime | None


@dataclass(frozen=True)
class WarningRecord:
    """A protocol warning found on an enquiry; ``active`` is False once the check stops
    finding it."""

    id: int
    enquiry_id: int
    code: str
    rule_ids: str  # comma-separated
    title: str
    message: str
    advice: str
    active: bool
    first_seen_at: dt.datetime
    dismissed_at: dt.datetime | None
    dismissed_by: str
    dismissal_note: str


@dataclass(frozen=True)
class GroupAdviceRecord:
    """Advice given to one party group (GROUP-1)."""

    id: int
    enquiry_id: int | None
    advised_group_id: int
    advised_group: str
    matter: str
    summary: str
    advised_on: dt.date
    archived_at: dt.datetime | None
    created_at: dt.datetime


@dataclass(frozen=True)
class GroupToldRecord:
    """Another party group told of the same advice, and when (GROUP-2)."""

    id: int
    advice_id: int
    group_id: int
    group_name: str
    told_on: dt.date
    told_by: str


@dataclass(frozen=True)
class AnsweredEnquiry:
    """What the response-times report needs of one answered enquiry."""

    id: int
    received_at: dt.datetime
    answered_on: dt.date
    answer_due: dt.date
    assigned_name: str
    councillor_name: str


@dataclass(frozen=True)
class InboxQuery:
    """What the inbox shows: a quick filter, search words and a sort.

    ``today`` and ``due_soon_until`` (the last day that counts as due soon)
    come from the service, which knows the working-day calendar.
    """

    today: dt.date
    due_soon_until: dt.date
    filter: str = "all"
    search: str = ""
    me_id: int | None = None
    sort: str = "action"  # what needs action first: overdue, due soon, open, the rest
    descending: bool = False


@dataclass(frozen=True)
class InboxRow:
    """One line of the inbox list."""

    id: int
    reference: str
    received_at: dt.datetime
    councillor_name: str
    subject: str
    assigned_name: str
    status: str
    priority: str
    ack_due: dt.date
    answer_due: dt.date
    waiting_since: dt.date | None
    answered_on: dt.date | None
    warning_count: int
