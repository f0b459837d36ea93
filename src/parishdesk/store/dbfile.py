"""Looking at a database file without changing a byte of it.

Every read-only SQLite open goes through :func:`ro_uri`, which builds the URI
with ``Path.as_uri()``: a folder called ``Council #2`` or ``Minutes?`` must
never make SQLite open some other, empty file. :func:`examine` says what a
file is (missing, a fresh blank file, ours at some version, damaged, foreign)
before anything writes to it; :func:`storage_problem` tells a full disk or a
read-only file apart from damage. SQLite-specific (marked).
"""

from __future__ import annotations

import errno
import functools
import shutil
import sqlite3
import stat
from collections.abc import Iterable
from pathlib import Path, PurePath
from typing import Any

from parishdesk.errors import (
    DatabaseDamaged,
    DiskFull,
    NotAParishDeskDatabase,
    ParishDeskError,
    ReadOnlyData,
    StorageProblem,
)
from parishdesk.store import cipher

# "PDsk": written by migration 10 into every ParishDesk database's header.
APPLICATION_ID = 0x5044736B
SQLITE_MAGIC = b"SQLite format 3\x00"
# The migration that writes the application id; older files carry 0.
APPLICATION_ID_VERSION = 10
# Below this much free space a read-only open (which needs a -shm file) may fail.
LOW_SPACE_BYTES = 256 * 1024

_FULL, _READONLY, _CANTOPEN, _IOERR, _CORRUPT, _NOTADB, _PERM = 13, 8, 14, 10, 11, 26, 3


def ro_uri(path: PurePath, immutable: bool = False) -> str:
    """A read-only ``file:`` URI for ``path``; every special character is escaped."""
    if isinstance(path, Path):
        path = path.absolute()
    uri = path.as_uri()
    if uri.startswith("file://") and not uri.startswith("file:///"):
        # A Windows share (\\server\share): SQLite takes the host as part of the path
        # only with an empty authority, i.e. four slashes.
        uri = "file:////" + uri[len("file://"):]
    return uri + ("?mode=ro&immutable=1" if immutable else "?mode=ro")


def wal_is_empty(path: Path) -> bool:
    """True if no write-ahead log holds changes not yet in the file itself."""
    wal = Path(f"{path}-wal")
    try:
        return wal.stat().st_size == 0
    except FileNotFoundError:
        return True


_CURRENT = object()


def open_ro(path: Path, key: Any = _CURRENT, check_same_thread: bool = True) -> Any:
    """Open a database file read-only, creating nothing but SQLite's shared-memory file.

    An encrypted file is opened with ``key`` (default: the password in use). With
    no write-ahead log to read, a folder that cannot take the ``-shm`` file
    (read-only, or a full disk) is no reason to refuse to look at the file itself:
    it is then opened as immutable.
    """
    if key is _CURRENT:
        key = cipher.current_key()
    if not cipher.looks_encrypted(path):
        key = None
    conn: Any = None
    try:
        conn = cipher.connect(ro_uri(path), key, uri=True, check_same_thread=check_same_thread)
        conn.execute("PRAGMA schema_version").fetchone()
        return conn
    except cipher.errors() as exc:
        if conn is not None:
            conn.close()
        if not wal_is_empty(path) or storage_problem(exc, path.parent) is None:
            raise
        return cipher.connect(ro_uri(path, immutable=True), key, uri=True,
                              check_same_thread=check_same_thread)


def _codes(exc: BaseException) -> Iterable[BaseException]:
    seen: set[int] = set()
    todo: list[BaseException | None] = [exc]
    while todo:
        current = todo.pop()
        if current is None or id(current) in seen:
            continue
        seen.add(id(current))
        yield current
        todo.extend([current.__cause__, current.__context__])
        todo.extend(a for a in current.args if isinstance(a, BaseException))


