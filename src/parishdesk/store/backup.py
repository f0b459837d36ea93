"""Backups with SQLite's online backup API, restore, and keeping damaged files aside.

SQLite-specific (marked): a server database would be backed up by its own tools.

Kinds of backup file in the backups folder:
- ``daily-YYYY-MM-DD.sqlite3``: the first open of each day; the newest 14 are kept;
- ``pre-migration-vA-to-vB-YYYYMMDD-HHMMSS.sqlite3``: before a schema change; kept for ever;
- ``manual-YYYYMMDD-HHMMSS.sqlite3``: File > Back up now; kept;
- ``pre-restore-YYYYMMDD-HHMMSS.sqlite3``: the database as it was before a restore; kept.
"""

from __future__ import annotations

import datetime as dt
import os
import shutil
from dataclasses import dataclass
from pathlib import Path

from parishdesk.errors import NotAParishDeskDatabase, ParishDeskError
from parishdesk.store import cipher
from parishdesk.store.db import integrity_problem
from parishdesk.store.dbfile import examine, open_ro, storage_problem

DAILY_KEEP = 14
SUFFIX = ".sqlite3"


@dataclass(frozen=True)
class BackupInfo:
    """One backup file in the backups folder: where it is, why it was made and when."""

    path: Path
    kind: str  # daily | pre-migration | manual | pre-restore
    created: dt.datetime

    @property
    def label(self) -> str:
        kinds = {"daily": "Daily", "pre-migration": "Before an upgrade",
                 "manual": "Made by hand", "pre-restore": "Before a restore",
                 "demo": "The demo council"}
        return f"{self.created:%d/%m/%Y %H:%M} — {kinds.get(self.kind, self.kind)}"


def _stamp(now: dt.datetime) -> str:
    return now.strftime("%Y%m%d-%H%M%S")


def copy_database(source: Path, dest: Path, source_key: str | None = None) -> Path:
    """Copy a live database file to ``dest`` with the online backup API.

    Works while another connection has the database open; the copy is written
    to a temporary name and renamed, so a failure never leaves half a backup.
    While the data is protected with a password the copy is encrypted with it,
    whether ``source`` is or not (``source_key``: the source's own password, if it
    is not the one in use). The copy is private to the clerk (0600).
    """
    dest.parent.mkdir(parents=True, exist_ok=True)
    tmp = dest.with_name(dest.name + ".part")
    key = cipher.current_key()
    src_key = (key if source_key is None else source_key) \
        if cipher.looks_encrypted(source) else None
    try:
        tmp.unlink(missing_ok=True)
        if src_key == key:
            src = open_ro(source, src_key)
            try:
                out = cipher.connect(str(tmp), key)
                try:
                    src.backup(out)
                    out.execute("PRAGMA journal_mode=DELETE")
                finally:
                    out.close()
            finally:
                src.close()
        else:  # plain into encrypted, or the other way: the backup API cannot
            cipher.convert(source, src_key, tmp, key)
        if os.name == "posix":
            os.chmod(tmp, 0o600)
        os.replace(tmp, dest)
    except (*cipher.errors(), OSError) as exc:  # type: ignore[misc]
        tmp.unlink(missing_ok=True)
        problem = storage_problem(exc, dest.parent, f"The backup to {dest} was not made.")
        if problem:
            raise problem from exc
        if not isinstance(exc, OSError):
            raise ParishDeskError(f"The backup to {dest} could not be made: {exc}") from exc
        raise ParishDeskError(
            f"The backup to {dest} could not be written ({exc.strerror or exc}). "
            "Check there is space on the disk and that the folder can be written to."
        ) from exc
    return dest


def daily_backup_if_needed(db_file: Path, backups_dir: Path, today: dt.date) -> Path | None:
    """Back up at the first open of the day; prune daily backups to the newest 14."""
    if not db_file.exists():
        return None
    dest = backups_dir / f"daily-{today.isoformat()}{SUFFIX}"
    made = None
    if not dest.exists():
        made = copy_database(db_file, dest)
    dailies = sorted(backups_dir.glob(f"daily-*{SUFFIX}"))
    for old in dailies[:-DAILY_KEEP]:
        old.unlink()
    return made


