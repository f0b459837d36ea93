"""Everything held about one person, read for a subject access request (UK GDPR art. 15)."""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from typing import Any

from parishdesk.store.db import database


@dataclass(frozen=True)
class Section:
    title: str
    table: str
    rows: tuple[dict[str, Any], ...]


# (title, table, SQL condition on the person's id)
_SECTIONS = (
    ("Roles and memberships", "role", "person_id = ?"),
    ("Register of interests", "interest", "person_id = ?"),
    ("Special relationships declared", "special_relationship", "person_id = ?"),
    ("Training", "training_record", "person_id = ?"),
    ("Enquiries made", "enquiry", "councillor_id = ?"),
    ("Replies to their enquiries", "enquiry_reply",
     "enquiry_id IN (SELECT id FROM enquiry WHERE councillor_id = ?)"),
    ("Files kept with their enquiries", "enquiry_attachment",
     "enquiry_id IN (SELECT id FROM enquiry WHERE councillor_id = ?)"),
    ("Requests to see documents", "access_request", "requester_id = ?"),
    ("Letters sent to them", "issued_letter", "recipient_person_id = ?"),
    ("Leave periods", "officer_leave", "officer_id = ?"),
    ("Complaints, grievances and disciplinary cases they are party to", "dispute_party",
     "person_id = ?"),
)
_HIDDEN = {"data", "sha256", "assessment"}  # internal copies, shown elsewhere in full


def _rows(table: str, where: str, *params: object) -> list[dict[str, Any]]:
    if not database.table_exists(table):
        return []
    cursor = database.execute_sql(f"SELECT * FROM {table} WHERE {where} ORDER BY id", params)
    names = [d[0] for d in cursor.description]
    return [{n: v for n, v in zip(names, row, strict=True) if n not in _HIDDEN}
            for row in cursor.fetchall()]


def people() -> list[tuple[int, str]]:
    """Every person on record (current and former), for choosing whose data to export."""
    rows = database.execute_sql(
        "SELECT id, CASE WHEN surname LIKE '[erased on %' THEN 'Erased record ' || id "
        "ELSE first_name || ' ' || surname END || CASE kind WHEN 'councillor' THEN "
        "' (councillor)' ELSE ' (officer)' END FROM person "
        "ORDER BY surname LIKE '[erased on %', surname, first_name")
    return [(int(r[0]), str(r[1])) for r in rows]


def held_about(person_id: int) -> tuple[dict[str, Any], list[Section]]:
    """The person's own record, and every section of records about them, with the audit
    trail of each of those records last."""
    person = _rows("person", "id = ?", person_id)
    if not person:
        raise LookupError(person_id)
    sections = [Section(title, table, tuple(_rows(table, where, person_id)))
                for title, table, where in _SECTIONS]
    trail: list[dict[str, Any]] = []
    wanted = [("person", person_id)] + [(s.table, r["id"]) for s in sections for r in s.rows]
    for table, record_id in wanted:
        for entry in _rows("audit_log", '"table" = ? AND record_id = ?', table, str(record_id)):
            entry = {k: v for k, v in entry.items() if k not in ("content_hash", "entry_hash")}
            try:
                entry["changes"] = json.loads(entry["changes"])
            except (TypeError, ValueError):
                pass
            trail.append(entry)
    trail.sort(key=lambda e: e["id"])
    sections.append(Section("History of these records (audit log)", "audit_log", tuple(trail)))
    return person[0], [s for s in sections if s.rows]


def files_about(person_id: int) -> list[tuple[str, str, str]]:
    """The files in the data folder that belong to the person's records, as (where the path
    is relative to: "letters" or "data", the stored path, the folder in the export)."""
    found: list[tuple[str, str, str]] = []
    queries = (
        ("letters", "letters", "SELECT pdf_file FROM issued_letter WHERE recipient_person_id = ?"),
        ("data", "e-mail drafts", "SELECT r.eml_file FROM enquiry_reply r JOIN enquiry e ON "
                                  "e.id = r.enquiry_id WHERE e.councillor_id = ?"),
        ("data", "enquiry attachments", "SELECT a.stored_file FROM enquiry_attachment a JOIN "
                                        "enquiry e ON e.id = a.enquiry_id "
                                        "WHERE e.councillor_id = ?"),
    )
    for base, folder, sql in queries:
        if not all(database.table_exists(t) for t in re.findall(r"(?:FROM|JOIN) (\w+)", sql)):
            continue
        for (stored,) in database.execute_sql(sql, (person_id,)).fetchall():
            if stored:
                found.append((base, str(stored), folder))
    return found
