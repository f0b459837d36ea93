"""Opening: empty files, other programs' databases, read-only files, crash leftovers,
and the day's first write with no backup yet."""

from __future__ import annotations

import datetime as dt
import hashlib
import os
import sqlite3
import stat

import pytest

from parishdesk.errors import DatabaseDamaged, NotAParishDeskDatabase, ReadOnlyData
from parishdesk.store import audit, backup, db, dbfile, schema, write_guard
from parishdesk.store.models import Committee
from tests.conftest import install_demo


def _digest(path):
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_an_empty_database_file_is_damage_not_a_fresh_start(paths):
    paths.db_file.write_bytes(b"")
    with pytest.raises(DatabaseDamaged) as info:
        schema.open_database(paths.db_file, paths.backups_dir)
    assert info.value.empty and "empty" in str(info.value)
    assert paths.db_file.stat().st_size == 0
    assert not list(paths.backups_dir.glob("*.sqlite3"))  # no empty "backup" made


def test_the_newest_good_backup_is_one_with_a_council(paths, demo_template):
    install_demo(demo_template, paths.db_file)
    schema.open_database(paths.db_file, paths.backups_dir)
    db.close()
    for daily in paths.backups_dir.glob("daily-*"):
        daily.unlink()
    good = backup.manual_backup(paths.db_file, paths.backups_dir,
                                now=dt.datetime(2026, 1, 1, 9, 0))
    os.utime(good, (1_700_000_000, 1_700_000_000))
    # A blank database (set-up never finished) backed up later is no good.
    blank = paths.data_dir / "blank" / "parishdesk.sqlite3"
    schema.open_database(blank, paths.backups_dir / "ignored")
    db.close()
    later = backup.manual_backup(blank, paths.backups_dir, now=dt.datetime(2026, 2, 1, 9, 0))
    assert backup.list_backups(paths.backups_dir)[0].path == later
    assert backup.newest_good_backup(paths.backups_dir).path == good
    # The empty live file is kept aside by the restore, not lost.
    paths.db_file.write_bytes(b"")
    for extra in ("-wal", "-shm"):
        (paths.data_dir / f"parishdesk.sqlite3{extra}").unlink(missing_ok=True)
    kept = backup.restore_file(good, paths.db_file, paths.backups_dir, paths.damaged_dir,
                               schema.latest_version())
    assert kept.parent == paths.damaged_dir and kept.stat().st_size == 0
    assert backup.holds_council(paths.db_file)


def _foreign(path, with_council: bool):
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE recipes (name TEXT)")
    if with_council:
        conn.execute("CREATE TABLE council (id INTEGER PRIMARY KEY, name TEXT)")
        conn.execute("CREATE TABLE schema_version (version INTEGER)")
        conn.execute("CREATE TABLE audit_log (id INTEGER PRIMARY KEY)")
        conn.execute("INSERT INTO schema_version VALUES (1)")
        conn.execute("INSERT INTO council (name) VALUES ('Bridge Club')")
    conn.commit()
    conn.close()


@pytest.mark.parametrize("with_council", [False, True])
def test_another_programs_database_is_refused_before_a_byte_is_written(paths, with_council):
    _foreign(paths.db_file, with_council)
    before = _digest(paths.db_file)
    with pytest.raises(NotAParishDeskDatabase, match="not a ParishDesk one"):
        schema.open_database(paths.db_file, paths.backups_dir)
    assert _digest(paths.db_file) == before
    assert not (paths.data_dir / "parishdesk.sqlite3-wal").exists()


def test_restore_refuses_a_file_with_our_table_names_but_not_our_schema(paths, demo, tmp_path):
    db.close()
    before = _digest(paths.db_file)
    other = tmp_path / "lookalike.sqlite3"
    _foreign(other, with_council=True)
    with pytest.raises(NotAParishDeskDatabase, match="not a ParishDesk one"):
        backup.restore_file(other, paths.db_file, paths.backups_dir, paths.damaged_dir,
                            schema.latest_version())
    assert _digest(paths.db_file) == before


def test_a_database_with_our_application_id_carries_it(paths, opened):
    conn = dbfile.open_ro(paths.db_file)
    try:
        assert conn.execute("PRAGMA application_id").fetchone()[0] == dbfile.APPLICATION_ID
    finally:
        conn.close()
    assert dbfile.examine(paths.db_file) == schema.latest_version()


def test_a_changed_schema_is_not_ours(paths, opened):
    db.database.execute_sql("CREATE TABLE holiday_snaps (id INTEGER)")
    db.close()
    with pytest.raises(NotAParishDeskDatabase):
        dbfile.examine(paths.db_file)


def test_a_read_only_database_file_opens_for_reading_only(paths, demo_template):
    install_demo(demo_template, paths.db_file)
    schema.open_database(paths.db_file, paths.backups_dir)
    db.close()
    before = _digest(paths.db_file)
    os.chmod(paths.db_file, stat.S_IRUSR)
    try:
        result = schema.open_database(paths.db_file, paths.backups_dir)
        try:
            assert isinstance(result.read_only, ReadOnlyData)
            assert "read-only" in str(result.read_only)
            assert Committee.select().count() > 0  # it can be read
            with pytest.raises(ReadOnlyData, match="was not saved"):
                audit.create(Committee, "test", name="Allotments Committee")
            # Even a write that skips the audit is refused by SQLite itself.
            with pytest.raises(Exception, match="readonly|read-only|query_only"):
                db.database.execute_sql("INSERT INTO setting (key, value) VALUES ('x', 'y')")
        finally:
            db.close()
    finally:
        os.chmod(paths.db_file, stat.S_IRUSR | stat.S_IWUSR)
    assert _digest(paths.db_file) == before


def test_crash_leftovers_are_cleaned_at_open(paths, opened):
    db.close()
    part = paths.backups_dir / "daily-2026-01-01.sqlite3.part"
    part.write_bytes(b"half a backup")
    stray = paths.data_dir / "parishdesk.sqlite3.restoring"
    stray.write_bytes(b"half a restore")
    schema.open_database(paths.db_file, paths.backups_dir)
    db.close()
    assert not part.exists() and not stray.exists()


def test_a_restore_stopped_before_its_last_step_is_finished(paths, demo):
    db.close()
    good = backup.manual_backup(paths.db_file, paths.backups_dir)
    # The crash came after the old database was moved aside, before the rename.
    backup.copy_database(good, paths.data_dir / "parishdesk.sqlite3.restoring")
    backup.set_aside(paths.db_file, paths.damaged_dir)
    assert not paths.db_file.exists()
    schema.open_database(paths.db_file, paths.backups_dir)
    try:
        assert Committee.select().count() > 0
    finally:
        db.close()


def test_the_days_first_write_makes_the_days_backup_first(paths, opened):
    day = dt.date(2031, 3, 4)
    write_guard.set_clock(lambda: day)
    try:
        audit.create(Committee, "test", name="Finance Committee")
        made = paths.backups_dir / "daily-2031-03-04.sqlite3"
        assert made.exists()
        conn = sqlite3.connect(made)
        # The backup holds the data as it was before the day's first change.
        assert conn.execute("SELECT COUNT(*) FROM committee").fetchone()[0] == 0
        conn.close()
        stamp = made.stat().st_mtime_ns
        audit.create(Committee, "test", name="Planning Committee")
        assert made.stat().st_mtime_ns == stamp  # once a day, not every write
    finally:
        write_guard.set_clock(dt.date.today)
