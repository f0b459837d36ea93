"""The Members area's reminders: overdue and coming things in the register, a few rows
high; choosing one shows the person it is about."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QGroupBox, QListWidget, QListWidgetItem, QVBoxLayout, QWidget

from parishdesk.gui.members.widgets import warning_icon

#: Reminder rows shown before the list scrolls.
REMINDER_ROWS = 3
URGENT = ("overdue", "warning")


class RemindersBox(QGroupBox):
    """Emits ``personChosen(id)`` when a reminder about someone is activated."""

    personChosen = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__("Reminders", parent)
        layout = QVBoxLayout(self)
        self.list = QListWidget()
        self.list.setAccessibleName("Member reminders")
        self.list.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)
        # A long reminder is cut short with "…" (whole in its tooltip): a sideways scroll
        # bar would hide the rows the box is sized for.
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.list.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.list.itemActivated.connect(self._activated)
        layout.addWidget(self.list)
        self.reminders: tuple[Any, ...] = ()

    def show_reminders(self, reminders: Sequence[Any]) -> None:
        self.reminders = tuple(reminders)
        self.list.clear()
        for reminder in self.reminders:
            item = QListWidgetItem(reminder.text)
            if reminder.severity in URGENT:
                item.setIcon(warning_icon(self))
                prefix = "Overdue: " if reminder.severity == "overdue" else "To do: "
                item.setText(prefix + reminder.text)
            item.setData(Qt.ItemDataRole.UserRole, reminder.person_id)
            item.setToolTip(item.text())
            self.list.addItem(item)
        if not self.reminders:
            self.list.addItem("Nothing needs attention in the member register.")
        rows = min(self.list.count(), REMINDER_ROWS)
        tallest = max((self.list.sizeHintForRow(r) for r in range(self.list.count())),
                      default=1)
        self.list.setFixedHeight(rows * max(tallest, 1)
                                 + 2 * self.list.frameWidth() + 4)

    def overdue(self) -> int:
        return sum(1 for r in self.reminders if r.severity == "overdue")

    def urgent_texts(self) -> list[str]:
        return [r.text for r in self.reminders if r.severity in URGENT]

    def _activated(self, item: QListWidgetItem) -> None:
        person_id = item.data(Qt.ItemDataRole.UserRole)
        if person_id is not None:
            self.personChosen.emit(int(person_id))
