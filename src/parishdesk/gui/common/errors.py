"""Errors in the GUI: plain messages for expected problems, a logged dialog for bugs."""

from __future__ import annotations

import logging
import sys
import traceback
from types import TracebackType
from typing import Any

from PySide6 import QtGui
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from parishdesk.errors import ParishDeskError

log = logging.getLogger("parishdesk.errors")


def show_expected(parent: QWidget | None, exc: BaseException, title: str | None = None) -> None:
    """Tell the clerk about an expected problem in plain words (no traceback)."""
    exc = _explained(exc)
    if isinstance(exc, ParishDeskError):
        heading, text = title or exc.title, str(exc)
    elif isinstance(exc, PermissionError):
        heading = title or "A folder cannot be written to"
        text = (f"ParishDesk was not allowed to write to {exc.filename or 'a file'}. "
                "Check the folder is not read-only. Nothing was lost.")
    elif isinstance(exc, OSError) and getattr(exc, "errno", None) == 28:
        heading = title or "The disk is full"
        text = "There is no space left on the disk. Free some space and try again. Nothing was lost."
    elif isinstance(exc, OSError):
        heading = title or "A file could not be used"
        text = f"{exc.strerror or exc}: {exc.filename or ''}. Nothing was lost."
    else:
        heading, text = title or "ParishDesk", str(exc)
    # By kind only: the message may hold a name or an address (personal data).
    log.info("Expected problem shown to the clerk: %s", type(exc).__name__)
    QMessageBox.warning(parent, heading, as_plain_text(text))


def as_plain_text(text: str) -> str:
    """``text`` for a QMessageBox, shown exactly as written: the box guesses whether a text
    is markup, so one that looks like it (a name such as "<b>Ann</b>" in a message) is
    handed over escaped instead."""
    # The text helpers live on QtGui's Qt namespace, not QtCore's.
    return QtGui.Qt.convertFromPlainText(text) if QtGui.Qt.mightBeRichText(text) else text


def _explained(exc: BaseException) -> BaseException:
    """A full disk or read-only data, met by SQLite during a write, in plain words."""
    if isinstance(exc, ParishDeskError):
        return exc
    from parishdesk.services.maintenance import explain_failure

    return explain_failure(exc) or exc


def is_expected(exc: BaseException) -> bool:
    return isinstance(_explained(exc), (ParishDeskError, OSError))


def format_exception(exc_type: type[BaseException], exc: BaseException,
                     tb: TracebackType | None) -> str:
    return "".join(traceback.format_exception(exc_type, exc, tb))


def excepthook(exc_type: type[BaseException], exc: BaseException,
               tb: TracebackType | None) -> None:
    """Log every unexpected error with its traceback; show it to the clerk."""
    if issubclass(exc_type, KeyboardInterrupt):
        sys.__excepthook__(exc_type, exc, tb)
        return
    app = QApplication.instance()
    parent = app.activeWindow() if isinstance(app, QApplication) else None
    if is_expected(exc):
        if isinstance(app, QApplication):
            show_expected(parent, exc)
        return
    details = format_exception(exc_type, exc, tb)
    log.error("Unexpected error\n%s", details)
    if isinstance(app, QApplication):
        from parishdesk.gui.common.error_dialog import ErrorDialog  # only when needed

        ErrorDialog(f"{exc_type.__name__}: {exc}", details, parent).exec()


def __getattr__(name: str) -> Any:
    """``errors.ErrorDialog``: the dialog for a bug, loaded the first time it is wanted
    (its widgets' Python types are not made while the program starts)."""
    if name == "ErrorDialog":
        from parishdesk.gui.common.error_dialog import ErrorDialog

        return ErrorDialog
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


def install() -> None:
    sys.excepthook = excepthook
