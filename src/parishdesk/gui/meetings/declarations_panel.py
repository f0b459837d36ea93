"""Declarations of interest on the item being taken (MEET-5, CONDUCT-1, CONDUCT-3): who,
what kind, what they did (left the room, stayed under a dispensation …), minuted at once.
An interest not on the register is offered onto it, and the Monitoring Officer reminder
starts. Delete takes out a declaration entered by mistake (kept in the history)."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QComboBox,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from parishdesk.domain.meetings import DECLARATION_ACTIONS, DECLARATION_KINDS
from parishdesk.domain.meetings.records import Declaration
from parishdesk.gui.common.context import AppContext
from parishdesk.gui.meetings.widgets import ProblemsLabel, attempt
from parishdesk.services.meetings import links, table

ID_ROLE = Qt.ItemDataRole.UserRole


def _fit_contents(combo: QComboBox) -> None:
    """Wide enough for the longest choice, so that none is cut short."""
    longest = max((len(combo.itemText(i)) for i in range(combo.count())), default=0)
    combo.setMinimumContentsLength(max(9, longest))



#: Shown in the empty "Member declaring" list, and said if Add declaration is pressed then.
NOBODY_PRESENT_HINT = "Mark who is present first"
NOBODY_PRESENT = ("No one is marked present yet: mark the members who are here in the "
                  "attendance list (P), then record their declarations.")

class _DeclarationList(QListWidget):
    deleteRequested = Signal()  # noqa: N815 - Qt signal naming

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt override
        if Qt.Key(event.key()) in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace):
            self.deleteRequested.emit()
            return
        super().keyPressEvent(event)


class DeclarationsPanel(QGroupBox):
    changed = Signal()

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__("Declarations of interest", parent)
        self.ctx = ctx
        self.meeting_id: int | None = None
        self.item_id: int | None = None
        layout = QVBoxLayout(self)
        self.declarations = _DeclarationList()
        self.declarations.setAccessibleName("Declarations on this item")
        self.declarations.setMaximumHeight(46)
        self.declarations.deleteRequested.connect(lambda: self.remove())
        layout.addWidget(self.declarations)
        self.declarer = QComboBox()
        self.declarer.setAccessibleName("Member declaring")
        self.declarer.setMinimumContentsLength(14)  # grows with the room; names in the list
        self.kind = QComboBox()
        for key, label in DECLARATION_KINDS.items():
            self.kind.addItem(label, key)
        self.kind.setAccessibleName("Kind of interest")
        self.action = QComboBox()
        for key, label in DECLARATION_ACTIONS.items():
            self.action.addItem(label, key)
        self.action.setAccessibleName("What the member did")
        self.declared = QLineEdit()
        self.declared.setPlaceholderText("What the interest is")
        self.declared.setAccessibleName("The interest declared")
        self.dispensation = QLineEdit()
        self.dispensation.setPlaceholderText("If one was granted")
        self.dispensation.setAccessibleName("Dispensation reference")
        self.button = QPushButton("Add declaration")
        self.button.setToolTip("Minute the declaration (Ctrl+D)")
        self.button.clicked.connect(lambda: self.add())
        # Two labelled rows, so that the fixed choices show whole in the narrow pane.
        for combo in (self.declarer, self.kind, self.action):
            combo.setSizeAdjustPolicy(
                QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        for combo in (self.kind, self.action):
            _fit_contents(combo)  # fixed choices: never cut short
        for fields in ((("Member declaring:", self.declarer), ("Kind of interest:", self.kind)),
                       (("What they did:", self.action),
                        ("Dispensation reference:", self.dispensation))):
            grid = QGridLayout()
            for col, (words, field) in enumerate(fields):
                caption = QLabel(words)
                caption.setBuddy(field)
                grid.addWidget(caption, 0, col)
                grid.addWidget(field, 1, col)
                grid.setColumnStretch(col, 1)
            layout.addLayout(grid)
        last = QHBoxLayout()
        caption = QLabel("The interest:")
        caption.setBuddy(self.declared)
        last.addWidget(caption)
        last.addWidget(self.declared, 1)
        last.addWidget(self.button)
        layout.addLayout(last)
        self.problems = ProblemsLabel()
        layout.addWidget(self.problems)

    def show_item(self, meeting_id: int, item_id: int | None, present: dict[int, str]) -> None:
        self.meeting_id, self.item_id = meeting_id, item_id
        self.declarer.clear()
        for person_id, name in present.items():
            self.declarer.addItem(name, person_id)
        # Only members marked present can declare: with nobody marked yet, say where to start.
        self.declarer.setPlaceholderText("" if present else NOBODY_PRESENT_HINT)
        self.declarer.setToolTip("" if present else NOBODY_PRESENT)
        self.refresh()

    def refresh(self) -> None:
        self.declarations.clear()
        if self.meeting_id is None or self.item_id is None:
            self.problems.show_problems(())
            return
        names = table.names()
        problems: list[str] = []
        for d in table.declarations(self.meeting_id):
            if d.item_id != self.item_id:
                continue
            entry = QListWidgetItem(f"{names.get(d.person_id, d.name)}: "
                                    f"{DECLARATION_KINDS[d.kind].lower()}"
                                    + (f" ({d.description})" if d.description else "")
                                    + f"; {DECLARATION_ACTIONS[d.action].lower()}"
                                    + (f" {d.dispensation_ref}" if d.dispensation_ref else ""))
            entry.setData(ID_ROLE, d.id)
            self.declarations.addItem(entry)
            problems.extend(table.declaration_checks(d))
        self.problems.show_problems(problems)

    def add(self) -> bool:
        person_id = self.declarer.currentData()
        if self.meeting_id is None or self.item_id is None:
            return False
        if person_id is None:
            self.problems.show_problems((NOBODY_PRESENT,) if not self.declarer.count()
                                        else ("Choose the member declaring.",))
            return False
        meeting_id, item_id = self.meeting_id, self.item_id
        made: list[Declaration] = []
        if not attempt(self, lambda: made.append(table.declare(
                meeting_id, item_id, int(person_id), self.kind.currentData(),
                self.action.currentData(), self.ctx.actor,
                description=self.declared.text().strip(),
                dispensation_ref=self.dispensation.text().strip(), today=self.ctx.today()))):
            return False
        if made[0].kind == "pecuniary" and not made[0].on_register:
            self._offer_register(made[0])
        self.declared.clear()
        self.dispensation.clear()
        self.refresh()
        self.changed.emit()
        return True

    def _offer_register(self, d: Declaration) -> None:
        """Not on the register: offer to add it now; the reminder to tell the Monitoring
        Officer within 28 days stays until that is recorded."""
        if not d.description.strip():
            return
        due = self.ctx.today() + dt.timedelta(days=table.NOTIFY_DAYS)
        answer = QMessageBox.question(
            self, "Not on the register of interests",
            f"\u201c{d.description}\u201d is not on {d.name}'s register of interests. Add it "
            f"to the register now? The Monitoring Officer must also be told by "
            f"{due:%d/%m/%Y}; a reminder stays until that is recorded.")
        if answer == QMessageBox.StandardButton.Yes:
            attempt(self, lambda: links.add_to_register(d, self.ctx.actor, self.ctx.today()))

    def remove(self) -> bool:
        """Take out a declaration entered by mistake (kept in the history, not deleted)."""
        entry = self.declarations.currentItem()
        if entry is None or self.meeting_id is None:
            return False
        answer = QMessageBox.question(self, "Remove the declaration?",
                                      f"Remove \u201c{entry.text()}\u201d, entered by mistake? "
                                      "It stays in the history but leaves the minutes.")
        if answer != QMessageBox.StandardButton.Yes:
            return False
        declaration_id, meeting_id = int(entry.data(ID_ROLE)), self.meeting_id
        if attempt(self, lambda: table.withdraw_declaration(declaration_id, meeting_id,
                                                            self.ctx.actor,
                                                            "Entered by mistake")):
            self.refresh()
            self.changed.emit()
            return True
        return False
