"""The Members area: councillors, officers, committees and groups, with reminders.

A thin window: rows come from the store and services, every change goes
through ``parishdesk.services.members`` (which holds the rules), and the page
refreshes itself after each change.
"""

from __future__ import annotations

import datetime as dt
import html
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QAction, QKeySequence
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
    QPushButton,
    QSplitter,
    QStackedWidget,
    QTabBar,
    QTableView,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from parishdesk.domain.members import (
    INTEREST_CATEGORIES,
    INTEREST_CATEGORY_LABELS,
    ROLE_KIND_LABELS,
    Committee,
    Councillor,
    Interest,
    Officer,
    PartyGroup,
    Role,
    SpecialRelationship,
    Training,
    effective_term_end,
    format_date,
)
from parishdesk.errors import ParishDeskError
from parishdesk.gui.context import AppContext
from parishdesk.gui.errors import show_expected
from parishdesk.gui.members_dialogs import (
    ArchiveDialog,
    CouncillorDialog,
    Field,
    RecordDialog,
    confirm,
    officer_fields,
    officer_from_values,
)
from parishdesk.gui.members_import import ImportPreviewDialog
from parishdesk.gui.members_model import (
    PERSON_ID_ROLE,
    Acknowledgements,
    MembersFilter,
    MembersTableModel,
    PersonRow,
    default_acknowledgements,
)
from parishdesk.gui.members_widgets import warning_icon
from parishdesk.services import member_io
from parishdesk.services import members as svc

KIND_TABS = ("Councillors", "Officers", "Committees && groups")
URGENT = ("overdue", "warning")


def _table(headers: list[str], name: str) -> QTableWidget:
    table = QTableWidget(0, len(headers))
    table.setHorizontalHeaderLabels(headers)
    table.setAccessibleName(name)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.horizontalHeader().setStretchLastSection(True)
    table.verticalHeader().setVisible(False)
    return table


def _fill(table: QTableWidget, rows: list[list[str]], ids: list[Any] | None = None) -> None:
    table.setRowCount(len(rows))
    for r, values in enumerate(rows):
        for c, value in enumerate(values):
            item = QTableWidgetItem(value)
            if ids is not None and c == 0:
                item.setData(Qt.ItemDataRole.UserRole, ids[r])
            table.setItem(r, c, item)
    table.resizeColumnsToContents()
    table.horizontalHeader().setStretchLastSection(True)


def _selected_id(table: QTableWidget) -> Any:
    row = table.currentRow()
    item = table.item(row, 0) if row >= 0 else None
    return item.data(Qt.ItemDataRole.UserRole) if item is not None else None


def _button(text: str, slot: Callable[[], Any], name: str | None = None) -> QPushButton:
    button = QPushButton(text)
    button.setAccessibleName(name or text.replace("&", "").rstrip("…"))
    button.clicked.connect(slot)
    return button


