"""The Members area's detail panel: the chosen person's details, roles, interests,
training and history, with the buttons that add to them.

Every change goes through ``parishdesk.services.members``; afterwards the panel
emits ``changed`` and the area refreshes (which shows the same person again).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import replace
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import (
    QBoxLayout,
    QHBoxLayout,
    QLabel,
    QTabWidget,
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
from parishdesk.gui.members import widgets as members_widgets
from parishdesk.gui.members.detail_text import (
    archived,
    cell_text,
    councillor_lines,
    details_html,
    form_text,
    interest_fields,
    officer_lines,
    relationship_fields,
    training_fields,
)
from parishdesk.gui.members.dialogs import Field, RecordDialog
from parishdesk.gui.members.model import PersonRow
from parishdesk.gui.members.role_forms import ask_add_role, ask_end_role
from parishdesk.gui.members.widgets import (
    button_row,
    fill_table,
    fit_columns,
    push_button,
    record_table,
    scrolling,
    selected_id,
    titled_block,
)
from parishdesk.services import members as svc
from parishdesk.services import undo

#: From this width the interests and the relationships stand side by side.
SIDE_BY_SIDE_BLOCKS = 680


class MemberDetail(QTabWidget):
    """Tabs: Details, Roles & committees, Interests, Training, History."""

    changed = Signal()
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
    def today(self) -> dt.date:
        return self.ctx.today()

    def show_person(self, row: PersonRow | None) -> None:
        self.row = row
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
        self._show_roles(row.id)
        if row.kind == "councillor":
            self._show_interests(row.id)
        training = svc.training_of(row.id)
        self._training = {t.id: t for t in training}
        fill_table(self.training_table,
                   [[t.course, t.provider, format_date(t.on),
                     "Held" if t.certificate_held else "No"] for t in training],
                   [t.id for t in training])
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

    # -- roles, interests, training ---------------------------------------------------------
    def _councillor_row(self, what: str) -> PersonRow | None:
        """The chosen councillor; else say that ``what`` is recorded for councillors."""
        row = self.row
        if row is None or row.kind != "councillor":
            self._tell(what.capitalize(), f"{what.capitalize()} are recorded for councillors. "
                       "Choose a councillor in the table first.")
            return None
        return row

    def _tell(self, title: str, text: str) -> None:
        members_widgets.tell(self, title, text)

    def _chosen(self, table: Any, title: str, what: str, where: str) -> Any:
        """The id of the row chosen in ``table``; else say to choose one there first."""
        chosen = selected_id(table)
        if chosen is None:
            self._tell(title, f"Choose {what} in the {where} table first, then choose "
                              f"{title} again.")
        return chosen

    def add_role(self) -> None:
        row = self._councillor_row("roles and committee memberships")
        if row is not None and ask_add_role(self, row, self.today(), self.ctx.actor):
            self.changed.emit()

    def end_role(self) -> None:
        role_id = self._chosen(self.roles_table, "End role", "the role",
                               "Roles & committees")
        if role_id is None:
            return
        what, body = (cell_text(self.roles_table, self.roles_table.currentRow(), column)
                      for column in (0, 1))
        name = self.row.name if self.row is not None else "they"
        if ask_end_role(self, role_id, f"{what} ({body})", name, self.today(), self.ctx.actor):
            self.changed.emit()

    def record_form(self) -> None:
        row = self._councillor_row("register of interests forms")
        if row is None:
            return
        today, actor, pid = self.today(), self.ctx.actor, row.id
        if RecordDialog.ask(self, "Register of interests form returned",
                            [Field("returned_on", "&Came back on:", "date", value=today)],
                            lambda v: svc.record_form_returned(pid, v["returned_on"], actor,
                                                               today)) is not None:
            self.changed.emit()

    def _ask(self, title: str, fields: list[Field], save: Callable[[dict[str, Any]], Any],
             intro: str = "", save_text: str = "") -> None:
        if RecordDialog.ask(self, title, fields, save, intro, save_text) is not None:
            self.changed.emit()

    def _ask_archive(self, title: str, intro: str, archive: Callable[[str], None],
                     undoable: undo.Change) -> None:
        def run(note: str) -> bool:
            done = archived(archive, note)
            self.ctx.undo.record(undoable)  # Edit > Undo puts it back
            return done

        self._ask(title, [Field("note", "&Why:", hint="for example: entered by mistake")],
                  lambda v: run(v["note"]), intro, "&Archive")

    # interests (CONDUCT-3)
    def add_interest(self) -> None:
        row = self._councillor_row("interests")
        if row is not None:
            self._save_interest(f"Add an interest for {row.name}",
                                Interest(councillor_id=row.id, registered_on=self.today()))

    def edit_interest(self) -> None:
        interest = self._interests.get(self._chosen(
            self.interests_table, "Edit interest", "an interest", "Register of interests"))
        if interest is not None:
            self._save_interest("Edit interest", interest)

    def _save_interest(self, title: str, base: Interest) -> None:
        actor = self.ctx.actor
        self._ask(title, interest_fields(base),
                  lambda v: svc.save_interest(replace(base, **v), actor))

    def archive_interest(self) -> None:
        interest = self._interests.get(self._chosen(
            self.interests_table, "Archive interest", "an interest", "Register of interests"))
        if interest is None or interest.id is None:
            return
        iid, actor = interest.id, self.ctx.actor
        self._ask_archive(
            "Archive interest",
            f"Archive \u201c{interest.description}\u201d? Use this for an entry made by "
            "mistake: it leaves the register but stays in the history. If the councillor "
            "no longer has the interest, Edit it and give the date it was removed instead.",
            lambda note: svc.archive_interest(iid, actor, note),
            undo.entry_archive("interest", iid, f"the interest \u201c{interest.description}\u201d"))

    # special relationships (CONDUCT-1)
    def add_relationship(self) -> None:
        row = self._councillor_row("special relationships")
        if row is not None:
            self._save_relationship(
                f"Special relationship declared by {row.name}",
                SpecialRelationship(councillor_id=row.id, declared_on=self.today()))

    def edit_relationship(self) -> None:
        rel = self._relationships.get(self._chosen(
            self.relationships_table, "Edit relationship", "a relationship",
            "Special relationships"))
        if rel is not None:
            self._save_relationship("Edit special relationship", rel)

    def _save_relationship(self, title: str, base: SpecialRelationship) -> None:
        actor = self.ctx.actor
        self._ask(title, relationship_fields(base),
                  lambda v: svc.save_relationship(replace(base, **v), actor))

    def archive_relationship(self) -> None:
        rel = self._relationships.get(self._chosen(
            self.relationships_table, "Archive relationship", "a relationship",
            "Special relationships"))
        if rel is None or rel.id is None:
            return
        rid, actor = rel.id, self.ctx.actor
        self._ask_archive(
            "Archive special relationship",
            f"Archive the relationship with {rel.with_whom}? It will no longer be checked "
            "against enquiries and decisions, but stays in the history.",
            lambda note: svc.archive_relationship(rid, actor, note),
            undo.entry_archive("special_relationship", rid,
                               f"the relationship with {rel.with_whom}"))

    # training (PROTO-3)
    def add_training(self) -> None:
        row = self.row
        if row is None:
            self._tell("Add training", "Choose someone in the table first.")
        else:
            self._save_training(f"Training for {row.name}",
                                Training(person_id=row.id, on=self.today()))

    def edit_training(self) -> None:
        course = self._training.get(self._chosen(
            self.training_table, "Edit training", "a course", "Training"))
        if course is not None:
            self._save_training("Edit training", course)

    def _save_training(self, title: str, base: Training) -> None:
        actor = self.ctx.actor
        self._ask(title, training_fields(base),
                  lambda v: svc.save_training(replace(base, **v), actor))

    def archive_training(self) -> None:
        course = self._training.get(self._chosen(
            self.training_table, "Archive training", "a course", "Training"))
        if course is None or course.id is None:
            return
        tid, actor = course.id, self.ctx.actor
        self._ask_archive(
            "Archive training record",
            f"Archive the record of \u201c{course.course}\u201d? It leaves the training list "
            "but stays in the history.",
            lambda note: svc.archive_training(tid, actor, note),
            undo.entry_archive("training_record", tid, f"the training \u201c{course.course}\u201d"))
