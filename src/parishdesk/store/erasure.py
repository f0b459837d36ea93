"""Retention and erasure (UK GDPR): what is past its period, and erasing it.

Erasing replaces the personal values of a record, of the records that hang on it
(a councillor's interests and special relationships) and of their audit entries
with "[erased on dd/mm/yyyy]". Each audit entry keeps its hashes of the original
content and is marked erased, so the chain still verifies; the erasure itself is
audited with the names of the fields erased, never their values. Everything else
in the audit log stays append-only (the database's trigger allows nothing more).
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from parishdesk.store import audit, settings
from parishdesk.store.db import database


@dataclass(frozen=True)
class RetentionKind:
    key: str
    label: str  # what the clerk reads: "Councillors, after they leave"
    default_years: int
    why: str  # the default's reason, stated in the dialog
    table: str
    ended: str  # SQL for the date the period runs from
    where: str  # SQL narrowing the table to this kind
    describe: str  # SQL for a one-line description
    fields: tuple[str, ...]
    # (table, foreign-key column, fields) of records that hang on this one
    children: tuple[tuple[str, str, tuple[str, ...]], ...] = ()


_PERSON_FIELDS = ("title", "first_name", "surname", "preferred_name", "address", "phone",
                  "email", "left_reason")
_PERSON_CHILDREN = (("interest", "person_id", ("description",)),
                    ("special_relationship", "person_id", ("with_whom", "nature")),
                    ("enquiry", "councillor_id", ("councillor_name",)),
                    ("officer_leave", "officer_id", ("comment",)),
                    ("dispute_party", "person_id", ("name", "address")))

# A case is closed by its "closed" step; the period runs from that step's date.
_CASE_CLOSED = ("(SELECT MAX(s.\"on\") FROM dispute_step s WHERE s.case_id = dispute_case.id "
                "AND s.kind = 'closed')")

KINDS: tuple[RetentionKind, ...] = (
    RetentionKind(
        "councillors", "Councillors, after they leave", 6,
        "six years: the time within which a claim about their time in office can be made",
        "person", "left_on", "kind = 'councillor' AND left_on IS NOT NULL",
        "first_name || ' ' || surname", _PERSON_FIELDS, _PERSON_CHILDREN),
    RetentionKind(
        "officers", "Officers, after they leave", 6,
        "six years: the time within which an employment or contract claim can be made",
        "person", "COALESCE(ended_on, left_on)",
        "kind = 'officer' AND COALESCE(ended_on, left_on) IS NOT NULL",
        "first_name || ' ' || surname", _PERSON_FIELDS, _PERSON_CHILDREN),
    RetentionKind(
        "enquiries", "Councillors' enquiries, after they are closed", 2,
        "two years: long enough to answer a follow-up or a complaint about the answer",
        "enquiry", "COALESCE(closed_on, answered_on)",
        "COALESCE(closed_on, answered_on) IS NOT NULL",
        "reference || ': ' || subject",
        ("subject", "text", "resident_name", "resident_contact", "late_reason")),
    RetentionKind(
        "access_requests", "Requests to see documents, after they are closed", 2,
        "two years: long enough for a complaint or a review of the decision",
        "access_request", "closed_on", "closed_on IS NOT NULL",
        "'Request ' || id || ' received on ' || strftime('%d/%m/%Y', received_on)",
        ("documents", "reason", "purpose", "conditions", "redactions", "override_reason",
         "committee_note", "decision_reasons")),
    RetentionKind(
        "disputes", "Complaints, grievances and disciplinary cases, after they are closed", 6,
        "six years: the time within which a claim about the case can be brought",
        "dispute_case", _CASE_CLOSED, f"{_CASE_CLOSED} IS NOT NULL",
        "reference || ': ' || title",
        ("title", "account", "informal_outcome", "override_reason"),
        (("dispute_party", "case_id", ("name", "address")),
         ("dispute_note", "case_id", ("text",)),
         ("dispute_step", "case_id", ("detail",)))),
)


def kind(key: str) -> RetentionKind:
    return next(k for k in KINDS if k.key == key)


def marker(on: dt.date) -> str:
    return f"[erased on {on:%d/%m/%Y}]"


def _setting_key(k: RetentionKind) -> str:
    return f"retention.{k.key}_years"


def period_years(k: RetentionKind) -> int:
    return settings.get_int(_setting_key(k), k.default_years)


def set_period_years(k: RetentionKind, years: int, actor: str) -> None:
    settings.put(_setting_key(k), str(years), actor)


@dataclass(frozen=True)
class DueRecord:
    kind: str
    record_id: int
    description: str
    ended_on: dt.date
    due_on: dt.date


def _years_before(day: dt.date, years: int) -> dt.date:
    try:
        return day.replace(year=day.year - years)
    except ValueError:  # 29 February
        return day.replace(year=day.year - years, day=28)


def past_period(today: dt.date) -> list[DueRecord]:
    """Every record past its retention period and not yet erased, oldest first."""
    found: list[DueRecord] = []
    for k in KINDS:
        if not database.table_exists(k.table):
            continue
        years = period_years(k)
        cutoff = _years_before(today, years)
        rows = database.execute_sql(
            f"SELECT id, {k.describe}, {k.ended} FROM {k.table} WHERE {k.where} "
            f"AND {k.ended} <= ? AND {k.fields[0]} NOT LIKE '[erased on %' ORDER BY {k.ended}",
            (cutoff.isoformat(),)).fetchall()
        for record_id, description, ended in rows:
            ended_on = dt.date.fromisoformat(str(ended)[:10])
            due = ended_on.replace(year=ended_on.year + years) if not (
                ended_on.month == 2 and ended_on.day == 29) else dt.date(
                ended_on.year + years, 2, 28)
            found.append(DueRecord(k.key, int(record_id), str(description), ended_on, due))
    found.sort(key=lambda d: d.due_on)
    return found


def _erase_audit(table: str, record_id: int, fields: Iterable[str], mark: str,
                 on: dt.date) -> int:
    wanted = set(fields)
    rows = database.execute_sql(
        'SELECT id, changes, note FROM audit_log WHERE "table" = ? AND record_id = ? '
        "AND erased_on IS NULL", (table, str(record_id))).fetchall()
    for entry_id, changes_text, note in rows:
        try:
            changes: dict[str, Any] = json.loads(changes_text)
        except ValueError:
            changes = {}
        for name, value in list(changes.items()):
            if name in wanted and isinstance(value, list):
                changes[name] = [mark if v not in (None, "") else v for v in value]
        database.execute_sql(
            "UPDATE audit_log SET changes = ?, note = ?, erased_on = ? WHERE id = ?",
            (json.dumps(changes, ensure_ascii=False, sort_keys=True), mark if note else "",
             on.isoformat(), entry_id))
    return len(rows)


def _erase_row(table: str, record_id: int, fields: tuple[str, ...], mark: str) -> None:
    present = {r[1] for r in database.execute_sql(f'PRAGMA table_info("{table}")')}
    names = [f for f in fields if f in present]
    assignments = ", ".join(f"{f} = CASE WHEN {f} IS NULL OR {f} = '' THEN {f} ELSE ? END"
                            for f in names)
    database.execute_sql(f"UPDATE {table} SET {assignments} WHERE id = ?",
                         (*[mark] * len(names), record_id))


def erase(kind_key: str, record_id: int, actor: str, today: dt.date) -> int:
    """Erase one record's personal values, its dependants' and their audit entries'.

    One transaction; returns the number of audit entries marked erased.
    """
    k = kind(kind_key)
    mark = marker(today)
    if not database.in_transaction():
        # Freed space is overwritten, so the old values do not linger in the file.
        database.execute_sql("PRAGMA secure_delete = ON")
    with database.atomic():
        entries = 0
        _erase_row(k.table, record_id, k.fields, mark)
        entries += _erase_audit(k.table, record_id, k.fields, mark, today)
        for child_table, column, child_fields in k.children:
            if not database.table_exists(child_table):
                continue
            child_ids = [r[0] for r in database.execute_sql(
                f"SELECT id FROM {child_table} WHERE {column} = ?", (record_id,))]
            for child_id in child_ids:
                _erase_row(child_table, child_id, child_fields, mark)
                entries += _erase_audit(child_table, child_id, child_fields, mark, today)
        audit.note(k.table, record_id, actor,
                   f"Personal data erased: past the retention period for {k.label.lower()} "
                   f"({period_years(k)} years)",
                   {"erased_fields": [list(k.fields)], "audit_entries_erased": [entries]})
    return entries
