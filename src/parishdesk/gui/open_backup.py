"""Opening a backup file from Explorer or the file manager: ask, restore, then start.

What a double click on a ``.parishdesk-backup`` file does once the Windows
installer has registered the type (``parishdesk open-backup FILE``).
"""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtWidgets import QApplication, QMessageBox

from parishdesk import APP_NAME


def application() -> QApplication:
    app = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(app, QApplication)
    app.setApplicationName(APP_NAME)
    app.setOrganizationName(APP_NAME)
    return app


def confirm_restore(source: Path, in_backup: str | None, current: str | None) -> bool:
    """Ask before the council's records are replaced by the backup. True: go ahead."""
    application()
    box = QMessageBox()
    box.setIcon(QMessageBox.Icon.Question)
    box.setWindowTitle("Restore from this backup?")
    what = f"the records of {in_backup}" if in_backup else "the records in it"
    box.setText(f"Restore {what} from this backup?")
    if current:
        now = (f"ParishDesk now holds the records of {current}. They will be replaced, "
               "but not lost: a copy of them is kept with your backups first.")
    else:
        now = "ParishDesk holds no council's records yet."
    box.setInformativeText(f"Backup: {source.name}\n\n{now}")
    restore = box.addButton("&Restore", QMessageBox.ButtonRole.AcceptRole)
    box.addButton("&Cancel", QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(restore)
    box.exec()
    return box.clickedButton() is restore


def show_restored(source: Path, kept: Path | None) -> None:
    application()
    text = f"The records from {source.name} have been restored. ParishDesk will now open."
    if kept:
        text += f"\n\nThe records as they were before are kept at:\n{kept}"
    QMessageBox.information(None, "Backup restored", text)


def show_problem(exc: BaseException) -> None:
    from parishdesk.gui.common import errors

    application()
    errors.show_expected(None, exc, "The backup was not restored")
