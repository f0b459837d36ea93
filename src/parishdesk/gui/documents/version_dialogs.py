"""Dialogs for protocol versions: adopt, edit a draft, compare two versions, link rules.

Each has a classmethod ``ask`` that tests replace; each calls one service
and shows its plain-words refusal beside the fields.
"""

from __future__ import annotations

import datetime as dt
import html
from dataclasses import dataclass, replace

from PySide6.QtCore import Qt
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
    QListWidget,
    QListWidgetItem,
    QStyle,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from parishdesk.domain.protocol import Protocol
from parishdesk.domain.protocol_compare import ClauseDiff
from parishdesk.domain.rules import AREAS, RULES, rule
from parishdesk.errors import ParishDeskError, ValidationError
from parishdesk.gui.common.context import AppContext
from parishdesk.gui.common.field_errors import FieldErrors, error_label
from parishdesk.gui.common.rule_link import connect_why_links, why_link
from parishdesk.gui.documents.common import (
    Column,
    RowsModel,
    date_edit,
    fmt_date,
    optional_date,
)
from parishdesk.gui.documents.outline import OutlineEditor
from parishdesk.gui.forms.ui_documents_adopt_dialog import Ui_AdoptDialog
from parishdesk.services import protocols
from parishdesk.services.protocols import VersionInfo


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

RULE_ROLE = Qt.ItemDataRole.UserRole


class RuleLinksDialog(QDialog):
    """Tick the rules a clause states; the app's suggestions are marked and pre-ticked."""

    def __init__(self, ctx: AppContext, version_id: int, clause_number: str, clause_text: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.version_id = version_id
        self.clause_number = clause_number
        self.setWindowTitle(f"Rules stated in clause {clause_number}")
        linked = protocols.clause_links(version_id).get(clause_number, ())
        suggested = protocols.suggested_links(version_id).get(clause_number, ())
        layout = QVBoxLayout(self)
        excerpt = clause_text if len(clause_text) < 400 else clause_text[:399] + "…"
        intro = QLabel(f"<b>Clause {html.escape(clause_number)}</b>: {html.escape(excerpt)}")
        intro.setWordWrap(True)
        layout.addWidget(intro)
        note = QLabel("Tick each rule this clause states. Letters then cite the clause "
                      "(\"paragraph " + clause_number + " of the Council's protocol\"). "
                      + ("Rules marked ★ are suggested from the clause's words."
                         if suggested else "No rules were suggested from the clause's words."))
        note.setWordWrap(True)
        layout.addWidget(note)
        self.filter = QLineEdit()
        self.filter.setPlaceholderText("Filter rules by title or words")
        self.filter.setAccessibleName("Filter rules")
        layout.addWidget(self.filter)
        self.list = QListWidget()
        self.list.setAccessibleName("Rules")
        tick = set(linked) if linked else set(suggested)
        ordered = [r for r in RULES if r.id in suggested] + [r for r in RULES
                                                             if r.id not in suggested]
        for r in ordered:
            mark = "★ " if r.id in suggested else ""
            item = QListWidgetItem(f"{mark}{r.title} ({AREAS[r.area].lower()})")
            item.setData(RULE_ROLE, r.id)
            item.setToolTip(r.text)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked if r.id in tick else Qt.CheckState.Unchecked)
            self.list.addItem(item)
        layout.addWidget(self.list, 1)
        self.why = QLabel("Choose a rule to see its words and source.")  # follows the list
        self.why.setWordWrap(True)
        layout.addWidget(self.why)
        self.list.currentItemChanged.connect(self._show_why)
        self.error = error_label("Problem with the links")
        layout.addWidget(self.error)
        self.field_errors = FieldErrors(self, {}, {}, general=self.error)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Save).setText("&Save links")
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.filter.textChanged.connect(self._filter)
        self.resize(640, 600)

    def _filter(self, text: str) -> None:
        needle = text.strip().lower()
        for i in range(self.list.count()):
            item = self.list.item(i)
            item.setHidden(bool(needle) and needle not in
                           (item.text() + " " + item.toolTip()).lower())

    def _show_why(self, item: QListWidgetItem | None) -> None:
        rule_id = str(item.data(RULE_ROLE)) if item is not None else ""
        if rule_id:
            self.why.setText(f"<b>{html.escape(rule(rule_id).title)}</b> {why_link(0)}")
            connect_why_links(self.why, [rule_id])

    def ticked(self) -> list[str]:
        return [str(self.list.item(i).data(RULE_ROLE)) for i in range(self.list.count())
                if self.list.item(i).checkState() == Qt.CheckState.Checked]

    def save(self) -> None:
        try:
            protocols.set_clause_links(self.version_id, self.clause_number, self.ticked(),
                                       self.ctx.actor)
        except ParishDeskError as exc:
            self.field_errors.show({"": str(exc)})
            return
        self.accept()

    @classmethod
    def ask(cls, ctx: AppContext, version_id: int, clause_number: str, clause_text: str,
            parent: QWidget | None = None) -> bool:
        dialog = cls(ctx, version_id, clause_number, clause_text, parent)
        return dialog.exec() == QDialog.DialogCode.Accepted


def describe_dates(info: VersionInfo) -> str:
    return (f"Adopted {fmt_date(info.adopted_on)}, last reviewed {fmt_date(info.last_reviewed)}, "
            f"next review {fmt_date(info.next_review)}")
