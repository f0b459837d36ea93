"""The general-letter composer: recipient, subject, text, copies and who signs.

The copy list is always on show because there are no blind copies (CORR-1),
and a letter may go out in the Clerk's or, where CORR-2 allows, the Chair's
name. Issue first shows the exact PDF; only Issue there numbers the letter and keeps
it in the register (Edit comes back here, Cancel drops it); a
problem is shown beside the field it is about.
"""

from __future__ import annotations

from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from parishdesk.domain.letters import Letter, Recipient, TemplateError, allowed_signatories
from parishdesk.domain.rules import rule
from parishdesk.errors import ParishDeskError
from parishdesk.gui.common.context import AppContext
from parishdesk.gui.common.field_errors import FieldErrors, error_label
from parishdesk.gui.common.pdf_preview import Choice, ask_to_issue
from parishdesk.services import letter_preview, letters
from parishdesk.services import members as member_register


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
        self.field_errors = FieldErrors(self, {})
        for text, widget, key in (("&To:", self.recipient_combo, ""),
                                  ("&Name:", self.other_name, "name"),
                                  ("A&ddress:", self.other_address, ""),
                                  ("&Subject:", self.subject, "subject"),
                                  ("&Letter:", self.body, "body")):
            label = QLabel(text)
            label.setBuddy(widget)
            form.addRow(label, widget)
            if key:
                problem = error_label(f"Problem with the {widget.accessibleName().lower()}")
                form.addRow("", problem)
                self.field_errors.add(key, problem, widget)
        self.subject_error = self.field_errors.labels["subject"]
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
        note = QLabel(f"{corr2.title}. "
                      + ("The Chair may sign this kind of letter instead."
                         if "chair" in allowed else
                         "This kind of letter commits the council, so only the Clerk may sign it."))
        note.setWordWrap(True)
        sign_layout.addWidget(self.clerk_radio)
        sign_layout.addWidget(self.chair_radio)
        sign_layout.addWidget(note)
        layout.addWidget(sign_box)

        self.error = error_label("Problem with the letter")
        layout.addWidget(self.error)
        self.field_errors.general = self.error
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel)
        self.issue_button = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.issue_button.setText("&Issue letter")
        buttons.accepted.connect(self.issue)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.recipient_combo.currentIndexChanged.connect(lambda _i: self._recipient_changed())
        self._recipient_changed()
        self.resize(640, 720)

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
        problems: dict[str, str] = {}
        if not self.subject.text().strip():
            problems["subject"] = "Give the letter a subject."
        if not self.body.toPlainText().strip():
            problems["body"] = "Write the letter's text before issuing it."
        if self.recipient_combo.currentData() is None and not self.other_name.text().strip():
            problems["name"] = "Say who the letter is to."
        if self.field_errors.show(problems):
            return
        on = self.ctx.today()
        try:
            recipient, person_id = self.recipient()
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
        if ask_to_issue(self, shown.pdf, shown.reference) is Choice.ISSUE:
            self.issued = letter_preview.issue_as_previewed(issue, shown)
            return True
        # Edit or Cancel: nothing numbered, nothing filed, and the clerk is back in this
        # form with everything typed still there (closing it is the form's own Cancel).
        self.body.setFocus()
        return False

    def _fail(self, message: str) -> None:
        self.field_errors.show({"": message})

    @classmethod
    def ask(cls, ctx: AppContext, parent: QWidget | None = None) -> letters.IssuedLetterInfo | None:
        dialog = cls(ctx, parent)
        dialog.exec()
        return dialog.issued
