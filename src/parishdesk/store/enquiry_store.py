"""One enquiry and what is kept with it, in and out as domain records.

Reads return the frozen records of :mod:`parishdesk.domain.enquiry_records`;
writes take plain values, go through :mod:`parishdesk.store.audit` (the change
and its audit entry in one transaction) and return the record as it now
stands. The list, search and report queries live in
:mod:`parishdesk.store.enquiry_inbox`; their public names are importable from
here too, so callers have one module for the enquiry side.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Sequence
from typing import Any, TypeVar

import peewee

from parishdesk.domain.enquiry_records import (
    AttachmentRecord,
    CopyRecord,
    EnquiryRecord,
    ReplyRecord,
    StatusEntry,
    WarningRecord,
)
from parishdesk.store import audit
from parishdesk.store.db import BaseModel
from parishdesk.store.enquiry_inbox import (  # noqa: F401 - one door for the enquiry side
    FILTERS,
    SORT_KEYS,
    InboxQuery,
    InboxRow,
    answered_between,
    bulk_insert,
    has_fts,
    histories_with_waiting,
    inbox_count,
    inbox_page,
    overdue_count,
    reindex,
)
from parishdesk.store.enquiry_models import (  # noqa: F401 - the tables, for store tests
    Enquiry,
    EnquiryAttachment,
    EnquiryCopy,
    EnquiryReply,
    EnquiryStatusChange,
    EnquiryWarning,
    GroupAdvice,
    GroupAdviceTold,
)

TABLE = "enquiry"

R = TypeVar("R")

# A record's link field and the row's foreign-key field it is read from.
_LINKS = {"enquiry_id": "enquiry", "advice_id": "advice"}


def to_record(kind: type[R], row: BaseModel) -> R:
    """Map a row to its record once, field by field (a foreign key as its id)."""
    data = row.__data__
    values = {f.name: data.get(_LINKS.get(f.name, f.name))
              for f in dataclasses.fields(kind)}  # type: ignore[arg-type]
    return kind(**values)


# --- the enquiry itself --------------------------------------------------------------------

def format_reference(year: int, number: int) -> str:
    """ENQ-2026-0042."""
    return f"ENQ-{year}-{number:04d}"


def next_number(year: int) -> int:
    current = Enquiry.select(peewee.fn.MAX(Enquiry.number)).where(Enquiry.year == year).scalar()
    return int(current or 0) + 1


def get(enquiry_id: int) -> EnquiryRecord | None:
    row = Enquiry.get_or_none(Enquiry.id == enquiry_id)
    return to_record(EnquiryRecord, row) if row is not None else None


def create(actor: str, **fields: Any) -> EnquiryRecord:
    """Insert an enquiry (audited) and return it."""
    return to_record(EnquiryRecord, audit.create(Enquiry, actor, **fields))


def update(enquiry_id: int, actor: str, note: str = "", **fields: Any) -> EnquiryRecord:
    """Change an enquiry's fields (audited) and return it as it now stands."""
    row = Enquiry.get_by_id(enquiry_id)
    audit.update(row, actor, note=note, **fields)
    return to_record(EnquiryRecord, row)


def addressed_between(officer_ids: Sequence[int | None], start: dt.date, end: dt.date
                      ) -> list[int]:
    """Ids of enquiries addressed to one of those officers (None: nobody named) and
    received from ``start`` to ``end`` inclusive."""
    named = [i for i in officer_ids if i is not None]
    condition = Enquiry.addressed_to_id.in_(named)
    if None in officer_ids:
        condition = condition | Enquiry.addressed_to_id.is_null()
    query: Any = (Enquiry.select(Enquiry.id)
                  .where(condition
                         & (Enquiry.received_at >= dt.datetime.combine(start, dt.time()))
                         & (Enquiry.received_at < dt.datetime.combine(
                             end + dt.timedelta(days=1), dt.time())))
                  .order_by(Enquiry.id).tuples())
    return [int(row[0]) for row in query]


# --- status history ------------------------------------------------------------------------

def status_history(enquiry_id: int) -> list[StatusEntry]:
    query = (EnquiryStatusChange.select().where(EnquiryStatusChange.enquiry == enquiry_id)
             .order_by(EnquiryStatusChange.at, EnquiryStatusChange.id))
    return [to_record(StatusEntry, row) for row in query]


def add_status_change(enquiry_id: int, actor: str, at: dt.datetime, status: str,
                      note: str = "") -> StatusEntry:
    """Keep a step of the status history (``changed_by`` is the actor)."""
    row = audit.create(EnquiryStatusChange, actor, enquiry=enquiry_id, at=at, status=status,
                       changed_by=actor, note=note)
    return to_record(StatusEntry, row)


# --- copies --------------------------------------------------------------------------------

def copies(enquiry_id: int) -> list[CopyRecord]:
    query = (EnquiryCopy.select().where((EnquiryCopy.enquiry == enquiry_id)
                                        & EnquiryCopy.archived_at.is_null())
             .order_by(EnquiryCopy.id))
    return [to_record(CopyRecord, row) for row in query]


