"""The password that protects the data: asked at start-up (three tries), set up with
a plain warning and the offer of a backup first, changed or removed.

The main window needs only :func:`menu_text` as it opens; the dialogs (and the
labels and file chooser they use) are in :mod:`.password_forms`, loaded when one
is shown. Their names can still be had from here.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtWidgets import QDialog, QInputDialog, QLineEdit, QMessageBox, QWidget

from parishdesk.paths import DataPaths
from parishdesk.services import encryption, keychain

if TYPE_CHECKING:
    from parishdesk.gui.common.password_forms import PasswordPrompt

TRIES = 3
_FORMS = ("PasswordPrompt", "ProtectDialog", "ChangePasswordDialog", "LOST_WARNING")


def __getattr__(name: str) -> Any:
    if name in _FORMS:
        from parishdesk.gui.common import password_forms

        return getattr(password_forms, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


def unlock_at_start(paths: DataPaths, parent: QWidget | None = None,
                    prompt: Callable[[PasswordPrompt], bool] | None = None) -> bool:
    """Unlock protected data: the keychain's password, else up to three tries typed.

    ``prompt`` shows the dialog (tests pass their own); False: give up, nothing opened.
    """
    remembered = keychain.remembered(paths)
    if remembered:
        try:
            encryption.unlock(paths, remembered)
            return True
        except encryption.WrongPassword:
            keychain.forget(paths)  # changed elsewhere: ask instead
    from parishdesk.gui.common.password_forms import PasswordPrompt

    dialog = PasswordPrompt(paths, parent)
    show = prompt or (lambda d: d.exec() == QDialog.DialogCode.Accepted)
    for attempt in range(1, TRIES + 1):
        dialog.password.clear()
        dialog.password.setFocus()
        if not show(dialog):
            return False
        try:
            encryption.unlock(paths, dialog.password.text())
        except encryption.WrongPassword:
            left = TRIES - attempt
            dialog.problem.setText(
                f"That password is not right. {left} {'try' if left == 1 else 'tries'} left."
                if left else "")
            continue
        if dialog.remember.isChecked():
            keychain.remember(paths, dialog.password.text())
        return True
    QMessageBox.warning(parent, "Wrong password",
                        "The password was not right three times, so ParishDesk will close. "
                        "Nothing was changed. Start ParishDesk again to try once more.")
    return False


def protect_or_change(paths: DataPaths, today: dt.date, parent: QWidget | None = None) -> bool:
    """The File menu's entry: protect unprotected data, else change or remove the password."""
    from parishdesk.gui.common.password_forms import ChangePasswordDialog, ProtectDialog

    dialog: QDialog = (ChangePasswordDialog(paths, today, parent)
                       if encryption.is_protected(paths) else ProtectDialog(paths, today, parent))
    return dialog.exec() == QDialog.DialogCode.Accepted


def menu_text(paths: DataPaths) -> str:
    return ("Change or remove the &password…" if encryption.is_protected(paths)
            else "&Protect with a password…")


def is_password_problem(exc: BaseException) -> bool:
    return isinstance(exc, (encryption.PasswordNeeded, encryption.WrongPassword))


def ask_backup_password(parent: QWidget | None, backup: Path, wrong: bool) -> str | None:
    """A backup made under another password (or protected when the data is not): ask it."""
    text = ("That password does not open the backup either. " if wrong else
            "This backup is protected with a password that is not the one in use now "
            "(it was made before the password was set or changed). ")
    password, ok = QInputDialog.getText(
        parent, "The backup's password", f"{text}Type the password of {backup.name}:",
        QLineEdit.EchoMode.Password)
    return password if ok and password else None
