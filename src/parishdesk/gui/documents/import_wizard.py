"""The import wizard: choose a protocol file, check and tidy the outline, then save a draft.

Page 1 reads and parses the file (Word, PDF, text or Markdown; the parser
drops page furniture and finds the numbering). Page 2 shows the tree with
the things to check (gaps, duplicates, very long clauses) and the tools to
fix them. Page 3 is the document control. Finishing saves the result as a
draft version; nothing is stored before that.
"""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from PySide6.QtWidgets import (
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from parishdesk.domain.protocol import Protocol, ProtocolMetadata
from parishdesk.errors import ParishDeskError, ValidationError
from parishdesk.gui.common import file_chooser
from parishdesk.gui.common.context import AppContext
from parishdesk.gui.common.date_field import first_unreadable_date
from parishdesk.gui.common.field_errors import FieldErrors, error_label
from parishdesk.gui.documents.common import date_edit, optional_date
from parishdesk.gui.documents.outline import OutlineEditor
from parishdesk.services import protocol_import, protocols

FILE_FILTER = "Protocol files (*.docx *.pdf *.txt *.md);;All files (*)"


class ChooseFilePage(QWizardPage):
    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__()
        self.owner = wizard
        self.setTitle("Choose the protocol file")
        self.setSubTitle("A Word document (.docx), a PDF with text in it, or a text file "
                         "(.txt or .md). Page headers, footers and page numbers are left out.")
        layout = QVBoxLayout(self)
        row = QHBoxLayout()
        self.path_edit = QLineEdit()
        self.path_edit.setAccessibleName("Protocol file")
        self.path_edit.setPlaceholderText("The protocol file on this computer")
        label = QLabel("&File:")
        label.setBuddy(self.path_edit)
        self.browse = QPushButton("&Browse…")
        self.browse.setAccessibleName("Browse for the protocol file")
        self.browse.clicked.connect(self.choose)
        row.addWidget(label)
        row.addWidget(self.path_edit, 1)
        row.addWidget(self.browse)
        layout.addLayout(row)
        self.error = error_label("Problem with the file")
        layout.addWidget(self.error)
        self.field_errors = FieldErrors(self, {"file": self.error}, {"file": self.path_edit})
        layout.addStretch(1)
        self.path_edit.textChanged.connect(lambda _t: self.completeChanged.emit())

    def choose(self) -> None:
        name, _ = file_chooser.get_open_file_name(self, "Choose the protocol file", "", FILE_FILTER)
        if name:
            self.path_edit.setText(name)

    def isComplete(self) -> bool:  # noqa: N802 - Qt override
        return bool(self.path_edit.text().strip())

    def validatePage(self) -> bool:  # noqa: N802 - Qt override
        path = Path(self.path_edit.text().strip())
        try:
            protocol = protocol_import.read_for_import(path)
        except protocol_import.ProtocolReadError as exc:
            self._fail(str(exc))
            return False
        self.field_errors.clear()
        self.owner.source_name = path.name
        self.owner.protocol = protocol
        return True

    def _fail(self, message: str) -> None:
        self.field_errors.show({"file": message})


class OutlinePage(QWizardPage):
    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__()
        self.owner = wizard
        self.setTitle("Check the sections and clauses")
        self.setSubTitle("This is what was found. Click a warning to go to the clause; edit, "
                         "merge, split or renumber until it matches the council's document.")
        layout = QVBoxLayout(self)
        self.editor = OutlineEditor(editable=True, show_warnings=True)
        self.editor.changed.connect(self._edited)
        layout.addWidget(self.editor)

    def initializePage(self) -> None:  # noqa: N802 - Qt override
        self.editor.set_protocol(self.owner.protocol)

    def _edited(self) -> None:
        self.owner.protocol = self.editor.protocol


class DocumentControlPage(QWizardPage):
    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__()
        self.owner = wizard
        self.setTitle("Document control")
        self.setSubTitle("The version and its dates (PROTO-1), as printed on the protocol. "
                         "Leave a date as \"Not set\" if the document does not give it.")
        form = QFormLayout(self)
        self.title_edit = QLineEdit()
        self.title_edit.setAccessibleName("Protocol title")
        self.version_edit = QLineEdit()
        self.version_edit.setAccessibleName("Version")
        self.adopted_edit = date_edit(None, "Date adopted", optional=True)
        self.reviewed_edit = date_edit(None, "Date last reviewed", optional=True)
        self.next_edit = date_edit(None, "Next review date", optional=True)
        self.adopted_by_edit = QLineEdit()
        self.adopted_by_edit.setAccessibleName("Adopted by (meeting and minute)")
        self.adopted_by_edit.setPlaceholderText("e.g. Full Council, minute 23/45")
        self.error = error_label("Problem with the document control")
        self.field_errors = FieldErrors(self, {}, general=self.error)
        for text, widget, key in (("&Title:", self.title_edit, ""),
                                  ("&Version:", self.version_edit, ""),
                                  ("&Adopted on:", self.adopted_edit, ""),
                                  ("&Last reviewed:", self.reviewed_edit, ""),
                                  ("&Next review:", self.next_edit, "next_review"),
                                  ("Adopted &by:", self.adopted_by_edit, "")):
            label = QLabel(text)
            label.setBuddy(widget)
            form.addRow(label, widget)
            if key:
                problem = error_label("Problem with the next review date")
                form.addRow("", problem)
                self.field_errors.add(key, problem, widget, self.reviewed_edit)
        form.addRow(self.error)
        note = QLabel("Finish saves this as a <b>draft</b>. It becomes the council's protocol "
                      "only when you adopt it in the Documents area.")
        note.setWordWrap(True)
        form.addRow(note)

    def show_error(self, message: str) -> None:
        self.field_errors.show({"": message})

    def initializePage(self) -> None:  # noqa: N802 - Qt override
        protocol = self.owner.protocol
        if protocol is None:
            return
        meta = protocol.metadata
        self.title_edit.setText(protocol.title)
        self.version_edit.setText(meta.version or "")
        for edit, value in ((self.adopted_edit, meta.adopted),
                            (self.reviewed_edit, meta.last_reviewed),
                            (self.next_edit, meta.next_review)):
            edit.set_value(value)
        self.adopted_by_edit.setText(meta.adopted_by or "")

    def metadata(self) -> ProtocolMetadata:
        return ProtocolMetadata(
            version=self.version_edit.text().strip() or None,
            adopted=optional_date(self.adopted_edit),
            last_reviewed=optional_date(self.reviewed_edit),
            next_review=optional_date(self.next_edit),
            adopted_by=self.adopted_by_edit.text().strip() or None,
        )


class ImportWizard(QWizard):
    """Import a protocol file as a draft version; ``version_id`` is set on success."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.protocol: Protocol | None = None
        self.source_name = ""
        self.version_id: int | None = None
        self.setWindowTitle("Import the council's protocol")
        self.setWizardStyle(QWizard.WizardStyle.ClassicStyle)
        self.choose_page = ChooseFilePage(self)
        self.outline_page = OutlinePage(self)
        self.control_page = DocumentControlPage(self)
        for page in (self.choose_page, self.outline_page, self.control_page):
            self.addPage(page)
        self.setButtonText(QWizard.WizardButton.FinishButton, "&Save as draft")
        self.resize(980, 680)

    def final_protocol(self) -> Protocol | None:
        if self.protocol is None:
            return None
        title = self.control_page.title_edit.text().strip() or self.protocol.title
        return replace(self.protocol, title=title, metadata=self.control_page.metadata())

    def accept(self) -> None:
        if first_unreadable_date(self.control_page) is not None:
            return  # the date field says beside it what is wrong
        protocol = self.final_protocol()
        if protocol is None:
            return
        try:
            self.version_id = protocols.save_draft(protocol, self.ctx.actor, self.source_name)
        except ValidationError as exc:
            self.control_page.field_errors.show_error(exc)
            return
        except ParishDeskError as exc:
            self.control_page.show_error(str(exc))
            return
        super().accept()

    @classmethod
    def ask(cls, ctx: AppContext, parent: QWidget | None = None) -> int | None:
        """Run the wizard; the new draft's version id, or None if cancelled."""
        wizard = cls(ctx, parent)
        wizard.exec()
        return wizard.version_id
