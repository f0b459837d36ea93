"""The protocol versions tab: the list of versions and the selected one's text.

Left, every version (newest first) with its status in words and an icon;
right, its document control and its sections and clauses as a tree, with
the selected clause in full and the rules linked to it. Actions: import,
start from the model protocol, edit a draft, adopt, compare, link rules.
"""

from __future__ import annotations

import html

from PySide6.QtCore import QItemSelection, Qt, Signal
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import (
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QSplitter,
    QStackedWidget,
    QStyle,
    QVBoxLayout,
    QWidget,
)

from parishdesk.domain.rules import rule
from parishdesk.errors import ParishDeskError
from parishdesk.gui.common import errors
from parishdesk.gui.common.button_bar import add_action_buttons, make_action
from parishdesk.gui.common.context import AppContext
from parishdesk.gui.common.rule_link import connect_why_links, rule_titles_html
from parishdesk.gui.common.tables import ReadOnlyTable
from parishdesk.gui.documents.common import (
    Column,
    RowsModel,
    empty_state,
    fmt_date,
    sortable_date,
)
from parishdesk.gui.documents.import_wizard import ImportWizard
from parishdesk.gui.documents.outline import OutlineEditor
from parishdesk.gui.documents.version_dialogs import (
    AdoptDialog,
    CompareDialog,
    DraftEditor,
    RuleLinksDialog,
    version_name,
)
from parishdesk.services import protocols
from parishdesk.services.protocols import VersionInfo

STATUS_WORDS = {"draft": "Draft", "adopted": "Adopted (current)", "superseded": "Superseded"}
EMPTY_TEXT = ("No protocol yet — import your council's protocol (Ctrl+Shift+O) or start from the "
              "model protocol (Ctrl+Shift+M), then adopt it.")


