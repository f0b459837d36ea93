"""What must hold before a write: the day's backup made, and the data not read-only.

The daily backup is made when the database is opened; a clerk who leaves
ParishDesk open overnight gets the next day's backup before that day's first
change instead (:func:`before_write`, called by every audited write). When no
backup can be written (a full disk), or the file is read-only, ParishDesk stays
open for reading only and every write is refused in plain words, so that a
change is never said to be saved when it was not.
"""

from __future__ import annotations

import datetime as dt
import logging
import threading
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from parishdesk.errors import ReadOnlyData, StorageProblem

log = logging.getLogger(__name__)

NOT_SAVED = "The change you were making was not saved."


@dataclass
class _State:
    """What the guard knows of the open database (its files, today's backup, why it
    takes no changes)."""

    db_file: Path | None = None
    backups_dir: Path | None = None
    backed_up_on: dt.date | None = None
    read_only: StorageProblem | None = None
    clock: Callable[[], dt.date] = field(default=dt.date.today)
    # The day the database was opened on, as the caller counts days, and as the clock
    # did: a caller working "as of" another day keeps its calendar, moved on at midnight.
    opened_as: dt.date | None = None
    opened_by_clock: dt.date | None = None


_state = _State()


def arm(db_file: Path, backups_dir: Path, backed_up_on: dt.date | None,
        read_only: StorageProblem | None = None, opened_as: dt.date | None = None) -> None:
    """Called when a database is opened (``opened_as``: the day the caller works on)."""
    _state.db_file, _state.backups_dir = db_file, backups_dir
    _state.backed_up_on, _state.read_only = backed_up_on, read_only
    _state.opened_as = opened_as or backed_up_on
    _state.opened_by_clock = _state.clock()


def disarm() -> None:
    _state.db_file = _state.backups_dir = _state.backed_up_on = _state.read_only = None


def set_clock(clock: Callable[[], dt.date]) -> None:
    """Which day it is (tests set a fixed one)."""
    _state.clock = clock


def data_folder() -> Path | None:
    return _state.db_file.parent if _state.db_file else None


def read_only_reason() -> StorageProblem | None:
    """Why the open database takes no changes, or None if it does."""
    return _state.read_only


def go_read_only(reason: StorageProblem) -> None:
    from parishdesk.store.db import database

    _state.read_only = reason
    # peewee keeps a connection per thread: only the main thread's is the app's.
    if threading.current_thread() is threading.main_thread() and database.obj is not None \
            and not database.obj.is_closed():
        database.obj.execute_sql("PRAGMA query_only = 1")
    log.warning("The database is now read-only: %s", type(reason).__name__)


def before_write() -> None:
    """Refuse a write while read-only; make the day's backup first if it is not made yet."""
    if _state.read_only is not None:
        raise type(_state.read_only)(f"{_state.read_only} {NOT_SAVED}")
    if _state.db_file is None or _state.backups_dir is None:
        return
    today = _state.clock()
    if _state.opened_as is not None and _state.opened_by_clock is not None:
        today = _state.opened_as + (today - _state.opened_by_clock)
    if _state.backed_up_on == today:
        return
    from parishdesk.store.backup import daily_backup_if_needed

    try:
        daily_backup_if_needed(_state.db_file, _state.backups_dir, today)
    except StorageProblem as exc:
        go_read_only(exc)
        raise type(exc)(f"{exc} ParishDesk could not make today's backup, so it takes no "
                        f"changes until it can. {NOT_SAVED}") from exc
    _state.backed_up_on = today


__all__ = ["ReadOnlyData", "arm", "before_write", "data_folder", "disarm", "go_read_only",
           "read_only_reason", "set_clock"]