def pre_migration_backup(db_file: Path, backups_dir: Path, from_v: int, to_v: int,
                         now: dt.datetime | None = None) -> Path:
    now = now or dt.datetime.now()
    name = f"pre-migration-v{from_v}-to-v{to_v}-{_stamp(now)}{SUFFIX}"
    return copy_database(db_file, backups_dir / name)


def manual_backup(db_file: Path, backups_dir: Path, to: Path | None = None,
                  now: dt.datetime | None = None) -> Path:
    now = now or dt.datetime.now()
    dest = to if to is not None else backups_dir / f"manual-{_stamp(now)}{SUFFIX}"
    return copy_database(db_file, dest)


def _kind(path: Path) -> str | None:
    name = path.name[: -len(SUFFIX)]
    for kind in ("daily", "manual", "pre-restore", "pre-migration", "demo"):
        if name.startswith(kind + "-"):
            return kind
    return None


def list_backups(backups_dir: Path) -> list[BackupInfo]:
    """Every backup in the folder, newest first (by when the file was written)."""
    found = []
    for path in backups_dir.glob(f"*{SUFFIX}"):
        kind = _kind(path)
        if kind:
            found.append(BackupInfo(path, kind, dt.datetime.fromtimestamp(path.stat().st_mtime)))
    found.sort(key=lambda b: (b.created, b.path.name), reverse=True)
    return found


def last_backup_time(backups_dir: Path) -> dt.datetime | None:
    backups = list_backups(backups_dir) if backups_dir.is_dir() else []
    return backups[0].created if backups else None


def check_parishdesk_database(path: Path) -> int:
    """Return the schema version of a sound ParishDesk database, or raise a clear error.

    Another program's database is recognised by its application id and schema
    and refused, as is a file with nothing in it.
    """
    if not path.is_file():
        raise NotAParishDeskDatabase(f"{path} does not exist or is not a file.")
    try:
        version = examine(path)
    except ParishDeskError as exc:
        if isinstance(exc, (NotAParishDeskDatabase, cipher.PasswordNeeded,
                            cipher.WrongPassword)):
            raise
        raise NotAParishDeskDatabase(f"{path} is not a usable database ({exc}). "
                                     "Nothing was changed.") from exc
    if version is None:
        raise NotAParishDeskDatabase(f"{path} holds no ParishDesk data. Nothing was changed.")
    problem = integrity_problem(path)
    if problem:
        raise NotAParishDeskDatabase(
            f"{path} is not a usable database ({problem}). Nothing was changed."
        )
    return version


def holds_council(path: Path) -> bool:
    """True if the database file has a council in it (a set-up, not a blank, database)."""
    try:
        conn = open_ro(path)
        try:
            row = conn.execute("SELECT COUNT(*) FROM council").fetchone()
        finally:
            conn.close()
    except cipher.errors():
        return False
    return bool(row and row[0])


def peek_council_name(path: Path) -> str | None:
    """The council's name in a database file, read without changing it (None if none).

    An unreadable or foreign file counts as holding data: the answer is a short
    description instead of a name, so callers refuse to overwrite it.
    """
    try:
        conn = open_ro(path)
        try:
            tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master")}
            if not tables:
                return None
            if "council" not in tables:
                return "a database that is not ParishDesk's"
            row = conn.execute("SELECT name FROM council ORDER BY id LIMIT 1").fetchone()
            return str(row[0]) if row else None
        finally:
            conn.close()
    except cipher.errors():
        return "a file that cannot be read as a database"


