"""The style's warning icon, got without loading ``QStyle`` into Python.

PySide builds the Python side of ``QStyle`` (a dozen enums with hundreds of
members) the first time any code names it, which costs about as much as a
quarter of a bare window's start. The first page the clerk sees shows warning
icons (forms overdue), so they are taken from the message box's own warning
icon instead: the same picture from the same style, on every platform.
"""

from __future__ import annotations

from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QMessageBox

_cache: dict[str, QIcon] = {}


def warning_icon() -> QIcon:
    """The style's warning sign (as a message box shows it), made once."""
    icon = _cache.get("warning")
    if icon is None:
        box = QMessageBox()
        box.setIcon(QMessageBox.Icon.Warning)
        icon = QIcon(box.iconPixmap())
        box.deleteLater()
        _cache["warning"] = icon
    return icon
