"""Dialogs for protocol versions: adopt, edit a draft, compare two versions (linking a
clause to rules is :mod:`parishdesk.gui.documents.rule_links_dialog`).

Each has a classmethod ``ask`` that tests replace; each calls one service
and shows its plain-words refusal beside the fields.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, replace

from PySide6.QtGui import QIcon, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QStyle,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from parishdesk.domain.protocol import Protocol
from parishdesk.domain.protocol_compare import ClauseDiff
from parishdesk.errors import ParishDeskError, ValidationError
from parishdesk.gui.common.context import AppContext
from parishdesk.gui.common.field_errors import FieldErrors, error_label
from parishdesk.gui.documents.common import (
    Column,
    RowsModel,
    date_edit,
    fmt_date,
    optional_date,
)
from parishdesk.gui.documents.outline import OutlineEditor
from parishdesk.gui.documents.rule_links_dialog import RuleLinksDialog
from parishdesk.gui.forms.ui_documents_adopt_dialog import Ui_AdoptDialog
from parishdesk.services import protocols
from parishdesk.services.protocols import VersionInfo

__all__ = ["AdoptDialog", "CompareDialog", "DraftEditor", "RuleLinksDialog", "describe_dates",
           "version_name"]


def version_name(info: VersionInfo) -> str:
    label = f"Version {info.version_label}" if info.version_label else f"Draft no. {info.id}"
    return f"{label} ({info.status})"


# --------------------------------------------------------------------------
# Adopt


@dataclass(frozen=True)
class Adoption:
    adopted_on: dt.date
    meeting: str
    minute_ref: str


class AdoptDialog(QDialog):
    def __init__(self, info: VersionInfo, current: VersionInfo | None, today: dt.date,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_AdoptDialog()
        self.ui.setupUi(self)
        self.setWindowTitle(f"Adopt {version_name(info).split(' (')[0]}")
        self.ui.dateEdit.set_value(today)
        self.ui.meetingEdit.setText(info.meeting)
        self.ui.minuteEdit.setText(info.minute_ref)
        self.field_errors = FieldErrors(self, {"meeting": self.ui.meetingError},
                                        {"meeting": self.ui.meetingEdit})
        replaced = (f"Version {current.version_label or current.id} will be marked superseded "
                    "and kept for the record. " if current else "")
        self.ui.warningLabel.setText(
            f"<b>{replaced}Every councillor will need to acknowledge the new version:</b> "
            "all acknowledgements go back to \"not yet acknowledged\", and new packs will be "
            "needed for everyone.")
        ok = self.ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText("&Adopt")
        self.ui.buttonBox.accepted.connect(self.try_accept)
        self.ui.buttonBox.rejected.connect(self.reject)
        self.result_value: Adoption | None = None

    def try_accept(self) -> None:
        adopted_on = self.ui.dateEdit.value()
        if adopted_on is None:  # the date field says beside it what is wrong
            return
        meeting = self.ui.meetingEdit.text().strip()
        if not meeting:
            self.field_errors.show({"meeting": "Say at which meeting the council adopted it."})
            return
        self.result_value = Adoption(adopted_on, meeting,
                                     self.ui.minuteEdit.text().strip())
        self.accept()

    @classmethod
    def ask(cls, info: VersionInfo, current: VersionInfo | None, today: dt.date,
            parent: QWidget | None = None) -> Adoption | None:
        dialog = cls(info, current, today, parent)
        dialog.exec()
        return dialog.result_value


# --------------------------------------------------------------------------
# Draft editor


class DraftEditor(QDialog):
    """Edit a draft's clauses (edit, merge, split, renumber) and its document control."""

    def __init__(self, ctx: AppContext, version_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.version_id = version_id
        info, protocol = protocols.get_version(version_id)
        self.info = info
        self.setWindowTitle(f"Edit {version_name(info)}")
        layout = QVBoxLayout(self)
        self.outline = OutlineEditor(editable=True, show_warnings=True)
        self.outline.set_protocol(protocol)
        layout.addWidget(self.outline, 1)
        box = QGroupBox("Document control")
        form = QFormLayout(box)
        self.title_edit = QLineEdit(protocol.title)
        self.title_edit.setAccessibleName("Protocol title")
        self.version_edit = QLineEdit(info.version_label)
        self.version_edit.setAccessibleName("Version")
        self.reviewed_edit = date_edit(info.last_reviewed, "Date last reviewed", optional=True)
        self.next_edit = date_edit(info.next_review, "Next review date", optional=True)
        self.meeting_edit = QLineEdit(info.meeting)
        self.meeting_edit.setAccessibleName("Meeting")
        self.minute_edit = QLineEdit(info.minute_ref)
        self.minute_edit.setAccessibleName("Minute reference")
        row = QHBoxLayout()
        for text, widget in (("&Title:", self.title_edit), ("&Version:", self.version_edit)):
            label = QLabel(text)
            label.setBuddy(widget)
            row.addWidget(label)
            row.addWidget(widget, 1)
        form.addRow(row)
        dates = QHBoxLayout()
        for text, date_field in (("&Last reviewed:", self.reviewed_edit),
                                 ("&Next review:", self.next_edit)):
            label = QLabel(text)
            label.setBuddy(date_field)
            dates.addWidget(label)
            dates.addWidget(date_field)
        dates.addStretch(1)
        form.addRow(dates)
        self.next_error = error_label("Problem with the next review date")
        form.addRow(self.next_error)
        adopted = QHBoxLayout()
        for text, widget in (("Mee&ting:", self.meeting_edit),
                             ("Minute re&f:", self.minute_edit)):
            label = QLabel(text)
            label.setBuddy(widget)
            adopted.addWidget(label)
            adopted.addWidget(widget, 1)
        form.addRow(adopted)
        layout.addWidget(box)
        self.error = error_label("Problem with the draft")
        layout.addWidget(self.error)
        self.field_errors = FieldErrors(
            self, {"next_review": self.next_error},
            {"next_review": (self.next_edit, self.reviewed_edit)}, general=self.error)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Save).setText("&Save draft")
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.resize(1000, 720)

    def edited_protocol(self) -> Protocol | None:
        protocol = self.outline.protocol
        if protocol is None:
            return None
        return replace(protocol, title=self.title_edit.text().strip() or protocol.title)

    def save(self) -> None:
        protocol = self.edited_protocol()
        if protocol is None:
            return
        try:
            protocols.update_draft(self.version_id, protocol, self.ctx.actor)
            protocols.update_document_control(
                self.version_id, self.ctx.actor, version_label=self.version_edit.text(),
                last_reviewed=optional_date(self.reviewed_edit),
                next_review=optional_date(self.next_edit), meeting=self.meeting_edit.text(),
                minute_ref=self.minute_edit.text())
        except ValidationError as exc:
            self.field_errors.show_error(exc)
            return
        except ParishDeskError as exc:
            self.field_errors.show({"": str(exc)})
            return
        self.accept()

    @classmethod
    def ask(cls, ctx: AppContext, version_id: int, parent: QWidget | None = None) -> bool:
        return cls(ctx, version_id, parent).exec() == QDialog.DialogCode.Accepted


