"""Errors in the GUI: plain messages for expected problems, a logged dialog for bugs."""

from __future__ import annotations

import logging
import sys
import traceback
from types import TracebackType

from PySide6 import QtGui
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from parishdesk.errors import ParishDeskError
from parishdesk.gui.common.markup import escape

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


class ErrorDialog(QDialog):
    """Says something unexpected went wrong, and offers the details to copy."""

    def __init__(self, summary: str, details: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle("Something went wrong")
        self.details = details
        layout = QVBoxLayout(self)
        message = QLabel(
            "<b>ParishDesk met an unexpected problem.</b><br>"
            f"{escape(summary)}<br><br>What you were doing when it happened may not have "
            "been saved: please check it. Every change ParishDesk confirmed before is kept. "
            "The details have been written to the log. If it happens again, copy the "
            "details and send them to your support contact."
        )
        message.setWordWrap(True)
        layout.addWidget(message)
        self.text = QPlainTextEdit(details)
        self.text.setReadOnly(True)
        self.text.setAccessibleName("Error details")
        self.text.setMinimumHeight(160)
        layout.addWidget(self.text)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.copy_button = QPushButton("&Copy details")
        buttons.addButton(self.copy_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.copy_button.clicked.connect(self.copy_details)
        buttons.rejected.connect(self.reject)
        buttons.accepted.connect(self.accept)
        layout.addWidget(buttons)
        self.resize(560, 380)

    def copy_details(self) -> None:
        QApplication.clipboard().setText(self.details)
        self.copy_button.setText("Copied")


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
        ErrorDialog(f"{exc_type.__name__}: {exc}", details, parent).exec()


def install() -> None:
    sys.excepthook = excepthook