class VersionsTab(QWidget):
    """Protocol versions: list, viewer and the actions on them."""

    versionsChanged = Signal()  # noqa: N815 - Qt signal naming

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.current: VersionInfo | None = None
        style = self.style()
        icons: dict[str, QIcon] = {
            "draft": style.standardIcon(QStyle.StandardPixmap.SP_FileDialogDetailedView),
            "adopted": style.standardIcon(QStyle.StandardPixmap.SP_DialogApplyButton),
            "superseded": style.standardIcon(QStyle.StandardPixmap.SP_DialogDiscardButton),
        }
        columns: tuple[Column[VersionInfo], ...] = (
            Column("Version", lambda v: v.version_label or "(no number)"),
            Column("Status", lambda v: STATUS_WORDS.get(v.status, v.status),
                   icon=lambda v: icons.get(v.status)),
            Column("Adopted", lambda v: fmt_date(v.adopted_on),
                   sort_key=lambda v: sortable_date(v.adopted_on)),
            Column("Next review", lambda v: fmt_date(v.next_review),
                   sort_key=lambda v: sortable_date(v.next_review)),
        )
        self.model: RowsModel[VersionInfo] = RowsModel(columns, self)

        layout = QVBoxLayout(self)
        tools = QHBoxLayout()
        self.import_action = make_action(self, "&Import protocol…", "Ctrl+I", self.import_protocol,
                                         "Read the council's protocol from a Word, PDF or "
                                         "text file")
        self.model_action = make_action(self, "Start from the &model protocol", "Ctrl+Shift+M",
                                        self.start_from_model,
                                        "A draft of ParishDesk's model protocol to adapt")
        self.edit_action = make_action(self, "&Edit draft…", "Ctrl+E", self.edit_draft,
                                       "Change the selected draft's clauses and document control")
        self.adopt_action = make_action(self, "&Adopt…", "Ctrl+Shift+A", self.adopt,
                                        "Record that the council adopted the selected draft")
        self.compare_action = make_action(self, "&Compare…", "Ctrl+K", self.compare,
                                          "Compare two versions clause by clause")
        self.links_action = make_action(self, "Rule &links…", "Ctrl+Shift+L", self.edit_links,
                                        "Link the selected clause to the rules it states")
        self.buttons = add_action_buttons(tools, (
            ("import", self.import_action),
            ("model", self.model_action),
            ("edit", self.edit_action),
            ("adopt", self.adopt_action),
            ("compare", self.compare_action),
            ("links", self.links_action)), stretch=True)
        layout.addLayout(tools)

        self.table = ReadOnlyTable("Protocol versions", self.model, sortable=False, wrap=True,
                                   resize=QHeaderView.ResizeMode.ResizeToContents)
        self.control = QLabel()
        self.control.setWordWrap(True)
        self.control.setAccessibleName("Document control")
        self.control.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.viewer = OutlineEditor(editable=False, show_warnings=False)
        self.links_label = QLabel()
        self.links_label.setWordWrap(True)
        self.links_label.setAccessibleName("Rules linked to the selected clause")
        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addWidget(self.control)
        right_layout.addWidget(self.viewer, 1)
        right_layout.addWidget(self.links_label)
        split = QSplitter(Qt.Orientation.Horizontal)
        split.addWidget(self.table)
        split.addWidget(right)
        split.setStretchFactor(0, 1)
        split.setStretchFactor(1, 3)
        split.setSizes([440, 820])
        split.setCollapsible(0, False)
        self.empty = empty_state(EMPTY_TEXT)
        self.stack = QStackedWidget()
        self.stack.addWidget(split)
        self.stack.addWidget(self.empty)
        layout.addWidget(self.stack, 1)
        self.table.selectionModel().selectionChanged.connect(self._selection_changed)
        self.viewer.tree.currentItemChanged.connect(lambda *_: self._show_links())
        self.refresh()

    # -- showing -----------------------------------------------------------
    def refresh(self, select_id: int | None = None) -> None:
        keep = select_id if select_id is not None else (self.current.id if self.current else None)
        versions = protocols.list_versions()
        self.model.set_rows(versions)
        self._fit_table_width()
        self.stack.setCurrentIndex(0 if versions else 1)
        row = next((i for i, v in enumerate(versions) if v.id == keep), None)
        if row is None:
            row = next((i for i, v in enumerate(versions) if v.status == "adopted"), 0)
        if versions:
            self.table.selectRow(row)
        self._selection_changed(QItemSelection(), QItemSelection())

    def _fit_table_width(self) -> None:
        """Never narrower than its columns, so "Next review" is not cut off."""
        header = self.table.horizontalHeader()
        columns = sum(max(header.sectionSizeHint(i), self.table.sizeHintForColumn(i))
                      for i in range(self.model.columnCount()))
        chrome = 2 * self.table.frameWidth() + self.table.verticalScrollBar().sizeHint().width()
        self.table.setMinimumWidth(columns + chrome + 4)
        # Every column fits, so a sideways scroll bar would only ever scroll a pixel or two.
        self.table.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)

    def selected(self) -> VersionInfo | None:
        indexes = self.table.selectionModel().selectedRows()
        return self.model.rows[indexes[0].row()] if indexes else None

    def _selection_changed(self, _new: QItemSelection, _old: QItemSelection) -> None:
        info = self.selected()
        self.current = info
        if info is None:
            self.viewer.set_protocol(None)
            self.control.setText("")
        else:
            _, protocol = protocols.get_version(info.id)
            self.viewer.set_protocol(protocol)
            if protocol.sections and protocol.sections[0].clauses:
                self.viewer.tree.select_clause(0, 0)
            adopted_by = ", ".join(x for x in (info.meeting, info.minute_ref and
                                               f"minute {info.minute_ref}") if x) or "—"
            source = f" · from {html.escape(info.source_name)}" if info.source_name else ""
            self.control.setText(
                f"<b>{html.escape(protocol.title or 'Member/Officer Protocol')}</b> — "
                f"{html.escape(version_name(info))}{source}<br>"
                f"Version {html.escape(info.version_label or '—')} · adopted "
                f"{fmt_date(info.adopted_on)} · last reviewed {fmt_date(info.last_reviewed)} · "
                f"next review {fmt_date(info.next_review)} · adopted by "
                f"{html.escape(adopted_by)}")
        self._update_actions()
        self._show_links()

    def _show_links(self) -> None:
        clause = self.viewer.tree.selected_clause()
        info = self.current
        if info is None or clause is None or not clause.number:
            self.links_label.setText("Choose a numbered clause to see or change the rules "
                                     "linked to it (Ctrl+Shift+L).")
            self.links_action.setEnabled(False)
            self.buttons["links"].setEnabled(False)
            return
        linked = protocols.clause_links(info.id).get(clause.number, ())
        if linked:
            names = rule_titles_html([rule(rid).title for rid in linked])
            self.links_label.setText(f"<b>Clause {clause.number} states:</b> {names}")
            connect_why_links(self.links_label, linked)
        else:
            self.links_label.setText(f"Clause {clause.number} is not linked to any rule yet. "
                                     "Rule links (Ctrl+Shift+L) shows suggestions.")
        self.links_action.setEnabled(True)
        self.buttons["links"].setEnabled(True)

    def _update_actions(self) -> None:
        info = self.current
        is_draft = info is not None and info.status == "draft"
        for key, action, enabled in (
            ("edit", self.edit_action, is_draft), ("adopt", self.adopt_action, is_draft),
            ("compare", self.compare_action, self.model.rowCount() >= 2),
        ):
            action.setEnabled(enabled)
            self.buttons[key].setEnabled(enabled)

    # -- actions -----------------------------------------------------------
    def _changed(self, select_id: int | None = None) -> None:
        self.refresh(select_id)
        self.versionsChanged.emit()

    def import_protocol(self) -> None:
        version_id = ImportWizard.ask(self.ctx, self)
        if version_id is not None:
            self._changed(version_id)

    def start_from_model(self) -> None:
        """A new draft from the model protocol; with a protocol already adopted, only after
        the clerk has agreed (it is a new version, which the council must adopt)."""
        adopted = protocols.adopted_version()
        if adopted is not None and not self.confirm_new_from_model(adopted):
            return
        try:
            version_id = protocols.adopt_model_protocol_as_draft(self.ctx.actor)
        except ParishDeskError as exc:
            errors.show_expected(self, exc)
            return
        self._changed(version_id)

    def confirm_new_from_model(self, adopted: VersionInfo) -> bool:
        label = protocols.model_draft_label()
        since = f", adopted on {fmt_date(adopted.adopted_on)}" if adopted.adopted_on else ""
        box = QMessageBox(QMessageBox.Icon.Question, "Start from the model protocol",
                          f"The council already has an adopted protocol: version "
                          f"{adopted.version_label or '(no number)'}{since}.", parent=self)
        box.setInformativeText(
            f"This makes a new draft, version {label}, from ParishDesk's model text instead "
            "of your council's own wording. The adopted protocol stays in force until the "
            "council adopts the new version. Start the new draft?")
        start = box.addButton(f"Start draft {label}", QMessageBox.ButtonRole.AcceptRole)
        box.addButton(QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        box.exec()
        return box.clickedButton() is start

    def edit_draft(self) -> None:
        info = self.current
        if info is None or info.status != "draft":
            return
        if DraftEditor.ask(self.ctx, info.id, self):
            self._changed(info.id)

    def adopt(self) -> None:
        info = self.current
        if info is None or info.status != "draft":
            return
        answer = AdoptDialog.ask(info, protocols.adopted_version(), self.ctx.today(), self)
        if answer is None:
            return
        try:
            protocols.adopt(info.id, self.ctx.actor, adopted_on=answer.adopted_on,
                            meeting=answer.meeting, minute_ref=answer.minute_ref)
        except ParishDeskError as exc:
            errors.show_expected(self, exc)
            return
        self._changed(info.id)

    def compare(self) -> None:
        versions = self.model.rows
        if len(versions) < 2:
            QMessageBox.information(self, "Compare versions",
                                    "There is only one version, so there is nothing to compare "
                                    "it with yet.")
            return
        current = self.current or versions[0]
        others = [v for v in versions if v.id != current.id]
        adopted = next((v for v in others if v.status == "adopted"), others[0])
        old, new = sorted((current, adopted), key=lambda v: (v.created_at, v.id))
        CompareDialog.ask(versions, old.id, new.id, self)

    def edit_links(self) -> None:
        info = self.current
        clause = self.viewer.tree.selected_clause()
        if info is None or clause is None or not clause.number:
            return
        where = self.viewer.tree.location()
        if RuleLinksDialog.ask(self.ctx, info.id, clause.number, clause.text, self):
            self._changed(info.id)
            if where is not None:
                self.viewer.tree.select_clause(*where)
