"""A councillor's request for an agenda item: who, what, when asked, and when the papers
arrived, checked against the week the protocol asks for (ROLE-5, MEET-11)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from parishdesk.gui.common.date_field import DateField, first_unreadable_date
from parishdesk.gui.meetings.widgets import ProblemsLabel


@dataclass(frozen=True)
class ItemRequest:
    councillor_id: int
    title: str
    asked_on: dt.date
    papers_received_on: dt.date | None


def _pydate(day: QDate) -> dt.date:
    return dt.date(day.year(), day.month(), day.day())


class ItemRequestDialog(QDialog):
    def __init__(self, councillors: dict[int, str], today: dt.date,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle("A councillor's agenda item")
        layout = QVBoxLayout(self)
        form = QFormLayout()
        self.councillor = QComboBox()
        for person_id, name in councillors.items():
            self.councillor.addItem(name, person_id)
        self.title = QLineEdit()
        self.asked = DateField(today=lambda: today)
        self.papers = QCheckBox("The papers have arrived")
        self.received = DateField(today=lambda: today)
        for edit in (self.asked, self.received):
            edit.set_value(today)
        self.received.setEnabled(False)
        self.papers.toggled.connect(self.received.setEnabled)
        for label, widget in (("&Councillor:", self.councillor), ("&Item:", self.title),
                              ("&Asked on:", self.asked), ("", self.papers),
                              ("Papers &received on:", self.received)):
            form.addRow(label, widget)
            widget.setAccessibleName(label.replace("&", "").rstrip(":") or "Papers arrived")
        layout.addLayout(form)
        self.problems = ProblemsLabel()
        layout.addWidget(self.problems)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self._accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.resize(520, 260)

    def collect(self) -> ItemRequest:
        return ItemRequest(int(self.councillor.currentData() or 0), self.title.text().strip(),
                           _pydate(self.asked.date()),
                           _pydate(self.received.date()) if self.papers.isChecked() else None)

    def _accept(self) -> None:
        if first_unreadable_date(self) is not None:
            return  # the date field says beside it what is wrong
        if not self.title.text().strip():
            self.problems.show_problems(("Give the item a title.",))
            self.title.setFocus()
            return
        self.accept()

    @classmethod
    def ask(cls, councillors: dict[int, str], today: dt.date,
            parent: QWidget | None = None) -> ItemRequest | None:
        dialog = cls(councillors, today, parent)
        return dialog.collect() if dialog.exec() == QDialog.DialogCode.Accepted else None
