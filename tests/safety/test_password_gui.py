"""The password dialogs: three tries at start-up, the keychain only where one exists,
and File > Protect with a password… with its warning and a backup first."""

from __future__ import annotations

import datetime as dt

import keyring
import pytest
from keyring.backend import KeyringBackend
from PySide6.QtWidgets import QLabel

from parishdesk.gui.common import password_dialogs
from parishdesk.services import encryption, keychain
from parishdesk.store import cipher, db

TODAY = dt.date(2026, 11, 22)


class MemoryKeyring(KeyringBackend):
    priority = 1  # type: ignore[assignment]

    def __init__(self) -> None:
        super().__init__()
        self.saved: dict[tuple[str, str], str] = {}

    def get_password(self, service, username):
        return self.saved.get((service, username))

    def set_password(self, service, username, password):
        self.saved[(service, username)] = password

    def delete_password(self, service, username):
        self.saved.pop((service, username), None)


@pytest.fixture(autouse=True)
def _reset():
    before = keyring.get_keyring()
    yield
    cipher.set_key(None)
    keyring.set_keyring(before)


@pytest.fixture
def protected(paths, demo):
    encryption.protect(paths, "village green 7", "village green 7", TODAY)
    db.close()
    cipher.set_key(None)
    return paths


def test_three_wrong_tries_give_up_and_the_right_one_opens(qapp, qtbot, protected,
                                                           monkeypatch):
    monkeypatch.setattr(password_dialogs.QMessageBox, "warning", lambda *a: None)
    typed = iter(["nope", "still no", "no again"])

    def wrong(dialog):
        dialog.password.setText(next(typed))
        return True

    assert password_dialogs.unlock_at_start(protected, None, prompt=wrong) is False
    assert cipher.current_key() is None
    answers = iter(["nope", "village green 7"])
    seen: list[str] = []

    def second_time(dialog):
        seen.append(dialog.problem.text())
        dialog.password.setText(next(answers))
        return True

    assert password_dialogs.unlock_at_start(protected, None, prompt=second_time) is True
    assert "2 tries left" in seen[1]
    assert cipher.current_key() == "village green 7"


def test_the_keychain_is_offered_only_where_there_is_one(qapp, protected):
    from keyring.backends import fail

    keyring.set_keyring(fail.Keyring())
    assert not keychain.available()
    assert not password_dialogs.PasswordPrompt(protected).remember.isVisibleTo(None) or \
        password_dialogs.PasswordPrompt(protected).remember.isHidden()
    memory = MemoryKeyring()
    keyring.set_keyring(memory)
    assert keychain.available()

    def remember(dialog):
        assert not dialog.remember.isHidden()
        dialog.password.setText("village green 7")
        dialog.remember.setChecked(True)
        return True

    assert password_dialogs.unlock_at_start(protected, None, prompt=remember)
    cipher.set_key(None)
    # Next time the keychain opens it without asking.
    assert password_dialogs.unlock_at_start(protected, None, prompt=lambda d: False)
    assert cipher.current_key() == "village green 7"


def test_protect_dialog_warns_offers_a_backup_and_protects(qapp, qtbot, paths, demo,
                                                           tmp_path):
    from keyring.backends import fail

    keyring.set_keyring(fail.Keyring())  # a laptop without a keychain: nothing offered
    dialog = password_dialogs.ProtectDialog(paths, TODAY)
    assert dialog.remember.parent() is None
    qtbot.addWidget(dialog)
    words = " ".join(label.text() for label in dialog.findChildren(QLabel))
    assert "If the password is lost, the data is lost" in words
    dialog.resize(1366, 768)
    dialog.grab().save("/tmp/safety-protect-dialog.png")
    dialog.resize(560, 420)
    dialog.grab().save("/tmp/safety-protect-dialog-small.png")
    dialog.back_up_first(tmp_path / "Before protecting.sqlite3")
    assert (tmp_path / "Before protecting.sqlite3").exists()
    assert "Backed up to" in dialog.backed_up.text()
    dialog.password.setText("the lych gate")
    dialog.again.setText("the lych gate")
    dialog.protect()
    assert dialog.result() == dialog.DialogCode.Accepted
    assert encryption.is_protected(paths)
    change = password_dialogs.ChangePasswordDialog(paths, TODAY)
    qtbot.addWidget(change)
    change.resize(520, 360)
    change.grab().save("/tmp/safety-change-password.png")
    change.current.setText("the lych gate")
    change.remove(confirmed=True)
    assert not encryption.is_protected(paths)
