"""The enquiry inbox tables and the fast queries the inbox list runs.

Live models for enquiries and everything kept with them, plus the list
query: filter, search and sort all happen in SQL, a page at a time, so the
inbox stays quick with a hundred thousand enquiries. Due dates are stored as
columns (recomputed by the service whenever the status changes), so
"Overdue", "Due soon" and "sort by due" are plain indexed SQL.

Text search uses an SQLite FTS5 table when there is one; that is the one
SQLite-only piece, kept in :func:`_search_condition` and :func:`reindex`.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any

import peewee

from parishdesk.domain.enquiry import OPEN_STATUSES, Status
from parishdesk.store.db import BaseModel, database
from parishdesk.store.models import utcnow

# --- models -------------------------------------------------------------------------------


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


# --- references ---------------------------------------------------------------------------

def format_reference(year: int, number: int) -> str:
    """ENQ-2026-0042."""
    return f"ENQ-{year}-{number:04d}"


def next_number(year: int) -> int:
    current = Enquiry.select(peewee.fn.MAX(Enquiry.number)).where(Enquiry.year == year).scalar()
    return int(current or 0) + 1


def get(enquiry_id: int) -> Enquiry | None:
    return Enquiry.get_or_none(Enquiry.id == enquiry_id)


def addressed_between(officer_ids: Sequence[int | None], start: dt.date, end: dt.date
                      ) -> list[int]:
    """Ids of enquiries addressed to one of those officers (None: nobody named) and
    received from ``start`` to ``end`` inclusive."""
    named = [i for i in officer_ids if i is not None]
    condition = Enquiry.addressed_to_id.in_(named)
    if None in officer_ids:
        condition = condition | Enquiry.addressed_to_id.is_null()
    query: Any = (Enquiry.select(Enquiry.id)
             .where(condition & (Enquiry.received_at >= dt.datetime.combine(start, dt.time()))
                    & (Enquiry.received_at < dt.datetime.combine(end + dt.timedelta(days=1),
                                                                 dt.time())))
             .order_by(Enquiry.id).tuples())
    return [int(row[0]) for row in query]


# --- full-text index (SQLite-only, marked) --------------------------------------------------

def has_fts() -> bool:
    """True when the FTS5 search table exists (SQLite)."""
    return bool(database.table_exists("enquiry_fts"))


def reindex(enquiry_ids: Iterable[int]) -> None:
    """Bring the search index up to date for some enquiries (after a save or a reply).

    SQLite-specific (marked): FTS5 statements.
    """
    ids = list(enquiry_ids)
    if not ids or not has_fts():
        return
    for start in range(0, len(ids), 500):
        chunk = ids[start:start + 500]
        marks = ",".join("?" * len(chunk))
        database.execute_sql(f"DELETE FROM enquiry_fts WHERE rowid IN ({marks})", chunk)
        database.execute_sql(
            "INSERT INTO enquiry_fts (rowid, reference, councillor, subject, body, replies) "
            "SELECT e.id, e.reference, e.councillor_name, e.subject, e.text, "
            "COALESCE((SELECT group_concat(r.body, ' ') FROM enquiry_reply r "
            "WHERE r.enquiry_id = e.id AND r.archived_at IS NULL), '') "
            f"FROM enquiry e WHERE e.id IN ({marks})", chunk)


def _fts_query(text: str) -> str:
    """Each word as a quoted prefix term, all required: ``"park"* "bench"*``."""
    words = re.findall(r"\w+", text, flags=re.UNICODE)
    return " ".join(f'"{w}"*' for w in words)


def _search_condition(text: str) -> Any:
    """Where-clause matching ``text`` in the reference, councillor, subject, text or replies."""
    if has_fts():
        # SQLite-specific (marked): FTS5 MATCH.
        match = _fts_query(text)
        if not match:
            return None
        return Enquiry.id.in_(peewee.SQL("(SELECT rowid FROM enquiry_fts WHERE enquiry_fts "
                                         "MATCH ?)", (match,)))
    condition = None
    for word in text.split():
        like = f"%{word}%"
        replies = (EnquiryReply.select(EnquiryReply.enquiry)
                   .where(EnquiryReply.body ** like))
        one = (Enquiry.subject ** like) | (Enquiry.text ** like) | (Enquiry.reference ** like) \
            | (Enquiry.councillor_name ** like) | Enquiry.id.in_(replies)
        condition = one if condition is None else condition & one
    return condition


# --- the inbox list query -----------------------------------------------------------------

FILTERS: tuple[str, ...] = ("all", "mine", "overdue", "due_soon", "waiting", "closed")

SORT_KEYS: tuple[str, ...] = ("reference", "received", "from", "subject", "assigned", "status",
                              "due")

_ACTIVE = tuple(s.value for s in OPEN_STATUSES if s is not Status.WAITING)
_DONE = (Status.ANSWERED.value, Status.CLOSED.value)


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
    sort: str = "due"
    descending: bool = False


@dataclass(frozen=True)
class InboxRow:
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


_COLUMNS = (Enquiry.id, Enquiry.reference, Enquiry.received_at, Enquiry.councillor_name,
            Enquiry.subject, Enquiry.assigned_name, Enquiry.status, Enquiry.priority,
            Enquiry.ack_due, Enquiry.answer_due, Enquiry.waiting_since, Enquiry.answered_on,
            Enquiry.warning_count)


def _filtered(query: InboxQuery) -> Any:
    """The list query without its order. Enquiries are a record of correspondence and are
    never archived, so the inbox always covers every one; that keeps counts index-only."""
    select = Enquiry.select(*_COLUMNS)
    f = query.filter
    if f == "mine":
        select = select.where((Enquiry.assigned_to_id == query.me_id)
                              & Enquiry.status.not_in(_DONE))
    elif f == "overdue":
        select = select.where(Enquiry.status.in_(_ACTIVE) & (Enquiry.answer_due < query.today))
    elif f == "due_soon":
        select = select.where(Enquiry.status.in_(_ACTIVE)
                              & (Enquiry.answer_due >= query.today)
                              & (Enquiry.answer_due <= query.due_soon_until))
    elif f == "waiting":
        select = select.where(Enquiry.status == Status.WAITING.value)
    elif f == "closed":
        select = select.where(Enquiry.status.in_(_DONE))
    elif f != "all":
        raise ValueError(f"Unknown inbox filter {f!r}")
    if query.search.strip():
        condition = _search_condition(query.search)
        if condition is not None:
            select = select.where(condition)
    return select


def _order(query: InboxQuery) -> list[Any]:
    columns: dict[str, Sequence[Any]] = {
        "reference": (Enquiry.year, Enquiry.number),
        "received": (Enquiry.received_at,),
        "from": (Enquiry.councillor_name,),
        "subject": (Enquiry.subject,),
        "assigned": (Enquiry.assigned_name,),
        "status": (Enquiry.status,),
        "due": (Enquiry.answer_due,),
    }
    if query.sort not in columns:
        raise ValueError(f"Unknown inbox sort {query.sort!r}")
    keys: list[Any] = [*columns[query.sort], Enquiry.id]
    return [k.desc() if query.descending else k.asc() for k in keys]


def inbox_page(query: InboxQuery, offset: int, limit: int) -> list[InboxRow]:
    """One page of the inbox list, in order: never more than ``limit`` rows."""
    rows = (_filtered(query).order_by(*_order(query)).offset(offset).limit(limit).tuples())
    return [InboxRow(*row) for row in rows]


def inbox_count(query: InboxQuery) -> int:
    return int(_filtered(query).count())


def overdue_count(today: dt.date) -> int:
    return int(Enquiry.select().where(Enquiry.status.in_(_ACTIVE)
                                      & (Enquiry.answer_due < today)).count())


# --- related records ----------------------------------------------------------------------

def status_history(enquiry_id: int) -> list[EnquiryStatusChange]:
    return list(EnquiryStatusChange.select().where(EnquiryStatusChange.enquiry == enquiry_id)
                .order_by(EnquiryStatusChange.at, EnquiryStatusChange.id))


def copies(enquiry_id: int) -> list[EnquiryCopy]:
    return list(EnquiryCopy.select().where((EnquiryCopy.enquiry == enquiry_id)
                                           & EnquiryCopy.archived_at.is_null())
                .order_by(EnquiryCopy.id))


def attachments(enquiry_id: int) -> list[EnquiryAttachment]:
    return list(EnquiryAttachment.select()
                .where((EnquiryAttachment.enquiry == enquiry_id)
                       & EnquiryAttachment.archived_at.is_null())
                .order_by(EnquiryAttachment.id))


def replies(enquiry_id: int) -> list[EnquiryReply]:
    return list(EnquiryReply.select().where((EnquiryReply.enquiry == enquiry_id)
                                            & EnquiryReply.archived_at.is_null())
                .order_by(EnquiryReply.written_at, EnquiryReply.id))


def warnings(enquiry_id: int, include_inactive: bool = False) -> list[EnquiryWarning]:
    query = EnquiryWarning.select().where(EnquiryWarning.enquiry == enquiry_id)
    if not include_inactive:
        query = query.where(EnquiryWarning.active == True)  # noqa: E712 - peewee expression
    return list(query.order_by(EnquiryWarning.id))


def warning(enquiry_id: int, code: str) -> EnquiryWarning | None:
    return EnquiryWarning.get_or_none((EnquiryWarning.enquiry == enquiry_id)
                                      & (EnquiryWarning.code == code))


def open_warning_count(enquiry_id: int) -> int:
    return int(EnquiryWarning.select()
               .where((EnquiryWarning.enquiry == enquiry_id)
                      & (EnquiryWarning.active == True)  # noqa: E712
                      & EnquiryWarning.dismissed_at.is_null()).count())


def answered_between(start: dt.date, end: dt.date) -> list[dict[str, Any]]:
    """Enquiries answered from ``start`` to ``end`` inclusive, as plain dicts for the report."""
    query: Any = (Enquiry.select(Enquiry.id, Enquiry.received_at, Enquiry.answered_on,
                            Enquiry.answer_due, Enquiry.assigned_name, Enquiry.councillor_name)
             .where(Enquiry.archived_at.is_null() & Enquiry.answered_on.is_null(False)
                    & (Enquiry.answered_on >= start) & (Enquiry.answered_on <= end))
             .order_by(Enquiry.answered_on, Enquiry.id).dicts())
    return [dict(row) for row in query]


def group_advice_list(include_archived: bool = False) -> list[GroupAdvice]:
    query = GroupAdvice.select()
    if not include_archived:
        query = query.where(GroupAdvice.archived_at.is_null())
    return list(query.order_by(GroupAdvice.advised_on.desc(), GroupAdvice.id.desc()))


def told_for(advice_id: int) -> list[GroupAdviceTold]:
    return list(GroupAdviceTold.select().where(GroupAdviceTold.advice == advice_id)
                .order_by(GroupAdviceTold.told_on, GroupAdviceTold.id))


def bulk_insert(rows: Sequence[dict[str, Any]]) -> None:
    """Insert many enquiry rows at once (benchmarks and imports), then index them.

    Builds one parameterised INSERT and hands every row to ``executemany``:
    generating SQL per row through the query builder is far slower.
    """
    if not rows:
        return
    fields = [f for name, f in Enquiry._meta.fields.items() if name != "id"]
    defaults = {f.name: f.default() if callable(f.default) else f.default for f in fields}
    columns = ", ".join(f'"{f.column_name}"' for f in fields)
    marks = ", ".join([database.param] * len(fields))
    sql = f'INSERT INTO "enquiry" ({columns}) VALUES ({marks})'
    values = [tuple(f.db_value(row.get(f.name, defaults[f.name])) for f in fields)
              for row in rows]
    with database.atomic():
        first = Enquiry.select(peewee.fn.MAX(Enquiry.id)).scalar() or 0
        database.cursor().executemany(sql, values)
        last = Enquiry.select(peewee.fn.MAX(Enquiry.id)).scalar() or 0
        if has_fts():
            # SQLite-specific (marked): index the new rows in one statement.
            database.execute_sql(
                "INSERT INTO enquiry_fts (rowid, reference, councillor, subject, body, replies) "
                "SELECT id, reference, councillor_name, subject, text, '' FROM enquiry "
                "WHERE id > ? AND id <= ?", (first, last))


def histories_with_waiting(enquiry_ids: Sequence[int]) -> dict[int, list[tuple[dt.datetime, str]]]:
    """Status histories (at, status) of those enquiries that ever waited for the councillor."""
    found: dict[int, list[tuple[dt.datetime, str]]] = {}
    for start in range(0, len(enquiry_ids), 500):
        chunk = list(enquiry_ids[start:start + 500])
        waited = (EnquiryStatusChange.select(EnquiryStatusChange.enquiry)
                  .where(EnquiryStatusChange.enquiry.in_(chunk)
                         & (EnquiryStatusChange.status == Status.WAITING.value)))
        query: Any = (EnquiryStatusChange
                 .select(EnquiryStatusChange.enquiry, EnquiryStatusChange.at,
                         EnquiryStatusChange.status)
                 .where(EnquiryStatusChange.enquiry.in_(waited))
                 .order_by(EnquiryStatusChange.at, EnquiryStatusChange.id).tuples())
        for enquiry_id, at, status in query:
            found.setdefault(int(enquiry_id), []).append((at, status))
    return found
