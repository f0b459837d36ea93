"""The Members detail panel's edits: roles, the interests form, interests, special
relationships and training, each asked for in a small dialog and saved through
``parishdesk.services.members``.

A mixin of :class:`~parishdesk.gui.members.detail.MemberDetail`, kept apart so that the
panel's layout and its edits can each be read on their own.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import replace
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QTableWidget, QTabWidget

from parishdesk.domain.members import Interest, SpecialRelationship, Training
from parishdesk.gui.members import widgets as members_widgets
from parishdesk.gui.members.detail_text import (
    archived,
    cell_text,
    interest_fields,
    relationship_fields,
    training_fields,
)
from parishdesk.gui.members.widgets import selected_id
from parishdesk.services import members as svc
from parishdesk.services import undo

if TYPE_CHECKING:
    from parishdesk.gui.common.context import AppContext
    from parishdesk.gui.members.dialogs import Field
    from parishdesk.gui.members.model import PersonRow


class RecordEdits(QTabWidget):
    """The add, edit, end and archive actions of the detail panel's tabs."""

    changed = Signal()  # after any edit: the area refreshes
    ctx: AppContext
    row: PersonRow | None
    _interests: dict[int | None, Interest]
    _relationships: dict[int | None, SpecialRelationship]
    _training: dict[int | None, Training]

    if TYPE_CHECKING:  # the panel builds its tabs' tables when they are first wanted
        @property
        def roles_table(self) -> QTableWidget: ...
        @property
        def interests_table(self) -> QTableWidget: ...
        @property
        def relationships_table(self) -> QTableWidget: ...
        @property
        def training_table(self) -> QTableWidget: ...

    def today(self) -> dt.date:
        return self.ctx.today()

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
        from parishdesk.gui.members.role_forms import ask_add_role

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
        from parishdesk.gui.members.role_forms import ask_end_role

        if ask_end_role(self, role_id, f"{what} ({body})", name, self.today(), self.ctx.actor):
            self.changed.emit()

    def record_form(self) -> None:
        row = self._councillor_row("register of interests forms")
        if row is None:
            return
        from parishdesk.gui.members.dialogs import Field, RecordDialog

        today, actor, pid = self.today(), self.ctx.actor, row.id
        if RecordDialog.ask(self, "Register of interests form returned",
                            [Field("returned_on", "&Came back on:", "date", value=today)],
                            lambda v: svc.record_form_returned(pid, v["returned_on"], actor,
                                                               today)) is not None:
            self.changed.emit()

    def _ask(self, title: str, fields: list[Field], save: Callable[[dict[str, Any]], Any],
             intro: str = "", save_text: str = "") -> None:
        from parishdesk.gui.members.dialogs import RecordDialog

        if RecordDialog.ask(self, title, fields, save, intro, save_text) is not None:
            self.changed.emit()

    def _ask_archive(self, title: str, intro: str, archive: Callable[[str], None],
                     undoable: undo.Change) -> None:
        from parishdesk.gui.members.dialogs import Field

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
        chosen = self._chosen(self.interests_table, "Edit interest", "an interest",
                              "Register of interests")  # first: it may fill the records
        interest = self._interests.get(chosen)
        if interest is not None:
            self._save_interest("Edit interest", interest)

    def _save_interest(self, title: str, base: Interest) -> None:
        actor = self.ctx.actor
        self._ask(title, interest_fields(base),
                  lambda v: svc.save_interest(replace(base, **v), actor))

    def archive_interest(self) -> None:
        chosen = self._chosen(self.interests_table, "Archive interest", "an interest",
                              "Register of interests")
        interest = self._interests.get(chosen)
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
        chosen = self._chosen(self.relationships_table, "Edit relationship",
                              "a relationship", "Special relationships")
        rel = self._relationships.get(chosen)
        if rel is not None:
            self._save_relationship("Edit special relationship", rel)

    def _save_relationship(self, title: str, base: SpecialRelationship) -> None:
        actor = self.ctx.actor
        self._ask(title, relationship_fields(base),
                  lambda v: svc.save_relationship(replace(base, **v), actor))

    def archive_relationship(self) -> None:
        chosen = self._chosen(self.relationships_table, "Archive relationship",
                              "a relationship", "Special relationships")
        rel = self._relationships.get(chosen)
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
        chosen = self._chosen(self.training_table, "Edit training", "a course", "Training")
        course = self._training.get(chosen)
        if course is not None:
            self._save_training("Edit training", course)

    def _save_training(self, title: str, base: Training) -> None:
        actor = self.ctx.actor
        self._ask(title, training_fields(base),
                  lambda v: svc.save_training(replace(base, **v), actor))

    def archive_training(self) -> None:
        chosen = self._chosen(self.training_table, "Archive training", "a course",
                              "Training")
        course = self._training.get(chosen)
        if course is None or course.id is None:
            return
        tid, actor = course.id, self.ctx.actor
        self._ask_archive(
            "Archive training record",
            f"Archive the record of \u201c{course.course}\u201d? It leaves the training list "
            "but stays in the history.",
            lambda note: svc.archive_training(tid, actor, note),
            undo.entry_archive("training_record", tid, f"the training \u201c{course.course}\u201d"))
