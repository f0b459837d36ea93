"""SQLite's own checks of a database file, run on a thread that another may interrupt.

Kept apart from :mod:`parishdesk.store.db` (and free of peewee) so that the desktop
app can start the quick check before it loads peewee, the models or Qt: SQLite
reads the file on its own thread while the rest of the program loads.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from pathlib import Path
from typing import Any

__all__ = ["CheckInterrupted", "IntegrityCheck"]


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
