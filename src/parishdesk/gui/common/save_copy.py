"""File > Save a copy of the data…: a backup file in a place of the clerk's choosing.

The copy is made by the same service as File > Back up now (it refuses to copy a damaged
database) and ends in ``.parishdesk-backup``: opened later (a double click where the
installer registered the type, or ``parishdesk open-backup FILE``), ParishDesk asks and
restores it.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

from PySide6.QtWidgets import QMessageBox, QWidget

from parishdesk.gui.common import errors, file_chooser
from parishdesk.gui.common.background import run_in_background
from parishdesk.paths import DataPaths
from parishdesk.services import backup_files
from parishdesk.services.council import current_council


def ask_target(parent: QWidget, today: dt.date) -> Path | None:
    council = current_council()
    name, _ = file_chooser.get_save_file_name(
        parent, "Save a copy of the data",
        backup_files.copy_name(council.name if council else None, today),
        f"ParishDesk backup (*{backup_files.COPY_SUFFIX})")
    return Path(name) if name else None


def save_copy(parent: QWidget, paths: DataPaths, today: dt.date,
              target: Path | None = None) -> Path | None:
    """Ask where (unless ``target`` is given), save the copy, and say where it went."""
    target = target or ask_target(parent, today)
    if target is None:
        return None
    saved: list[Path] = []

    def work(_progress: Any) -> Path:
        return backup_files.save_copy(paths, target)

    def done(path: Path) -> None:
        saved.append(path)
        QMessageBox.information(
            parent, "Copy saved",
            f"A copy of the data is saved at:\n{path}\n\nKeep it somewhere safe, away from "
            "this computer. To go back to it, open the file with ParishDesk.")

    run_in_background(parent, work, done, lambda exc: errors.show_expected(parent, exc),
                      label="Saving a copy of the data…", cancellable=False)
    return saved[0] if saved else None
