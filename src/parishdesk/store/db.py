"""The database handle: a proxy initialised late, so the file can be chosen at start-up.

The proxy keeps the door open for a server database later; today it is always
SQLite, opened with WAL, foreign keys and a busy timeout.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

import peewee

database = peewee.DatabaseProxy()

SQLITE_PRAGMAS = {
    "journal_mode": "wal",
    "foreign_keys": 1,
    "busy_timeout": 5000,
    "synchronous": "normal",
}


class BaseModel(peewee.Model):
    """Base for every table. Rows are archived, never deleted outright."""

    class Meta:
        database = database
        legacy_table_names = False

    def delete_instance(self, *args: object, **kwargs: object) -> int:  # type: ignore[override]
        from parishdesk.errors import ArchiveInstead

        raise ArchiveInstead(
            f"{type(self).__name__} records are archived, never deleted."
        )


def read_only_uri(path: Path) -> str:
    """An SQLite URI opening ``path`` read-only. Built with ``Path.as_uri`` so that a '#' or
    '?' in a folder name is escaped (written raw, SQLite would open another, empty file)."""
    return Path(path).absolute().as_uri() + "?mode=ro"


def integrity_problem(path: Path) -> str | None:
    """Run ``PRAGMA integrity_check`` on a database file; None if it is sound.

    SQLite-specific (marked): a server database would have its own checks.
    """
    try:
        conn = sqlite3.connect(read_only_uri(path), uri=True)
    except sqlite3.Error as exc:
        return str(exc)
    try:
        rows = conn.execute("PRAGMA integrity_check").fetchall()
    except sqlite3.DatabaseError as exc:
        return str(exc)
    finally:
        conn.close()
    messages = [str(r[0]) for r in rows]
    if messages == ["ok"]:
        return None
    return "; ".join(messages[:3]) or "integrity check gave no answer"


def connect(path: Path) -> peewee.SqliteDatabase:
    """Initialise the proxy on the SQLite file at ``path`` and connect."""
    path.parent.mkdir(parents=True, exist_ok=True)
    db = peewee.SqliteDatabase(str(path), pragmas=SQLITE_PRAGMAS, check_same_thread=False)
    database.initialize(db)
    db.connect(reuse_if_open=True)
    return db


def close() -> None:
    """Checkpoint the WAL into the main file and close (so the file can be copied)."""
    obj = database.obj
    if obj is None:
        return
    if not obj.is_closed():
        try:
            obj.execute_sql("PRAGMA wal_checkpoint(TRUNCATE)")
        except peewee.DatabaseError:
            pass
        obj.close()
