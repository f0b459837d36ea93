"""Version 11: an erased audit entry may be erased again.

Version 10 let an entry be erased once. But one entry can hold the values of two people
(an enquiry's entry holds the enquiry's words and the councillor's name): erasing the
enquiry after two years, then the councillor after six, must reach the councillor's name
in an entry already marked erased. An update may now replace an erased entry's changes
and note again; its hashes of the original content stay as they were, and so does the
date it was first erased. Nothing else about the log changes: it stays append-only.
"""

from __future__ import annotations

from typing import Any

VERSION = 11
DESCRIPTION = "An erased audit entry may be erased again (its hashes untouched)"

# Frozen copy, as it stands at version 11.
_SAME = " AND ".join(f"NEW.{c} IS OLD.{c}" for c in
                     ("id", '"at"', "actor", '"table"', "record_id", "action"))

# SQLite-specific (marked): the audit log stays append-only at the database level.
# An update may only seal a new entry (fill in its hashes, content untouched) or erase
# one (set erased_on, or keep it once set; hashes untouched; changes and note replaced).
NO_UPDATE = (
    "CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log WHEN NOT ("
    f"(OLD.entry_hash = '' AND {_SAME} AND NEW.changes IS OLD.changes "
    "AND NEW.note IS OLD.note AND NEW.erased_on IS NULL)"
    " OR (OLD.entry_hash <> '' AND NEW.erased_on IS NOT NULL "
    "AND (OLD.erased_on IS NULL OR NEW.erased_on IS OLD.erased_on) "
    f"AND {_SAME} AND NEW.content_hash IS OLD.content_hash "
    "AND NEW.entry_hash IS OLD.entry_hash)"
    ") BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END"
)


def apply(db: Any, migrator: Any) -> None:
    db.execute_sql("DROP TRIGGER IF EXISTS audit_log_no_update")
    db.execute_sql(NO_UPDATE)
