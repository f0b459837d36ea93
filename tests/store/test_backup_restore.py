import datetime as dt
import hashlib
import sqlite3

import pytest

from parishdesk.domain.council import CouncilDetails
from parishdesk.errors import DatabaseDamaged, NotAParishDeskDatabase
from parishdesk.store import backup, db, schema
from parishdesk.store.council_store import get_council, save_council


def _digest(path):
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_backup_and_restore_round_trip(paths, demo):
    saved = backup.manual_backup(paths.db_file, paths.backups_dir)
    council = get_council()
    save_council(council.__class__(**{**council.__dict__, "name": "Renamed Parish Council"}),
                 "test")
    assert get_council().name == "Renamed Parish Council"
    db.close()
    kept = backup.restore_file(saved, paths.db_file, paths.backups_dir, paths.damaged_dir,
                               schema.latest_version())
    assert kept is not None and kept.name.startswith("pre-restore-")
    schema.open_database(paths.db_file, paths.backups_dir)
    try:
        assert get_council().name == "Ashcombe Parish Council"
    finally:
        db.close()
    # The database as it was before the restore is itself a good backup.
    conn = sqlite3.connect(kept)
    assert conn.execute("SELECT name FROM council").fetchone()[0] == "Renamed Parish Council"
    conn.close()


def test_restore_refuses_a_file_that_is_not_a_database(paths, demo, tmp_path):
    db.close()
    before = _digest(paths.db_file)
    junk = tmp_path / "notes.sqlite3"
    junk.write_text("this is a shopping list, not a database\n" * 50)
    with pytest.raises(NotAParishDeskDatabase) as info:
        backup.restore_file(junk, paths.db_file, paths.backups_dir, paths.damaged_dir,
                            schema.latest_version())
    assert "Nothing was changed" in str(info.value)
    assert _digest(paths.db_file) == before


def test_restore_refuses_another_programs_database(paths, demo, tmp_path):
    db.close()
    other = tmp_path / "other.db"
    conn = sqlite3.connect(other)
    conn.execute("CREATE TABLE recipes (name TEXT)")
    conn.commit()
    conn.close()
    with pytest.raises(NotAParishDeskDatabase, match="not a ParishDesk one"):
        backup.restore_file(other, paths.db_file, paths.backups_dir, paths.damaged_dir,
                            schema.latest_version())


def test_daily_backup_once_a_day_keeping_fourteen(paths, demo):
    start = dt.date(2030, 1, 1)
    for offset in range(20):
        made = backup.daily_backup_if_needed(paths.db_file, paths.backups_dir,
                                             start + dt.timedelta(days=offset))
        assert made is not None
    assert backup.daily_backup_if_needed(paths.db_file, paths.backups_dir,
                                         start + dt.timedelta(days=19)) is None
    dailies = sorted(p.name for p in paths.backups_dir.glob("daily-*.sqlite3"))
    assert len(dailies) == backup.DAILY_KEEP
    assert dailies[-1] == "daily-2030-01-20.sqlite3"
    assert "daily-2030-01-06.sqlite3" not in dailies


def test_pre_migration_and_manual_backups_are_never_pruned(paths, demo):
    keep = backup.pre_migration_backup(paths.db_file, paths.backups_dir, 1, 2)
    manual = backup.manual_backup(paths.db_file, paths.backups_dir)
    for offset in range(20):
        backup.daily_backup_if_needed(paths.db_file, paths.backups_dir,
                                      dt.date(2031, 1, 1) + dt.timedelta(days=offset))
    assert keep.exists() and manual.exists()


def test_first_open_of_the_day_makes_a_backup(paths):
    schema.open_database(paths.db_file, paths.backups_dir, dt.date(2026, 3, 2))
    db.close()
    schema.open_database(paths.db_file, paths.backups_dir, dt.date(2026, 3, 3))
    db.close()
    names = {p.name for p in paths.backups_dir.glob("daily-*")}
    assert names == {"daily-2026-03-02.sqlite3", "daily-2026-03-03.sqlite3"}


def _corrupt(path):
    data = bytearray(path.read_bytes())
    # Overwrite the middle of the file (table pages), keeping the header.
    for i in range(4096, min(len(data), 4096 * 6)):
        data[i] = 0xA5
    path.write_bytes(bytes(data))


def test_a_corrupted_database_is_reported_and_left_untouched(paths, demo):
    db.close()
    _corrupt(paths.db_file)
    damaged = _digest(paths.db_file)
    with pytest.raises(DatabaseDamaged) as info:
        schema.open_database(paths.db_file, paths.backups_dir)
    assert "damaged" in str(info.value) and "kept aside" in str(info.value)
    assert _digest(paths.db_file) == damaged


def test_restoring_over_a_damaged_file_keeps_it_aside(paths, demo):
    good = backup.manual_backup(paths.db_file, paths.backups_dir)
    db.close()
    _corrupt(paths.db_file)
    damaged = _digest(paths.db_file)
    newest = backup.newest_good_backup(paths.backups_dir)
    assert newest is not None
    kept = backup.restore_file(newest.path, paths.db_file, paths.backups_dir,
                               paths.damaged_dir, schema.latest_version())
    assert kept is not None and kept.parent == paths.damaged_dir
    assert _digest(kept) == damaged
    assert backup.check_parishdesk_database(paths.db_file) == schema.latest_version()
    assert good.exists()


def test_newest_good_backup_skips_damaged_ones(paths, demo):
    older = backup.manual_backup(paths.db_file, paths.backups_dir,
                                 now=dt.datetime(2026, 1, 1, 9, 0))
    newer = backup.manual_backup(paths.db_file, paths.backups_dir,
                                 now=dt.datetime(2026, 1, 2, 9, 0))
    newer.write_bytes(b"\0" * 8192)
    found = backup.newest_good_backup(paths.backups_dir)
    assert found is not None
    assert found.path in {older} | set(paths.backups_dir.glob("daily-*"))


def test_a_restore_that_cannot_copy_leaves_the_database_alone(paths, demo, monkeypatch):
    saved = backup.manual_backup(paths.db_file, paths.backups_dir)
    db.close()
    before = _digest(paths.db_file)
    real_copy = backup.copy_database

    def full_disk(source, dest, *args):
        if dest.name.endswith(".restoring"):
            raise backup.ParishDeskError("No space left on the disk")
        return real_copy(source, dest, *args)

    monkeypatch.setattr(backup, "copy_database", full_disk)
    with pytest.raises(backup.ParishDeskError):
        backup.restore_file(saved, paths.db_file, paths.backups_dir, paths.damaged_dir,
                            schema.latest_version())
    assert _digest(paths.db_file) == before
    assert not list(paths.backups_dir.glob("pre-restore-*"))


def test_backup_from_a_folder_whose_name_holds_a_hash(tmp_path):
    # Written raw into a URI, "#" ended the path: SQLite opened an empty file beside it and
    # the backup (and the integrity check) quietly read nothing.
    folder = tmp_path / "Parish #2 ?copy"
    folder.mkdir()
    db_file = folder / "parishdesk.sqlite3"
    schema.open_database(db_file, folder / "backups")
    try:
        assert get_council() is None
        save_council(CouncilDetails(name="Hashbury Parish Council"), "test")
    finally:
        db.close()
    assert db.integrity_problem(db_file) is None
    made = backup.manual_backup(db_file, folder / "backups")
    assert backup.peek_council_name(made) == "Hashbury Parish Council"
    assert backup.check_parishdesk_database(made) == schema.latest_version()
