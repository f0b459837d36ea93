"""One erasure, carried out inside one transaction: the record's personal values, those of
every record that hangs on it, the register rows of the letters sent about it, and the
audit entries of all of these.

Files cannot be part of a database transaction, so the run only *lists* the files that
belong to what it erased (letter PDFs, e-mail drafts, attachments); the service removes
them once the transaction has committed. Each audit entry is rewritten once per run, so
every change to an entry is gathered first and written by :meth:`ErasureRun.finish`. An
entry an earlier erasure marked is reached too (one entry can hold two people's values);
it keeps the date it was first erased.
"""

from __future__ import annotations

import datetime as dt
import json
import re
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from parishdesk.store.db import database

#: Where a listed file's stored path is relative to.
LETTERS, DATA, ATTACHMENTS = "letters", "data", "attachments"

#: The minutes, agendas and decisions of meetings are the council's permanent public record
#: (they are signed, and the signatures are chained); a name in them is not erased.
PUBLIC_RECORD = frozenset({
    "meeting", "agenda_item", "minute", "minute_signature", "motion", "meeting_declaration",
    "meeting_attendance", "recorded_vote", "absence_approval", "meeting_link",
    "officer_decision", "protocol_version", "protocol_clause_link", "council", "committee",
    "party_group"})
#: Tables that hold no one's personal values, or are looked after separately.
_NOT_SCANNED = frozenset({"audit_log", "schema_version", "setting"})

_LETTER_FIELDS = ("recipient_name", "subject", "cc", "data")
#: An earlier erasure's own entry (it holds no values) is never rewritten.
ERASURE_NOTE = "Personal data erased"
_ERASURE_ENTRY = f"(action = 'note' AND note LIKE '{ERASURE_NOTE}%')"
#: Who signed a letter, and the council's own letterhead (whose e-mail address may be the
#: clerk's), are part of the council's record of the letter, not anyone's personal data:
#: a former clerk's erasure keeps the letters they signed (and their PDFs) whole.
_KEPT_KEYS = frozenset({"signatory", "signatory_name", "letterhead"})


@dataclass(frozen=True)
class StoredFile:
    base: str  # LETTERS, DATA or ATTACHMENTS
    relative: str
    what: str  # "letter PDF", "e-mail draft", "attachment"