def _sqlite_code(exc: BaseException) -> int | None:
    """The SQLite result code behind ``exc``, looking through peewee's wrapping and
    past a generic error (a failed rollback after SQLite already rolled back a
    transaction that filled the disk hides the real cause in its context)."""
    for part in _codes(exc):
        code = getattr(part, "sqlite_errorcode", None)
        if isinstance(code, int) and code & 0xFF != 1:
            return code & 0xFF
        text = str(part).lower()
        for words, value in (("disk is full", _FULL), ("readonly database", _READONLY),
                             ("unable to open database", _CANTOPEN),
                             ("disk i/o error", _IOERR), ("malformed", _CORRUPT),
                             ("not a database", _NOTADB)):
            if words in text:
                return value
    return None


def low_on_space(folder: Path) -> bool:
    """True if the disk holding ``folder`` is (nearly) full."""
    while not folder.exists() and folder != folder.parent:
        folder = folder.parent
    try:
        return shutil.disk_usage(folder).free < LOW_SPACE_BYTES
    except OSError:
        return False


def is_read_only(path: Path) -> bool:
    """True if ``path`` (a file) is marked read-only, or cannot be written by this user."""
    try:
        mode = path.stat().st_mode
    except OSError:
        return False
    import os

    return not mode & stat.S_IWUSR or not os.access(path, os.W_OK)


def disk_full(where: Path, doing: str = "") -> DiskFull:
    tail = f" {doing}" if doing else ""
    return DiskFull(f"The disk is full: free some space; nothing was lost.{tail} "
                    f"(The data folder is {where}.)")


def storage_problem(exc: BaseException, where: Path, doing: str = "") -> StorageProblem | None:
    """A plain :class:`StorageProblem` if ``exc`` comes from a full disk or a read-only
    file or folder (not from damage); None otherwise."""
    if isinstance(exc, StorageProblem):
        return exc
    code = _sqlite_code(exc)
    oserr = next((p for p in _codes(exc) if isinstance(p, OSError)), None)
    if code == _FULL or (oserr is not None and oserr.errno in (errno.ENOSPC, errno.EDQUOT)):
        return disk_full(where, doing)
    if code in (_CANTOPEN, _IOERR) and low_on_space(where):
        return disk_full(where, doing)
    if code in (_READONLY, _PERM) or (oserr is not None and oserr.errno in
                                      (errno.EACCES, errno.EPERM, errno.EROFS)):
        tail = f" {doing}" if doing else ""
        return ReadOnlyData(f"ParishDesk is not allowed to write to its data in {where}: the "
                            f"file or the folder is read-only. Nothing was lost.{tail}")
    return None


def _tables_and_columns(conn: sqlite3.Connection) -> dict[str, frozenset[str]]:
    """Each table's column names, in one query (SQLite's table-valued pragma) rather than
    one ``PRAGMA table_info`` per table."""
    columns: dict[str, set[str]] = {}
    for table, column in conn.execute(
            "SELECT m.name, c.name FROM sqlite_master AS m, pragma_table_info(m.name) AS c "
            "WHERE m.type = 'table' AND m.name NOT LIKE 'sqlite_%'"):
        columns.setdefault(table, set()).add(column)
    return {table: frozenset(names) for table, names in columns.items()}


@functools.lru_cache(maxsize=8)
def reference_schema(versions: tuple[int, ...]) -> dict[str, frozenset[str]]:
    """The tables and columns that migrations ``versions`` make in an empty database.

    For the usual case, a file carried forward by every migration in
    ``store/schema_snapshot.py``, the answer is read from that snapshot instead of
    being built (running every migration in memory costs tens of milliseconds at each
    start). Migrations are never edited, so a snapshot stays true for its versions;
    any other set of versions is built as before.
    """
    from parishdesk.store import schema_snapshot

    if versions == schema_snapshot.VERSIONS:
        return {name: frozenset(columns) for name, columns in schema_snapshot.TABLES.items()}
    return build_reference_schema(versions)


def build_reference_schema(versions: tuple[int, ...]) -> dict[str, frozenset[str]]:
    """The tables and columns of :func:`reference_schema`, made by running the migrations
    ``versions`` on an empty database in memory."""
    import peewee
    from playhouse.migrate import SchemaMigrator

    from parishdesk.store.migrations import discover

    scratch = peewee.SqliteDatabase(":memory:")
    migrator = SchemaMigrator.from_database(scratch)
    for step in discover():
        if step.version in versions:
            with scratch.atomic():
                step.apply(scratch, migrator)
    conn = scratch.connection()
    result = _tables_and_columns(conn)
    scratch.close()
    return result


