"""Recording an officer's decision under delegated powers, in writing with its reasons
(MEET-7, ROLE-3)."""

from __future__ import annotations

import datetime as dt

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from parishdesk.domain.meetings.records import OfficerDecision
from parishdesk.gui.common.date_field import DateField, first_unreadable_date
from parishdesk.gui.meetings.widgets import ProblemsLabel
from parishdesk.services.meetings.register import officer_decision_problems


class OfficerDecisionDialog(QDialog):
    def __init__(self, officers: dict[int, str], today: dt.date,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle("An officer's decision under delegated powers")
        layout = QVBoxLayout(self)
        intro = QLabel("A decision an officer takes under delegated powers is recorded in "
                       "writing with its reasons, and the power it was taken under.")
        intro.setWordWrap(True)
        layout.addWidget(intro)
        form = QFormLayout()
        self.officer = QComboBox()
        for person_id, name in officers.items():
            self.officer.addItem(name, person_id)
        self.on = DateField(today=lambda: today)
        self.on.set_value(today)
        self.decision = QLineEdit()
        self.reasons = QPlainTextEdit()
        self.reasons.setMaximumHeight(90)
        self.authority = QLineEdit()
        self.authority.setPlaceholderText("e.g. minute 26/45, or the scheme of delegation")
        for label, widget in (("&Officer:", self.officer), ("&Date:", self.on),
                              ("D&ecision:", self.decision), ("&Reasons:", self.reasons),
                              ("&Power used:", self.authority)):
            form.addRow(label, widget)
            widget.setAccessibleName(label.replace("&", "").rstrip(":"))
        layout.addLayout(form)
        self.problems = ProblemsLabel()
        layout.addWidget(self.problems)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self._accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.resize(560, 360)

    def collect(self) -> OfficerDecision:
        day = self.on.value()
        assert day is not None, "checked by first_unreadable_date before collecting"
        return OfficerDecision(officer_id=int(self.officer.currentData() or 0),
                               decided_on=day,
                               decision=self.decision.text().strip(),
                               reasons=self.reasons.toPlainText().strip(),
                               authority=self.authority.text().strip())

    def _accept(self) -> None:
        if first_unreadable_date(self) is not None:
            return  # the date field says beside it what is wrong
        decision = self.collect()
        if not decision.decision:
            self.problems.show_problems(("Say what was decided.",))
            return
        problems = officer_decision_problems(decision.reasons)
        if problems and self.problems.problems != problems:
            self.problems.show_problems(problems)  # shown once; Save again records it anyway
            return
        self.accept()

    @classmethod
    def ask(cls, officers: dict[int, str], today: dt.date,
            parent: QWidget | None = None) -> OfficerDecision | None:
        dialog = cls(officers, today, parent)
        return dialog.collect() if dialog.exec() == QDialog.DialogCode.Accepted else None