class ErasureRun:
    """Everything one erasure changes; call :meth:`finish` before the transaction ends."""

    def __init__(self, on: dt.date) -> None:
        self.on = on
        self.mark = f"[erased on {on:%d/%m/%Y}]"
        self.files: list[StoredFile] = []
        self.counts: Counter[str] = Counter()
        self._audit: dict[int, tuple[dict[str, Any], str]] = {}
        self._letters: set[int] = set()
        #: The references of the letters erased (a protocol pack is filed under its
        #: covering letter's reference).
        self.letter_references: list[str] = []
        self._enquiries: set[int] = set()

    # -- rows --------------------------------------------------------------------------
    def _columns(self, table: str) -> set[str]:
        return {r[1] for r in database.execute_sql(f'PRAGMA table_info("{table}")')}

    def row(self, table: str, record_id: int, fields: Iterable[str], what: str = "") -> None:
        """Replace the non-empty ``fields`` of one row, and their values in its history."""
        present = self._columns(table)
        names = [f for f in fields if f in present]
        if not names:
            return
        assignments = ", ".join(
            f'"{f}" = CASE WHEN "{f}" IS NULL OR "{f}" = \'\' THEN "{f}" ELSE ? END'
            for f in names)
        database.execute_sql(f'UPDATE "{table}" SET {assignments} WHERE id = ?',
                             (*[self.mark] * len(names), record_id))
        self._audit_fields(table, record_id, set(names))
        if what:
            self.counts[what] += 1
        if table == "enquiry":
            self._enquiries.add(record_id)

    def children(self, table: str, column: str, parent_id: int, fields: Iterable[str],
                 what: str = "") -> list[int]:
        """Erase ``fields`` in every row of ``table`` whose ``column`` is ``parent_id``."""
        if not database.table_exists(table):
            return []
        ids = [int(r[0]) for r in database.execute_sql(
            f'SELECT id FROM "{table}" WHERE "{column}" = ?', (parent_id,))]
        for child_id in ids:
            self.row(table, child_id, fields, what)
        return ids

    def file(self, table: str, record_id: int, column: str, base: str, what: str) -> None:
        """List the file a row names for removal (the row keeps its path: it is no value of
        anyone's, and says which file was there)."""
        found = database.execute_sql(f'SELECT "{column}" FROM "{table}" WHERE id = ?',
                                     (record_id,)).fetchone()
        if found and found[0]:
            self.files.append(StoredFile(base, str(found[0]), what))

    def letter(self, letter_id: int | None) -> None:
        """A letter's register row keeps its number and dates; who it went to, what it said
        and its PDF go."""
        if not letter_id or letter_id in self._letters:
            return
        self._letters.add(letter_id)
        found = database.execute_sql("SELECT reference FROM issued_letter WHERE id = ?",
                                     (letter_id,)).fetchone()
        if found:
            self.letter_references.append(str(found[0]))
        self.row("issued_letter", letter_id, _LETTER_FIELDS, "letters")
        self.file("issued_letter", letter_id, "pdf_file", LETTERS, "letter PDFs")

    def letters_where(self, condition: str, *params: object) -> None:
        for (letter_id,) in database.execute_sql(
                f"SELECT id FROM issued_letter WHERE {condition}", params).fetchall():
            self.letter(int(letter_id))

    # -- names elsewhere ---------------------------------------------------------------
    def scrub(self, needles: Iterable[str]) -> None:
        """Replace every mention of ``needles`` (a name, an e-mail address) in every text
        column outside the public record, and in the history of those tables. A letter
        that mentions them loses its PDF too (the PDF holds the name)."""
        words = sorted({n.strip() for n in needles if len(n.strip()) >= 3}, key=len,
                       reverse=True)
        if not words:
            return
        pattern = re.compile("|".join(rf"(?<!\w){re.escape(w)}(?!\w)" for w in words),
                             re.IGNORECASE)
        clean = _Cleaner(pattern, self.mark)
        tables = [r[0] for r in database.execute_sql(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' "
            "AND name NOT LIKE 'enquiry_fts%'")]
        for table in tables:
            if table in PUBLIC_RECORD or table in _NOT_SCANNED:
                continue
            columns = [r[1] for r in database.execute_sql(f'PRAGMA table_info("{table}")')
                       if ("CHAR" in str(r[2]).upper() or "TEXT" in str(r[2]).upper())
                       and r[1] not in _KEPT_KEYS]
            if not columns or "id" not in self._columns(table):
                continue
            like = " OR ".join(f'"{c}" LIKE ?' for c in columns for _ in words)
            params = [f"%{w}%" for _ in columns for w in words]
            rows = database.execute_sql(
                f'SELECT id, {", ".join(chr(34) + c + chr(34) for c in columns)} '
                f'FROM "{table}" WHERE {like}', params).fetchall()
            for row in rows:
                record_id, values = int(row[0]), row[1:]
                changed = {c: clean.text(v) for c, v in zip(columns, values, strict=True)
                           if isinstance(v, str) and pattern.search(v)}
                changed = {c: v for c, v in changed.items() if v != values[columns.index(c)]}
                if not changed:
                    continue
                sets = ", ".join(f'"{c}" = ?' for c in changed)
                database.execute_sql(f'UPDATE "{table}" SET {sets} WHERE id = ?',
                                     (*changed.values(), record_id))
                self.counts["mentions in other records"] += 1
                if table == "issued_letter":
                    self.file(table, record_id, "pdf_file", LETTERS, "letter PDFs")
                if table == "enquiry":
                    self._enquiries.add(record_id)
        self._scrub_audit(clean, words)

    # -- the history -------------------------------------------------------------------
    def _entry(self, entry_id: int, changes_text: str, note: str) -> tuple[dict[str, Any], str]:
        if entry_id not in self._audit:
            try:
                changes = json.loads(changes_text)
            except ValueError:
                changes = {}
            self._audit[entry_id] = (changes if isinstance(changes, dict) else {}, note or "")
        return self._audit[entry_id]

    def _audit_fields(self, table: str, record_id: int, names: set[str]) -> None:
        rows = database.execute_sql(
            'SELECT id, changes, note FROM audit_log WHERE "table" = ? AND record_id = ? '
            f"AND NOT {_ERASURE_ENTRY}", (table, str(record_id))).fetchall()
        for entry_id, changes_text, note in rows:
            changes, _ = self._entry(int(entry_id), changes_text, note)
            for name, value in list(changes.items()):
                if name in names and isinstance(value, list):
                    changes[name] = [self.mark if v not in (None, "") else v for v in value]
            # A note may quote the values; it goes too.
            self._audit[int(entry_id)] = (changes, self.mark if note else "")

    def _scrub_audit(self, clean: _Cleaner, words: list[str]) -> None:
        outside = ",".join("?" * len(PUBLIC_RECORD))
        like = " OR ".join(["changes LIKE ? OR note LIKE ?"] * len(words))
        rows = database.execute_sql(
            f'SELECT id, changes, note FROM audit_log WHERE "table" NOT IN ({outside}) '
            f"AND NOT {_ERASURE_ENTRY} AND ({like})",
            (*sorted(PUBLIC_RECORD), *[f"%{w}%" for w in words for _ in (1, 2)])).fetchall()
        for entry_id, changes_text, note in rows:
            changes, current_note = self._entry(int(entry_id), changes_text, note)
            cleaned = clean.value(changes)
            if cleaned != changes or clean.text(current_note) != current_note:
                self._audit[int(entry_id)] = (cleaned, clean.text(current_note))

    def finish(self) -> int:
        """Write the gathered history changes and bring the enquiry search index up to
        date; returns how many audit entries were marked erased."""
        for entry_id, (changes, note) in sorted(self._audit.items()):
            database.execute_sql(
                "UPDATE audit_log SET changes = ?, note = ?, erased_on = COALESCE(erased_on, ?) "
                "WHERE id = ?",
                (json.dumps(changes, ensure_ascii=False, sort_keys=True), note,
                 self.on.isoformat(), entry_id))
        if self._enquiries and database.table_exists("enquiry_fts"):
            from parishdesk.store.enquiry_inbox import reindex

            reindex(sorted(self._enquiries))
            # Merge the index's segments, so the old terms are not kept in stale ones.
            database.execute_sql("INSERT INTO enquiry_fts(enquiry_fts) VALUES('optimize')")
        return len(self._audit)

    def summary(self) -> dict[str, Any]:
        """What kinds of thing were erased, and how many: no value of anyone's."""
        kinds = Counter(self.counts)
        for stored in self.files:
            kinds[f"files: {stored.what}"] += 1
        return dict(sorted(kinds.items()))


class _Cleaner:
    """Replaces mentions in text, in JSON held as text (a letter's data) and in the audit
    log's changes, leaving whoever signed a letter alone."""

    def __init__(self, pattern: re.Pattern[str], mark: str) -> None:
        self.pattern, self.mark = pattern, mark

    def text(self, value: str) -> str:
        if value[:1] in "{[":
            try:
                parsed = json.loads(value)
            except ValueError:
                parsed = None
            if isinstance(parsed, (dict, list)):
                cleaned = self.value(parsed)
                return value if cleaned == parsed else json.dumps(cleaned, ensure_ascii=False,
                                                                  sort_keys=True)
        return self.pattern.sub(self.mark, value)

    def value(self, value: Any) -> Any:
        if isinstance(value, str):
            return self.text(value)
        if isinstance(value, list):
            return [self.value(v) for v in value]
        if isinstance(value, dict):
            return {k: v if k in _KEPT_KEYS else self.value(v) for k, v in value.items()}
        return value
