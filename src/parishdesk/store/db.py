"""The database handle: a proxy initialised late, so the file can be chosen at start-up.

The proxy keeps the door open for a server database later; today it is always
SQLite, opened with WAL, foreign keys and a busy timeout.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from pathlib import Path
from typing import Any

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
    from parishdesk.store.dbfile import ro_uri

    return ro_uri(path)


class CheckInterrupted(Exception):
    """The integrity check was stopped before it finished (ParishDesk is closing)."""


class IntegrityCheck:
    """One run of SQLite's check of a database file, which another thread may interrupt.

    ``quick`` runs ``PRAGMA quick_check``: it reads every page and checks the
    structure of each table and index, but does not compare index entries with
    their rows, so it takes a fraction of the time; ParishDesk runs it while it
    opens. The full ``PRAGMA integrity_check`` runs after the window shows and
    before each backup.

    SQLite-specific (marked): a server database would have its own checks.
    A full disk or a read-only folder is not damage: it raises a StorageProblem.
    """

    def __init__(self, path: Path, quick: bool = False) -> None:
        self.path = path
        self.pragma = "quick_check" if quick else "integrity_check"
        self._lock = threading.Lock()
        self._conn: Any = None
        self._interrupted = False

    def run(self) -> str | None:
        """None if the file is sound, else what is wrong with it in SQLite's words.

        Raises :class:`CheckInterrupted` if :meth:`interrupt` stopped it.
        """
        from parishdesk.store import cipher
        from parishdesk.store.dbfile import open_ro, storage_problem

        try:  # an encrypted file with the password in use; a full disk is not damage
            conn = open_ro(self.path, check_same_thread=False)
        except cipher.errors() as exc:
            problem = storage_problem(exc, self.path.parent)
            if problem:
                raise problem from exc
            return str(exc)
        with self._lock:
            if self._interrupted:
                conn.close()
                raise CheckInterrupted(str(self.path))
            self._conn = conn
        try:
            rows = conn.execute(f"PRAGMA {self.pragma}").fetchall()
        except cipher.errors() as exc:
            if self._interrupted:
                raise CheckInterrupted(str(self.path)) from exc
            problem = storage_problem(exc, self.path.parent)
            if problem:
                raise problem from exc
            return str(exc)
        finally:
            with self._lock:
                self._conn = None
            conn.close()
        messages = [str(r[0]) for r in rows]
        if messages == ["ok"]:
            return None
        return "; ".join(messages[:3]) or "integrity check gave no answer"

    def start(self) -> Callable[[], str | None]:
        """Run the check on a thread of its own and return a function that waits for its
        answer (or raises what it raised). SQLite does the work without holding Python's
        lock, so the program can go on loading meanwhile."""
        answer: list[str | None] = []
        failure: list[BaseException] = []

        def run() -> None:
            try:
                answer.append(self.run())
            except BaseException as exc:  # noqa: BLE001 - handed to whoever waits
                failure.append(exc)

        thread = threading.Thread(target=run, name=f"parishdesk-{self.pragma}", daemon=True)
        thread.start()

        def wait() -> str | None:
            thread.join()
            if failure:
                raise failure[0]
            return answer[0]

        return wait

    def interrupt(self) -> None:
        """Stop the check as soon as SQLite can (safe to call from any thread)."""
        with self._lock:
            self._interrupted = True
            if self._conn is not None:
                self._conn.interrupt()


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


def database_file() -> Path:
    """The file of the open database (e.g. to put a demo's letters beside it)."""
    if database.obj is None:
        raise RuntimeError("No database is open.")
    return Path(str(database.obj.database))


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
