"""The letters register: search as you type, open, reprint, and write a general letter.

Every letter the council has issued is listed newest first. A reprint is the
letter exactly as issued (the same bytes as the original), written to a file
the clerk chooses. New letters are written in :mod:`.composer`.
"""

from __future__ import annotations

import html
from pathlib import Path

from PySide6.QtCore import QItemSelection, Qt, QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QSplitter,
    QStackedWidget,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from parishdesk.domain.letters import (
    LETTER_TYPES,
    cc_line,
)
from parishdesk.errors import ParishDeskError
from parishdesk.gui.common import errors, exports, file_chooser
from parishdesk.gui.common.button_bar import add_action_buttons, make_action
from parishdesk.gui.common.context import AppContext
from parishdesk.gui.common.tables import ReadOnlyTable
from parishdesk.gui.documents.common import (
    Column,
    RowsModel,
    empty_state,
    fmt_date,
    sortable_date,
    sorted_proxy,
)
from parishdesk.gui.documents.composer import LetterComposer
from parishdesk.services import letters
from parishdesk.services.letter_word import save_word_copy
from parishdesk.services.letters import LetterSummary


def type_label(letter_type: str) -> str:
    kind = LETTER_TYPES.get(letter_type)
    return kind.label if kind else letter_type


COLUMNS: tuple[Column[LetterSummary], ...] = (
    Column("Reference", lambda r: r.reference),
    Column("Date", lambda r: fmt_date(r.issued_on), sort_key=lambda r: sortable_date(r.issued_on)),
    Column("To", lambda r: r.recipient_name),
    Column("Subject", lambda r: r.subject),
    Column("Kind of letter", lambda r: type_label(r.letter_type)),
    Column("Signed by", lambda r: r.signatory_name),
)