class MembersPage(QWidget):
    badgeChanged = Signal(str)
    alertsChanged = Signal()

    def __init__(self, ctx: AppContext, parent: QWidget | None = None,
                 acknowledgements: Acknowledgements | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setAccessibleName("Members")
        self._reminders: tuple[Any, ...] = ()
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
        self.stack.addWidget(self._bodies_page())
        reminders_box = QGroupBox("Reminders")
        box_layout = QVBoxLayout(reminders_box)
        self.reminders_list = QListWidget()
        self.reminders_list.setAccessibleName("Member reminders")
        self.reminders_list.setMaximumHeight(84)
        self.reminders_list.itemActivated.connect(self._reminder_activated)
        box_layout.addWidget(self.reminders_list)
        outer.addWidget(reminders_box)

    def _people_page(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 0, 0, 0)
        filters = QHBoxLayout()
        self.search = QLineEdit()
        self.search.setPlaceholderText("Search names, wards, groups, committees… (Ctrl+F)")
        self.search.setAccessibleName("Search members")
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
            filters.addWidget(widget, 1)
        layout.addLayout(filters)
        buttons = QHBoxLayout()
        self.add_button = _button("&Add councillor…", self.add_councillor)
        self.add_officer_button = _button("Add o&fficer…", self.add_officer)
        self.edit_button = _button("&Edit…", self.edit_selected)
        self.archive_button = _button("Arc&hive…", self.archive_selected)
        for b in (self.add_button, self.add_officer_button, self.edit_button,
                  self.archive_button):
            buttons.addWidget(b)
        buttons.addStretch(1)
        layout.addLayout(buttons)
        splitter = QSplitter()
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
        self.table.setWordWrap(False)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.selectionModel().currentRowChanged.connect(lambda *_: self.show_details())
        self.table.doubleClicked.connect(lambda _i: self.edit_selected())
        left_layout.addWidget(self.table)
        self.empty_label = QLabel()
        self.empty_label.setWordWrap(True)
        left_layout.addWidget(self.empty_label)
        splitter.addWidget(left)
        splitter.addWidget(self._detail_tabs())
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        splitter.setSizes([880, 520])
        layout.addWidget(splitter, 1)
        return page

    def _detail_tabs(self) -> QTabWidget:
        self.details = QTabWidget()
        self.details.setAccessibleName("Member details")
        self.details_label = QLabel()
        self.details_label.setWordWrap(True)
        self.details_label.setAlignment(Qt.AlignmentFlag.AlignTop)
        self.details_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.details.addTab(self.details_label, "Details")
        roles_page = QWidget()
        roles_layout = QVBoxLayout(roles_page)
        self.roles_table = _table(["Role", "Committee or group", "From", "Until"],
                                  "Roles and committees")
        roles_layout.addWidget(self.roles_table)
        row = QHBoxLayout()
        row.addWidget(_button("Add &role…", self.add_role))
        row.addWidget(_button("E&nd role…", self.end_role))
        row.addStretch(1)
        roles_layout.addLayout(row)
        self.details.addTab(roles_page, "Roles && committees")
        interests_page = QWidget()
        interests_layout = QVBoxLayout(interests_page)
        self.form_label = QLabel()
        self.form_label.setWordWrap(True)
        interests_layout.addWidget(self.form_label)
        self.interests_table = _table(["Category", "Description", "Registered", "Removed"],
                                      "Register of interests")
        interests_layout.addWidget(self.interests_table)
        self.relationships_table = _table(["With whom", "Nature", "Declared"],
                                          "Special relationships")
        self.relationships_label = QLabel("Special relationships declared:")
        interests_layout.addWidget(self.relationships_label)
        interests_layout.addWidget(self.relationships_table)
        row = QHBoxLayout()
        row.addWidget(_button("Form &returned…", self.record_form))
        row.addWidget(_button("Add &interest…", self.add_interest))
        row.addWidget(_button("Add relationshi&p…", self.add_relationship))
        row.addStretch(1)
        interests_layout.addLayout(row)
        self.details.addTab(interests_page, "Interests")
        training_page = QWidget()
        training_layout = QVBoxLayout(training_page)
        self.training_table = _table(["Course", "Provider", "Date", "Certificate"], "Training")
        training_layout.addWidget(self.training_table)
        row = QHBoxLayout()
        row.addWidget(_button("Add &training…", self.add_training))
        row.addStretch(1)
        training_layout.addLayout(row)
        self.details.addTab(training_page, "Training")
        self.history_table = _table(["When", "Who", "What", "Details"], "History")
        self.details.addTab(self.history_table, "History")
        return self.details

    def _bodies_page(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        committees_box = QGroupBox("Committees")
        c_layout = QVBoxLayout(committees_box)
        self.committees_table = _table(["Committee", "Chair", "Members", "Staffing",
                                        "Subjects"], "Committees")
        self.committees_table.itemDoubleClicked.connect(lambda _i: self.edit_committee())
        c_layout.addWidget(self.committees_table)
        row = QHBoxLayout()
        row.addWidget(_button("Add co&mmittee…", self.add_committee))
        row.addWidget(_button("Edit committee…", self.edit_committee))
        row.addWidget(_button("Set committee &chair…", self.set_committee_chair))
        row.addWidget(_button("Archive committee…", self.archive_committee))
        row.addStretch(1)
        c_layout.addLayout(row)
        layout.addWidget(committees_box, 3)
        groups_box = QGroupBox("Party groups")
        g_layout = QVBoxLayout(groups_box)
        self.groups_table = _table(["Group", "Members"], "Party groups")
        g_layout.addWidget(self.groups_table)
        row = QHBoxLayout()
        row.addWidget(_button("Add &group…", self.add_group))
        row.addWidget(_button("Rename group…", self.rename_group))
        row.addWidget(_button("Archive group…", self.archive_group))
        row.addStretch(1)
        g_layout.addLayout(row)
        council_row = QHBoxLayout()
        council_row.addWidget(_button("Set council C&hair…",
                                      lambda: self.set_council_office("council_chair")))
        council_row.addWidget(_button("Set council &Vice-Chair…",
                                      lambda: self.set_council_office("council_vice_chair")))
        council_row.addWidget(_button("Election &year…", self.set_election_year))
        g_layout.addLayout(council_row)
        layout.addWidget(groups_box, 2)
        return page

    def _build_actions(self) -> None:
        def action(text: str, shortcut: Any, slot: Callable[[], Any]) -> QAction:
            act = QAction(text, self)
            if shortcut is not None:
                act.setShortcut(QKeySequence(shortcut))
                act.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            act.triggered.connect(slot)
            self.addAction(act)
            return act

        self.add_action = action("Add councillor", QKeySequence.StandardKey.New,
                                 self.add_councillor)
        self.find_action = action("Find", QKeySequence.StandardKey.Find, self.focus_search)
        self.edit_action = action("Edit", "Ctrl+E", self.edit_selected)
        self.archive_action = action("Archive", QKeySequence.StandardKey.Delete,
                                     self.archive_selected)
        self.import_action = QAction("&Import members…", self)
        self.import_action.setShortcut(QKeySequence("Ctrl+Shift+I"))
        self.import_action.triggered.connect(self.import_members)
        self.export_action = QAction("E&xport members…", self)
        self.export_action.setShortcut(QKeySequence("Ctrl+Shift+E"))
        self.export_action.triggered.connect(self.export_members)

    def menu_actions(self) -> dict[str, list[QAction]]:
        return {"File": [self.import_action, self.export_action]}

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
        committee_names = svc.committee_names()
        forms = svc.form_statuses(councillors, today)
        rows: list[PersonRow] = []
        for c in councillors:
            assert c.id is not None
            held = [r for r in roles if r.person_id == c.id and r.start <= today
                    and (r.end is None or r.end > today)]
            offices = [ROLE_KIND_LABELS[r.kind] if r.committee_id is None
                       else f"{ROLE_KIND_LABELS[r.kind]}, {committee_names.get(r.committee_id)}"
                       for r in held if r.kind not in ("committee_member", "group_member")]
            member_of = sorted({r.committee_id for r in held
                                if r.kind == "committee_member" and r.committee_id})
            current = c.is_current(today) and c.left_on is None
            rows.append(PersonRow(
                id=c.id, kind="councillor", name=c.display_name,
                sort_name=f"{c.surname} {c.first_name}".casefold(),
                role="; ".join(offices) or "Councillor", ward=c.ward, group=c.group or "",
                committees=tuple(committee_names.get(i, "") for i in member_of),
                committee_ids=frozenset(member_of),
                role_kinds=frozenset(r.kind for r in held), current=current,
                form=forms.get(c.id) if current else None, record=c))
        for o in officers:
            assert o.id is not None
            rows.append(PersonRow(
                id=o.id, kind="officer", name=o.full_name,
                sort_name=f"{o.surname} {o.first_name}".casefold(),
                role=o.post_label + (" (Proper Officer)" if o.is_proper_officer else ""),
                current=o.is_current(today), record=o))
        first_load = self.model.rowCount() == 0
        self.model.set_rows(rows)
        if first_load:
            self.table.resizeColumnsToContents()
            for column in range(self.model.columnCount()):
                self.table.setColumnWidth(column, min(self.table.columnWidth(column), 240))
        self._fill_filter(self.committee_filter, "Any committee",
                          [(c.name, c.id) for c in committees])
        self._fill_filter(self.group_filter, "Any group",
                          [(g.name, g.name) for g in svc.groups()])
        self._show_bodies(committees, roles, councillors)
        self._reminders = svc.reminders(today)
        self._show_reminders()
        self._update_empty()
        if selected is not None:
            self.select_person(selected)
        elif self.proxy.rowCount() and self.table.currentIndex().row() < 0:
            self.table.selectRow(0)
        self.show_details()

    def _fill_filter(self, combo: QComboBox, any_text: str, items: list[tuple[str, Any]]) -> None:
        current = combo.currentData()
        combo.blockSignals(True)
        combo.clear()
        combo.addItem(any_text, None)
        for text, data in items:
            combo.addItem(text, data)
        combo.setCurrentIndex(max(0, combo.findData(current)))
        combo.blockSignals(False)

    def _show_bodies(self, committees: list[Committee], roles: list[Role],
                     councillors: list[Councillor]) -> None:
        today = self.today()
        names = {c.id: c.display_name for c in councillors}
        rows, ids = [], []
        for cm in committees:
            current = [r for r in roles if r.committee_id == cm.id and r.start <= today
                       and (r.end is None or r.end > today)]
            chair = next((names.get(r.person_id, "") for r in current
                          if r.kind == "committee_chair"), "")
            people = [names.get(r.person_id, "") for r in current
                      if r.kind == "committee_member"]
            rows.append([cm.name, chair or "No chair recorded", ", ".join(people),
                         "Yes" if cm.is_staffing else "", "; ".join(cm.subjects)])
            ids.append(cm.id)
        _fill(self.committees_table, rows, ids)
        groups = svc.groups()
        by_group = {g.name: [c.display_name for c in councillors
                             if c.group == g.name and c.left_on is None] for g in groups}
        _fill(self.groups_table, [[g.name, ", ".join(by_group[g.name])] for g in groups],
              [g.id for g in groups])

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
        row = self.selected_row()
        for table in (self.roles_table, self.interests_table, self.relationships_table,
                      self.training_table, self.history_table):
            table.setRowCount(0)
        self.form_label.setText("")
        if row is None:
            self.details_label.setText("Choose someone in the table to see their details.")
            return
        today = self.today()
        record = row.record
        lines: list[tuple[str, str]] = []
        if isinstance(record, Councillor):
            end = effective_term_end(record, svc.election_year())
            lines = [("Name", record.full_name), ("Known as", record.preferred_name),
                     ("Ward", record.ward), ("Address", record.address),
                     ("Telephone", record.phone), ("E-mail", record.email),
                     ("Joined", f"{record.joined_how_label} on {format_date(record.joined_on)}"),
                     ("Accepted office", format_date(record.accepted_office_on)),
                     ("Term ends", format_date(end) + ("" if record.term_ends_on else
                                                       " (next ordinary election)")),
                     ("Party group", record.group or "Independent")]
            if record.left_on:
                lines.append(("Left", f"{format_date(record.left_on)}: {record.left_reason}"))
        elif isinstance(record, Officer):
            managers = {o.id: o.full_name for o in svc.officers(include_former=True)}
            hours = (f"{record.hours_from:%H:%M} to {record.hours_to:%H:%M}"
                     if record.hours_from and record.hours_to else "")
            lines = [("Name", record.full_name), ("Post", record.post_label),
                     ("Proper Officer", "Yes" if record.is_proper_officer else "No"),
                     ("Working days", record.working_days_label), ("Hours", hours),
                     ("Started", format_date(record.started_on)),
                     ("Ended", format_date(record.ended_on)),
                     ("Line manager", managers.get(record.line_manager_id, "")
                      if record.line_manager_id else "The council"),
                     ("E-mail", record.email), ("Telephone", record.phone)]
        self.details_label.setText(
            "<table cellspacing='4'>" + "".join(
                f"<tr><td><b>{html.escape(k)}</b></td><td>"
                f"{html.escape(v).replace(chr(10), '<br>')}</td></tr>"
                for k, v in lines if v) + "</table>")
        self._show_roles(row.id)
        if row.kind == "councillor":
            status = svc.interests_form_status(row.id, today)
            text = {"returned": "Register of interests form: returned.",
                    "not_applicable": "Register of interests form: not due yet (no acceptance "
                                      "of office recorded)."}.get(status.state, "")
            if status.state == "due":
                text = (f"Register of interests form: due by {format_date(status.due_on)} "
                        f"({status.days_left} day(s) left).")
            elif status.state == "overdue":
                text = f"\u26a0 Register of interests form: OVERDUE since {format_date(status.due_on)}."
            self.form_label.setText(text)
            _fill(self.interests_table,
                  [[i.category_label, i.description, format_date(i.registered_on),
                    format_date(i.removed_on)] for i in svc.interests_of(row.id)])
            relationships = svc.relationships_of(row.id)
            _fill(self.relationships_table,
                  [[r.with_whom, r.nature, format_date(r.declared_on)] for r in relationships])
            self.relationships_label.setText("Special relationships declared:" if relationships
                                             else "Special relationships declared: none.")
        _fill(self.training_table,
              [[t.course, t.provider, format_date(t.on), "Held" if t.certificate_held else "No"]
               for t in svc.training_of(row.id)])
        history = svc.person_history(row.id)
        _fill(self.history_table, [
            [h.at.strftime("%d/%m/%Y %H:%M"), h.actor, f"{h.table.replace('_', ' ')} {h.action}",
             h.note or ", ".join(f"{k}: {v[1]}" for k, v in h.changes.items()
                                 if k != "created_at")[:160]]
            for h in reversed(history)])

    def _show_roles(self, person_id: int) -> None:
        committees = svc.committee_names()
        groups = svc.group_names()
        roles = svc.roles(person_id)
        _fill(self.roles_table, [
            [r.kind_label, committees.get(r.committee_id or 0, "")
             or groups.get(r.group_id or 0, "") or "The council",
             format_date(r.start), format_date(r.end) or "Still held"]
            for r in roles], [r.id for r in roles])

    # -- helpers ----------------------------------------------------------------------------
    def _run(self, work: Callable[[], Any]) -> Any:
        try:
            result = work()
        except ParishDeskError as exc:
            show_expected(self, exc)
            return None
        self.refresh()
        return result

    def _kind_changed(self, index: int) -> None:
        if index == 2:
            self.stack.setCurrentIndex(1)
            return
        self.stack.setCurrentIndex(0)
        self.proxy.set_filters(kind="councillor" if index == 0 else "officer")
        self._update_empty()
        if self.proxy.rowCount():
            self.table.selectRow(0)
        self.show_details()

    def _filters_changed(self) -> None:
        self.proxy.set_filters(status=self.status_filter.currentData(),
                               role_kind=self.role_filter.currentData(),
                               committee_id=self.committee_filter.currentData(),
                               group=self.group_filter.currentData())
        self._update_empty()

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
        added = RecordDialog.ask(self, "Add officer", officer_fields(None, managers, today),
                                 lambda v: svc.add_officer(officer_from_values(None, v), actor,
                                                           today))
        if added is not None:
            self.kind_tabs.setCurrentIndex(1)
            self.refresh()
            self.select_person(added.id)

    def edit_selected(self) -> None:
        row = self.selected_row()
        if row is None:
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
            saved = RecordDialog.ask(
                self, "Edit officer", officer_fields(record, managers, today),
                lambda v: svc.update_officer(officer_from_values(record, v), actor, today))
        else:
            return
        if saved is not None:
            self.refresh()

    def archive_selected(self) -> None:
        row = self.selected_row()
        if row is None or not row.current:
            return
        today, actor = self.today(), self.ctx.actor
        if row.kind == "councillor":
            done = ArchiveDialog.ask(self, row.name, today,
                                     lambda day, why: svc.archive_councillor(row.id, day, why,
                                                                             actor, today))
        else:
            done = ArchiveDialog.ask(self, row.name, today,
                                     lambda day, why: svc.archive_officer(row.id, day, why,
                                                                          actor, today))
        if done:
            self.refresh()

    # -- roles, interests, training --------------------------------------------------------
    def _councillor_row(self) -> PersonRow | None:
        row = self.selected_row()
        if row is None or row.kind != "councillor":
            return None
        return row

    def add_role(self) -> None:
        row = self._councillor_row()
        if row is None:
            return
        kinds = tuple((label, kind) for kind, label in ROLE_KIND_LABELS.items()
                      if kind != "group_member")
        committees = tuple((c.name, c.id) for c in svc.committees())
        person_id, actor = row.id, self.ctx.actor

        def save(v: dict[str, Any]) -> Any:
            kind = v["kind"]
            committee = v["committee_id"] if kind.startswith("committee") else None
            if kind in ("council_chair", "council_vice_chair", "committee_chair",
                        "committee_vice_chair") and v["end"] is None:
                return svc.set_office(kind, person_id, v["start"], actor, committee)
            return svc.add_role(Role(person_id=person_id, kind=kind, committee_id=committee,
                                     start=v["start"], end=v["end"]), actor)

        if RecordDialog.ask(self, f"Add a role for {row.name}", [
            Field("kind", "&Role:", "combo", kinds, "committee_member"),
            Field("committee_id", "&Committee:", "combo", committees),
            Field("start", "&From:", "date", value=self.today()),
            Field("end", "&Until:", "optdate"),
        ], save, intro="A new Chair or Vice-Chair takes over from the present one on the "
                       "start date.") is not None:
            self.refresh()

    def end_role(self) -> None:
        role_id = _selected_id(self.roles_table)
        if role_id is None:
            return
        actor = self.ctx.actor
        if RecordDialog.ask(self, "End role", [Field("end", "&Last day was the day before:",
                                                     "date", value=self.today())],
                            lambda v: svc.end_role(role_id, v["end"], actor)) is not None:
            self.refresh()

    def record_form(self) -> None:
        row = self._councillor_row()
        if row is None:
            return
        today, actor, pid = self.today(), self.ctx.actor, row.id
        if RecordDialog.ask(self, "Register of interests form returned",
                            [Field("returned_on", "&Came back on:", "date", value=today)],
                            lambda v: svc.record_form_returned(pid, v["returned_on"], actor,
                                                               today)) is not None:
            self.refresh()

    def add_interest(self) -> None:
        row = self._councillor_row()
        if row is None:
            return
        actor, pid = self.ctx.actor, row.id
        options = tuple((INTEREST_CATEGORY_LABELS[c], c) for c in INTEREST_CATEGORIES)
        if RecordDialog.ask(self, f"Add an interest for {row.name}", [
            Field("category", "&Category:", "combo", options),
            Field("description", "&Description:", "multiline"),
            Field("registered_on", "&Registered on:", "date", value=self.today()),
            Field("removed_on", "Re&moved on:", "optdate"),
        ], lambda v: svc.save_interest(Interest(councillor_id=pid, **v), actor)) is not None:
            self.refresh()

    def add_relationship(self) -> None:
        row = self._councillor_row()
        if row is None:
            return
        actor, pid = self.ctx.actor, row.id
        if RecordDialog.ask(self, f"Special relationship declared by {row.name}", [
            Field("with_whom", "&With whom:"),
            Field("nature", "&Nature:", "multiline"),
            Field("declared_on", "&Declared on:", "date", value=self.today()),
        ], lambda v: svc.save_relationship(SpecialRelationship(councillor_id=pid, **v),
                                           actor)) is not None:
            self.refresh()

    def add_training(self) -> None:
        row = self.selected_row()
        if row is None:
            return
        actor, pid = self.ctx.actor, row.id
        if RecordDialog.ask(self, f"Training for {row.name}", [
            Field("course", "&Course:"),
            Field("provider", "&Provider:"),
            Field("on", "&Date:", "date", value=self.today()),
            Field("certificate_held", "Certificate:", "check", value=False,
                  hint="A certificate is held"),
        ], lambda v: svc.save_training(Training(person_id=pid, **v), actor)) is not None:
            self.refresh()

    # -- committees and groups --------------------------------------------------------------
    def _committee_fields(self, c: Committee) -> list[Field]:
        return [Field("name", "&Name:", value=c.name),
                Field("functions", "&Functions:", "multiline", value=c.functions),
                Field("delegated_powers", "&Delegated powers:", "multiline",
                      value=c.delegated_powers),
                Field("is_staffing", "Staffing:", "check", value=c.is_staffing,
                      hint="This is the staffing committee"),
                Field("subjects", "&Subjects:", value="; ".join(c.subjects),
                      hint="Separated by ; (for example: planning; footpaths)")]

    def _save_committee(self, base: Committee, v: dict[str, Any]) -> Committee:
        subjects = tuple(s.strip() for s in v.pop("subjects").split(";") if s.strip())
        return svc.save_committee(Committee(id=base.id, subjects=subjects, **v), self.ctx.actor)

    def add_committee(self) -> None:
        blank = Committee()
        if RecordDialog.ask(self, "Add committee", self._committee_fields(blank),
                            lambda v: self._save_committee(blank, v)) is not None:
            self.refresh()

    def _selected_committee(self) -> Committee | None:
        cid = _selected_id(self.committees_table)
        return next((c for c in svc.committees() if c.id == cid), None)

    def edit_committee(self) -> None:
        c = self._selected_committee()
        if c is not None and RecordDialog.ask(self, "Edit committee",
                                              self._committee_fields(c),
                                              lambda v: self._save_committee(c, v)) is not None:
            self.refresh()

    def set_committee_chair(self) -> None:
        c = self._selected_committee()
        if c is None:
            return
        people = tuple((x.display_name, x.id) for x in svc.councillors(self.today()))
        actor, cid = self.ctx.actor, c.id
        if RecordDialog.ask(self, f"Chair of {c.name}", [
            Field("kind", "&Office:", "combo", (("Chair", "committee_chair"),
                                                ("Vice-chair", "committee_vice_chair"))),
            Field("person_id", "&Councillor:", "combo", people),
            Field("start", "&From:", "date", value=self.today()),
        ], lambda v: svc.set_office(v["kind"], v["person_id"], v["start"], actor,
                                    cid)) is not None:
            self.refresh()

    def archive_committee(self) -> None:
        c = self._selected_committee()
        if c is None or c.id is None:
            return
        cid = c.id
        if confirm(self, "Archive committee",
                   f"Archive {c.name}? Its memberships end today; the history is kept."):
            self._run(lambda: svc.archive_committee(cid, self.ctx.actor, self.today()))

    def add_group(self) -> None:
        if RecordDialog.ask(self, "Add party group", [Field("name", "&Name:")],
                            lambda v: svc.save_group(PartyGroup(name=v["name"]),
                                                     self.ctx.actor)) is not None:
            self.refresh()

    def rename_group(self) -> None:
        gid = _selected_id(self.groups_table)
        if gid is None:
            return
        current = svc.group_names().get(gid, "")
        if RecordDialog.ask(self, "Rename party group", [Field("name", "&Name:", value=current)],
                            lambda v: svc.save_group(PartyGroup(id=gid, name=v["name"]),
                                                     self.ctx.actor)) is not None:
            self.refresh()

    def archive_group(self) -> None:
        gid = _selected_id(self.groups_table)
        if gid is None:
            return
        name = svc.group_names().get(gid, "")
        if confirm(self, "Archive party group",
                   f"Archive {name}? Its members' memberships end today; the history is kept."):
            self._run(lambda: svc.archive_group(gid, self.ctx.actor, self.today()))

    def set_council_office(self, kind: str) -> None:
        people = tuple((x.display_name, x.id) for x in svc.councillors(self.today()))
        actor = self.ctx.actor
        if RecordDialog.ask(self, ROLE_KIND_LABELS[kind], [
            Field("person_id", "&Councillor:", "combo", people),
            Field("start", "&From:", "date", value=self.today()),
        ], lambda v: svc.set_office(kind, v["person_id"], v["start"], actor)) is not None:
            self.refresh()

    def set_election_year(self) -> None:
        actor = self.ctx.actor
        if RecordDialog.ask(self, "Ordinary election year", [
            Field("year", "&Election year:", "year", value=svc.election_year()),
        ], lambda v: _set_year(v["year"], actor),
            intro="Any year of the four-yearly cycle of ordinary elections; terms end on "
                  "the first Thursday in May of the next one.") is not None:
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


def _set_year(year: int, actor: str) -> bool:
    svc.set_election_year(year, actor)
    return True


def create(ctx: AppContext, parent: QWidget | None = None) -> QWidget:
    return MembersPage(ctx, parent)
