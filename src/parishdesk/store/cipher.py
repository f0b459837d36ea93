"""Encryption at rest with SQLCipher: the key in memory, encrypted files recognised,
and copies between encrypted and plain files.

An encrypted file has no readable header at all (SQLCipher encrypts page 1 too),
so it is told from a damaged one by its size (whole pages) and its first bytes
(random, not text). The password is held only in memory here; the keychain is
the GUI's business. SQLite/SQLCipher-specific (marked).
"""

from __future__ import annotations

import contextlib
import os
import sqlite3
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from parishdesk.errors import ParishDeskError

SQLITE_MAGIC = b"SQLite format 3\x00"
APPLICATION_ID = 0x5044736B

_key: str | None = None


class PasswordNeeded(ParishDeskError):
    title = "The data is protected with a password"


class WrongPassword(ParishDeskError):
    title = "Wrong password"


def set_key(password: str | None) -> None:
    """The password for the database from now on (None: the data is not encrypted)."""
    global _key
    _key = password or None


def current_key() -> str | None:
    return _key


@contextlib.contextmanager
def using_key(password: str | None) -> Iterator[None]:
    """Look at a file under another password for a moment (a backup made before a change)."""
    global _key
    before = _key
    _key = password or None
    try:
        yield
    finally:
        _key = before


def looks_encrypted(path: Path) -> bool:
    """True if ``path`` looks like an SQLCipher file: whole pages, a random first block."""
    try:
        size = path.stat().st_size
        with path.open("rb") as fh:
            head = fh.read(64)
    except OSError:
        return False
    if size < 1024 or size % 512 or head.startswith(SQLITE_MAGIC):
        return False
    printable = sum(1 for b in head if 32 <= b < 127 or b in (9, 10, 13))
    return printable < len(head) * 0.8


def quoted(password: str) -> str:
    return "'" + password.replace("'", "''") + "'"


def connect(target: str, key: str | None, uri: bool = False,
            check_same_thread: bool = True) -> Any:
    """A DB-API connection: SQLCipher with ``key``, or the interpreter's SQLite without."""
    if key is None:
        return sqlite3.connect(target, uri=uri, check_same_thread=check_same_thread)
    from sqlcipher3 import dbapi2 as sqlcipher

    conn = sqlcipher.connect(target, uri=uri, check_same_thread=check_same_thread)
    try:
        conn.execute("PRAGMA cipher_log_level = NONE")
        conn.execute(f"PRAGMA key = {quoted(key)}")
    except Exception:
        conn.close()
        raise
    return conn


def errors() -> tuple[type[BaseException], ...]:
    """The exception classes both drivers raise."""
    from sqlcipher3 import dbapi2 as sqlcipher

    return (sqlite3.Error, sqlcipher.Error)


def convert(source: Path, source_key: str | None, dest: Path, dest_key: str | None) -> None:
    """Copy the database at ``source`` into a new file ``dest``, encrypted with
    ``dest_key`` (or plain with None), whatever ``source`` was. ``dest`` must not exist."""
    from sqlcipher3 import dbapi2 as sqlcipher

    from parishdesk.store.dbfile import ro_uri

    conn = sqlcipher.connect(ro_uri(source), uri=True)
    try:
        conn.execute("PRAGMA cipher_log_level = NONE")
        if source_key is not None:
            conn.execute(f"PRAGMA key = {quoted(source_key)}")
        app_id = conn.execute("PRAGMA application_id").fetchone()[0]
        conn.execute(f"ATTACH DATABASE ? AS target KEY {quoted(dest_key or '')}", (str(dest),))
        conn.execute("SELECT sqlcipher_export('target')")
        conn.execute(f"PRAGMA target.application_id = {int(app_id)}")
        conn.execute("DETACH DATABASE target")
    finally:
        conn.close()
    if os.name == "posix":
        os.chmod(dest, 0o600)
