"""The audit log's hash chain: built for old files, kept by every write, checked by
``parishdesk check``, which names the first entry that does not verify."""

from __future__ import annotations

import sqlite3

import peewee
import pytest
from playhouse.migrate import SchemaMigrator

from parishdesk.cli import run
from parishdesk.store import audit, audit_chain, db, schema
from parishdesk.store.migrations import discover
from parishdesk.store.models import Committee


def _tamper(path, sql, params=()):
    conn = sqlite3.connect(path)
    conn.execute("DROP TRIGGER IF EXISTS audit_log_no_update")
    conn.execute("DROP TRIGGER IF EXISTS audit_log_no_delete")
    conn.execute(sql, params)
    conn.commit()
    conn.close()


def _write_some(paths):
    schema.open_database(paths.db_file, paths.backups_dir)
    try:
        for name in ("Finance", "Planning", "Staffing", "Allotments"):
            audit.create(Committee, "clerk", name=f"{name} Committee")
        report = audit_chain.verify()
        assert report.ok and report.entries >= 4
        ids = [r[0] for r in db.database.execute_sql("SELECT id FROM audit_log ORDER BY id")]
    finally:
        db.close()
    return ids


def test_check_passes_on_an_untouched_log(paths, capsys):
    _write_some(paths)
    assert run(["--data-dir", str(paths.data_dir), "check"]) == 0
    assert "Audit chain: ok" in capsys.readouterr().out


def test_an_edited_entry_is_named(paths, capsys):
    ids = _write_some(paths)
    _tamper(paths.db_file, "UPDATE audit_log SET actor = 'someone else' WHERE id = ?", (ids[2],))
    assert run(["--data-dir", str(paths.data_dir), "check"]) == 1
    out = capsys.readouterr().out
    assert f"Audit chain: BROKEN at entry {ids[2]}" in out and "content was changed" in out


def test_a_removed_entry_breaks_the_chain_at_the_next(paths, capsys):
    ids = _write_some(paths)
    _tamper(paths.db_file, "DELETE FROM audit_log WHERE id = ?", (ids[1],))
    assert run(["--data-dir", str(paths.data_dir), "check"]) == 1
    assert f"BROKEN at entry {ids[2]}" in capsys.readouterr().out


def test_rehashing_an_edited_entry_is_still_caught(paths, capsys):
    ids = _write_some(paths)
    row = sqlite3.connect(paths.db_file).execute(
        'SELECT id, "at", actor, "table", record_id, action, changes, note FROM audit_log '
        "WHERE id = ?", (ids[1],)).fetchone()
    forged = (*row[:2], "someone else", *row[3:])
    _tamper(paths.db_file, "UPDATE audit_log SET actor = ?, content_hash = ? WHERE id = ?",
            ("someone else", audit_chain.content_hash(forged), ids[1]))
    assert run(["--data-dir", str(paths.data_dir), "check"]) == 1
    assert f"BROKEN at entry {ids[1]}" in capsys.readouterr().out


def test_the_log_stays_append_only_except_for_sealing_and_erasing(opened):
    audit.note("person", 1, "clerk", "Telephoned about the agenda")
    with pytest.raises(peewee.DatabaseError, match="append-only"):
        db.database.execute_sql("UPDATE audit_log SET note = 'nothing'")
    with pytest.raises(peewee.DatabaseError, match="append-only"):
        db.database.execute_sql("UPDATE audit_log SET entry_hash = 'x'")
    with pytest.raises(peewee.DatabaseError, match="append-only"):
        db.database.execute_sql("DELETE FROM audit_log")


def test_an_older_file_gets_its_chain_when_upgraded(paths):
    scratch = peewee.SqliteDatabase(str(paths.db_file))
    migrator = SchemaMigrator.from_database(scratch)
    for step in discover():
        if step.version >= 10:
            continue
        with scratch.atomic():
            step.apply(scratch, migrator)
            scratch.execute_sql("INSERT INTO schema_version (version, description, applied_at)"
                                " VALUES (?, ?, '2025-01-01 00:00:00')",
                                (step.version, step.description))
    for n in range(5):
        scratch.execute_sql(
            'INSERT INTO audit_log ("at", actor, "table", record_id, action, changes, note) '
            "VALUES ('2025-02-01 10:00:00', 'clerk', 'committee', ?, 'create', '{}', '')",
            (str(n),))
    scratch.close()
    schema.open_database(paths.db_file, paths.backups_dir)
    try:
        report = audit_chain.verify()
        assert report.ok and report.entries == 5
        audit.create(Committee, "clerk", name="Finance Committee")
        assert audit_chain.verify().entries == 6 and audit_chain.verify().ok
    finally:
        db.close()


def test_a_bulk_import_is_chained_too(paths, opened):
    import datetime as dt

    from parishdesk.domain.members import Councillor
    from parishdesk.services.members import create_councillors_unchecked

    with db.database.atomic():
        create_councillors_unchecked(
            [(Councillor(first_name=f"Ann{n}", surname="Importer", group="Independents"), ())
             for n in range(250)], "clerk", dt.date(2026, 11, 22))
    report = audit_chain.verify()
    assert report.ok and report.entries > 250
    pending = db.database.execute_sql(
        "SELECT COUNT(*) FROM audit_log WHERE entry_hash = ''").fetchone()[0]
    assert pending == 0