def _known_versions() -> set[int]:
    from parishdesk.store.migrations import discover

    return {step.version for step in discover()}


def _schema(conn: sqlite3.Connection, path: Path) -> int | None:
    """The schema version of a ParishDesk database; None if it has no tables at all."""
    app_id = int(conn.execute("PRAGMA application_id").fetchone()[0])
    tables = _tables_and_columns(conn)
    foreign = NotAParishDeskDatabase(
        f"{path} is a database, but not a ParishDesk one. Nothing was changed.")
    if not tables and app_id in (0, APPLICATION_ID):
        return None
    if app_id not in (0, APPLICATION_ID) or "schema_version" not in tables:
        raise foreign
    try:
        applied = tuple(sorted(int(r[0]) for r in
                               conn.execute("SELECT version FROM schema_version")))
    except (*cipher.errors(), ValueError, TypeError):  # type: ignore[misc]
        raise foreign from None
    version = max(applied, default=0)
    known = _known_versions()
    unknown = [v for v in applied if v not in known]
    if unknown and app_id == APPLICATION_ID and min(unknown) > max(known):
        raise NotAParishDeskDatabase(
            f"{path} was made by a newer ParishDesk (schema version {version}; this copy "
            f"knows up to {max(known)}). Update ParishDesk to open it. Nothing was changed.")
    if unknown or (app_id == 0 and APPLICATION_ID_VERSION in applied):
        raise foreign
    if app_id == APPLICATION_ID and APPLICATION_ID_VERSION not in applied:
        raise foreign
    if tables != reference_schema(applied):
        raise foreign
    return version



def examine(path: Path) -> int | None:
    """What the file at ``path`` is, found without writing to it.

    Returns the schema version of a ParishDesk database, or None if there is
    no file yet or a blank one that SQLite created but nothing was written to
    (a fresh start). Raises :class:`DatabaseDamaged` for an empty (0-byte) or
    unreadable file, :class:`NotAParishDeskDatabase` for another program's
    database, and a :class:`StorageProblem` if the disk or folder is the trouble.
    """
    try:
        size = path.stat().st_size
    except FileNotFoundError:
        return None
    except OSError as exc:
        raise storage_problem(exc, path.parent) or ParishDeskError(
            f"{path} cannot be read ({exc.strerror or exc}). Nothing was changed.") from exc
    if not path.is_file():
        raise NotAParishDeskDatabase(f"{path} is not a file. Nothing was changed.")
    if size == 0:
        raise DatabaseDamaged(path, "the file is empty: it holds no data at all", empty=True)
    try:
        with path.open("rb") as fh:
            head = fh.read(len(SQLITE_MAGIC))
    except OSError as exc:
        raise storage_problem(exc, path.parent) or ParishDeskError(
            f"{path} cannot be read ({exc.strerror or exc}). Nothing was changed.") from exc
    key = None
    if head != SQLITE_MAGIC:
        if not cipher.looks_encrypted(path):
            raise DatabaseDamaged(path, "the file does not start like a database")
        key = cipher.current_key()
        if key is None:
            raise cipher.PasswordNeeded(
                f"The ParishDesk data in {path} is protected with a password. "
                "Give the password to open it. Nothing was changed.")
    try:
        conn = open_ro(path, key)
    except cipher.errors() as exc:
        raise _unreadable(exc, path, key) from exc
    try:
        return _schema(conn, path)
    except cipher.errors() as exc:
        raise _unreadable(exc, path, key) from exc
    finally:
        conn.close()


def _unreadable(exc: BaseException, path: Path, key: str | None) -> ParishDeskError:
    trouble = storage_problem(exc, path.parent)
    if trouble is not None:
        return trouble
    if key is not None and _sqlite_code(exc) == _NOTADB:
        return cipher.WrongPassword(
            f"That password does not open the ParishDesk data in {path}. Nothing was changed.")
    return DatabaseDamaged(path, str(exc))
