"""Meetings settings: the council's seats and each committee's quorum, each problem shown
beside its field, with a plain line on where each quorum comes from."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from parishdesk.errors import ValidationError
from parishdesk.gui.common.context import AppContext
from parishdesk.gui.common.labels import ERROR_STYLE
from parishdesk.gui.meetings.widgets import WARNING
from parishdesk.services.meetings import quorum_settings

HELP = ("The council's quorum is a third of its seats, vacant seats included, rounded up "
        "and never fewer than three. A committee's quorum comes from its terms of reference.")


def _message() -> QLabel:
    label = QLabel()
    label.setWordWrap(True)
    label.setStyleSheet(ERROR_STYLE)
    label.setVisible(False)
    return label


class MeetingsSettingsDialog(QDialog):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setWindowTitle("Meetings settings")
        now = quorum_settings.current(ctx.today())
        self.in_office = now.in_office
        layout = self.main_layout = QVBoxLayout(self)
        help_line = QLabel(HELP)
        help_line.setWordWrap(True)
        layout.addWidget(help_line)
        form = QFormLayout()
        layout.addLayout(form)
        self.beside: dict[str, QLabel] = {}
        self.seats = QSpinBox()
        self.seats.setRange(0, 999)
        self.seats.setSpecialValueText(f"Count the councillors in office ({now.in_office})")
        self.seats.setValue(now.council_seats)
        self.seats.setAccessibleName("Council seats")
        self.seats.valueChanged.connect(self._show_quorum)
        self.council_quorum = QLabel()
        form.addRow("Council &seats:", self.seats)
        self._place(form, "council_seats")
        form.addRow("Council quorum:", self.council_quorum)
        form.addRow(QLabel("<b>Committee quorums (from their terms of reference)</b>"))
        self.committees: dict[int, QSpinBox] = {}
        for c in now.committees:
            spin = QSpinBox()
            spin.setRange(0, 99)
            spin.setValue(c.quorum)
            spin.setSuffix(" members")
            spin.valueChanged.connect(
                lambda v, box=spin: box.setSuffix(" member" if v == 1 else " members"))
            spin.setAccessibleName(f"Quorum of the {c.name}")
            if c.members:
                spin.setToolTip(f"{c.members} members sit on it today.")
            self.committees[c.committee_id] = spin
            form.addRow(f"{c.name}:", spin)
            self._place(form, f"committee.{c.committee_id}")
        if not now.committees:
            form.addRow(QLabel("The council has no committees in the register yet."))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self._show_quorum()
        self.resize(640, self.sizeHint().height())

    def _place(self, form: QFormLayout, name: str) -> None:
        label = _message()
        label.setAccessibleName("Problem")
        form.addRow("", label)
        self.beside[name] = label

    def _show_quorum(self) -> None:
        seats = self.seats.value() or max(1, self.in_office)
        needed = quorum_settings.council_quorum(self.seats.value(), self.in_office)
        self.council_quorum.setText(f"{needed} members present (of {seats} seats)")

    def show_problems(self, problems: dict[str, str]) -> None:
        for name, label in self.beside.items():
            message = problems.get(name, "")
            label.setText(f"{WARNING} {message}" if message else "")
            label.setVisible(bool(message))
        self.main_layout.activate()  # grow so that every wrapped message shows whole
        wanted = self.main_layout.totalHeightForWidth(self.width())
        if wanted > self.height():
            self.resize(self.width(), wanted)

    def save(self) -> bool:
        wanted = {cid: spin.value() for cid, spin in self.committees.items()}
        try:
            quorum_settings.save(self.seats.value(), wanted, self.ctx.actor, self.ctx.today())
        except ValidationError as exc:
            self.show_problems(exc.problems)
            return False
        self.show_problems({})
        self.accept()
        return True
