"""The database handle: a proxy initialised late, so the file can be chosen at start-up.

The proxy keeps the door open for a server database later; today it is always
SQLite, opened with WAL, foreign keys and a busy timeout.
"""

from __future__ import annotations

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


def integrity_problem(path: Path) -> str | None:
    """Run ``PRAGMA integrity_check`` on a database file; None if it is sound.

    SQLite-specific (marked): a server database would have its own checks.
    A full disk or a read-only folder is not damage: it raises a StorageProblem.
    """
    from parishdesk.store import cipher
    from parishdesk.store.dbfile import open_ro, storage_problem

    try:
        conn = open_ro(path)
    except cipher.errors() as exc:
        problem = storage_problem(exc, path.parent)
        if problem:
            raise problem from exc
        return str(exc)
    try:
        rows = conn.execute("PRAGMA integrity_check").fetchall()
    except cipher.errors() as exc:
        problem = storage_problem(exc, path.parent)
        if problem:
            raise problem from exc
        return str(exc)
    finally:
        conn.close()
    messages = [str(r[0]) for r in rows]
    if messages == ["ok"]:
        return None
    return "; ".join(messages[:3]) or "integrity check gave no answer"


def connect(path: Path) -> peewee.SqliteDatabase:
    """Initialise the proxy on the SQLite file at ``path`` and connect."""
    from parishdesk.store import cipher

    path.parent.mkdir(parents=True, exist_ok=True)
    key = cipher.current_key()
    db: peewee.SqliteDatabase
    if key is not None and (not path.exists() or cipher.looks_encrypted(path)):
        from playhouse.sqlcipher_ext import SqlCipherDatabase

        db = SqlCipherDatabase(str(path), passphrase=key, check_same_thread=False,
                               pragmas={"cipher_log_level": "NONE", **SQLITE_PRAGMAS})
    else:
        db = peewee.SqliteDatabase(str(path), pragmas=SQLITE_PRAGMAS, check_same_thread=False)
    database.initialize(db)
    db.connect(reuse_if_open=True)
    return db


def connect_read_only(path: Path) -> peewee.SqliteDatabase:
    """Initialise the proxy on the file at ``path`` for reading only, writing nothing at all
    (not even SQLite's -wal and -shm files): for a disk too full to take them."""
    from parishdesk.store import cipher
    from parishdesk.store.dbfile import ro_uri

    key = cipher.current_key() if cipher.looks_encrypted(path) else None
    db: peewee.SqliteDatabase
    if key is not None:
        from playhouse.sqlcipher_ext import SqlCipherDatabase

        db = SqlCipherDatabase(ro_uri(path, immutable=True), passphrase=key, uri=True,
                               pragmas={"cipher_log_level": "NONE", "foreign_keys": 1,
                                        "query_only": 1}, check_same_thread=False)
    else:
        db = peewee.SqliteDatabase(ro_uri(path, immutable=True), uri=True,
                                   pragmas={"foreign_keys": 1, "query_only": 1},
                                   check_same_thread=False)
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
