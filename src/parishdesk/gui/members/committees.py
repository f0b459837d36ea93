"""The Members area's "Committees & groups" page: committees, party groups, the council's
Chair and Vice-Chair and the election year.

Every change goes through ``parishdesk.services.members``; afterwards the page
emits ``changed`` and the area refreshes everything it shows.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QGroupBox, QHBoxLayout, QTableWidget, QVBoxLayout, QWidget

from parishdesk.domain.member_rules import current_on
from parishdesk.domain.members import ROLE_KIND_LABELS, Committee, Councillor, PartyGroup, Role
from parishdesk.gui.common.context import AppContext
from parishdesk.gui.members import widgets as members_widgets
from parishdesk.gui.members.dialogs import Field, RecordDialog, confirm
from parishdesk.gui.members.widgets import (
    fill_table,
    fit_columns,
    push_button,
    record_table,
    run_service,
    selected_id,
)
from parishdesk.services import members as svc


def _set_year(year: int, actor: str) -> bool:
    svc.set_election_year(year, actor)
    return True


class CommitteesPage(QWidget):
    """Committees above party groups, each a table with its buttons below it."""

    changed = Signal()

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self._last_table: QTableWidget | None = None
        layout = QVBoxLayout(self)
        committees_box = QGroupBox("Committees")
        c_layout = QVBoxLayout(committees_box)
        self.committees_table = record_table(["Committee", "Chair", "Vice-chair", "Members",
                                              "Staffing", "Subjects"], "Committees")
        self.committees_table.itemDoubleClicked.connect(lambda _i: self.edit_committee())
        self.committees_table.itemSelectionChanged.connect(
            lambda: self._used(self.committees_table))
        c_layout.addWidget(self.committees_table)
        row = QHBoxLayout()
        row.addWidget(push_button("Add co&mmittee…", self.add_committee,
                                  shortcut="add_committee"))
        row.addWidget(push_button("Edit committee…", self.edit_committee, shortcut="edit"))
        row.addWidget(push_button("Set committee &chair…", self.set_committee_chair,
                                  shortcut="committee_chair"))
        row.addWidget(push_button("Archive committee…", self.archive_committee,
                                  shortcut="archive"))
        row.addStretch(1)
        c_layout.addLayout(row)
        layout.addWidget(committees_box, 3)
        groups_box = QGroupBox("Party groups")
        g_layout = QVBoxLayout(groups_box)
        self.groups_table = record_table(["Group", "Members"], "Party groups")
        self.groups_table.itemDoubleClicked.connect(lambda _i: self.rename_group())
        self.groups_table.itemSelectionChanged.connect(lambda: self._used(self.groups_table))
        g_layout.addWidget(self.groups_table)
        row = QHBoxLayout()
        row.addWidget(push_button("Add &group…", self.add_group, shortcut="add_group"))
        row.addWidget(push_button("Rename group…", self.rename_group, shortcut="edit"))
        row.addWidget(push_button("Archive group…", self.archive_group, shortcut="archive"))
        row.addStretch(1)
        g_layout.addLayout(row)
        council_row = QHBoxLayout()
        council_row.addWidget(push_button("Set council C&hair…",
                                          lambda: self.set_council_office("council_chair"),
                                          shortcut="council_chair"))
        council_row.addWidget(push_button(
            "Set council &Vice-Chair…", lambda: self.set_council_office("council_vice_chair"),
            shortcut="council_vice_chair"))
        council_row.addWidget(push_button("Election &year…", self.set_election_year,
                                          shortcut="election_year"))
        council_row.addStretch(1)
        g_layout.addLayout(council_row)
        layout.addWidget(groups_box, 2)

    def today(self) -> dt.date:
        return self.ctx.today()

    # -- which table the clerk is working in (for Edit and Archive) ----------------------
    def _used(self, table: QTableWidget) -> None:
        if table.currentRow() >= 0:
            self._last_table = table

    def _working_table(self) -> QTableWidget:
        for table in (self.committees_table, self.groups_table):
            if table.hasFocus():
                return table
        return self._last_table or self.committees_table

    def edit_selected(self) -> None:
        """Edit the chosen committee, or rename the chosen party group (Ctrl+E)."""
        if self._working_table() is self.groups_table:
            self.rename_group()
        else:
            self.edit_committee()

    def archive_selected(self) -> None:
        """Archive the chosen committee or party group (Delete)."""
        if self._working_table() is self.groups_table:
            self.archive_group()
        else:
            self.archive_committee()

    def _tell_choose(self, title: str, what: str) -> None:
        members_widgets.tell(self, title, f"Choose {what} in its table first, then choose "
                                          f"{title} again.")

    def show_bodies(self, committees: list[Committee], roles: list[Role],
                    councillors: list[Councillor]) -> None:
        today = self.today()
        names = {c.id: c.display_name for c in councillors}
        rows, ids = [], []
        for cm in committees:
            current = [r for r in roles if r.committee_id == cm.id and current_on(r, today)]

            def holder(kind: str, held: list[Role] = current) -> str:
                return next((names.get(r.person_id, "") for r in held if r.kind == kind), "")

            people = [names.get(r.person_id, "") for r in current
                      if r.kind == "committee_member"]
            rows.append([cm.name, holder("committee_chair") or "No chair recorded",
                         holder("committee_vice_chair") or "None recorded", ", ".join(people),
                         "Yes" if cm.is_staffing else "", "; ".join(cm.subjects)])
            ids.append(cm.id)
        fill_table(self.committees_table, rows, ids)
        fit_columns(self.committees_table, stretch=3,
                    fixed={0: 180, 1: 140, 2: 140, 5: 140}, wrap=True)
        groups = svc.groups()
        by_group = {g.name: [c.display_name for c in councillors
                             if c.group == g.name and c.left_on is None] for g in groups}
        fill_table(self.groups_table, [[g.name, ", ".join(by_group[g.name])] for g in groups],
                   [g.id for g in groups])
        fit_columns(self.groups_table, stretch=1, fixed={}, wrap=True)

    def _done(self, saved: Any) -> None:
        if saved is not None:
            self.changed.emit()

    # -- committees -------------------------------------------------------------------------
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
        self._done(RecordDialog.ask(self, "Add committee", self._committee_fields(blank),
                                    lambda v: self._save_committee(blank, v)))

    def _selected_committee(self, title: str) -> Committee | None:
        cid = selected_id(self.committees_table)
        found = next((c for c in svc.committees() if c.id == cid), None)
        if found is None:
            self._tell_choose(title, "a committee")
        return found

    def edit_committee(self) -> None:
        c = self._selected_committee("Edit committee")
        if c is not None:
            self._done(RecordDialog.ask(self, "Edit committee", self._committee_fields(c),
                                        lambda v: self._save_committee(c, v)))

    def set_committee_chair(self) -> None:
        c = self._selected_committee("Set committee chair")
        if c is None:
            return
        people = tuple((x.display_name, x.id) for x in svc.councillors(self.today()))
        actor, cid = self.ctx.actor, c.id
        self._done(RecordDialog.ask(self, f"Chair of {c.name}", [
            Field("kind", "&Office:", "combo", (("Chair", "committee_chair"),
                                                ("Vice-chair", "committee_vice_chair"))),
            Field("person_id", "&Councillor:", "combo", people),
            Field("start", "&From:", "date", value=self.today()),
        ], lambda v: svc.set_office(v["kind"], v["person_id"], v["start"], actor, cid)))

    def archive_committee(self) -> None:
        c = self._selected_committee("Archive committee")
        if c is None or c.id is None:
            return
        cid = c.id
        if confirm(self, "Archive committee",
                   f"Archive {c.name}? Its memberships end today; the history is kept.") \
                and run_service(self, lambda: svc.archive_committee(cid, self.ctx.actor,
                                                                    self.today())):
            self.changed.emit()

    # -- party groups -----------------------------------------------------------------------
    def add_group(self) -> None:
        self._done(RecordDialog.ask(self, "Add party group", [Field("name", "&Name:")],
                                    lambda v: svc.save_group(PartyGroup(name=v["name"]),
                                                             self.ctx.actor)))

    def rename_group(self) -> None:
        gid = selected_id(self.groups_table)
        if gid is None:
            self._tell_choose("Rename group", "a party group")
            return
        current = svc.group_names().get(gid, "")
        self._done(RecordDialog.ask(self, "Rename party group",
                                    [Field("name", "&Name:", value=current)],
                                    lambda v: svc.save_group(PartyGroup(id=gid, name=v["name"]),
                                                             self.ctx.actor)))

    def archive_group(self) -> None:
        gid = selected_id(self.groups_table)
        if gid is None:
            self._tell_choose("Archive group", "a party group")
            return
        name = svc.group_names().get(gid, "")
        if confirm(self, "Archive party group",
                   f"Archive {name}? Its members' memberships end today; the history is kept.") \
                and run_service(self, lambda: svc.archive_group(gid, self.ctx.actor,
                                                                self.today())):
            self.changed.emit()

    # -- the council ------------------------------------------------------------------------
    def set_council_office(self, kind: str) -> None:
        people = tuple((x.display_name, x.id) for x in svc.councillors(self.today()))
        actor = self.ctx.actor
        self._done(RecordDialog.ask(self, ROLE_KIND_LABELS[kind], [
            Field("person_id", "&Councillor:", "combo", people),
            Field("start", "&From:", "date", value=self.today()),
        ], lambda v: svc.set_office(kind, v["person_id"], v["start"], actor)))

    def set_election_year(self) -> None:
        actor = self.ctx.actor
        self._done(RecordDialog.ask(self, "Ordinary election year", [
            Field("year", "&Election year:", "year", value=svc.election_year()),
        ], lambda v: _set_year(v["year"], actor),
            intro="Any year of the four-yearly cycle of ordinary elections; terms end on "
                  "the first Thursday in May of the next one."))
