"""The Members area: councillors, officers, committees and groups, with reminders.

A thin window over ``parishdesk.services.members`` (which holds the rules), refreshed after
each change. Its parts have modules of their own: the people list with the chosen person's
details (``people``, ``detail``), Committees & groups (``committees``) and the reminders
(``reminders``); this module holds the area's actions and their keys."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QAction, QKeySequence, QResizeEvent
from PySide6.QtWidgets import QStackedWidget, QTabBar, QVBoxLayout, QWidget

from parishdesk.domain.members import Councillor, Officer
from parishdesk.gui.common.context import AppContext
from parishdesk.gui.members import widgets as members_widgets
from parishdesk.gui.members.detail import MemberDetail
from parishdesk.gui.members.model import (
    INDEPENDENT,
    Acknowledgements,
    MembersFilter,
    MembersTableModel,
    PersonRow,
    default_acknowledgements,
    person_rows,
)
from parishdesk.gui.members.people import PeopleView
from parishdesk.gui.members.reminders import RemindersBox
from parishdesk.gui.members.widgets import SHORTCUTS
from parishdesk.services import members as svc
from parishdesk.services import undo

if TYPE_CHECKING:
    from parishdesk.gui.common.empty_state import EmptyState
    from parishdesk.gui.members.committees import CommitteesPage

# The Committees & groups page, the dialogs and import/export (with the spreadsheet and
# PDF libraries behind them) are imported when first used, not when the area opens.

KIND_TABS = ("Councillors", "Officers", "Committees && groups")


class MembersPage(QWidget):
    badgeChanged = Signal(str)
    alertsChanged = Signal()

    def __init__(self, ctx: AppContext, parent: QWidget | None = None,
                 acknowledgements: Acknowledgements | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setAccessibleName("Members")
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
        self.detail = MemberDetail(self.ctx)
        self.detail.changed.connect(self.refresh)
        self.people = PeopleView(self.model, self.proxy, self.detail, [
            ("&Add councillor…", self.add_councillor, "add_councillor"),
            ("Add o&fficer…", self.add_officer, "add_officer"),
            ("&Edit…", self.edit_selected, "edit"),
            ("Arc&hive…", self.archive_selected, "archive")])
        self.people.table.doubleClicked.connect(lambda _i: self.edit_selected())
        self.stack.addWidget(self.people)
        self._bodies: CommitteesPage | None = None  # built on its first visit
        self.reminders = RemindersBox()
        self.reminders.personChosen.connect(self._reminder_chosen)
        outer.addWidget(self.reminders)
        # The parts' widgets by the names the area's tests and shortcuts know them by.
        people = self.people
        self.search, self.table, self.splitter = people.search, people.table, people.splitter
        self.status_filter, self.role_filter = people.status_filter, people.role_filter
        self.committee_filter, self.group_filter = people.committee_filter, people.group_filter
        self.reminders_list = self.reminders.list  # (and empty_state, below)
        people.first_steps = {
            "councillor": [("Add councillor…", lambda: self.add_councillor()),
                           ("Import from Excel…", lambda: self.import_members())],
            "officer": [("Add officer…", lambda: self.add_officer())]}
        (self.add_button, self.add_officer_button, self.edit_button,
         self.archive_button) = people.buttons

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
                                           lambda: self._on_bodies(lambda b: b.add_committee()))
        self.committee_chair_action = action(
            "Set committee chair…", "committee_chair",
            lambda: self._on_bodies(lambda b: b.set_committee_chair()))
        self.add_group_action = action("Add party group…", "add_group",
                                       lambda: self._on_bodies(lambda b: b.add_group()))
        self.council_chair_action = action(
            "Set council Chair…", "council_chair",
            lambda: self._on_bodies(lambda b: b.set_council_office("council_chair")))
        self.council_vice_chair_action = action(
            "Set council Vice-Chair…", "council_vice_chair",
            lambda: self._on_bodies(lambda b: b.set_council_office("council_vice_chair")))
        self.election_year_action = action("Election year…", "election_year",
                                           lambda: self._on_bodies(lambda b: b.set_election_year()))
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

    @property
    def empty_state(self) -> EmptyState:
        return self.people.empty_state

    def menu_actions(self) -> dict[str, list[QAction]]:
        return {"File": [self.import_action, self.export_action]}

    print_title = "Member register"

    def printable_pdf(self) -> bytes:
        """File > Print…: the member register, as it is exported to PDF."""
        from parishdesk.gui.members.transfer import register_pdf

        return register_pdf(self.today())

    @property
    def bodies(self) -> CommitteesPage:
        """The Committees & groups page, built (and filled) the first time it is wanted."""
        if self._bodies is None:
            from parishdesk.gui.members.committees import CommitteesPage

            self._bodies = CommitteesPage(self.ctx)
            self._bodies.changed.connect(self.refresh)
            self.stack.addWidget(self._bodies)
            self._bodies.show_bodies(svc.committees(), svc.roles(),
                                     svc.councillors(self.today(), include_former=True))
        return self._bodies

    # -- data -------------------------------------------------------------------------------
    def today(self) -> dt.date:
        return self.ctx.today()

    def refresh(self) -> None:
        today = self.today()
        selected = self.selected_id()
        councillors = svc.councillors(today, include_former=True)
        officers = svc.officers(include_former=True)
        roles = svc.roles()
        forms = svc.form_statuses(councillors, today)
        rows = person_rows(councillors, officers, roles, svc.committee_names(), forms, today)
        first_load = self.model.rowCount() == 0
        self.model.set_rows(rows)
        if first_load:
            self.people.size_columns()
        # The filters' choices are read when first wanted (and again after a change).
        self.committee_filter.set_choices(lambda: [(c.name, c.id) for c in svc.committees()])
        self.group_filter.set_choices(lambda: [*((g.name, g.name) for g in svc.groups()),
                                               ("Independent", INDEPENDENT)])
        if self._bodies is not None:
            self._bodies.show_bodies(svc.committees(), roles, councillors)
        self.reminders.show_reminders(svc.reminders(today))
        overdue = self.reminders.overdue()
        self.badgeChanged.emit(str(overdue) if overdue else "")
        self.alertsChanged.emit()
        self.people.update_empty()
        shown = self.people.details_shown
        if selected is not None:
            self.select_person(selected)
        elif self.proxy.rowCount() and self.table.currentIndex().row() < 0:
            self.table.selectRow(0)
        if self.people.details_shown == shown:  # choosing a row has not shown them already
            self.show_details()

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt override
        super().resizeEvent(event)
        self.people.fit_splitter(self.width())

    def alerts(self) -> list[str]:
        """Urgent reminders for the main window's banner."""
        return [f"Members: {text}" for text in self.reminders.urgent_texts()]

    # -- selection (in the people list) -------------------------------------------------------
    def selected_row(self) -> PersonRow | None:
        return self.people.selected_row()

    def selected_id(self) -> int | None:
        return self.people.selected_id()

    def select_person(self, person_id: int) -> bool:
        return self.people.select_person(person_id)

    def show_details(self) -> None:
        self.people.show_details()

    # -- helpers ----------------------------------------------------------------------------
    def _on_detail(self, tab: int, work: Callable[[], Any]) -> None:
        """A detail panel action by key: show the people and the tab it works on, then act."""
        if self.kind_tabs.currentIndex() == 2:
            self.kind_tabs.setCurrentIndex(0)
        self.detail.setCurrentIndex(tab)
        work()

    def _on_bodies(self, work: Callable[[CommitteesPage], Any]) -> None:
        """A committee or group action by key: show the Committees & groups page, then act."""
        self.kind_tabs.setCurrentIndex(2)
        work(self.bodies)

    def _kind_changed(self, index: int) -> None:
        if index == 2:
            self.stack.setCurrentWidget(self.bodies)
            return
        self.stack.setCurrentWidget(self.people)
        self.people.show_kind("councillor" if index == 0 else "officer")

    def focus_search(self) -> None:
        if self.kind_tabs.currentIndex() == 2:
            self.kind_tabs.setCurrentIndex(0)
        self.search.setFocus()
        self.search.selectAll()

    def _reminder_chosen(self, person_id: int) -> None:
        self.kind_tabs.setCurrentIndex(0)
        self.status_filter.setCurrentIndex(0)
        self.select_person(person_id)

    # -- people -----------------------------------------------------------------------------
    def _election_note(self) -> str:
        return (f"Leave as \u201cNot recorded\u201d to end at the next ordinary election "
                f"(cycle year {svc.election_year()}).")

    def add_councillor(self) -> None:
        from parishdesk.gui.members.dialogs import CouncillorDialog

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
        from parishdesk.gui.members.dialogs import RecordDialog
        from parishdesk.gui.members.officer_form import officer_fields, officer_from_values

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
        from parishdesk.gui.members.dialogs import CouncillorDialog, RecordDialog
        from parishdesk.gui.members.officer_form import officer_fields, officer_from_values

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
            self.ctx.undo.record(undo.member_edit(record, saved, today))
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
        from parishdesk.gui.members.dialogs import ArchiveDialog

        today, actor = self.today(), self.ctx.actor
        roles_before = svc.roles(row.id)  # for Edit > Undo: the roles their leaving ends
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
        if done and row.record is not None:
            self.ctx.undo.record(undo.member_archive(row.record, roles_before))
            self.refresh()

    # -- import and export ------------------------------------------------------------------
    def import_members(self) -> None:
        from parishdesk.gui.common import file_chooser  # with the first import, not at start

        path, _ = file_chooser.get_open_file_name(self, "Import members", "",
                                              "Spreadsheets (*.csv *.xlsx)")
        if path:
            self.import_file(Path(path))

    def import_file(self, path: Path) -> None:
        from parishdesk.gui.members.transfer import import_file

        if import_file(self, path, self.ctx.actor, self.today()):
            self.refresh()

    def export_members(self) -> None:
        from parishdesk.gui.members.transfer import export_members

        export_members(self, self.today())


def create(ctx: AppContext, parent: QWidget | None = None) -> QWidget:
    return MembersPage(ctx, parent)
