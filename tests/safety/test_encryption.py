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
