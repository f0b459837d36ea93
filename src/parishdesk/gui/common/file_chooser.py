"""Every file chooser in ParishDesk: it opens in the clerk's Documents folder the first
time and in the last folder used after that.

The functions take the same arguments and give the same answers as
``QFileDialog.getOpenFileName``, ``getSaveFileName`` and ``getExistingDirectory``, so a
window calls one of them where it would call Qt's. A suggested name keeps only its file
name: the folder is always the one the clerk last used (remembered between sessions in
the app's settings), or Documents the first time.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QSettings, QStandardPaths
from PySide6.QtWidgets import QFileDialog, QWidget

SETTINGS_KEY = "files/last_folder"

#: Where the last folder is kept (tests give their own).
settings_factory: Callable[[], QSettings] = QSettings


def documents_folder() -> Path:
    """The clerk's Documents folder (their home folder if the system has none)."""
    found = QStandardPaths.writableLocation(
        QStandardPaths.StandardLocation.DocumentsLocation)
    folder = Path(found) if found else Path.home()
    return folder if folder.is_dir() else Path.home()


def start_folder() -> Path:
    """The last folder the clerk chose a file in, if it is still there; else Documents."""
    last = settings_factory().value(SETTINGS_KEY, "")
    if isinstance(last, str) and last and Path(last).is_dir():
        return Path(last)
    return documents_folder()


def remember(chosen: str | Path) -> None:
    """Remember the folder of a file (or the folder) the clerk has just chosen."""
    path = Path(chosen)
    folder = path if path.is_dir() else path.parent
    settings = settings_factory()
    settings.setValue(SETTINGS_KEY, str(folder))
    settings.sync()


def _start(suggested: str | Path = "") -> str:
    """The start folder, with the suggested file name (its own folder is not used)."""
    name = Path(suggested).name if str(suggested) else ""
    folder = start_folder()
    return str(folder / name) if name else str(folder)


def get_open_file_name(parent: QWidget | None, caption: str = "", dir: str | Path = "",  # noqa: A002
                       filter: str = "") -> tuple[str, str]:  # noqa: A002 - Qt's names
    """Ask for a file to open (``QFileDialog.getOpenFileName``, starting as above)."""
    name, chosen_filter = QFileDialog.getOpenFileName(parent, caption, _start(dir), filter)
    if name:
        remember(name)
    return name, chosen_filter


def get_save_file_name(parent: QWidget | None, caption: str = "", dir: str | Path = "",  # noqa: A002
                       filter: str = "") -> tuple[str, str]:  # noqa: A002 - Qt's names
    """Ask where to save a file (``QFileDialog.getSaveFileName``, starting as above)."""
    name, chosen_filter = QFileDialog.getSaveFileName(parent, caption, _start(dir), filter)
    if name:
        remember(name)
    return name, chosen_filter


def get_existing_directory(parent: QWidget | None, caption: str = "",
                           dir: str | Path = "") -> str:  # noqa: A002 - Qt's name
    """Ask for a folder (``QFileDialog.getExistingDirectory``, starting as above)."""
    del dir  # always the remembered folder (or Documents)
    folder = QFileDialog.getExistingDirectory(parent, caption, str(start_folder()))
    if folder:
        remember(folder)
    return folder
