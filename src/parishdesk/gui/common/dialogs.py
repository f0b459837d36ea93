"""Small dialogs: choose a backup, the log viewer, About, and the damaged-database prompt."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from parishdesk.services.maintenance import BackupInfo


class BackupChooser(QDialog):
    """Lists backups, newest first; the clerk picks one to restore."""

    def __init__(self, backups: list[BackupInfo], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle("Restore from backup")
        layout = QVBoxLayout(self)
        intro = QLabel("Choose the backup to go back to. The database as it is now will be "
                       "kept as a backup first, so nothing is lost.")
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.list = QListWidget()
        self.list.setAccessibleName("Backups")
        for info in backups:
            item = QListWidgetItem(info.label)
            item.setData(256, str(info.path))
            item.setToolTip(str(info.path))
            self.list.addItem(item)
        if backups:
            self.list.setCurrentRow(0)
        layout.addWidget(self.list)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText("&Restore")
        # A copy saved elsewhere (File > Save a copy of the data…), e.g. on a memory stick.
        other = buttons.addButton("&Other backup file…", QDialogButtonBox.ButtonRole.ActionRole)
        other.setToolTip("Restore a copy saved on a memory stick or in another folder")
        other.clicked.connect(self.choose_file)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self.list.itemDoubleClicked.connect(lambda _item: self.accept())
        layout.addWidget(buttons)
        self.resize(460, 360)
        self.other_file: Path | None = None

    def choose_file(self) -> None:
        from parishdesk.gui.common.file_chooser import get_open_file_name

        name, _ = get_open_file_name(self, "Restore from a backup file", "",
                                     "ParishDesk backups (*.parishdesk-backup *.sqlite3)")
        if name:
            self.other_file = Path(name)
            self.accept()

    def chosen(self) -> Path | None:
        if self.other_file is not None:
            return self.other_file
        item = self.list.currentItem()
        return Path(item.data(256)) if item else None

    @classmethod
    def ask(cls, backups: list[BackupInfo], parent: QWidget | None = None) -> Path | None:
        dialog = cls(backups, parent)
        return dialog.chosen() if dialog.exec() == QDialog.DialogCode.Accepted else None


class LogViewer(QDialog):
    def __init__(self, log_file: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle("ParishDesk log")
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(f"Log file: {log_file}"))
        self.text = QPlainTextEdit()
        self.text.setReadOnly(True)
        self.text.setAccessibleName("Log")
        try:
            lines = log_file.read_text(encoding="utf-8", errors="replace").splitlines()[-500:]
            self.text.setPlainText("\n".join(lines) or "The log is empty.")
        except OSError:
            self.text.setPlainText("There is no log yet.")
        layout.addWidget(self.text)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.resize(760, 480)
        self.text.moveCursor(self.text.textCursor().MoveOperation.End)


def about_text(data_dir: Path) -> str:
    """What ParishDesk is, naming only the areas that are built in this version."""
    from importlib.util import find_spec

    from parishdesk import __version__  # from the package metadata: read only when asked
    from parishdesk.gui.areas import AREAS

    built = [spec.label for spec in AREAS if find_spec(spec.module) is not None]
    areas = ", ".join(built[:-1]) + f" and {built[-1]}" if len(built) > 1 else "".join(built)
    return (f"<h3>ParishDesk {__version__}</h3>"
            "<p>Keeps a parish council's relations between councillors and staff in good "
            "order, offline on this computer.</p>"
            f"<p>Areas in this version: {areas}. Press F1 for the guide.</p>"
            f"<p>Your data is kept in:<br><code>{data_dir}</code></p>")


def show_about(parent: QWidget | None, data_dir: Path) -> None:
    QMessageBox.about(parent, "About ParishDesk", about_text(data_dir))


def tell_empty_database_set_aside(parent: QWidget | None, kept: Path) -> None:
    """An empty database file and no backup: it is kept aside and set-up starts afresh."""
    QMessageBox.information(
        parent, "The database file was empty",
        "The ParishDesk database file was empty: it held no data at all, and there is no "
        f"backup with a council in it. The empty file has been kept at {kept}, and "
        "ParishDesk will now help you set up your council. If you have a backup elsewhere, "
        "restore it with File \N{BLACK RIGHT-POINTING SMALL TRIANGLE} Restore a backup… "
        "once set-up is done.")


def ask_restore_damaged(parent: QWidget | None, message: str, backup_label: str | None) -> bool:
    """The database is damaged: offer the newest good backup. True if the clerk agrees."""
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Critical)
    box.setWindowTitle("The database is damaged")
    box.setText(message)
    if backup_label:
        box.setInformativeText(f"Restore the newest good backup ({backup_label})? The damaged "
                               "file will be moved to the \"damaged\" folder, not deleted.")
        restore = box.addButton("&Restore backup", QMessageBox.ButtonRole.AcceptRole)
        box.addButton("&Quit", QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(restore)
        box.exec()
        return box.clickedButton() is restore
    box.setInformativeText("No good backup was found. The file has been left as it is; "
                           "please contact your support adviser.")
    box.addButton("&Quit", QMessageBox.ButtonRole.RejectRole)
    box.exec()
    return False
