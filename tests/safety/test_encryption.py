"""Encryption at rest: no councillor's name or e-mail readable in the database or a
backup, opened with the password, refused without it or with a wrong one."""

from __future__ import annotations

import datetime as dt
import io
import re

import pytest

from parishdesk.cli import run
from parishdesk.services import encryption
from parishdesk.services.members import councillors
from parishdesk.store import backup, cipher, db, schema

TODAY = dt.date(2026, 11, 22)


@pytest.fixture(autouse=True)
def _no_key_left():
    yield
    cipher.set_key(None)


def _personal_strings(demo) -> list[bytes]:
    found = []
    for c in councillors(TODAY, include_former=True):
        found += [c.surname.encode(), c.email.encode()] if c.email else [c.surname.encode()]
    return [s for s in found if len(s) >= 4]


def _readable(path) -> bytes:
    # What ``strings`` shows: runs of 4+ printable bytes.
    return b"\n".join(re.findall(rb"[\x20-\x7e]{4,}", path.read_bytes()))


def test_protected_data_holds_no_readable_personal_data(paths, demo):
    secrets = _personal_strings(demo)
    db.database.execute_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    plain = _readable(paths.db_file)
    assert [s for s in secrets if s in plain] == secrets  # readable before: the test sees
    encryption.protect(paths, "correct horse battery", "correct horse battery", TODAY)
    made = backup.manual_backup(paths.db_file, paths.backups_dir)
    db.close()
    for path in [paths.db_file, made, *paths.backups_dir.glob("*.sqlite3")]:
        text = _readable(path)
        leaks = [s for s in secrets if s in text]
        assert leaks == [], f"{path.name} shows {leaks}"
        assert cipher.looks_encrypted(path)
    # With the password it opens; without it, or with a wrong one, it is refused.
    cipher.set_key(None)
    with pytest.raises(encryption.PasswordNeeded):
        schema.open_database(paths.db_file, paths.backups_dir)
    with pytest.raises(encryption.WrongPassword):
        encryption.unlock(paths, "Tr0ub4dor&3")
    encryption.unlock(paths, "correct horse battery")
    schema.open_database(paths.db_file, paths.backups_dir)
    try:
        assert len(councillors(TODAY)) > 5
    finally:
        db.close()


def test_change_and_remove_the_password(paths, demo):
    today = TODAY
    with pytest.raises(Exception, match="at least"):
        encryption.protect(paths, "short", "short", today)
    with pytest.raises(Exception, match="not the same"):
        encryption.protect(paths, "long enough 1", "long enough 2", today)
    encryption.protect(paths, "first password", "first password", today)
    with pytest.raises(encryption.WrongPassword):
        encryption.change_password(paths, "not it", "second password", "second password",
                                   today)
    encryption.change_password(paths, "first password", "second password", "second password",
                               today)
    db.close()
    cipher.set_key(None)
    with pytest.raises(encryption.WrongPassword):
        encryption.unlock(paths, "first password")
    encryption.unlock(paths, "second password")
    schema.open_database(paths.db_file, paths.backups_dir, today)
    encryption.remove_password(paths, "second password", today)
    db.close()
    assert not cipher.looks_encrypted(paths.db_file)
    cipher.set_key(None)
    schema.open_database(paths.db_file, paths.backups_dir, today)
    try:
        assert len(councillors(TODAY)) > 5
    finally:
        db.close()


def test_the_command_line_takes_the_password_on_stdin(paths, demo, monkeypatch, capsys,
                                                       tmp_path):
    encryption.protect(paths, "parish pump 42", "parish pump 42", TODAY)
    db.close()
    cipher.set_key(None)
    args = ["--data-dir", str(paths.data_dir)]
    assert run([*args, "check"]) == 1
    assert "protected with a password" in capsys.readouterr().out
    monkeypatch.setattr("sys.stdin", io.StringIO("parish pump 42\n"))
    assert run([*args, "check", "--password-stdin"]) == 0
    assert "Audit chain: ok" in capsys.readouterr().out
    cipher.set_key(None)
    out = tmp_path / "elsewhere.sqlite3"
    monkeypatch.setattr("sys.stdin", io.StringIO("parish pump 42\n"))
    assert run([*args, "backup", "--to", str(out), "--password-stdin"]) == 0
    assert cipher.looks_encrypted(out)
    cipher.set_key(None)
    monkeypatch.setattr("sys.stdin", io.StringIO("wrong one\n"))
    assert run([*args, "restore", str(out), "--password-stdin"]) == 2
    assert "password" in capsys.readouterr().err.lower()
    cipher.set_key(None)
    monkeypatch.setattr("sys.stdin", io.StringIO("parish pump 42\n"))
    assert run([*args, "restore", str(out), "--password-stdin"]) == 0


def test_a_backup_made_under_an_old_password_restores_with_it(paths, demo, monkeypatch,
                                                             tmp_path, capsys):
    from parishdesk.services import maintenance

    encryption.protect(paths, "old password 1", "old password 1", TODAY)
    elsewhere = maintenance.back_up_now(paths, to=tmp_path / "stick" / "old.sqlite3")
    encryption.change_password(paths, "old password 1", "new password 2", "new password 2",
                               TODAY)
    with pytest.raises(encryption.WrongPassword):
        maintenance.restore(paths, elsewhere, TODAY)
    maintenance.restore(paths, elsewhere, TODAY, source_password="old password 1")
    db.close()
    # The restored data is under the password in use now.
    cipher.set_key(None)
    with pytest.raises(encryption.WrongPassword):
        encryption.unlock(paths, "old password 1")
    encryption.unlock(paths, "new password 2")
    cipher.set_key(None)
    monkeypatch.setattr("sys.stdin", io.StringIO("new password 2\nold password 1\n"))
    assert run(["--data-dir", str(paths.data_dir), "restore", str(elsewhere),
                "--password-stdin"]) == 0
    assert "Restored" in capsys.readouterr().out


def test_the_main_window_asks_for_a_backups_own_password(qapp, qtbot, paths, demo,
                                                         monkeypatch, tmp_path):
    from PySide6.QtWidgets import QMessageBox

    from parishdesk.gui import main_window as mw
    from parishdesk.gui.common import password_dialogs
    from parishdesk.gui.common.context import AppContext
    from parishdesk.services import maintenance

    encryption.protect(paths, "old password 1", "old password 1", TODAY)
    elsewhere = maintenance.back_up_now(paths, to=tmp_path / "old.sqlite3")
    encryption.change_password(paths, "old password 1", "new password 2", "new password 2",
                               TODAY)
    ctx = AppContext(paths, actor="test", today=lambda: TODAY)
    ctx.council = demo.council
    window = mw.MainWindow(ctx)
    qtbot.addWidget(window)
    from parishdesk.gui.common.dialogs import BackupChooser

    monkeypatch.setattr(BackupChooser, "ask", lambda *a: elsewhere)
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    monkeypatch.setattr(QMessageBox, "information", lambda *a, **k: None)
    asked: list[bool] = []
    answers = iter(["wrong", "old password 1"])
    monkeypatch.setattr(password_dialogs, "ask_backup_password",
                        lambda parent, path, wrong: asked.append(wrong) or next(answers))
    window.restore_from_backup()
    assert asked == [False, True]
    assert any(p.name.startswith("pre-restore-") for p in paths.backups_dir.iterdir())