class LettersTab(QWidget):
    """The letters register."""

    lettersChanged = Signal()  # noqa: N815 - Qt signal naming

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        layout = QVBoxLayout(self)
        top = QHBoxLayout()
        self.search = QLineEdit()
        self.search.setPlaceholderText("Search by reference, name, subject or copy (Ctrl+F)")
        self.search.setAccessibleName("Search letters")
        self.search.setClearButtonEnabled(True)
        top.addWidget(self.search, 1)
        self.new_action = make_action(self, "New &general letter…", "Ctrl+L", self.new_letter,
                                      "Write a general letter in the council's house style")
        self.open_action = make_action(self, "&Open PDF", "Ctrl+O", self.open_pdf,
                                       "Open the selected letter's PDF")
        self.reprint_action = make_action(self, "&Reprint to file…", "Ctrl+Shift+R", self.reprint,
                                          "Save an identical copy of the selected letter")
        self.word_action = make_action(self, "Save as &Word…", "Ctrl+Alt+W", self.save_word,
                                       "Save the selected letter as a Word document to edit "
                                       "or publish; the PDF stays the record")
        make_action(self, "Find", "Ctrl+F", self.search.setFocus)
        self.buttons = add_action_buttons(top, (
            ("new", self.new_action),
            ("open", self.open_action),
            ("reprint", self.reprint_action),
            ("word", self.word_action)))
        layout.addLayout(top)
        self.model: RowsModel[LetterSummary] = RowsModel(COLUMNS, self)
        self.proxy = sorted_proxy(self.model, self)
        self.table = ReadOnlyTable("Letters register", self.proxy,
                                   resize=QHeaderView.ResizeMode.ResizeToContents,
                                   stretch_last=False)
        self.table.sortByColumn(1, Qt.SortOrder.DescendingOrder)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        self.table.doubleClicked.connect(lambda _i: self.open_pdf())
        self.empty = empty_state("No letters yet. Letters appear here as soon as they are issued "
                                 "— write one with New general letter (Ctrl+L), or make a "
                                 "protocol pack.")
        self.stack = QStackedWidget()
        self.stack.addWidget(self.table)
        self.stack.addWidget(self.empty)
        self.details = QTextBrowser()
        self.details.setAccessibleName("Selected letter")
        split = QSplitter(Qt.Orientation.Horizontal)
        split.addWidget(self.stack)
        split.addWidget(self.details)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 1)
        layout.addWidget(split, 1)
        self.search.textChanged.connect(lambda _t: self.refresh())
        self.table.selectionModel().selectionChanged.connect(self._selection_changed)
        self.refresh()

    # -- showing -----------------------------------------------------------
    def refresh(self) -> None:
        text = self.search.text()
        rows = letters.search_letters(text)
        self.model.set_rows(rows)
        if not rows and text.strip():
            self.empty.setTextFormat(Qt.TextFormat.PlainText)  # quotes the search as typed
            self.empty.setText(f"No letter matches \"{text.strip()}\". Try fewer words, or clear "
                               "the search.")
        elif not rows:
            self.empty.setText("No letters yet. Letters appear here as soon as they are issued "
                               "— write one with New general letter (Ctrl+L), or make a "
                               "protocol pack.")
        self.stack.setCurrentWidget(self.table if rows else self.empty)
        if rows:
            self.table.selectRow(0)
        self._selection_changed(QItemSelection(), QItemSelection())

    def selected(self) -> LetterSummary | None:
        indexes = self.table.selectionModel().selectedRows()
        if not indexes:
            return None
        return self.model.rows[self.proxy.mapToSource(indexes[0]).row()]

    def _selection_changed(self, _new: QItemSelection, _old: QItemSelection) -> None:
        row = self.selected()
        for key in ("open", "reprint", "word"):
            self.buttons[key].setEnabled(row is not None)
        for action in (self.open_action, self.reprint_action, self.word_action):
            action.setEnabled(row is not None)
        if row is None:
            self.details.setHtml("<p>Choose a letter to see its details.</p>")
            return
        copies = html.escape(cc_line(row.cc.split("; ")) or "Nobody copied")
        self.details.setHtml(
            f"<h3>{html.escape(row.reference)}</h3>"
            f"<p><b>Date:</b> {fmt_date(row.issued_on)}<br><b>To:</b> {html.escape(row.recipient_name)}"
            f"<br><b>Subject:</b> {html.escape(row.subject)}<br><b>Kind:</b> "
            f"{html.escape(type_label(row.letter_type))}<br><b>Signed by:</b> "
            f"{html.escape(row.signatory_name)}"
            f"<br><b>Copies:</b> {copies}</p>"
            "<p>Open PDF shows the letter as issued; Reprint saves an identical copy; Save as "
            "Word makes a copy to edit or publish (the PDF stays the record).</p>")

    # -- actions -----------------------------------------------------------
    def open_pdf(self) -> None:
        row = self.selected()
        if row is None:
            return
        try:
            path = letters.stored_pdf(self.ctx.paths, row.id)
        except ParishDeskError as exc:
            errors.show_expected(self, exc)
            return
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))

    @classmethod
    def ask_save_path(cls, parent: QWidget, suggested: str) -> Path | None:
        name, _ = file_chooser.get_save_file_name(parent, "Reprint the letter to", suggested,
                                              "PDF files (*.pdf)")
        return Path(name) if name else None

    def reprint(self) -> Path | None:
        row = self.selected()
        if row is None:
            return None
        target = self.ask_save_path(self, row.reference.replace("/", "-") + ".pdf")
        if target is None:
            return None
        try:
            target.write_bytes(letters.reprint(self.ctx.paths, row.id))
        except (ParishDeskError, OSError) as exc:
            errors.show_expected(self, exc)
            return None
        return target

    def save_word(self, path: Path | None = None) -> Path | None:
        """A Word copy of the selected letter; the PDF in the register stays the record."""
        row = self.selected()
        if row is None:
            return None
        target = path or exports.ask_path(
            self, "Save the letter as Word",
            self.ctx.paths.data_dir / (row.reference.replace("/", "-") + ".docx"),
            exports.WORD_FILES)
        if target is None:
            return None

        def work() -> str:
            save_word_copy(row.id, target)
            return f"Letter {row.reference} saved to {target}."

        return target if exports.save(self, work, exports.WORD_COPY) else None

    def new_letter(self) -> None:
        issued = LetterComposer.ask(self.ctx, self)
        if issued is not None:
            self.search.clear()
            self.refresh()
            self.lettersChanged.emit()
