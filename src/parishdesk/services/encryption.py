"""Protecting the data with a password (SQLCipher): protect, unlock, change, remove.

Protecting re-writes the database, and every backup in the backups folder, as
encrypted files; every later backup is encrypted too. A lost password means
lost data: nobody, ParishDesk included, can open the files without it.
"""

from __future__ import annotations

import datetime as dt
import logging
import os
from pathlib import Path

from parishdesk.errors import ParishDeskError
from parishdesk.paths import DataPaths
from parishdesk.store import backup, cipher, db, dbfile, schema

log = logging.getLogger(__name__)

MIN_LENGTH = 8
PasswordNeeded = cipher.PasswordNeeded
WrongPassword = cipher.WrongPassword


def is_protected(paths: DataPaths) -> bool:
    return cipher.looks_encrypted(paths.db_file)


def unlock(paths: DataPaths, password: str) -> None:
    """Use ``password`` for the data from now on; WrongPassword if it does not open it."""
    cipher.set_key(password)
    if not paths.db_file.exists():
        return
    try:
        dbfile.examine(paths.db_file)
    except WrongPassword:
        cipher.set_key(None)
        raise


def check_new_password(password: str, again: str) -> None:
    if len(password) < MIN_LENGTH:
        raise ParishDeskError(f"Please choose a password of at least {MIN_LENGTH} characters.")
    if password != again:
        raise ParishDeskError("The two passwords are not the same. Please type them again.")


def _rewrite(paths: DataPaths, new_key: str | None, today: dt.date) -> None:
    """Re-write the database and every backup with ``new_key``; then open it again.

    Each file is written beside itself and renamed over it, so that a failure
    part way leaves every file whole (in the old key or the new one).
    """
    old_key = cipher.current_key()
    if db.database.obj is not None and not db.database.obj.is_closed():
        db.database.obj.execute_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    db.close()
    files = [paths.db_file] + [b.path for b in backup.list_backups(paths.backups_dir)]
    done: list[Path] = []
    try:
        for path in files:
            tmp = path.with_name(path.name + ".part")
            tmp.unlink(missing_ok=True)
            source_key = old_key if cipher.looks_encrypted(path) else None
            try:
                cipher.convert(path, source_key, tmp, new_key)
            except cipher.errors():
                tmp.unlink(missing_ok=True)
                if path == paths.db_file:
                    raise
                log.warning("A backup could not be re-written with the new password")
                continue
            for extra in ("-wal", "-shm"):
                Path(f"{path}{extra}").unlink(missing_ok=True)
            os.replace(tmp, path)
            done.append(path)
    except Exception as exc:
        schema.open_database(paths.db_file, paths.backups_dir, today)
        problem = dbfile.storage_problem(exc, paths.data_dir)
        raise problem or ParishDeskError(
            f"The password could not be changed ({exc}). Nothing was lost: the data is "
            "as it was.") from exc
    cipher.set_key(new_key)
    schema.open_database(paths.db_file, paths.backups_dir, today)
    log.info("Password %s; %d files re-written", "set" if new_key else "removed", len(done))


def protect(paths: DataPaths, password: str, again: str, today: dt.date) -> None:
    """Encrypt the data (and every backup) with a new password."""
    if is_protected(paths):
        raise ParishDeskError("The data is already protected with a password.")
    check_new_password(password, again)
    _rewrite(paths, password, today)


def change_password(paths: DataPaths, old: str, password: str, again: str,
                    today: dt.date) -> None:
    if old != cipher.current_key():
        raise WrongPassword("The current password is not right. Nothing was changed.")
    check_new_password(password, again)
    _rewrite(paths, password, today)


def remove_password(paths: DataPaths, old: str, today: dt.date) -> None:
    """Store the data unencrypted again (the clerk's choice, after a warning)."""
    if old != cipher.current_key():
        raise WrongPassword("The current password is not right. Nothing was changed.")
    _rewrite(paths, None, today)