def add_copy(enquiry_id: int, actor: str, councillor_id: int, name: str,
             consented: bool) -> CopyRecord:
    row = audit.create(EnquiryCopy, actor, enquiry=enquiry_id, councillor_id=councillor_id,
                       name=name, consented=consented)
    return to_record(CopyRecord, row)


def set_copy_consent(copy_id: int, actor: str, consented: bool) -> None:
    audit.update(EnquiryCopy.get_by_id(copy_id), actor, consented=consented)


def archive_copy(copy_id: int, actor: str, note: str) -> None:
    audit.archive(EnquiryCopy.get_by_id(copy_id), actor, note)


# --- attachments ---------------------------------------------------------------------------

def attachments(enquiry_id: int) -> list[AttachmentRecord]:
    query = (EnquiryAttachment.select()
             .where((EnquiryAttachment.enquiry == enquiry_id)
                    & EnquiryAttachment.archived_at.is_null())
             .order_by(EnquiryAttachment.id))
    return [to_record(AttachmentRecord, row) for row in query]


def add_attachment(enquiry_id: int, actor: str, original_name: str, stored_file: str,
                   size: int, sha256: str) -> AttachmentRecord:
    row = audit.create(EnquiryAttachment, actor, enquiry=enquiry_id,
                       original_name=original_name, stored_file=stored_file, size=size,
                       sha256=sha256)
    return to_record(AttachmentRecord, row)


# --- replies -------------------------------------------------------------------------------

def replies(enquiry_id: int) -> list[ReplyRecord]:
    query = (EnquiryReply.select().where((EnquiryReply.enquiry == enquiry_id)
                                         & EnquiryReply.archived_at.is_null())
             .order_by(EnquiryReply.written_at, EnquiryReply.id))
    return [to_record(ReplyRecord, row) for row in query]


def get_reply(reply_id: int) -> ReplyRecord | None:
    row = EnquiryReply.get_or_none(EnquiryReply.id == reply_id)
    return to_record(ReplyRecord, row) if row is not None else None


def add_reply(enquiry_id: int, actor: str, kind: str, body: str,
              written_at: dt.datetime) -> ReplyRecord:
    """Keep a reply or acknowledgement written by ``actor``."""
    row = audit.create(EnquiryReply, actor, enquiry=enquiry_id, kind=kind, body=body,
                       written_at=written_at, written_by=actor)
    return to_record(ReplyRecord, row)


def update_reply(reply_id: int, actor: str, **fields: Any) -> ReplyRecord:
    row = EnquiryReply.get_by_id(reply_id)
    audit.update(row, actor, **fields)
    return to_record(ReplyRecord, row)


# --- protocol warnings ---------------------------------------------------------------------

def warnings(enquiry_id: int, include_inactive: bool = False) -> list[WarningRecord]:
    query = EnquiryWarning.select().where(EnquiryWarning.enquiry == enquiry_id)
    if not include_inactive:
        query = query.where(EnquiryWarning.active == True)  # noqa: E712 - peewee expression
    return [to_record(WarningRecord, row) for row in query.order_by(EnquiryWarning.id)]


def warning(enquiry_id: int, code: str) -> WarningRecord | None:
    row = EnquiryWarning.get_or_none((EnquiryWarning.enquiry == enquiry_id)
                                     & (EnquiryWarning.code == code))
    return to_record(WarningRecord, row) if row is not None else None


def all_warnings() -> list[WarningRecord]:
    """Every warning ever found, active or not, oldest first (for checks of a whole file)."""
    return [to_record(WarningRecord, row)
            for row in EnquiryWarning.select().order_by(EnquiryWarning.id)]


def save_warning(enquiry_id: int, code: str, actor: str, **values: Any) -> None:
    """Record a warning the checks found, or bring the one already kept up to date."""
    existing = EnquiryWarning.get_or_none((EnquiryWarning.enquiry == enquiry_id)
                                          & (EnquiryWarning.code == code))
    if existing is None:
        audit.create(EnquiryWarning, actor, enquiry=enquiry_id, code=code, **values)
    else:
        audit.update(existing, actor, **values)


def update_warning(warning_id: int, actor: str, note: str = "", **fields: Any) -> None:
    audit.update(EnquiryWarning.get_by_id(warning_id), actor, note=note, **fields)


def open_warning_count(enquiry_id: int) -> int:
    return int(EnquiryWarning.select()
               .where((EnquiryWarning.enquiry == enquiry_id)
                      & (EnquiryWarning.active == True)  # noqa: E712
                      & EnquiryWarning.dismissed_at.is_null()).count())


def email_replies() -> list[ReplyRecord]:
    """Replies saved as e-mail drafts, oldest first."""
    query = (EnquiryReply.select().where((EnquiryReply.issued_as == "email")
                                         & EnquiryReply.archived_at.is_null())
             .order_by(EnquiryReply.id))
    return [to_record(ReplyRecord, row) for row in query]
