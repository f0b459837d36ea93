"""The letters register (search as you type, open, reprint) and the general-letter composer.

Every letter the council has issued is listed newest first. A reprint is the
letter exactly as issued (the same bytes as the original), written to a file
the clerk chooses. The composer writes a general letter: the copy list is
always on show because there are no blind copies (CORR-1), and it may go out
in the Clerk's or, where CORR-2 allows, the Chair's name.
"""

from __future__ import annotations

import html
from pathlib import Path

from PySide6.QtCore import QItemSelection, Qt, QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QSplitter,
    QStackedWidget,
    QTableView,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from parishdesk.domain.letters import (
    LETTER_TYPES,
    Letter,
    Recipient,
    TemplateError,
    allowed_signatories,
    cc_line,
)
from parishdesk.domain.rules import rule
from parishdesk.errors import ParishDeskError
from parishdesk.gui import errors
from parishdesk.gui.common.pdf_preview import Choice, ask_to_issue
from parishdesk.gui.context import AppContext
from parishdesk.gui.documents_common import (
    ERROR_STYLE,
    Column,
    RowsModel,
    empty_state,
    fmt_date,
    make_action,
    sortable_date,
    sorted_proxy,
)
from parishdesk.services import letter_preview, letters
from parishdesk.services import members as member_register
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
        make_action(self, "Find", "Ctrl+F", self.search.setFocus)
        self.buttons: dict[str, QPushButton] = {}
        for key, action in (("new", self.new_action), ("open", self.open_action),
                            ("reprint", self.reprint_action)):
            button = QPushButton(action.text())
            button.setToolTip(action.toolTip())
            button.setAccessibleName(action.text().replace("&", "").rstrip("…"))
            button.clicked.connect(action.trigger)
            top.addWidget(button)
            self.buttons[key] = button
        layout.addLayout(top)
        self.model: RowsModel[LetterSummary] = RowsModel(COLUMNS, self)
        self.proxy = sorted_proxy(self.model, self)
        self.table = QTableView()
        self.table.setModel(self.proxy)
        self.table.setAccessibleName("Letters register")
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(1, Qt.SortOrder.DescendingOrder)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.setWordWrap(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
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
        for key in ("open", "reprint"):
            self.buttons[key].setEnabled(row is not None)
        self.open_action.setEnabled(row is not None)
        self.reprint_action.setEnabled(row is not None)
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
            "<p>Open PDF shows the letter as issued; Reprint saves an identical copy.</p>")

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
        name, _ = QFileDialog.getSaveFileName(parent, "Reprint the letter to", suggested,
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

    def new_letter(self) -> None:
        issued = LetterComposer.ask(self.ctx, self)
        if issued is not None:
            self.search.clear()
            self.refresh()
            self.lettersChanged.emit()


class LetterComposer(QDialog):
    """Write a general letter; on Issue it is numbered, rendered and kept in the register."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None,
                 letter_type: str = "general") -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.letter_type = letter_type
        self.issued: letters.IssuedLetterInfo | None = None
        self.setWindowTitle("New general letter")
        on = ctx.today()
        self.councillors = member_register.councillors(on)
        layout = QVBoxLayout(self)
        form = QFormLayout()
        self.recipient_combo = QComboBox()
        self.recipient_combo.setAccessibleName("Recipient")
        for councillor in self.councillors:
            self.recipient_combo.addItem(councillor.display_name, councillor.id)
        self.recipient_combo.addItem("Someone else…", None)
        self.other_name = QLineEdit()
        self.other_name.setAccessibleName("Recipient's name")
        self.other_name.setPlaceholderText("Name as it should appear on the letter")
        self.other_address = QPlainTextEdit()
        self.other_address.setAccessibleName("Recipient's address")
        self.other_address.setPlaceholderText("One line per row of the address")
        self.other_address.setMaximumHeight(70)
        self.other_address.setTabChangesFocus(True)
        self.subject = QLineEdit()
        self.subject.setAccessibleName("Subject")
        self.body = QPlainTextEdit()
        self.body.setAccessibleName("Letter text")
        self.body.setPlaceholderText("The letter's text. Leave a blank line between paragraphs.")
        self.body.setTabChangesFocus(True)
        for text, widget in (("&To:", self.recipient_combo), ("&Name:", self.other_name),
                             ("A&ddress:", self.other_address), ("&Subject:", self.subject),
                             ("&Letter:", self.body)):
            label = QLabel(text)
            label.setBuddy(widget)
            form.addRow(label, widget)
        self.subject_error = self._error_label()
        form.addRow("", self.subject_error)
        layout.addLayout(form, 1)

        cc_box = QGroupBox("Copies (cc) — printed on the letter; there are no blind copies")
        cc_layout = QVBoxLayout(cc_box)
        self.cc_list = QListWidget()
        self.cc_list.setAccessibleName("Copied to")
        self.cc_list.setMaximumHeight(90)
        cc_layout.addWidget(self.cc_list)
        cc_row = QHBoxLayout()
        self.cc_combo = QComboBox()
        self.cc_combo.setEditable(True)
        self.cc_combo.setAccessibleName("Person to copy")
        self.cc_combo.addItems([c.display_name for c in self.councillors])
        self.cc_combo.setCurrentText("")
        self.cc_add = QPushButton("&Add copy")
        self.cc_add.clicked.connect(self.add_cc)
        self.cc_remove = QPushButton("Re&move copy")
        self.cc_remove.clicked.connect(self.remove_cc)
        cc_row.addWidget(self.cc_combo, 1)
        cc_row.addWidget(self.cc_add)
        cc_row.addWidget(self.cc_remove)
        cc_layout.addLayout(cc_row)
        layout.addWidget(cc_box)

        sign_box = QGroupBox("Signed by")
        sign_layout = QVBoxLayout(sign_box)
        self.clerk_radio = QRadioButton("The &Clerk, as Proper Officer")
        self.chair_radio = QRadioButton("The C&hair of the Council")
        self.clerk_radio.setChecked(True)
        self.sign_group = QButtonGroup(self)
        self.sign_group.addButton(self.clerk_radio)
        self.sign_group.addButton(self.chair_radio)
        allowed = allowed_signatories(letter_type)
        self.chair_radio.setEnabled("chair" in allowed)
        corr2 = rule("CORR-2")
        note = QLabel(f"{corr2.title} ({corr2.id}). "
                      + ("The Chair may sign this kind of letter instead."
                         if "chair" in allowed else
                         "This kind of letter commits the council, so only the Clerk may sign it."))
        note.setWordWrap(True)
        sign_layout.addWidget(self.clerk_radio)
        sign_layout.addWidget(self.chair_radio)
        sign_layout.addWidget(note)
        layout.addWidget(sign_box)

        self.error = self._error_label()
        layout.addWidget(self.error)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText("&Issue letter")
        buttons.accepted.connect(self.issue)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.recipient_combo.currentIndexChanged.connect(lambda _i: self._recipient_changed())
        self._recipient_changed()
        self.resize(640, 720)

    def _error_label(self) -> QLabel:
        label = QLabel()
        label.setStyleSheet(ERROR_STYLE)
        label.setWordWrap(True)
        label.hide()
        return label

    def _recipient_changed(self) -> None:
        other = self.recipient_combo.currentData() is None
        self.other_name.setEnabled(other)
        self.other_address.setEnabled(other)

    def add_cc(self) -> None:
        name = " ".join(self.cc_combo.currentText().split())
        existing = [self.cc_list.item(i).text() for i in range(self.cc_list.count())]
        if name and name not in existing:
            self.cc_list.addItem(name)
        self.cc_combo.setCurrentText("")

    def remove_cc(self) -> None:
        row = self.cc_list.currentRow()
        if row >= 0:
            self.cc_list.takeItem(row)

    def copies(self) -> tuple[str, ...]:
        return tuple(self.cc_list.item(i).text() for i in range(self.cc_list.count()))

    def recipient(self) -> tuple[Recipient, int | None]:
        person_id = self.recipient_combo.currentData()
        if person_id is not None:
            return letters.councillor_recipient(int(person_id)), int(person_id)
        lines = tuple(x.strip() for x in self.other_address.toPlainText().splitlines() if x.strip())
        return Recipient(self.other_name.text().strip(), lines), None

    def issue(self) -> None:
        for label in (self.error, self.subject_error):
            label.hide()
        if not self.subject.text().strip():
            self.subject_error.setText("Give the letter a subject.")
            self.subject_error.show()
            return
        if not self.body.toPlainText().strip():
            self._fail("Write the letter's text before issuing it.")
            return
        on = self.ctx.today()
        try:
            recipient, person_id = self.recipient()
            if not recipient.name:
                self._fail("Say who the letter is to.")
                return
            subject, paragraphs = letters.from_template(
                self.letter_type,
                {"subject": self.subject.text().strip(), "body": self.body.toPlainText().strip(),
                 "councillor_name": recipient.name}, self.ctx.paths, on)
            letter = letters.compose(self.letter_type, recipient, subject, paragraphs, on,
                                     cc=self.copies(),
                                     signatory_role="chair" if self.chair_radio.isChecked()
                                     else "clerk")
            if not self._issue_after_preview(letter, person_id):
                return
        except ParishDeskError as exc:
            self._fail(str(exc))
            return
        except ValueError as exc:
            if isinstance(exc, TemplateError):  # e.g. a field the letter cannot fill
                self._fail("The template for this letter needs correcting in the Letter "
                           f"templates tab before the letter can go out. {exc}")
            else:
                self._fail(str(exc))
            return
        self.accept()

    def _issue_after_preview(self, letter: Letter, person_id: int | None) -> bool:
        """The exact PDF first; only Issue numbers and files it. False: back to editing."""
        def issue() -> letters.IssuedLetterInfo:
            return letters.issue_letter(self.ctx.paths, letter, self.ctx.actor,
                                        recipient_person_id=person_id)

        shown = letter_preview.preview(issue)
        choice = ask_to_issue(self, shown.pdf, shown.reference)
        if choice is Choice.EDIT:
            return False
        if choice is Choice.ISSUE:
            self.issued = letter_preview.issue_as_previewed(issue, shown)
            return True
        self.reject()  # Cancel: nothing numbered, nothing filed
        return False

    def _fail(self, message: str) -> None:
        self.error.setText(message)
        self.error.show()

    @classmethod
    def ask(cls, ctx: AppContext, parent: QWidget | None = None) -> letters.IssuedLetterInfo | None:
        dialog = cls(ctx, parent)
        dialog.exec()
        return dialog.issued
