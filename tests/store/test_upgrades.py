"""Upgrading: a database made at every earlier schema version opens in this one, nothing lost.

Each earlier version is built with the frozen migrations themselves (the steps up
to that version, as an older ParishDesk would have run them), a row is put in
every table, and the file is opened with this version: the missing migrations
run only after a backup of the file as it was, and every row is still there with
its values.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from pathlib import Path

import pytest

from parishdesk.errors import NotAParishDeskDatabase
from parishdesk.store import db, migrations, schema

STEPS = migrations.discover()
EARLIER = [step.version for step in STEPS[:-1]]
SKIP_TABLES = {"schema_version", "sqlite_sequence"}


def _connect(path: Path) -> sqlite3.Connection:
    conn = sqlite3.connect(path)
    conn.execute("PRAGMA foreign_keys = ON")
    return conn


def _tables(conn: sqlite3.Connection) -> list[str]:
    """The ordinary tables: not search indexes (virtual tables) nor their shadow tables,
    which the database keeps up to date itself."""
    listed = conn.execute(
        "SELECT name, sql FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"
    ).fetchall()
    virtual = [name for name, sql in listed if (sql or "").upper().startswith("CREATE VIRTUAL")]
    return sorted(name for name, _sql in listed if name not in SKIP_TABLES
                  and not any(name == v or name.startswith(f"{v}_") for v in virtual))


def _parents_first(conn: sqlite3.Connection, tables: list[str]) -> Iterator[str]:
    """Tables in an order where every table comes after the tables it refers to."""
    refs = {t: {r[2] for r in conn.execute(f'PRAGMA foreign_key_list("{t}")')} - {t}
            for t in tables}
    done: set[str] = set()
    while len(done) < len(tables):
        ready = [t for t in tables if t not in done and refs[t] <= done]
        assert ready, f"circular references among {sorted(set(tables) - done)}"
        for table in ready:
            done.add(table)
            yield table


def _value(table: str, name: str, declared: str) -> object:
    kind = declared.upper()
    if "INT" in kind or "BOOL" in kind:
        return 1
    if "REAL" in kind or "FLOAT" in kind or "DOUBLE" in kind or "DECIMAL" in kind or "NUMERIC" in kind:
        return 1.5
    if "DATETIME" in kind or "TIMESTAMP" in kind:
        return "2024-03-15 10:30:00"
    if "DATE" in kind:
        return "2024-03-15"
    if "BLOB" in kind:
        return b"\x00\x01"
    if name.endswith("json") or name in {"changes", "payload", "data", "details"}:
        return "{}"
    return f"{table} {name} kept"


def _fill_every_table(path: Path) -> dict[str, list[tuple]]:  # type: ignore[type-arg]
    """One row in every table (references pointing at the rows made before); the rows."""
    conn = _connect(path)
    try:
        made: dict[str, int] = {}
        for table in _parents_first(conn, _tables(conn)):
            columns = conn.execute(f'PRAGMA table_info("{table}")').fetchall()
            foreign = {r[3]: r[2] for r in conn.execute(f'PRAGMA foreign_key_list("{table}")')}
            values: dict[str, object] = {}
            for _cid, name, declared, _notnull, _default, pk in columns:
                if pk and "INT" in declared.upper():
                    continue
                if name in foreign:
                    values[name] = made.get(foreign[name], 1)
                else:
                    values[name] = _value(table, name, declared)
            names = ", ".join(f'"{n}"' for n in values)
            marks = ", ".join("?" for _ in values)
            cursor = conn.execute(f'INSERT INTO "{table}" ({names}) VALUES ({marks})',
                                  list(values.values()))
            made[table] = int(cursor.lastrowid or 1)
        conn.commit()
        return _rows(conn)
    finally:
        conn.close()


def _rows(conn: sqlite3.Connection) -> dict[str, list[dict[str, object]]]:
    conn.row_factory = sqlite3.Row
    found = {t: [dict(r) for r in conn.execute(f'SELECT * FROM "{t}" ORDER BY rowid')]
             for t in _tables(conn)}
    conn.row_factory = None
    return found


def _schema_version(path: Path) -> int:
    conn = sqlite3.connect(path)
    try:
        return int(conn.execute("SELECT MAX(version) FROM schema_version").fetchone()[0])
    finally:
        conn.close()


def _build_at(version: int, paths, monkeypatch: pytest.MonkeyPatch) -> None:  # type: ignore[no-untyped-def]
    """A database as the ParishDesk of schema ``version`` left it: only its migrations ran."""
    with monkeypatch.context() as patch:
        patch.setattr(schema, "discover", lambda: tuple(s for s in STEPS if s.version <= version))
        result = schema.open_database(paths.db_file, paths.backups_dir)
        db.close()
    assert result.version == version


def test_there_are_earlier_versions_to_upgrade_from() -> None:
    assert EARLIER == list(range(1, len(STEPS)))


@pytest.mark.parametrize("version", EARLIER)
def test_a_database_from_an_earlier_version_opens_with_nothing_lost(version, paths, monkeypatch):
    _build_at(version, paths, monkeypatch)
    before = _fill_every_table(paths.db_file)
    assert before and all(len(rows) == 1 for rows in before.values())

    result = schema.open_database(paths.db_file, paths.backups_dir)
    db.close()
    assert (result.migrated_from, result.version) == (version, schema.latest_version())

    # The backup was taken before any migration ran: the file exactly as it was.
    backup = result.pre_migration_backup
    assert backup is not None and backup.is_file()
    assert backup.name.startswith(f"pre-migration-v{version}-to-v")
    assert _schema_version(backup) == version
    with sqlite3.connect(backup) as conn:
        assert _rows(conn) == before

    # Every row is still there, every value it had kept (new columns may have been added).
    with sqlite3.connect(paths.db_file) as conn:
        after = _rows(conn)
        integrity = conn.execute("PRAGMA integrity_check").fetchone()[0]
        broken_refs = conn.execute("PRAGMA foreign_key_check").fetchall()
    assert integrity == "ok" and broken_refs == []
    for table, rows in before.items():
        assert table in after, f"table {table} disappeared"
        kept = [{k: row.get(k) for k in old} for row, old in zip(after[table], rows, strict=False)]
        assert kept == rows, f"rows of {table} changed"


def test_a_newer_database_is_refused_with_a_plain_message(paths) -> None:
    schema.open_database(paths.db_file, paths.backups_dir)
    db.close()
    with sqlite3.connect(paths.db_file) as conn:
        conn.execute("INSERT INTO schema_version (version, description, applied_at) "
                     "VALUES (?, 'made by a later ParishDesk', '2030-01-01')",
                     (schema.latest_version() + 1,))
    size = paths.db_file.stat().st_size
    with pytest.raises(NotAParishDeskDatabase) as info:
        schema.open_database(paths.db_file, paths.backups_dir)
    db.close()
    message = str(info.value)
    assert "newer ParishDesk" in message and "Traceback" not in message
    assert _schema_version(paths.db_file) == schema.latest_version() + 1  # left as it was
    assert paths.db_file.stat().st_size == size
