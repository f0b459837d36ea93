"""The integrity check split: SQLite's quick check while opening, the full one afterwards."""

from __future__ import annotations

import datetime as dt
import threading

import pytest

from parishdesk.errors import DatabaseDamaged
from parishdesk.store import db, schema

TODAY = dt.date(2026, 11, 22)


def _damage(path) -> None:
    raw = bytearray(path.read_bytes())
    raw[4096:4096 * 5] = b"\xa5" * (4096 * 4)
    path.write_bytes(bytes(raw))


@pytest.fixture
def made(paths):
    schema.open_database(paths.db_file, paths.backups_dir, TODAY)
    # Grown with rows of its own tables (an extra table would make it another program's
    # file): the settings table's key is indexed, like the filler's words were.
    with db.database.atomic():
        for n in range(3000):
            db.database.execute_sql("INSERT INTO setting (key, value) VALUES (?, ?)",
                                    (f"filler.{n} " * 6, f"row {n} " * 8))
    db.close()
    return paths


def test_both_checks_pass_a_sound_file_and_fail_a_damaged_one(made):
    assert db.quick_problem(made.db_file) is None
    assert db.integrity_problem(made.db_file) is None
    _damage(made.db_file)
    assert db.quick_problem(made.db_file)
    assert db.integrity_problem(made.db_file)


def test_a_quick_open_makes_no_daily_backup_until_the_full_check_has_passed(made):
    for old in made.backups_dir.glob("daily-*"):
        old.unlink()
    schema.open_database(made.db_file, made.backups_dir, TODAY, thorough=False)
    try:
        assert not list(made.backups_dir.glob("daily-*"))
        backup = schema.finish_opening(db.IntegrityCheck(made.db_file), made.backups_dir, TODAY)
        assert backup is not None and backup.name == f"daily-{TODAY.isoformat()}.sqlite3"
    finally:
        db.close()


def test_the_full_check_finding_damage_makes_no_backup(made):
    for old in made.backups_dir.glob("daily-*"):
        old.unlink()
    _damage(made.db_file)
    with pytest.raises(DatabaseDamaged) as caught:
        schema.finish_opening(db.IntegrityCheck(made.db_file), made.backups_dir, TODAY)
    assert "damaged" in str(caught.value)
    assert not list(made.backups_dir.glob("daily-*"))


def test_a_damaged_file_is_refused_by_the_quick_open_and_left_untouched(made):
    _damage(made.db_file)
    before = made.db_file.read_bytes()
    with pytest.raises(DatabaseDamaged):
        schema.open_database(made.db_file, made.backups_dir, TODAY, thorough=False)
    assert made.db_file.read_bytes() == before


def test_the_full_check_can_be_interrupted_from_another_thread(made):
    check = db.IntegrityCheck(made.db_file)
    check.interrupt()  # before it starts: it stops at once
    with pytest.raises(db.CheckInterrupted):
        check.run()
    running = db.IntegrityCheck(made.db_file)
    outcome: list[object] = []

    def run() -> None:
        try:
            outcome.append(running.run())
        except db.CheckInterrupted as exc:
            outcome.append(exc)

    worker = threading.Thread(target=run)
    worker.start()
    running.interrupt()
    worker.join(10)
    assert not worker.is_alive()
    # Either it was stopped, or it had already finished (and found the file sound).
    assert outcome == [None] or isinstance(outcome[0], db.CheckInterrupted)


def test_a_check_started_on_its_own_thread_gives_the_same_answer(made):
    assert db.IntegrityCheck(made.db_file, quick=True).start()() is None
    _damage(made.db_file)
    assert db.IntegrityCheck(made.db_file, quick=True).start()() == db.quick_problem(
        made.db_file)


def test_a_quick_open_uses_the_answer_of_a_check_started_earlier(made, monkeypatch):
    ran: list[str] = []
    original = db.IntegrityCheck.run

    def spy(self):
        ran.append(self.pragma)
        return original(self)

    monkeypatch.setattr(db.IntegrityCheck, "run", spy)
    answer = db.IntegrityCheck(made.db_file, quick=True).start()
    schema.open_database(made.db_file, made.backups_dir, TODAY, thorough=False,
                         quick_answer=answer)
    db.close()
    assert ran == ["quick_check"]
    _damage(made.db_file)
    with pytest.raises(DatabaseDamaged):
        schema.open_database(made.db_file, made.backups_dir, TODAY, thorough=False,
                             quick_answer=db.IntegrityCheck(made.db_file, quick=True).start())
