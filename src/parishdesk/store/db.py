"""The database handle: a proxy initialised late, so the file can be chosen at start-up.

The proxy keeps the door open for a server database later; today it is always
SQLite, opened with WAL, foreign keys and a busy timeout.
"""

from __future__ import annotations

from pathlib import Path

import peewee

from parishdesk.store import read_cache
from parishdesk.store.integrity import CheckInterrupted as CheckInterrupted  # re-exported
from parishdesk.store.integrity import IntegrityCheck as IntegrityCheck

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
    from parishdesk.store.dbfile import ro_uri

    return ro_uri(path)


# The check needs no peewee: it lives in its own module so that it can start before
# peewee and the models are loaded (the app starts the quick check first thing).


def integrity_problem(path: Path) -> str | None:
    """Run the full ``PRAGMA integrity_check`` on a database file; None if it is sound."""
    return IntegrityCheck(path).run()


def quick_problem(path: Path) -> str | None:
    """Run ``PRAGMA quick_check`` on a database file; None if it is sound.

    Its time grows far less with the database than the full check's; the full
    check follows in the background (:class:`IntegrityCheck`).
    """
    return IntegrityCheck(path, quick=True).run()


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
    read_cache.clear()
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
    read_cache.clear()
    database.initialize(db)
    db.connect(reuse_if_open=True)
    return db


def database_file() -> Path:
    """The file of the open database (e.g. to put a demo's letters beside it)."""
    if database.obj is None:
        raise RuntimeError("No database is open.")
    return Path(str(database.obj.database))


def close() -> None:
    """Checkpoint the WAL into the main file and close (so the file can be copied)."""
    read_cache.clear()
    obj = database.obj
    if obj is None:
        return
    if not obj.is_closed():
        try:
            obj.execute_sql("PRAGMA wal_checkpoint(TRUNCATE)")
        except peewee.DatabaseError:
            pass
        obj.close()
