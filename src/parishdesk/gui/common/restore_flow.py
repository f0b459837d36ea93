"""File > Restore from backup…: choose a backup, confirm, and restore it (asking for the
backup's password when it was made under another one)."""

from __future__ import annotations

import datetime as dt

from PySide6.QtWidgets import QMessageBox, QWidget

from parishdesk.gui.common import errors, password_dialogs
from parishdesk.gui.common.background import wait_for_tasks
from parishdesk.gui.common.dialogs import BackupChooser
from parishdesk.paths import DataPaths
from parishdesk.services import maintenance


def restore_from_backup(parent: QWidget, paths: DataPaths, today: dt.date) -> bool:
    """Restore a backup the clerk chooses; True when restored (the app must then close)."""
    chosen = BackupChooser.ask(maintenance.backups(paths), parent)
    if chosen is None:
        return False
    answer = QMessageBox.question(
        parent, "Restore from backup",
        f"Go back to the backup {chosen.name}? Changes made since then will no longer "
        "show, but the database as it is now is kept as a backup first.")
    if answer != QMessageBox.StandardButton.Yes:
        return False
    wait_for_tasks()  # the background check reads the file that is about to be replaced
    password: str | None = None
    for attempt in range(password_dialogs.TRIES + 1):
        try:
            maintenance.restore(paths, chosen, today, password)
            break
        except Exception as exc:
            if password_dialogs.is_password_problem(exc) and attempt < password_dialogs.TRIES:
                password = password_dialogs.ask_backup_password(parent, chosen, attempt > 0)
                if password is not None:
                    continue
                return False
            if errors.is_expected(exc):
                errors.show_expected(parent, exc)
                return False
            raise
    QMessageBox.information(
        parent, "Restored",
        "The backup has been restored. ParishDesk will now close; open it again to "
        "carry on from the restored data.")
    return True
