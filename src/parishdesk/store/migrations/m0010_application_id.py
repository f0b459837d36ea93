"""Version 10: mark the file as ParishDesk's, and chain the audit log.

``PRAGMA application_id`` puts "PDsk" in the file's header, so that another
program's SQLite file at our path, or offered as a backup, is refused before a
byte is written to it. Each audit entry gains the SHA-256 of its content and a
hash chained to the entry before it, so that an edited, removed or inserted
entry is found by ``parishdesk check``; ``erased_on`` marks an entry whose
personal values were erased (its hashes still hold the original content's).
"""

from __future__ import annotations

import hashlib
import json
from typing import Any

VERSION = 10
DESCRIPTION = "Application id in the file header; a hash chain over the audit log"

APPLICATION_ID = 0x5044736B  # "PDsk"
GENESIS = "0" * 64


def _content_hash(row: tuple[Any, ...]) -> str:
    # Frozen copy of the formula in store/audit_chain.py, as it stood at version 10.
    entry_id, at, actor, table, record_id, action, changes, note = row
    text = json.dumps([entry_id, str(at), actor, table, record_id, action, changes, note],
                      ensure_ascii=False, separators=(",", ":"))
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


_SAME = " AND ".join(f"NEW.{c} IS OLD.{c}" for c in
                     ("id", '"at"', "actor", '"table"', "record_id", "action"))

# SQLite-specific (marked): the audit log stays append-only at the database level.
# An update may only seal a new entry (fill in its hashes, content untouched) or
# erase one (set erased_on once, hashes untouched; changes and note replaced).
NO_UPDATE = (
    "CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log WHEN NOT ("
    f"(OLD.entry_hash = '' AND {_SAME} AND NEW.changes IS OLD.changes "
    "AND NEW.note IS OLD.note AND NEW.erased_on IS NULL)"
    f" OR (OLD.entry_hash <> '' AND OLD.erased_on IS NULL AND NEW.erased_on IS NOT NULL "
    f"AND {_SAME} AND NEW.content_hash IS OLD.content_hash "
    "AND NEW.entry_hash IS OLD.entry_hash)"
    ") BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END"
)


def apply(db: Any, migrator: Any) -> None:
    db.execute_sql(f"PRAGMA application_id = {APPLICATION_ID}")
    # Plain ALTER TABLE (not the migrator, which would rebuild the table and drop
    # its triggers).
    db.execute_sql("DROP TRIGGER IF EXISTS audit_log_no_update")
    for column in ("content_hash VARCHAR(64) NOT NULL DEFAULT ''",
                   "entry_hash VARCHAR(64) NOT NULL DEFAULT ''",
                   "erased_on DATE"):
        db.execute_sql(f"ALTER TABLE audit_log ADD COLUMN {column}")
    previous = GENESIS
    rows = db.execute_sql(
        'SELECT id, "at", actor, "table", record_id, action, changes, note '
        "FROM audit_log ORDER BY id").fetchall()
    for row in rows:
        content = _content_hash(row)
        previous = hashlib.sha256((previous + content).encode("ascii")).hexdigest()
        db.execute_sql("UPDATE audit_log SET content_hash = ?, entry_hash = ? WHERE id = ?",
                       (content, previous, row[0]))
    db.execute_sql(NO_UPDATE)
