"""Reading one enquiry for the detail pane: its facts, copies, files, warnings, replies
and one timeline of everything that happened to it."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path

from parishdesk.domain import enquiry as rules
from parishdesk.domain.enquiry import Status
from parishdesk.domain.enquiry_records import ReplyRecord
from parishdesk.services.enquiries.common import TABLE, load
from parishdesk.services.enquiries.lifecycle import CopyInput
from parishdesk.services.enquiries.settings import nation
from parishdesk.services.protocol_links import rule_sources
from parishdesk.store import enquiry_store
from parishdesk.store.letters_store import for_record as letters_for


@dataclass(frozen=True)
class TimelineEntry:
    at: dt.datetime
    kind: str  # status | reply | letter | email | file | warning
    text: str


@dataclass(frozen=True)
class WarningView:
    code: str
    rule_ids: tuple[str, ...]
    title: str
    message: str
    advice: str
    sources: tuple[str, ...]
    dismissed: bool
    dismissal_note: str


#: A reply as the detail pane shows it is the stored record itself.
ReplyView = ReplyRecord


@dataclass(frozen=True)
class EnquiryDetail:
    id: int
    reference: str
    councillor_id: int
    councillor_name: str
    received_at: dt.datetime
    channel: str
    kind: str
    subject: str
    text: str
    requested_by: dt.date | None
    addressed_to_name: str
    assigned_to_id: int | None
    assigned_name: str
    priority: str
    status: str
    ack_due: dt.date
    answer_due: dt.date
    answered_on: dt.date | None
    late_reason: str
    resident_name: str
    resident_contact: str
    due_text: str
    copies: tuple[tuple[str, bool], ...]
    attachments: tuple[tuple[str, str], ...]  # (original name, path relative to data folder)
    warnings: tuple[WarningView, ...]
    replies: tuple[ReplyRecord, ...]
    timeline: tuple[TimelineEntry, ...]
    allowed: tuple[str, ...]
    addressed_to_id: int | None = None
    not_council_business: bool = False
    priority_demanded: bool = False
    copy_inputs: tuple[CopyInput, ...] = ()


def due_text(status: str, answer_due: dt.date, today: dt.date,
             waiting_since: dt.date | None = None) -> str:
    """What the list and the detail pane say about the deadline, in words."""
    if status == Status.WAITING.value:
        since = f" since {waiting_since.strftime('%d/%m/%Y')}" if waiting_since else ""
        return f"Clock stopped{since}: waiting for the councillor"
    closed = status in (Status.ANSWERED.value, Status.CLOSED.value)
    return rules.describe_due(answer_due, today, nation(), closed=closed)


def _end_of(day: dt.date) -> dt.datetime:
    return dt.datetime.combine(day, dt.time(23, 59))


def detail(enquiry_id: int, today: dt.date) -> EnquiryDetail:
    """One enquiry with its copies, files, warnings, replies and timeline."""
    record = load(enquiry_id)
    timeline: list[TimelineEntry] = []
    for change in enquiry_store.status_history(record.id):
        label = rules.STATUS_LABELS[Status(change.status)]
        extra = f": {change.note}" if change.note and change.note != "Logged" else ""
        timeline.append(TimelineEntry(change.at, "status", f"{label}{extra} ({change.changed_by})"))
    replies = enquiry_store.replies(record.id)
    for reply in replies:
        what = "Acknowledgement" if reply.kind == "ack" else "Reply"
        timeline.append(TimelineEntry(reply.written_at, "reply",
                                      f"{what} written by {reply.written_by}"))
        if reply.issued_as == "email" and reply.issued_on:
            timeline.append(TimelineEntry(
                _end_of(reply.issued_on), "email",
                f"{what} saved as an e-mail draft ({Path(reply.eml_file).name})"))
    for letter in letters_for(TABLE, record.id):
        timeline.append(TimelineEntry(_end_of(letter.issued_on), "letter",
                                      f"Letter {letter.reference} issued: {letter.subject}"))
    attachments = enquiry_store.attachments(record.id)
    for item in attachments:
        timeline.append(TimelineEntry(item.added_at, "file",
                                      f"File attached: {item.original_name}"))
    warning_views = []
    for w in enquiry_store.warnings(record.id):
        ids = tuple(x for x in w.rule_ids.split(",") if x)
        warning_views.append(WarningView(
            w.code, ids, w.title, w.message, w.advice,
            rule_sources(ids), w.dismissed_at is not None,
            w.dismissal_note))
        if w.dismissed_at is not None:
            timeline.append(TimelineEntry(w.dismissed_at, "warning",
                                          f"Warning “{w.title}” dismissed by {w.dismissed_by}: "
                                          f"{w.dismissal_note}"))
    timeline.sort(key=lambda e: e.at)
    copies = enquiry_store.copies(record.id)
    return EnquiryDetail(
        id=record.id, reference=record.reference, councillor_id=record.councillor_id,
        councillor_name=record.councillor_name, received_at=record.received_at,
        channel=record.channel, kind=record.kind, subject=record.subject, text=record.text,
        requested_by=record.requested_by, addressed_to_name=record.addressed_to_name,
        assigned_to_id=record.assigned_to_id, assigned_name=record.assigned_name,
        priority=record.priority, status=record.status, ack_due=record.ack_due,
        answer_due=record.answer_due, answered_on=record.answered_on,
        late_reason=record.late_reason, resident_name=record.resident_name,
        resident_contact=record.resident_contact,
        due_text=due_text(record.status, record.answer_due, today, record.waiting_since),
        copies=tuple((c.name, bool(c.consented)) for c in copies),
        attachments=tuple((a.original_name, a.stored_file) for a in attachments),
        warnings=tuple(warning_views), replies=tuple(replies), timeline=tuple(timeline),
        allowed=tuple(s.value for s in Status if s in rules.allowed_transitions(record.status)),
        addressed_to_id=record.addressed_to_id,
        not_council_business=bool(record.not_council_business),
        priority_demanded=bool(record.priority_demanded),
        copy_inputs=tuple(CopyInput(c.councillor_id, bool(c.consented)) for c in copies),
    )