# --------------------------------------------------------------------------
# Compare

STATUS_WORDS = {"same": "Same", "changed": "Changed", "added": "Added", "removed": "Removed"}


class CompareDialog(QDialog):
    """Two versions clause by clause: number, what happened (in words), old and new text."""

    def __init__(self, versions: list[VersionInfo], old_id: int, new_id: int,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle("Compare protocol versions")
        self.versions = versions
        layout = QVBoxLayout(self)
        pick = QHBoxLayout()
        self.old_combo = QComboBox()
        self.old_combo.setAccessibleName("Older version")
        self.new_combo = QComboBox()
        self.new_combo.setAccessibleName("Newer version")
        for combo in (self.old_combo, self.new_combo):
            for info in versions:
                combo.addItem(version_name(info), info.id)
        self.old_combo.setCurrentIndex(max(0, self.old_combo.findData(old_id)))
        self.new_combo.setCurrentIndex(max(0, self.new_combo.findData(new_id)))
        for text, combo in (("&Older:", self.old_combo), ("&Newer:", self.new_combo)):
            label = QLabel(text)
            label.setBuddy(combo)
            pick.addWidget(label)
            pick.addWidget(combo, 1)
        self.only_changes = QComboBox()
        self.only_changes.setAccessibleName("Which clauses to show")
        self.only_changes.addItems(["Every clause", "Only differences"])
        pick.addWidget(self.only_changes)
        layout.addLayout(pick)
        self.summary = QLabel()
        self.summary.setAccessibleName("Summary of differences")
        layout.addWidget(self.summary)
        style = self.style()
        icons: dict[str, QIcon] = {
            "same": style.standardIcon(QStyle.StandardPixmap.SP_DialogApplyButton),
            "changed": style.standardIcon(QStyle.StandardPixmap.SP_FileDialogDetailedView),
            "added": style.standardIcon(QStyle.StandardPixmap.SP_FileDialogNewFolder),
            "removed": style.standardIcon(QStyle.StandardPixmap.SP_TrashIcon),
        }
        columns: tuple[Column[ClauseDiff], ...] = (
            Column("Section", lambda d: d.section),
            Column("Clause", lambda d: d.number),
            Column("Status", lambda d: STATUS_WORDS.get(d.status, d.status),
                   icon=lambda d: icons.get(d.status)),
            Column("Older text", lambda d: d.old_text or "—"),
            Column("Newer text", lambda d: d.new_text or "—"),
        )
        self.model: RowsModel[ClauseDiff] = RowsModel(columns, self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setAccessibleName("Clause-by-clause comparison")
        self.table.setWordWrap(True)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        for column in (1, 2):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        for column in (3, 4):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch)
        self.table.setColumnWidth(0, 170)
        header.sectionResized.connect(lambda *_: self.table.resizeRowsToContents())
        layout.addWidget(self.table, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        buttons.accepted.connect(self.accept)
        layout.addWidget(buttons)
        for combo in (self.old_combo, self.new_combo, self.only_changes):
            combo.currentIndexChanged.connect(lambda _i: self.refresh())
        self.resize(1100, 700)
        self.refresh()

    def refresh(self) -> None:
        diffs = protocols.compare(int(self.old_combo.currentData()),
                                  int(self.new_combo.currentData()))
        counts = {k: sum(1 for d in diffs if d.status == k) for k in STATUS_WORDS}
        self.summary.setText(", ".join(f"{counts[k]} {STATUS_WORDS[k].lower()}"
                                       for k in STATUS_WORDS) + ".")
        if self.only_changes.currentIndex() == 1:
            diffs = [d for d in diffs if d.status != "same"]
        self.model.set_rows(diffs)
        self.table.resizeRowsToContents()

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt override
        super().showEvent(event)
        self.table.resizeRowsToContents()

    @classmethod
    def ask(cls, versions: list[VersionInfo], old_id: int, new_id: int,
            parent: QWidget | None = None) -> None:
        cls(versions, old_id, new_id, parent).exec()


# --------------------------------------------------------------------------
# Rule links

def describe_dates(info: VersionInfo) -> str:
    return (f"Adopted {fmt_date(info.adopted_on)}, last reviewed {fmt_date(info.last_reviewed)}, "
            f"next review {fmt_date(info.next_review)}")
