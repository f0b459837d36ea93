"""The password that protects the data: asked at start-up (three tries), set up with
a plain warning and the offer of a backup first, changed or removed."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path

from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from parishdesk.errors import ParishDeskError
from parishdesk.gui.common import file_chooser
from parishdesk.gui.common.labels import ERROR_STYLE
from parishdesk.paths import DataPaths
from parishdesk.services import encryption, keychain, maintenance

TRIES = 3
LOST_WARNING = (
    "<b>If the password is lost, the data is lost.</b> Nobody can open the database or its "
    "backups without it: not ParishDesk, not your supplier, not your IT adviser. Write it "
    "down and keep it somewhere safe, away from this laptop."
)


def _password_field(name: str) -> QLineEdit:
    field = QLineEdit()
    field.setEchoMode(QLineEdit.EchoMode.Password)
    field.setAccessibleName(name)
    field.setMinimumWidth(260)
    return field


def _remember_box(layout: QVBoxLayout) -> QCheckBox:
    """"Remember it", put in the dialog only where a real keychain exists."""
    box = QCheckBox("&Remember it in this computer's keychain")
    if keychain.available():
        layout.addWidget(box)
    else:
        box.hide()
    return box


class PasswordPrompt(QDialog):
    """Start-up: the data is protected; type the password."""

    def __init__(self, paths: DataPaths, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle("ParishDesk: password")
        layout = QVBoxLayout(self)
        intro = QLabel("Your ParishDesk data is protected with a password. Please type it "
                       "to open your data.")
        intro.setWordWrap(True)
        layout.addWidget(intro)
        form = QFormLayout()
        self.password = _password_field("Password")
        form.addRow("&Password:", self.password)
        layout.addLayout(form)
        self.remember = _remember_box(layout)
        self.problem = QLabel("")
        self.problem.setStyleSheet(ERROR_STYLE)
        self.problem.setWordWrap(True)
        layout.addWidget(self.problem)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Open
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.resize(460, 0)


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


class ProtectDialog(QDialog):
    """File > Protect with a password…: the warning, a backup first, the new password."""

    def __init__(self, paths: DataPaths, today: dt.date, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.paths, self.today = paths, today
        self.setWindowTitle("Protect with a password")
        layout = QVBoxLayout(self)
        intro = QLabel(
            "ParishDesk will encrypt the database and every backup with a password, so that "
            "nobody who gets hold of this laptop or a backup can read councillors' and "
            "staff's personal data. You will type the password each time ParishDesk starts.")
        intro.setWordWrap(True)
        layout.addWidget(intro)
        warning = QLabel(LOST_WARNING)
        warning.setWordWrap(True)
        warning.setStyleSheet("background: #fff4ce; padding: 8px; border: 1px solid #e0c36c;")
        layout.addWidget(warning)
        backup_row = QLabel("Before you start, you can keep an unprotected copy of the data "
                            "in a place of your choosing (a memory stick kept locked away).")
        backup_row.setWordWrap(True)
        layout.addWidget(backup_row)
        self.backup_button = QPushButton("&Back up to a place of my choosing first…")
        self.backup_button.clicked.connect(self.back_up_first)
        layout.addWidget(self.backup_button)
        self.backed_up = QLabel("")
        self.backed_up.setWordWrap(True)
        layout.addWidget(self.backed_up)
        form = QFormLayout()
        self.password = _password_field("New password")
        self.again = _password_field("New password again")
        form.addRow("&New password:", self.password)
        form.addRow("Type it &again:", self.again)
        layout.addLayout(form)
        hint = QLabel(f"At least {encryption.MIN_LENGTH} characters; a short sentence is "
                      "easy to remember and hard to guess.")
        hint.setWordWrap(True)
        layout.addWidget(hint)
        self.remember = _remember_box(layout)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.protect_button = self.buttons.addButton(
            "&Protect the data", QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.accepted.connect(self.protect)
        self.buttons.rejected.connect(self.reject)
        layout.addStretch(1)
        layout.addWidget(self.buttons)
        self.resize(560, 0)

    def back_up_first(self, to: Path | None = None) -> None:
        if to is None:
            chosen, _ = file_chooser.get_save_file_name(
                self, "Back up to", str(Path.home() / f"parishdesk-{self.today:%Y-%m-%d}"
                                        ".sqlite3"), "ParishDesk backup (*.sqlite3)")
            if not chosen:
                return
            to = Path(chosen)
        try:
            made = maintenance.back_up_now(self.paths, to=to)
        except (ParishDeskError, OSError) as exc:
            from parishdesk.gui.common import errors

            errors.show_expected(self, exc)
            return
        self.backed_up.setText(f"Backed up to {made}.")

    def protect(self) -> None:
        try:
            encryption.protect(self.paths, self.password.text(), self.again.text(), self.today)
        except (ParishDeskError, OSError) as exc:
            from parishdesk.gui.common import errors

            errors.show_expected(self, exc)
            return
        if self.remember.isChecked():
            keychain.remember(self.paths, self.password.text())
        self.accept()


class ChangePasswordDialog(QDialog):
    """File > Change or remove the password…"""

    def __init__(self, paths: DataPaths, today: dt.date, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.paths, self.today = paths, today
        self.setWindowTitle("Change or remove the password")
        layout = QVBoxLayout(self)
        warning = QLabel(LOST_WARNING)
        warning.setWordWrap(True)
        warning.setStyleSheet("background: #fff4ce; padding: 8px; border: 1px solid #e0c36c;")
        layout.addWidget(warning)
        form = QFormLayout()
        self.current = _password_field("Current password")
        self.password = _password_field("New password")
        self.again = _password_field("New password again")
        form.addRow("&Current password:", self.current)
        form.addRow("&New password:", self.password)
        form.addRow("Type it &again:", self.again)
        layout.addLayout(form)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.change_button = self.buttons.addButton(
            "C&hange the password", QDialogButtonBox.ButtonRole.AcceptRole)
        self.remove_button = self.buttons.addButton(
            "&Remove the password…", QDialogButtonBox.ButtonRole.ActionRole)
        self.buttons.accepted.connect(self.change)
        self.buttons.rejected.connect(self.reject)
        self.remove_button.clicked.connect(lambda: self.remove())
        layout.addStretch(1)
        layout.addWidget(self.buttons)
        self.resize(520, 0)

    def _show(self, exc: BaseException) -> None:
        from parishdesk.gui.common import errors

        errors.show_expected(self, exc)

    def change(self) -> None:
        try:
            encryption.change_password(self.paths, self.current.text(), self.password.text(),
                                       self.again.text(), self.today)
        except (ParishDeskError, OSError) as exc:
            self._show(exc)
            return
        if keychain.remembered(self.paths):
            keychain.remember(self.paths, self.password.text())
        self.accept()

    def remove(self, confirmed: bool = False) -> None:
        if not confirmed and QMessageBox.question(
                self, "Remove the password",
                "Store the data without a password again? Anybody who gets hold of this "
                "laptop or a backup will then be able to read it.") \
                != QMessageBox.StandardButton.Yes:
            return
        try:
            encryption.remove_password(self.paths, self.current.text(), self.today)
        except (ParishDeskError, OSError) as exc:
            self._show(exc)
            return
        keychain.forget(self.paths)
        self.accept()


def protect_or_change(paths: DataPaths, today: dt.date, parent: QWidget | None = None) -> bool:
    """The File menu's entry: protect unprotected data, else change or remove the password."""
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
