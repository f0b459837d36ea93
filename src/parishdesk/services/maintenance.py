"""Use cases for looking after the data: back up, list backups, restore, recover."""

from __future__ import annotations

import datetime as dt
import logging
from pathlib import Path

from parishdesk.errors import ParishDeskError
from parishdesk.paths import DataPaths
from parishdesk.store import backup, council_store, db, schema
from parishdesk.store.backup import BackupInfo

log = logging.getLogger(__name__)

__all__ = ["BackupInfo", "back_up_now", "backups", "last_backup", "leave_demo", "open_data",
           "newest_good_backup", "restore"]


def open_data(paths: DataPaths, today: dt.date) -> schema.OpenResult:
    """Check, back up if due, migrate and open the database (raises DatabaseDamaged)."""
    return schema.open_database(paths.db_file, paths.backups_dir, today)


def back_up_now(paths: DataPaths, to: Path | None = None) -> Path:
    """A backup made by hand. A damaged database is not backed up (it would copy the damage)."""
    if not paths.db_file.exists():
        raise ParishDeskError(f"There is no database to back up yet in {paths.data_dir}.")
    problem = db.integrity_problem(paths.db_file)
    if problem:
        raise ParishDeskError(
            f"The database is damaged ({problem}), so it was not backed up: a backup would "
            "copy the damage. Restore your newest good backup instead.")
    return backup.manual_backup(paths.db_file, paths.backups_dir, to=to)


def leave_demo(paths: DataPaths) -> Path:
    """Put the demo council's database aside (kept with the backups) so set-up starts afresh.

    The database must be closed by the caller's next start; it is closed here.
    """
    council = council_store.get_council()
    if council is None or not council.is_demo:
        raise ParishDeskError("This data folder holds a real council, not the demo; "
                              "nothing was changed.")
    db.close()
    kept = backup.set_aside_demo(paths.db_file, paths.backups_dir)
    log.info("Demo council put aside at %s", kept)
    return kept


def backups(paths: DataPaths) -> list[BackupInfo]:
    return backup.list_backups(paths.backups_dir) if paths.backups_dir.is_dir() else []


def last_backup(paths: DataPaths) -> dt.datetime | None:
    return backup.last_backup_time(paths.backups_dir)


def newest_good_backup(paths: DataPaths) -> BackupInfo | None:
    return backup.newest_good_backup(paths.backups_dir)


def restore(paths: DataPaths, source: Path, today: dt.date) -> Path | None:
    """Replace the database with ``source`` and open it again.

    The open database is closed first; the current one is kept as a backup
    (or, if damaged, moved aside). If the restore is refused, the database
    that was open is opened again unchanged and the error is raised.
    """
    db.close()
    try:
        kept = backup.restore_file(source, paths.db_file, paths.backups_dir,
                                   paths.damaged_dir, schema.latest_version())
    except Exception:
        if paths.db_file.exists() and db.integrity_problem(paths.db_file) is None:
            open_data(paths, today)
        raise
    log.info("Restored %s (previous database kept at %s)", source, kept)
    open_data(paths, today)
    return kept
