"""The quick check of the database at start, begun before the rest of the program loads.

Light on purpose (no peewee, no models, no Qt): ``app.py`` starts the check first
thing, so that SQLite reads the file on its own thread while Python loads Qt,
the store and the first area. :func:`parishdesk.services.maintenance.open_data`
takes the answer.
"""

from __future__ import annotations

from collections.abc import Callable

from parishdesk.paths import DataPaths
from parishdesk.store.integrity import IntegrityCheck


def start_quick_check(paths: DataPaths) -> Callable[[], str | None] | None:
    """Start SQLite's quick check of the database on a thread of its own and return a
    function that waits for its answer (None: the file is sound). None instead of a
    function: no file yet, or an encrypted one (checked once the password is known)."""
    if not paths.db_file.is_file() or encryption_needs_password(paths):
        return None
    return IntegrityCheck(paths.db_file, quick=True).start()


def encryption_needs_password(paths: DataPaths) -> bool:
    """The database file is encrypted and its password is not known yet."""
    from parishdesk.store import cipher

    return cipher.current_key() is None and cipher.looks_encrypted(paths.db_file)