def newest_good_backup(backups_dir: Path) -> BackupInfo | None:
    """The newest backup that is a sound ParishDesk database with a council in it.

    A backup of a blank database (made before set-up was finished) is no good.
    """
    for info in list_backups(backups_dir) if backups_dir.is_dir() else []:
        try:
            check_parishdesk_database(info.path)
        except ParishDeskError:
            continue
        if holds_council(info.path):
            return info
    return None


def _db_family(db_file: Path) -> list[Path]:
    return [db_file, Path(f"{db_file}-wal"), Path(f"{db_file}-shm")]


def set_aside(db_file: Path, damaged_dir: Path, now: dt.datetime | None = None) -> Path:
    """Move the database (and its -wal/-shm files) into the damaged folder; return the new path."""
    now = now or dt.datetime.now()
    damaged_dir.mkdir(parents=True, exist_ok=True)
    target = damaged_dir / f"{db_file.stem}-{_stamp(now)}{db_file.suffix}"
    for part in _db_family(db_file):
        if part.exists():
            shutil.move(str(part), str(damaged_dir / part.name.replace(db_file.name, target.name)))
    return target


def restore_file(source: Path, db_file: Path, backups_dir: Path, damaged_dir: Path,
                 max_version: int, now: dt.datetime | None = None,
                 source_key: str | None = None) -> Path | None:
    """Replace the database with ``source``. The database must be closed.

    The current database is backed up first (``pre-restore-…``), or, if it is
    damaged, moved aside. Returns the path of that safety copy, if one was made.
    """
    now = now or dt.datetime.now()
    with cipher.using_key(source_key if source_key is not None else cipher.current_key()):
        version = check_parishdesk_database(source)
    if version > max_version:
        raise NotAParishDeskDatabase(
            f"{source} was made by a newer ParishDesk (schema version {version}); "
            "update ParishDesk before restoring it. Nothing was changed."
        )
    # The incoming copy is made first: if that fails (a full disk, say), the
    # current database has not been touched.
    tmp = db_file.with_name(db_file.name + ".restoring")
    copy_database(source, tmp, source_key)
    kept: Path | None = None
    try:
        if db_file.exists():
            if db_file.stat().st_size and integrity_problem(db_file) is None:
                kept = copy_database(db_file,
                                     backups_dir / f"pre-restore-{_stamp(now)}{SUFFIX}")
                for part in _db_family(db_file)[1:]:
                    part.unlink(missing_ok=True)
            else:
                kept = set_aside(db_file, damaged_dir, now)
        os.replace(tmp, db_file)
    finally:
        tmp.unlink(missing_ok=True)
    return kept


def set_aside_demo(db_file: Path, backups_dir: Path, now: dt.datetime | None = None) -> Path:
    """Move a demo database out of the way (into the backups folder), keeping it."""
    now = now or dt.datetime.now()
    target = backups_dir / f"demo-{_stamp(now)}{SUFFIX}"
    backups_dir.mkdir(parents=True, exist_ok=True)
    copy_database(db_file, target)
    for part in _db_family(db_file):
        part.unlink(missing_ok=True)
    return target


def clean_leftovers(db_file: Path, backups_dir: Path) -> list[Path]:
    """Tidy what a crash can leave: half-written backups (``*.part``) and restores.

    A ``.restoring`` file beside a missing database is a restore that stopped
    just before its last step (the old database already kept aside): it is
    finished if the file is a sound ParishDesk database. Returns what was removed.
    """
    removed: list[Path] = []
    restoring = db_file.with_name(db_file.name + ".restoring")
    if restoring.exists() and not db_file.exists():
        try:
            check_parishdesk_database(restoring)
        except ParishDeskError:
            pass
        else:
            os.replace(restoring, db_file)
    leftovers = [restoring] if restoring.exists() else []
    for folder in {db_file.parent, backups_dir}:
        if folder.is_dir():
            leftovers.extend(folder.glob("*.part"))
    for path in leftovers:
        try:
            path.unlink()
            removed.append(path)
        except OSError:
            pass  # tried again at the next start
    return removed
