"""The enquiry inbox: the list query, its search index, counts and report queries.

Filter, search and sort all happen in SQL, a page at a time, so the inbox
stays quick with a hundred thousand enquiries. Due dates are stored as
columns (recomputed by the service whenever the status changes), so
"Overdue", "Due soon" and "sort by due" are plain indexed SQL.

Text search uses an SQLite FTS5 table when there is one; that is the one
SQLite-only piece, kept in :func:`_search_condition` and :func:`reindex`.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable, Sequence
from typing import Any

import peewee

from parishdesk.domain.enquiry import OPEN_STATUSES, Status, StatusChange
from parishdesk.domain.enquiry_records import AnsweredEnquiry, InboxQuery, InboxRow
from parishdesk.store.db import database
from parishdesk.store.enquiry_models import Enquiry, EnquiryReply, EnquiryStatusChange

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

SORT_KEYS: tuple[str, ...] = ("action", "reference", "received", "from", "subject", "assigned",
                              "status", "due")

_ACTIVE = tuple(s.value for s in OPEN_STATUSES if s is not Status.WAITING)
_DONE = (Status.ANSWERED.value, Status.CLOSED.value)
_OPEN = tuple(sorted(s.value for s in OPEN_STATUSES))


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


def _needs_action_first(query: InboxQuery) -> Any:
    """What needs action first: overdue (0), then due soon (1), then the other open
    enquiries, waiting ones included (2), then the answered and closed (3)."""
    active = Enquiry.status.in_(_ACTIVE)
    return peewee.Case(None, [
        (active & (Enquiry.answer_due < query.today), 0),
        (active & (Enquiry.answer_due <= query.due_soon_until), 1),
        (Enquiry.status.not_in(_DONE), 2),
    ], 3)


def _order(query: InboxQuery) -> list[Any]:
    columns: dict[str, Sequence[Any]] = {
        # Within each group the earliest due date first.
        "action": (_needs_action_first(query), Enquiry.answer_due),
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
    if query.sort == "action":
        return _action_page(query, offset, limit)
    rows = (_filtered(query).order_by(*_order(query)).offset(offset).limit(limit).tuples())
    return [InboxRow(*row) for row in rows]


def _action_page(query: InboxQuery, offset: int, limit: int) -> list[InboxRow]:
    """A page in "needs action first" order, read as two lists one after the other: the
    open enquiries (few, sorted by group and due date) and the answered and closed (most
    of them, in due-date order from its index), so that the inbox opens quickly however
    many enquiries the council has answered."""
    base = _filtered(query)
    open_part = (base.where(Enquiry.status.in_(_OPEN)), _order(query))  # IN: by its index
    done_part = (base.where(Enquiry.status.in_(_DONE)),
                 [k.desc() if query.descending else k.asc()
                  for k in (Enquiry.answer_due, Enquiry.id)])
    first, second = (done_part, open_part) if query.descending else (open_part, done_part)
    in_first = int(first[0].count())
    rows: list[Any] = []
    if offset < in_first:
        rows.extend(first[0].order_by(*first[1]).offset(offset).limit(limit).tuples())
    if len(rows) < limit:
        rows.extend(second[0].order_by(*second[1]).offset(max(0, offset - in_first))
                    .limit(limit - len(rows)).tuples())
    return [InboxRow(*row) for row in rows]


def inbox_count(query: InboxQuery) -> int:
    return int(_filtered(query).count())


def overdue_count(today: dt.date) -> int:
    return int(Enquiry.select().where(Enquiry.status.in_(_ACTIVE)
                                      & (Enquiry.answer_due < today)).count())


def answered_between(start: dt.date, end: dt.date) -> list[AnsweredEnquiry]:
    """Enquiries answered from ``start`` to ``end`` inclusive, for the response-times report."""
    query: Any = (Enquiry.select(Enquiry.id, Enquiry.received_at, Enquiry.answered_on,
                                 Enquiry.answer_due, Enquiry.assigned_name,
                                 Enquiry.councillor_name)
                  .where(Enquiry.archived_at.is_null() & Enquiry.answered_on.is_null(False)
                         & (Enquiry.answered_on >= start) & (Enquiry.answered_on <= end))
                  .order_by(Enquiry.answered_on, Enquiry.id).tuples())
    return [AnsweredEnquiry(*row) for row in query]


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


def histories_with_waiting(enquiry_ids: Sequence[int]) -> dict[int, list[StatusChange]]:
    """Status histories of those enquiries that ever waited for the councillor."""
    found: dict[int, list[StatusChange]] = {}
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
            found.setdefault(int(enquiry_id), []).append(StatusChange(at, status))
    return found
