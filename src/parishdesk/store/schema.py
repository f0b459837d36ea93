"""Opening the database: integrity check, migrations with a backup first, daily backup."""

from __future__ import annotations

import datetime as dt
import logging
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import peewee

from parishdesk.errors import DatabaseDamaged, NotAParishDeskDatabase, ReadOnlyData, StorageProblem
from parishdesk.store import backup, db, dbfile, write_guard
from parishdesk.store.migrations import discover

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class OpenResult:
    """What opening the database found and did: its version before and after, the backups
    made on the way, and whether it is open for reading only."""

    path: Path
    version: int
    migrated_from: int
    pre_migration_backup: Path | None
    daily_backup: Path | None
    # Why the database takes no changes (a read-only file, no room for the day's
    # backup), or None: it is open for reading and writing.
    read_only: StorageProblem | None = None


def latest_version() -> int:
    steps = discover()
    return steps[-1].version if steps else 0


def current_version(database: peewee.Database) -> int:
    if not database.table_exists("schema_version"):
        return 0
    row = database.execute_sql("SELECT MAX(version) FROM schema_version").fetchone()
    return int(row[0] or 0)


def applied_versions(database: peewee.Database) -> set[int]:
    if not database.table_exists("schema_version"):
        return set()
    return {int(r[0]) for r in database.execute_sql("SELECT version FROM schema_version")}


def pending_versions(database: peewee.Database) -> list[int]:
    done = applied_versions(database)
    return [step.version for step in discover() if step.version not in done]


def migrate(database: peewee.Database) -> int:
    """Apply every pending migration, each in its own transaction; return the new version."""
    done = applied_versions(database)
    version = max(done, default=0)
    pending = [step for step in discover() if step.version not in done]
    if not pending:
        return version
    from playhouse.migrate import SchemaMigrator  # loaded only when there is work to do

    migrator = SchemaMigrator.from_database(database)
    for step in pending:
        with database.atomic():
            step.apply(database, migrator)
            database.execute_sql(
                "INSERT INTO schema_version (version, description, applied_at) VALUES (?, ?, ?)",
                (step.version, step.description, dt.datetime.now(dt.UTC).replace(tzinfo=None)),
            )
        log.info("Database migrated to version %s: %s", step.version, step.description)
        version = max(version, step.version)
    return version


def open_database(db_file: Path, backups_dir: Path, today: dt.date | None = None, *,
                  thorough: bool = True,
                  quick_answer: Callable[[], str | None] | None = None) -> OpenResult:
    """Check, back up, migrate and open the database at ``db_file``.

    Nothing is written to the file until it is known to be ParishDesk's and
    sound. Raises :class:`DatabaseDamaged` if an existing file is empty or fails
    its integrity check (the file is left untouched), :class:`NotAParishDeskDatabase`
    if it is another program's or was made by a newer version, and a
    :class:`StorageProblem` for a full disk or read-only folder that stops it
    opening at all. A read-only file, or no room for the day's backup, opens
    it for reading only (``OpenResult.read_only`` says why).

    ``thorough=False`` (the desktop app's start) runs only SQLite's quick check
    and leaves out the day's first backup: the caller runs :func:`finish_opening`
    afterwards (in the background), so that opening does not grow with the file.
    ``quick_answer`` gives the answer of a quick check already started (see
    :meth:`db.IntegrityCheck.start`) instead of running one here.
    """
    today = today or dt.date.today()
    write_guard.disarm()
    try:
        backup.clean_leftovers(db_file, backups_dir)
    except OSError:
        pass  # a read-only folder: tried again next time
    found = dbfile.examine(db_file)
    existed = found is not None
    if existed:
        if thorough:
            problem = db.integrity_problem(db_file)
        else:
            problem = quick_answer() if quick_answer is not None else db.quick_problem(db_file)
        if problem:
            raise DatabaseDamaged(db_file, problem)
    read_only: StorageProblem | None = None
    if db_file.exists() and dbfile.is_read_only(db_file):
        read_only = ReadOnlyData(
            f"The database file {db_file} is marked read-only, so ParishDesk shows it but "
            "takes no changes. To work on it, clear its read-only mark (or copy it to a "
            "folder of your own) and start ParishDesk again. Nothing was lost.")
    try:
        database = db.connect(db_file)
        before = current_version(database)
    except peewee.DatabaseError as exc:
        db.close()
        trouble = dbfile.storage_problem(exc, db_file.parent)
        if trouble is None:
            raise DatabaseDamaged(db_file, str(exc)) from exc
        if not existed or not dbfile.wal_is_empty(db_file):
            raise trouble from exc
        # Not even SQLite's working files fit: show the data, change nothing.
        read_only = type(trouble)(f"{trouble} Until then ParishDesk is open for reading "
                                  "only.")
        database = db.connect_read_only(db_file)
        before = current_version(database)
    target = latest_version()
    if before > target:
        db.close()
        raise NotAParishDeskDatabase(
            f"This database was made by a newer ParishDesk (schema version {before}; this copy "
            f"knows up to {target}). Update ParishDesk to open it. Nothing was changed."
        )
    pre = None
    if read_only is not None:
        if pending_versions(database):
            db.close()
            raise ReadOnlyData(f"{read_only} It also needs an upgrade, which cannot be made "
                               "while it is read-only.")
        write_guard.arm(db_file, backups_dir, None, read_only)
        write_guard.go_read_only(read_only)
        return OpenResult(db_file, before, before, None, None, read_only)
    if existed and pending_versions(database):
        if not thorough:  # a schema change is made only on a file that passes the full check
            problem = db.integrity_problem(db_file)
            if problem:
                db.close()
                raise DatabaseDamaged(db_file, problem)
        database.execute_sql("PRAGMA wal_checkpoint(TRUNCATE)")
        pre = backup.pre_migration_backup(db_file, backups_dir, before, target)
    version = migrate(database)
    daily = None
    backed_up_on: dt.date | None = None
    if thorough:
        try:
            daily = backup.daily_backup_if_needed(db_file, backups_dir, today)
            backed_up_on = today
        except StorageProblem as exc:
            log.warning("No daily backup could be made: %s", type(exc).__name__)
            read_only = _no_backup(exc)
    write_guard.arm(db_file, backups_dir, backed_up_on, opened_as=today)
    if read_only is not None:
        write_guard.go_read_only(read_only)
    return OpenResult(db_file, version, before, pre, daily, read_only)


def _no_backup(exc: StorageProblem) -> StorageProblem:
    return type(exc)(f"{exc} Today's backup could not be made, so ParishDesk is open for "
                     "reading only until there is room for it.")


def finish_opening(check: db.IntegrityCheck, backups_dir: Path, today: dt.date) -> Path | None:
    """The rest of a quick open: the full integrity check, then the day's first backup.

    Raises :class:`DatabaseDamaged` (and makes no backup, which would copy the
    damage) if the check finds a fault; :class:`db.CheckInterrupted` if it was stopped.
    """
    problem = check.run()
    if problem:
        raise DatabaseDamaged(check.path, problem)
    try:
        return backup.daily_backup_if_needed(check.path, backups_dir, today)
    except StorageProblem as exc:
        reason = _no_backup(exc)
        write_guard.go_read_only(reason)
        raise reason from exc
