"""The exact PDF before it goes (Issue, Edit, Cancel), and an issued one to look at again.

:class:`PdfPreviewDialog` shows the pages in Qt's own PDF viewer (``QPdfView``). Asked with
:func:`ask_to_issue`, only Issue lets the caller number and register the letter; Edit takes
the clerk back to the text, Cancel leaves everything as it was. :func:`show_pdf` shows a
letter already issued, with Print… beside Close.
"""

from __future__ import annotations

import enum
from collections.abc import Callable
from pathlib import Path
from typing import TypeVar

from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from parishdesk.gui.common.printing import PdfSource, print_with_dialog
from parishdesk.services import letter_preview

T = TypeVar("T")


class Choice(enum.Enum):
    ISSUE = "issue"
    EDIT = "edit"
    CANCEL = "cancel"


class PdfPreviewDialog(QDialog):
    """Pages of one PDF, with a line saying what they are and the buttons the caller asks
    for. ``choice`` says which was pressed."""

    def __init__(self, pdf: bytes | Path, title: str, explanation: str,
                 parent: QWidget | None = None, *, issue_text: str = "",
                 can_edit: bool = False) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.pdf = pdf
        self.choice = Choice.CANCEL
        self.source = PdfSource(pdf, self)
        layout = QVBoxLayout(self)
        self.explanation = QLabel(explanation)
        self.explanation.setWordWrap(True)
        layout.addWidget(self.explanation)
        self.view = QPdfView(self)
        self.view.setPageMode(QPdfView.PageMode.MultiPage)
        self.view.setZoomMode(QPdfView.ZoomMode.Custom)
        self.view.setZoomFactor(1.0)  # the page at its real size: A4 is 21 cm wide
        self.view.setPageSpacing(12)
        self.view.setDocument(self.source.document)
        layout.addWidget(self.view, 1)
        pages = self.source.page_count()
        self.pages_label = QLabel("1 page" if pages == 1 else f"{pages} pages")
        self.buttons = QDialogButtonBox(self)
        self.issue_button: QPushButton | None = None
        self.edit_button: QPushButton | None = None
        if issue_text:
            self.issue_button = self.buttons.addButton(
                issue_text, QDialogButtonBox.ButtonRole.AcceptRole)
            self.issue_button.setDefault(True)
            self.issue_button.clicked.connect(lambda: self._finish(Choice.ISSUE))
        if can_edit:
            self.edit_button = self.buttons.addButton("&Edit",
                                                      QDialogButtonBox.ButtonRole.ResetRole)
            self.edit_button.clicked.connect(lambda: self._finish(Choice.EDIT))
        if not issue_text:
            self.print_button = self.buttons.addButton("&Print…",
                                                       QDialogButtonBox.ButtonRole.ActionRole)
            self.print_button.clicked.connect(
                lambda: print_with_dialog(self, self.pdf, self.windowTitle()))
        self.cancel_button = self.buttons.addButton(
            "Cancel" if issue_text else "Close", QDialogButtonBox.ButtonRole.RejectRole)
        self.cancel_button.clicked.connect(lambda: self._finish(Choice.CANCEL))
        footer = QHBoxLayout()
        footer.addWidget(self.pages_label)
        footer.addWidget(self.buttons, 1)
        layout.addLayout(footer)
        self.resize(900, 720)

    def _finish(self, choice: Choice) -> None:
        self.choice = choice
        if choice is Choice.CANCEL:
            self.reject()
        else:
            self.accept()


def ask_to_issue(parent: QWidget | None, pdf: bytes, reference: str, what: str = "letter",
                 *, can_edit: bool = True, issue_text: str = "&Issue") -> Choice:
    """Show ``pdf`` as it will be issued under ``reference``; the clerk's choice."""
    dialog = PdfPreviewDialog(
        pdf, f"Preview: {what} {reference}",
        f"This is the {what} exactly as it will be issued, as {reference}. Nothing is "
        "numbered or filed until you press Issue.", parent,
        issue_text=issue_text, can_edit=can_edit)
    dialog.exec()
    return dialog.choice


def issue_after_preview(parent: QWidget | None, issue: Callable[[], T], what: str) -> T | None:
    """Preview the letter ``issue`` would issue; run it for real only if the clerk presses
    Issue (None otherwise). ``issue`` must issue exactly one letter."""
    shown = letter_preview.preview(issue)
    if ask_to_issue(parent, shown.pdf, shown.reference, what, can_edit=False) is not Choice.ISSUE:
        return None
    return letter_preview.issue_as_previewed(issue, shown)


def show_pdf(parent: QWidget | None, pdf: bytes | Path, title: str,
             explanation: str = "") -> None:
    """Show a document already issued (or a register), with Print… and Close."""
    PdfPreviewDialog(pdf, title, explanation, parent).exec()
