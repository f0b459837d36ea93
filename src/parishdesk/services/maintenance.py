"""Use cases for looking after the data: back up, list backups, restore, recover."""

from __future__ import annotations

import datetime as dt
import logging
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from parishdesk.errors import ParishDeskError, StorageProblem
from parishdesk.paths import DataPaths
from parishdesk.services.quick_check import (  # re-exported: begun by app.py
    start_quick_check,
)
from parishdesk.store import audit, backup, council_store, db, dbfile, schema, write_guard
from parishdesk.store.backup import BackupInfo
from parishdesk.store.schema import OpenResult

if TYPE_CHECKING:
    from parishdesk.store.health import HealthReport as StoreHealth

log = logging.getLogger(__name__)

__all__ = ["BackupInfo", "CheckInterrupted", "HealthReport", "IntegrityCheck", "OpenResult",
           "back_up_now", "backups", "check_health", "close_data", "council_in_folder",
           "explain_failure", "finish_opening", "full_check", "health_check", "last_backup",
           "leave_demo", "newest_good_backup", "open_data", "read_only_reason", "restore",
           "restore_closed", "set_aside_damaged", "start_quick_check"]

IntegrityCheck = db.IntegrityCheck
CheckInterrupted = db.CheckInterrupted


def open_data(paths: DataPaths, today: dt.date, thorough: bool = True,
              quick_answer: Callable[[], str | None] | None = None) -> schema.OpenResult:
    """Check, back up if due, migrate and open the database (raises DatabaseDamaged).

    ``thorough=False``: only the quick check (``quick_answer``, if one was started
    with :func:`start_quick_check`), and no daily backup yet; then run
    :func:`finish_opening` with a :func:`full_check` (the desktop app does, in the
    background once its window shows).
    """
    return schema.open_database(paths.db_file, paths.backups_dir, today, thorough=thorough,
                                quick_answer=quick_answer)


def full_check(paths: DataPaths) -> IntegrityCheck:
    """A full integrity check of the database, ready to run (and to interrupt)."""
    return db.IntegrityCheck(paths.db_file)


def finish_opening(paths: DataPaths, check: IntegrityCheck, today: dt.date) -> Path | None:
    """Run the full check; if the database is sound, make the day's first backup.

    Raises DatabaseDamaged if it is not (no backup is made), CheckInterrupted if stopped.
    """
    return schema.finish_opening(check, paths.backups_dir, today)


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


def restore(paths: DataPaths, source: Path, today: dt.date,
            source_password: str | None = None) -> Path | None:
    """Replace the database with ``source`` and open it again.

    The open database is closed first; the current one is kept as a backup
    (or, if damaged, moved aside). If the restore is refused, the database
    that was open is opened again unchanged and the error is raised.
    """
    db.close()
    try:
        kept = backup.restore_file(source, paths.db_file, paths.backups_dir,
                                   paths.damaged_dir, schema.latest_version(),
                                   source_key=source_password)
    except Exception:
        if paths.db_file.exists() and db.integrity_problem(paths.db_file) is None:
            open_data(paths, today)
        raise
    log.info("Restored %s (previous database kept at %s)", source, kept)
    open_data(paths, today)
    return kept


def set_aside_damaged(paths: DataPaths) -> Path:
    """Move a damaged database file into the "damaged" folder (kept, never deleted)."""
    db.close()
    kept = backup.set_aside(paths.db_file, paths.damaged_dir)
    log.warning("A damaged database file was kept aside")
    return kept


def explain_failure(exc: BaseException) -> StorageProblem | None:
    """A plain message if ``exc`` came from a full disk or read-only data (not a bug).

    The change that was being made was not saved: its transaction was rolled back.
    """
    folder = write_guard.data_folder() or Path.cwd()
    problem = dbfile.storage_problem(exc, folder)
    if problem is None or problem is exc:
        return problem
    return type(problem)(f"{problem} {write_guard.NOT_SAVED}")


def read_only_reason() -> StorageProblem | None:
    """Why the open database takes no changes (None if it does)."""
    return write_guard.read_only_reason()


def close_data() -> None:
    """Close the database opened with :func:`open_data` (safe if it is not open)."""
    db.close()


def restore_closed(paths: DataPaths, source: Path,
                   source_password: str | None = None) -> Path | None:
    """Replace the (closed) database with ``source``; the current one is kept as a backup,
    or moved aside if damaged. Returns where the old one was kept, if there was one.
    ``source_password``: the backup's own password, if not the one in use."""
    kept = backup.restore_file(source, paths.db_file, paths.backups_dir, paths.damaged_dir,
                               schema.latest_version(), source_key=source_password)
    log.info("Restored %s (previous database kept at %s)", source, kept)
    return kept


def council_in_folder(paths: DataPaths) -> str | None:
    """The council whose data the folder holds, read without opening it (None if empty)."""
    return backup.peek_council_name(paths.db_file) if paths.db_file.exists() else None


@dataclass(frozen=True)
class HealthReport:
    """What ``parishdesk check`` reports about a data folder's database."""

    found: bool
    integrity_problem: str | None = None
    schema_version: int | None = None
    schema_problem: str = ""
    latest_version: int = 0
    audit_entries: int | None = None
    last_backup: dt.datetime | None = None

    @property
    def healthy(self) -> bool:
        return (self.found and self.integrity_problem is None and not self.schema_problem
                and self.schema_version is not None
                and self.schema_version <= self.latest_version)


def health_check(paths: DataPaths) -> StoreHealth:
    """The store's own health check (``parishdesk check``); loaded when it is asked for."""
    from parishdesk.store.health import health_check as store_health_check

    return store_health_check(paths)


def check_health(paths: DataPaths) -> HealthReport:
    """Check the database file without opening it: integrity, schema version, audit log size
    and the last backup. Stops at the first thing that makes the rest unreadable."""
    if not paths.db_file.exists():
        return HealthReport(found=False)
    problem = db.integrity_problem(paths.db_file)
    if problem:
        return HealthReport(found=True, integrity_problem=problem)
    latest = schema.latest_version()
    try:
        version = backup.check_parishdesk_database(paths.db_file)
    except Exception as exc:  # noqa: BLE001 - reported as a problem, not a crash
        return HealthReport(found=True, schema_problem=str(exc), latest_version=latest)
    return HealthReport(found=True, schema_version=version, latest_version=latest,
                        audit_entries=audit.entries_in_file(paths.db_file),
                        last_backup=last_backup(paths))
