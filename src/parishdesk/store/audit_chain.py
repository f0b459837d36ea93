"""The audit log's hash chain: each entry's SHA-256 is chained to the one before it.

``content_hash`` is the SHA-256 of an entry's content as first written;
``entry_hash`` is SHA-256(previous entry_hash + content_hash), starting from
64 zeros. Changing, removing or inserting an entry breaks the chain from that
entry on. An erased entry (``erased_on`` set) keeps both hashes of its original
content: its links still verify, and its content is not compared.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass
from typing import Any

from parishdesk.store.db import database

GENESIS = "0" * 64
_COLUMNS = 'id, "at", actor, "table", record_id, action, changes, note'


def content_hash(row: tuple[Any, ...]) -> str:
    """SHA-256 of one entry's stored content (id, time, actor, table, record, action,
    changes, note), in the exact form the database holds it."""
    entry_id, at, actor, table, record_id, action, changes, note = row
    text = json.dumps([entry_id, str(at), actor, table, record_id, action, changes, note],
                      ensure_ascii=False, separators=(",", ":"))
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def link(previous: str, content: str) -> str:
    return hashlib.sha256((previous + content).encode("ascii")).hexdigest()


def seal(entry_id: int) -> None:
    """Give a just-written entry its hashes (inside the entry's own transaction)."""
    row = database.execute_sql(f"SELECT {_COLUMNS} FROM audit_log WHERE id = ?",
                               (entry_id,)).fetchone()
    prev = database.execute_sql(
        "SELECT entry_hash FROM audit_log WHERE id < ? ORDER BY id DESC LIMIT 1",
        (entry_id,)).fetchone()
    content = content_hash(row)
    database.execute_sql("UPDATE audit_log SET content_hash = ?, entry_hash = ? WHERE id = ?",
                         (content, link(prev[0] if prev else GENESIS, content), entry_id))


def seal_pending() -> int:
    """Seal every entry written without its hashes (a bulk insert), oldest first."""
    pending = [r[0] for r in database.execute_sql(
        "SELECT id FROM audit_log WHERE entry_hash = '' ORDER BY id")]
    for entry_id in pending:
        seal(entry_id)
    return len(pending)


@dataclass(frozen=True)
class ChainReport:
    """The result of checking the audit log's hash chain from its first entry."""

    entries: int
    erased: int
    first_broken: int | None  # the id of the first entry that does not verify
    reason: str

    @property
    def ok(self) -> bool:
        return self.first_broken is None


def verify_connection(conn: Any) -> ChainReport:
    """Walk the chain in a DB-API connection (read-only is enough)."""
    previous = GENESIS
    count = erased = 0
    cursor = conn.execute(
        f"SELECT {_COLUMNS}, content_hash, entry_hash, erased_on FROM audit_log ORDER BY id")
    for row in cursor:
        count += 1
        entry_id, stored_content, stored_entry, erased_on = row[0], row[8], row[9], row[10]
        if erased_on is not None:
            erased += 1
        elif content_hash(row[:8]) != stored_content:
            return ChainReport(count, erased, entry_id, "its content was changed")
        if link(previous, stored_content) != stored_entry:
            return ChainReport(count, erased, entry_id,
                               "it does not follow on from the entry before it (an entry "
                               "was changed, removed or put in)")
        previous = stored_entry
    return ChainReport(count, erased, None, "")


def verify() -> ChainReport:
    """Verify the open database's audit chain."""
    return verify_connection(database.connection())
