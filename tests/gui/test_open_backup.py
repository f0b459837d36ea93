"""Opening a .parishdesk-backup file: asked first, restored with the old records kept, then started."""

from __future__ import annotations

import shutil
import sqlite3

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

import parishdesk.app
from parishdesk.cli import run
from parishdesk.errors import NotAParishDeskDatabase
from parishdesk.gui import open_backup
from tests.test_instance_lock import other_process  # noqa: F401 - a fixture


def _council(path) -> str:
    with sqlite3.connect(path) as conn:
        return conn.execute("SELECT name FROM council").fetchone()[0]


def _answer(button_text: str, seen: list[str]) -> None:
    def click() -> None:
        box = QApplication.activeModalWidget()
        assert isinstance(box, QMessageBox)
        seen.append(f"{box.windowTitle()}\n{box.text()}\n{box.informativeText()}")
        [button] = [b for b in box.buttons() if b.text().replace("&", "") == button_text]
        button.click()

    QTimer.singleShot(0, click)


@pytest.mark.parametrize(("button", "expected"), [("Restore", True), ("Cancel", False)])
def test_the_clerk_is_asked_naming_both_councils(qtbot, tmp_path, button, expected):
    seen: list[str] = []
    _answer(button, seen)
    source = tmp_path / "Friday.parishdesk-backup"
    assert open_backup.confirm_restore(source, "Ashcombe Parish Council",
                                       "Brambleford Parish Council") is expected
    [text] = seen
    assert "Restore from this backup?" in text and "Friday.parishdesk-backup" in text
    assert "Ashcombe Parish Council" in text and "Brambleford Parish Council" in text
    assert "not lost" in text


@pytest.fixture
def backup_file(demo_template, tmp_path):
    target = tmp_path / "saved" / "Ashcombe 2026.parishdesk-backup"
    target.parent.mkdir()
    shutil.copyfile(demo_template, target)
    return target


@pytest.fixture
def started(monkeypatch):
    calls: list[object] = []
    monkeypatch.setattr(parishdesk.app, "run_gui", lambda paths: calls.append(paths) or 0)
    return calls


def test_open_backup_restores_keeps_the_old_records_then_starts(paths, opened, backup_file,
                                                                 started, monkeypatch):
    from parishdesk.store import db

    db.close()
    told: list[tuple] = []
    monkeypatch.setattr(open_backup, "confirm_restore", lambda *a: told.append(a) or True)
    monkeypatch.setattr(open_backup, "show_restored", lambda *a: told.append(a))
    assert run(["--data-dir", str(paths.data_dir), "open-backup", str(backup_file)]) == 0
    assert told[0] == (backup_file, "Ashcombe Parish Council", None)
    source, kept = told[1]
    assert source == backup_file and kept is not None and kept.is_file()
    assert kept.parent == paths.backups_dir and kept.name.startswith("pre-restore-")
    assert _council(paths.db_file) == "Ashcombe Parish Council"
    assert started == [paths]


def test_cancel_changes_nothing_and_does_not_start(paths, backup_file, started, monkeypatch):
    monkeypatch.setattr(open_backup, "confirm_restore", lambda *a: False)
    assert run(["--data-dir", str(paths.data_dir), "open-backup", str(backup_file)]) == 1
    assert not paths.db_file.exists() and started == []


def test_a_file_that_is_not_a_backup_is_refused_in_plain_words(paths, tmp_path, started,
                                                                monkeypatch):
    junk = tmp_path / "letter.parishdesk-backup"
    junk.write_text("Dear Clerk", encoding="utf-8")
    problems: list[BaseException] = []
    monkeypatch.setattr(open_backup, "show_problem", problems.append)
    assert run(["--data-dir", str(paths.data_dir), "open-backup", str(junk)]) == 2
    [problem] = problems
    assert isinstance(problem, NotAParishDeskDatabase) and "Nothing was changed" in str(problem)
    assert not paths.db_file.exists() and started == []


@pytest.mark.usefixtures("other_process")
def test_refused_while_parishdesk_is_open(paths, backup_file, started, monkeypatch):
    monkeypatch.setattr(open_backup, "confirm_restore", lambda *a: True)
    monkeypatch.setattr(open_backup, "show_restored", lambda *a: pytest.fail("restored"))
    problems: list[BaseException] = []
    monkeypatch.setattr(open_backup, "show_problem", problems.append)
    assert run(["--data-dir", str(paths.data_dir), "open-backup", str(backup_file)]) == 2
    [problem] = problems
    assert "already open" in problem.title
    assert not paths.db_file.exists() and started == []


def test_a_backup_from_a_newer_parishdesk_is_refused_before_asking(paths, backup_file, started,
                                                                    monkeypatch):
    with sqlite3.connect(backup_file) as conn:
        conn.execute("INSERT INTO schema_version (version, description, applied_at) "
                     "VALUES (999, 'later', '2030-01-01')")
    monkeypatch.setattr(open_backup, "confirm_restore", lambda *a: pytest.fail("asked"))
    problems: list[BaseException] = []
    monkeypatch.setattr(open_backup, "show_problem", problems.append)
    assert run(["--data-dir", str(paths.data_dir), "open-backup", str(backup_file)]) == 2
    [problem] = problems
    assert "newer ParishDesk" in str(problem) and "Nothing was changed" in str(problem)
    assert not paths.db_file.exists() and started == []
