"""The Members area: councillors, officers, committees and groups, with reminders.

A thin window: rows come from ``parishdesk.services.members`` (which holds the
rules), and the page refreshes itself after each change. The detail panel
(``members_detail``) and the Committees & groups page (``members_committees``)
are their own modules; this one wires the table, filters and reminders to them.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QAction, QKeySequence, QResizeEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFileDialog,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QSplitter,
    QStackedWidget,
    QTabBar,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from parishdesk.domain.members import (
    ROLE_KIND_LABELS,
    Councillor,
    Officer,
)
from parishdesk.errors import ParishDeskError
from parishdesk.gui import members_widgets
from parishdesk.gui.context import AppContext
from parishdesk.gui.errors import show_expected
from parishdesk.gui.members_committees import CommitteesPage
from parishdesk.gui.members_detail import MemberDetail
from parishdesk.gui.members_dialogs import (
    ArchiveDialog,
    CouncillorDialog,
    RecordDialog,
    officer_fields,
    officer_from_values,
)
from parishdesk.gui.members_import import ImportPreviewDialog
from parishdesk.gui.members_model import (
    INDEPENDENT,
    PERSON_ID_ROLE,
    Acknowledgements,
    MembersFilter,
    MembersTableModel,
    PersonRow,
    default_acknowledgements,
    person_rows,
)
from parishdesk.gui.members_widgets import (
    SHORTCUTS,
    push_button,
    run_service,
    warning_icon,
)
from parishdesk.services import member_io
from parishdesk.services import members as svc

KIND_TABS = ("Councillors", "Officers", "Committees && groups")
#: Widest a column starts (px); longer text is elided, whole in the tooltip.
COLUMN_CAPS = {"Role or post": 190, "Committees": 160, "Group": 140}
#: Narrower than this, the details go below the table instead of beside it.
SIDE_BY_SIDE_WIDTH = 1000
#: The detail panel's width beside the table: enough for all five tabs.
DETAIL_WIDTH = 460
#: Reminder rows shown before the list scrolls.
REMINDER_ROWS = 3
URGENT = ("overdue", "warning")


class MembersPage(QWidget):
    badgeChanged = Signal(str)
    alertsChanged = Signal()

    def __init__(self, ctx: AppContext, parent: QWidget | None = None,
                 acknowledgements: Acknowledgements | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setAccessibleName("Members")
        self._reminders: tuple[Any, ...] = ()
        self._splitter_fitted = False
        self.model = MembersTableModel(acknowledgements=acknowledgements
                                       if acknowledgements is not None
                                       else default_acknowledgements(), parent=self)
        self.proxy = MembersFilter(self)
        self.proxy.setSourceModel(self.model)
        self._build()
        self._build_actions()
        self.refresh()

    # -- layout -----------------------------------------------------------------------------
    def _build(self) -> None:
        outer = QVBoxLayout(self)
        self.kind_tabs = QTabBar()
        self.kind_tabs.setAccessibleName("Councillors, officers or committees and groups")
        self.kind_tabs.setExpanding(False)
        for label in KIND_TABS:
            self.kind_tabs.addTab(label)
        self.kind_tabs.currentChanged.connect(self._kind_changed)
        outer.addWidget(self.kind_tabs)
        self.stack = QStackedWidget()
        outer.addWidget(self.stack, 1)
        self.stack.addWidget(self._people_page())
        self.bodies = CommitteesPage(self.ctx)
        self.bodies.changed.connect(self.refresh)
        self.stack.addWidget(self.bodies)
        reminders_box = QGroupBox("Reminders")
        box_layout = QVBoxLayout(reminders_box)
        self.reminders_list = QListWidget()
        self.reminders_list.setAccessibleName("Member reminders")
        self.reminders_list.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)
        self.reminders_list.itemActivated.connect(self._reminder_activated)
        box_layout.addWidget(self.reminders_list)
        outer.addWidget(reminders_box)

    def _people_page(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 0, 0, 0)
        filters = QHBoxLayout()
        self.search = QLineEdit()
        self.search.setPlaceholderText("Search members (Ctrl+F)")
        self.search.setToolTip("Search names, wards, roles, groups and committees as you type")
        self.search.setAccessibleName("Search members")
        self.search.setMinimumWidth(110)
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(lambda text: self.proxy.set_filters(search=text))
        filters.addWidget(self.search, 2)
        self.status_filter = QComboBox()
        self.status_filter.setAccessibleName("Current or former")
        for text, value in (("Current", "current"), ("Former", "former"), ("All", "all")):
            self.status_filter.addItem(text, value)
        self.status_filter.currentIndexChanged.connect(self._filters_changed)
        self.role_filter = QComboBox()
        self.role_filter.setAccessibleName("Role")
        self.role_filter.addItem("Any role", None)
        for kind, label in ROLE_KIND_LABELS.items():
            if kind != "group_member":
                self.role_filter.addItem(label, kind)
        self.role_filter.currentIndexChanged.connect(self._filters_changed)
        self.committee_filter = QComboBox()
        self.committee_filter.setAccessibleName("Committee")
        self.committee_filter.currentIndexChanged.connect(self._filters_changed)
        self.group_filter = QComboBox()
        self.group_filter.setAccessibleName("Party group")
        self.group_filter.currentIndexChanged.connect(self._filters_changed)
        for widget in (self.status_filter, self.role_filter, self.committee_filter,
                       self.group_filter):
            # Filters shrink with the window; the open list still shows whole names.
            widget.setSizeAdjustPolicy(
                QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            widget.setMinimumContentsLength(7)
            filters.addWidget(widget, 1)
        layout.addLayout(filters)
        buttons = QHBoxLayout()
        self.add_button = push_button("&Add councillor…", self.add_councillor,
                                      shortcut="add_councillor")
        self.add_officer_button = push_button("Add o&fficer…", self.add_officer,
                                              shortcut="add_officer")
        self.edit_button = push_button("&Edit…", self.edit_selected, shortcut="edit")
        self.archive_button = push_button("Arc&hive…", self.archive_selected,
                                          shortcut="archive")
        for b in (self.add_button, self.add_officer_button, self.edit_button,
                  self.archive_button):
            buttons.addWidget(b)
        buttons.addStretch(1)
        layout.addLayout(buttons)
        self.splitter = splitter = QSplitter()
        splitter.setChildrenCollapsible(False)
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        self.table = QTableView()
        self.table.setAccessibleName("Members table")
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        self.table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 8)
        self.table.setWordWrap(False)
        self.table.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.selectionModel().currentRowChanged.connect(lambda *_: self.show_details())
        self.table.doubleClicked.connect(lambda _i: self.edit_selected())
        left_layout.addWidget(self.table)
        self.empty_label = QLabel()
        self.empty_label.setWordWrap(True)
        left_layout.addWidget(self.empty_label)
        splitter.addWidget(left)
        self.detail = MemberDetail(self.ctx)
        self.detail.changed.connect(self.refresh)
        splitter.addWidget(self.detail)
        splitter.setStretchFactor(0, 1)  # and the details' factor follows the orientation
        splitter.setSizes([600, 400])  # until the first resize fits it to the window
        layout.addWidget(splitter, 1)
        return page

    def _build_actions(self) -> None:
        """Every action of the area, with a key that works anywhere in the area (only).

        They are also the people table's right-click menu, which lists their keys."""
        def action(text: str, key: str, slot: Callable[[], Any]) -> QAction:
            act = QAction(text, self)
            act.setShortcut(QKeySequence(SHORTCUTS[key]))
            act.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            act.triggered.connect(lambda _checked=False: slot())
            self.addAction(act)
            return act

        detail = self.detail
        bodies = self.bodies
        self.add_action = action("Add councillor…", "add_councillor", self.add_councillor)
        self.add_officer_action = action("Add officer…", "add_officer", self.add_officer)
        self.find_action = action("Find", "find", self.focus_search)
        self.edit_action = action("Edit…", "edit", self.edit_selected)
        self.archive_action = action("Archive…", "archive", self.archive_selected)
        self.add_role_action = action("Add role…", "add_role",
                                      lambda: self._on_detail(1, detail.add_role))
        self.end_role_action = action("End role…", "end_role",
                                      lambda: self._on_detail(1, detail.end_role))
        self.form_action = action("Interests form returned…", "form_returned",
                                  lambda: self._on_detail(2, detail.record_form))
        self.add_interest_action = action("Add interest…", "add_interest",
                                          lambda: self._on_detail(2, detail.add_interest))
        self.add_relationship_action = action(
            "Add special relationship…", "add_relationship",
            lambda: self._on_detail(2, detail.add_relationship))
        self.add_training_action = action("Add training…", "add_training",
                                          lambda: self._on_detail(3, detail.add_training))
        self.add_committee_action = action("Add committee…", "add_committee",
                                           lambda: self._on_bodies(bodies.add_committee))
        self.committee_chair_action = action(
            "Set committee chair…", "committee_chair",
            lambda: self._on_bodies(bodies.set_committee_chair))
        self.add_group_action = action("Add party group…", "add_group",
                                       lambda: self._on_bodies(bodies.add_group))
        self.council_chair_action = action(
            "Set council Chair…", "council_chair",
            lambda: self._on_bodies(lambda: bodies.set_council_office("council_chair")))
        self.council_vice_chair_action = action(
            "Set council Vice-Chair…", "council_vice_chair",
            lambda: self._on_bodies(lambda: bodies.set_council_office("council_vice_chair")))
        self.election_year_action = action("Election year…", "election_year",
                                           lambda: self._on_bodies(bodies.set_election_year))
        self.table.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
        for act in (self.add_action, self.add_officer_action, self.edit_action,
                    self.archive_action, self.add_role_action, self.end_role_action,
                    self.form_action, self.add_interest_action, self.add_relationship_action,
                    self.add_training_action):
            self.table.addAction(act)
        self.import_action = QAction("&Import members…", self)
        self.import_action.setShortcut(QKeySequence("Ctrl+Shift+I"))
        self.import_action.triggered.connect(self.import_members)
        self.export_action = QAction("E&xport members…", self)
        self.export_action.setShortcut(QKeySequence("Ctrl+Shift+E"))
        self.export_action.triggered.connect(self.export_members)

    def menu_actions(self) -> dict[str, list[QAction]]:
        return {"File": [self.import_action, self.export_action]}

    print_title = "Member register"

    def printable_pdf(self) -> bytes:
        """File > Print…: the member register, as it is exported to PDF."""
        return member_io.register_pdf(self.today())

    # -- data -------------------------------------------------------------------------------
    def today(self) -> dt.date:
        return self.ctx.today()

    def refresh(self) -> None:
        today = self.today()
        selected = self.selected_id()
        councillors = svc.councillors(today, include_former=True)
        officers = svc.officers(include_former=True)
        roles = svc.roles()
        committees = svc.committees()
        forms = svc.form_statuses(councillors, today)
        rows = person_rows(councillors, officers, roles, svc.committee_names(), forms, today)
        first_load = self.model.rowCount() == 0
        self.model.set_rows(rows)
        if first_load:
            self._size_columns()
        self._fill_filter(self.committee_filter, "Any committee",
                          [(c.name, c.id) for c in committees])
        self._fill_filter(self.group_filter, "Any group",
                          [*((g.name, g.name) for g in svc.groups()),
                           ("Independent", INDEPENDENT)])
        self.bodies.show_bodies(committees, roles, councillors)
        self._reminders = svc.reminders(today)
        self._show_reminders()
        self._update_empty()
        if selected is not None:
            self.select_person(selected)
        elif self.proxy.rowCount() and self.table.currentIndex().row() < 0:
            self.table.selectRow(0)
        self.show_details()

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt override
        super().resizeEvent(event)
        self._fit_splitter()

    def _fit_splitter(self) -> None:
        """Details beside the table when there is room, below it on a narrow window, so
        neither the table's columns nor the detail tabs are squeezed."""
        wanted = (Qt.Orientation.Horizontal if self.width() >= SIDE_BY_SIDE_WIDTH
                  else Qt.Orientation.Vertical)
        if self.splitter.orientation() != wanted or not self._splitter_fitted:
            self._splitter_fitted = True
            self.splitter.setOrientation(wanted)
            if wanted == Qt.Orientation.Horizontal:
                # Room for every detail tab; the table takes the rest, and any change of
                # window width.
                detail = max(DETAIL_WIDTH, self.width() * 38 // 100)
                self.splitter.setSizes([max(self.width() - detail, 1), detail])
                self.splitter.setStretchFactor(1, 0)
            else:
                self.splitter.setSizes([500, 500])  # below: they share the height
                self.splitter.setStretchFactor(1, 1)

    def _size_columns(self) -> None:
        """Columns as wide as their text, the long ones (roles, committees) capped and
        elided; the whole text is in each cell's tooltip."""
        self.table.resizeColumnsToContents()
        for column in range(self.model.columnCount()):
            cap = COLUMN_CAPS.get(self.model.columns[column], 200)
            self.table.setColumnWidth(column, min(self.table.columnWidth(column), cap))

    def _fill_filter(self, combo: QComboBox, any_text: str, items: list[tuple[str, Any]]) -> None:
        current = combo.currentData()
        combo.blockSignals(True)
        combo.clear()
        combo.addItem(any_text, None)
        for text, data in items:
            combo.addItem(text, data)
        combo.setCurrentIndex(max(0, combo.findData(current)))
        combo.blockSignals(False)

    def _show_reminders(self) -> None:
        self.reminders_list.clear()
        for reminder in self._reminders:
            item = QListWidgetItem(reminder.text)
            if reminder.severity in URGENT:
                item.setIcon(warning_icon(self))
                prefix = "Overdue: " if reminder.severity == "overdue" else "Soon: "
                item.setText(prefix + reminder.text)
            item.setData(Qt.ItemDataRole.UserRole, reminder.person_id)
            self.reminders_list.addItem(item)
        if not self._reminders:
            self.reminders_list.addItem("Nothing needs attention in the member register.")
        rows = min(self.reminders_list.count(), REMINDER_ROWS)
        self.reminders_list.setFixedHeight(
            rows * max(self.reminders_list.sizeHintForRow(0), 1)
            + 2 * self.reminders_list.frameWidth() + 4)
        overdue = sum(1 for r in self._reminders if r.severity == "overdue")
        self.badgeChanged.emit(str(overdue) if overdue else "")
        self.alertsChanged.emit()

    def alerts(self) -> list[str]:
        """Urgent reminders for the main window's banner."""
        return [f"Members: {r.text}" for r in self._reminders if r.severity in URGENT]

    def _update_empty(self) -> None:
        if self.proxy.rowCount():
            self.empty_label.setText("")
            self.empty_label.setVisible(False)
            return
        if self.model.rowCount() == 0:
            text = ("The register is empty. Add a councillor (Ctrl+N) or import a "
                    "spreadsheet with File > Import members….")
        else:
            text = "No one matches the search and filters. Clear the search or choose \u201cAll\u201d."
        self.empty_label.setText(text)
        self.empty_label.setVisible(True)

    # -- selection and details --------------------------------------------------------------
    def selected_row(self) -> PersonRow | None:
        index = self.table.currentIndex()
        if not index.isValid():
            return None
        source = self.proxy.mapToSource(index)
        return self.model.row_at(source.row())

    def selected_id(self) -> int | None:
        row = self.selected_row()
        return row.id if row else None

    def select_person(self, person_id: int) -> bool:
        for r in range(self.proxy.rowCount()):
            index = self.proxy.index(r, 0)
            if index.data(PERSON_ID_ROLE) == person_id:
                self.table.setCurrentIndex(index)
                self.table.selectRow(r)
                return True
        return False

    def show_details(self) -> None:
        self.detail.show_person(self.selected_row())

    # -- helpers ----------------------------------------------------------------------------
    def _run(self, work: Callable[[], Any]) -> None:
        if run_service(self, work):
            self.refresh()

    def _on_detail(self, tab: int, work: Callable[[], Any]) -> None:
        """A detail panel action by key: show the people and the tab it works on, then act."""
        if self.kind_tabs.currentIndex() == 2:
            self.kind_tabs.setCurrentIndex(0)
        self.detail.setCurrentIndex(tab)
        work()

    def _on_bodies(self, work: Callable[[], Any]) -> None:
        """A committee or group action by key: show the Committees & groups page, then act."""
        self.kind_tabs.setCurrentIndex(2)
        work()

    def _kind_changed(self, index: int) -> None:
        if index == 2:
            self.stack.setCurrentIndex(1)
            return
        self.stack.setCurrentIndex(0)
        kind = "councillor" if index == 0 else "officer"
        changed = kind != self.model.kind
        if changed:
            self.model.set_kind(kind)
        # Role, committee and group are councillors' filters.
        for combo in (self.role_filter, self.committee_filter, self.group_filter):
            combo.setVisible(kind == "councillor")
        self.proxy.set_filters(kind=kind)
        if changed:
            self._size_columns()  # to the rows now listed
        self._update_empty()
        if self.proxy.rowCount():
            self.table.selectRow(0)
        self.show_details()

    def _filters_changed(self) -> None:
        """Apply the filters, keeping the chosen person chosen while they are still listed."""
        chosen = self.selected_id()
        self.proxy.set_filters(status=self.status_filter.currentData(),
                               role_kind=self.role_filter.currentData(),
                               committee_id=self.committee_filter.currentData(),
                               group=self.group_filter.currentData())
        self._update_empty()
        if chosen is None or not self.select_person(chosen):
            if self.proxy.rowCount():
                self.table.selectRow(0)
        self.show_details()

    def focus_search(self) -> None:
        if self.kind_tabs.currentIndex() == 2:
            self.kind_tabs.setCurrentIndex(0)
        self.search.setFocus()
        self.search.selectAll()

    def _reminder_activated(self, item: QListWidgetItem) -> None:
        person_id = item.data(Qt.ItemDataRole.UserRole)
        if person_id is not None:
            self.kind_tabs.setCurrentIndex(0)
            self.status_filter.setCurrentIndex(0)
            self.select_person(person_id)

    # -- people -----------------------------------------------------------------------------
    def _election_note(self) -> str:
        return (f"Leave as \u201cNot recorded\u201d to end at the next ordinary election "
                f"(cycle year {svc.election_year()}).")

    def add_councillor(self) -> None:
        today, actor = self.today(), self.ctx.actor
        added = CouncillorDialog.ask(
            self, None, [g.name for g in svc.groups()], today,
            lambda c: svc.add_councillor(c, actor, today), self._election_note())
        if added is not None:
            self.kind_tabs.setCurrentIndex(0)
            self.refresh()
            assert added.id is not None
            self.select_person(added.id)

    def add_officer(self) -> None:
        today, actor = self.today(), self.ctx.actor
        managers = [(o.full_name, o.id) for o in svc.officers()]
        clerk = svc.clerk()
        added = RecordDialog.ask(self, "Add officer",
                                 officer_fields(None, managers, today,
                                                clerk.id if clerk else None),
                                 lambda v: svc.add_officer(officer_from_values(None, v), actor,
                                                           today))
        if added is not None:
            self.kind_tabs.setCurrentIndex(1)
            self.refresh()
            self.select_person(added.id)

    def edit_selected(self) -> None:
        if self.kind_tabs.currentIndex() == 2:
            self.bodies.edit_selected()
            return
        row = self.selected_row()
        if row is None:
            members_widgets.tell(self, "Edit",
                                 "Choose someone in the table first, then choose Edit again.")
            return
        today, actor = self.today(), self.ctx.actor
        record = row.record
        if isinstance(record, Councillor):
            saved = CouncillorDialog.ask(
                self, record, [g.name for g in svc.groups()], today,
                lambda c: svc.update_councillor(c, actor, today), self._election_note())
        elif isinstance(record, Officer):
            managers = [(o.full_name, o.id) for o in svc.officers()
                        if o.id != record.id]
            clerk = svc.clerk()
            saved = RecordDialog.ask(
                self, "Edit officer",
                officer_fields(record, managers, today, clerk.id if clerk else None),
                lambda v: svc.update_officer(officer_from_values(record, v), actor, today))
        else:
            return
        if saved is not None:
            self.refresh()

    def archive_selected(self) -> None:
        if self.kind_tabs.currentIndex() == 2:
            self.bodies.archive_selected()
            return
        row = self.selected_row()
        if row is None:
            members_widgets.tell(self, "Archive", "Choose someone in the table first, then "
                                                  "choose Archive again.")
            return
        if not row.current:
            members_widgets.tell(self, "Archive", f"{row.name} is already archived: they are "
                                                  "kept in the register as a former member. "
                                                  "Nothing needs doing.")
            return
        today, actor = self.today(), self.ctx.actor
        if row.kind == "councillor":
            done = ArchiveDialog.ask(self, row.name, today,
                                     lambda day, why: svc.archive_councillor(row.id, day, why,
                                                                             actor, today))
        else:
            done = ArchiveDialog.ask(self, row.name, today,
                                     lambda day, why: svc.archive_officer(row.id, day, why,
                                                                          actor, today),
                                     f"{row.name} will be archived, not deleted: their "
                                     "employment ends on the leaving date and everything "
                                     "they did stays in the history.")
        if done:
            self.refresh()

    # -- import and export ------------------------------------------------------------------
    def import_members(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, "Import members", "",
                                              "Spreadsheets (*.csv *.xlsx)")
        if path:
            self.import_file(Path(path))

    def import_file(self, path: Path) -> None:
        today = self.today()
        try:
            preview = member_io.preview_import(path, today)
        except ParishDeskError as exc:
            show_expected(self, exc)
            return
        chosen = ImportPreviewDialog.ask(self, preview, today)
        if chosen is not None:
            self._run(lambda: member_io.apply_import(chosen, self.ctx.actor, today))

    def export_members(self) -> None:
        path, _ = QFileDialog.getSaveFileName(
            self, "Export members", "member-register.pdf",
            "PDF register (*.pdf);;Spreadsheet (*.xlsx);;CSV (*.csv)")
        if path:
            try:
                member_io.export_file(Path(path), self.today())
            except (ParishDeskError, OSError) as exc:
                show_expected(self, exc)


def create(ctx: AppContext, parent: QWidget | None = None) -> QWidget:
    return MembersPage(ctx, parent)
