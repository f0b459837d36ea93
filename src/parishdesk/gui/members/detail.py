"""The Members area's detail panel: the chosen person's details, roles, interests,
training and history, with the buttons that add to them.

Every change goes through ``parishdesk.services.members``; afterwards the panel
emits ``changed`` and the area refreshes (which shows the same person again).
"""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import (
    QBoxLayout,
    QHBoxLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from parishdesk.domain.members import (
    Councillor,
    Interest,
    Officer,
    SpecialRelationship,
    Training,
    format_date,
)
from parishdesk.gui.common.context import AppContext
from parishdesk.gui.members.detail_edits import RecordEdits
from parishdesk.gui.members.detail_text import (
    councillor_lines,
    details_html,
    form_text,
    officer_lines,
)
from parishdesk.gui.members.model import PersonRow
from parishdesk.gui.members.widgets import (
    button_row,
    fill_table,
    fit_columns,
    push_button,
    record_table,
    scrolling,
    titled_block,
)
from parishdesk.services import members as svc

if TYPE_CHECKING:  # the dialogs (with their Designer forms) load when one first opens
    pass

#: From this width the interests and the relationships stand side by side.
SIDE_BY_SIDE_BLOCKS = 680
TAB_HISTORY = 4  # after Details, Roles & committees, Interests and Training


class MemberDetail(RecordEdits):
    """Tabs: Details, Roles & committees, Interests, Training, History."""

    #: What the Details tab says when no one is chosen (the list sets where to look).
    placeholder = "Choose someone in the table to see their details."

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.row: PersonRow | None = None
        self._interests: dict[int | None, Interest] = {}
        self._relationships: dict[int | None, SpecialRelationship] = {}
        self._training: dict[int | None, Training] = {}
        self.setAccessibleName("Member details")
        self.details_label = QLabel()
        self.details_label.setWordWrap(True)
        self.details_label.setAlignment(Qt.AlignmentFlag.AlignTop)
        self.details_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.addTab(scrolling(self.details_label), "Details")
        self.addTab(self._roles_page(), "Roles && committees")
        self.addTab(self._interests_page(), "Interests")
        self.addTab(self._training_page(), "Training")
        self.history_table = record_table(["When", "Who", "What happened"], "History")
        self.addTab(self.history_table, "History")
        self._filled: set[int] = set()  # History: filled when turned to (_fill_current)
        self.currentChanged.connect(lambda _index: self._fill_current())

    # -- layout -----------------------------------------------------------------------------
    def _roles_page(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        self.roles_table = record_table(["Role", "Committee or group", "First day",
                                         "Last day"], "Roles and committees")
        layout.addWidget(self.roles_table)
        row = QHBoxLayout()
        row.addWidget(push_button("Add &role…", self.add_role, shortcut="add_role"))
        row.addWidget(push_button("E&nd role…", self.end_role, shortcut="end_role"))
        row.addStretch(1)
        layout.addLayout(row)
        return page

    def _interests_page(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        form_row = QHBoxLayout()
        self.form_label = QLabel()
        self.form_label.setWordWrap(True)
        form_row.addWidget(self.form_label, 1)
        form_row.addWidget(push_button("Form &returned…", self.record_form,
                                             shortcut="form_returned"))
        layout.addLayout(form_row)
        self.interests_table = record_table(["Category", "Description", "Registered",
                                             "Removed"], "Register of interests")
        self.interests_table.itemDoubleClicked.connect(lambda _i: self.edit_interest())
        self.relationships_label = QLabel("Special relationships declared:")
        self.relationships_table = record_table(["With whom", "Nature", "Declared"],
                                                "Special relationships")
        self.relationships_table.itemDoubleClicked.connect(
            lambda _i: self.edit_relationship())
        # Side by side when the panel is wide (below the table), one above the other
        # when it is narrow (beside the table): see resizeEvent.
        self.interests_blocks = QBoxLayout(QBoxLayout.Direction.TopToBottom)
        self.interests_blocks.addWidget(titled_block(
            QLabel("Register of interests:"), self.interests_table,
            push_button("Add &interest…", self.add_interest, shortcut="add_interest"),
            push_button("E&dit…", self.edit_interest, "Edit interest"),
            push_button("Archi&ve…", self.archive_interest, "Archive interest")), 3)
        self.interests_blocks.addWidget(titled_block(
            self.relationships_label, self.relationships_table,
            push_button("Add relationshi&p…", self.add_relationship,
                        shortcut="add_relationship"),
            push_button("Edi&t…", self.edit_relationship, "Edit relationship"),
            push_button("Ar&chive…", self.archive_relationship, "Archive relationship")), 2)
        layout.addLayout(self.interests_blocks, 1)
        return page

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt override
        super().resizeEvent(event)
        self.fit_blocks(self.width())

    def fit_blocks(self, width: int) -> None:
        """Interests and relationships side by side from ``width`` up, else stacked (called
        before the panel is narrowed too, as side by side they would keep it wide)."""
        wanted = (QBoxLayout.Direction.LeftToRight if width >= SIDE_BY_SIDE_BLOCKS
                  else QBoxLayout.Direction.TopToBottom)
        if self.interests_blocks.direction() != wanted:
            self.interests_blocks.setDirection(wanted)
            page = self.interests_blocks.parentWidget()
            page_layout = page.layout() if page is not None else None
            if page is not None and page_layout is not None:
                page_layout.invalidate()  # a hidden tab's layout keeps its old minimum
                page.updateGeometry()

    def _training_page(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        self.training_table = record_table(["Course", "Provider", "Date", "Certificate"],
                                           "Training")
        self.training_table.itemDoubleClicked.connect(lambda _i: self.edit_training())
        layout.addWidget(self.training_table)
        layout.addLayout(button_row(
            push_button("Add &training…", self.add_training, shortcut="add_training"),
            push_button("E&dit…", self.edit_training, "Edit training"),
            push_button("Archi&ve…", self.archive_training, "Archive training")))
        return page

    # -- showing ----------------------------------------------------------------------------
    def show_person(self, row: PersonRow | None) -> None:
        self.row = row
        self._filled = set()
        self._interests, self._relationships, self._training = {}, {}, {}
        for table in (self.roles_table, self.interests_table, self.relationships_table,
                      self.training_table, self.history_table):
            table.setRowCount(0)
        self.form_label.setText("")
        if row is None:
            self.details_label.setText(self.placeholder)
            return
        record = row.record
        lines: list[tuple[str, str]] = []
        if isinstance(record, Councillor):
            lines = councillor_lines(record)
        elif isinstance(record, Officer):
            lines = officer_lines(record)
        self.details_label.setText(details_html(lines))
        self._fill_current()

    def _fill_current(self) -> None:
        """Fill the tabs for the chosen person; the History (read from the audit log, the
        slowest to make) only once it is on screen."""
        if (row := self.row) is None:
            return
        if not self._filled:
            self._filled.add(0)
            self._show_roles(row.id)
            if row.kind == "councillor":
                self._show_interests(row.id)
            training = svc.training_of(row.id)
            self._training = {t.id: t for t in training}
            fill_table(self.training_table,
                       [[t.course, t.provider, format_date(t.on),
                         "Held" if t.certificate_held else "No"] for t in training],
                       [t.id for t in training])
        if self.currentIndex() == TAB_HISTORY and TAB_HISTORY not in self._filled:
            self._filled.add(TAB_HISTORY)
            history = svc.person_history(row.id)
            fill_table(self.history_table, [
                [h.when_local.strftime("%d/%m/%Y %H:%M"), h.who, h.what]
                for h in reversed(history)])
            fit_columns(self.history_table, stretch=2, fixed={}, wrap=True)

    def _show_roles(self, person_id: int) -> None:
        committees = svc.committee_names()
        groups = svc.group_names()
        roles = svc.roles(person_id)
        fill_table(self.roles_table, [
            [r.kind_label, committees.get(r.committee_id or 0, "")
             or groups.get(r.group_id or 0, "") or "The council",
             format_date(r.start),
             format_date(r.end - dt.timedelta(days=1)) if r.end else "Still held"]
            for r in roles], [r.id for r in roles])

    def _show_interests(self, person_id: int) -> None:
        self.form_label.setText(form_text(person_id, self.today()))
        interests = svc.interests_of(person_id)
        self._interests = {i.id: i for i in interests}
        fill_table(self.interests_table,
                   [[i.category_label, i.description, format_date(i.registered_on),
                     format_date(i.removed_on)] for i in interests], [i.id for i in interests])
        fit_columns(self.interests_table, stretch=1, fixed={0: 110})
        relationships = svc.relationships_of(person_id)
        self._relationships = {r.id: r for r in relationships}
        fill_table(self.relationships_table,
                   [[r.with_whom, r.nature, format_date(r.declared_on)] for r in relationships],
                   [r.id for r in relationships])
        fit_columns(self.relationships_table, stretch=1, fixed={0: 110})
        self.relationships_label.setText("Special relationships declared:" if relationships
                                         else "Special relationships declared: none.")
