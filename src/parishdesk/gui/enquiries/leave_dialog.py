"""Staff leave: the periods officers are away, listed with Add, Edit and Archive.

The ENQ-6 enquiry check reads these periods: an enquiry sent to an officer on
a day they were on leave gets the warning.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtCore import QDate, Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from parishdesk.domain.members import Officer
from parishdesk.errors import ValidationError
from parishdesk.gui.common.context import AppContext
from parishdesk.gui.common.date_field import DateField, first_unreadable_date
from parishdesk.gui.common.errors import show_expected
from parishdesk.gui.common.field_errors import FieldErrors
from parishdesk.gui.forms.ui_enquiry_leave import Ui_LeaveEdit
from parishdesk.services import members as members_svc
from parishdesk.services import officer_leave as leave_svc
from parishdesk.services.officer_leave import LeaveInput, LeavePeriod, LeaveProblem

_HEADERS = ("Officer", "Leave", "From", "To", "Note", "Status")
_EMPTY = ("No leave is recorded. Add the days an officer is away (Add…), so that an "
          "enquiry sent to them meanwhile gets a warning that they are on leave.")


def _qdate(day: dt.date) -> QDate:
    return QDate(day.year, day.month, day.day)


def _pydate(edit: DateField) -> dt.date:
    day = edit.value()
    assert day is not None, "checked by first_unreadable_date before saving"
    return day


class LeaveEditDialog(QDialog):
    """One leave period: officer, kind, first and last day (both included), a note."""

    def __init__(self, officers: list[Officer], save: Callable[[LeaveInput], LeavePeriod],
                 period: LeavePeriod | None = None, today: dt.date | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.save_function = save
        self.result_period: LeavePeriod | None = None
        self.ui = ui = Ui_LeaveEdit()
        ui.setupUi(self)
        self.setWindowTitle("Change leave" if period else "Add leave")
        self.officer_combo, self.kind_combo = ui.officerCombo, ui.kindCombo
        self.from_edit, self.to_edit, self.note_edit = ui.fromEdit, ui.toEdit, ui.noteEdit
        for officer in officers:
            self.officer_combo.addItem(f"{officer.first_name} {officer.surname} "
                                       f"({officer.post_label})", officer.id)
        for value, words in leave_svc.LEAVE_KINDS.items():
            self.kind_combo.addItem(words, value)
        self.errors = {"officer": ui.officerError, "kind": ui.kindError,
                       "ends_on": ui.endsError, "id": ui.periodError}
        for label in self.errors.values():
            font = label.font()
            font.setBold(True)
            label.setFont(font)
        ui.buttons.accepted.connect(self.try_save)
        ui.buttons.rejected.connect(self.reject)
        start = today or dt.date.today()
        for edit in (self.from_edit, self.to_edit):
            edit.set_today(lambda: start)
        if period is None:
            self.from_edit.setDate(_qdate(start))
            self.to_edit.setDate(_qdate(start))
        else:
            self.officer_combo.setCurrentIndex(self.officer_combo.findData(period.officer_id))
            self.kind_combo.setCurrentIndex(self.kind_combo.findData(period.kind))
            self.from_edit.setDate(_qdate(period.starts_on))
            self.to_edit.setDate(_qdate(period.ends_on))
            self.note_edit.setText(period.note)
        self.from_edit.dateChanged.connect(self._from_changed)
        self.field_errors = FieldErrors(
            self, {"officer": ui.officerError, "kind": ui.kindError, "ends_on": ui.endsError},
            {"officer": self.officer_combo, "kind": self.kind_combo,
             "ends_on": (self.from_edit, self.to_edit)}, general=ui.periodError)
        self.resize(460, self.sizeHint().height())

    def _from_changed(self, day: QDate) -> None:
        if day.isValid() and self.to_edit.date().isValid() and self.to_edit.date() < day:
            self.to_edit.setDate(day)

    def data(self) -> LeaveInput:
        officer_id = self.officer_combo.currentData()
        return LeaveInput(int(officer_id) if officer_id is not None else 0,
                          _pydate(self.from_edit), _pydate(self.to_edit),
                          str(self.kind_combo.currentData()), self.note_edit.text())

    def try_save(self) -> None:
        if first_unreadable_date(self) is not None:
            return  # the date field says beside it what is wrong
        try:
            self.result_period = self.save_function(self.data())
        except ValidationError as exc:
            self.field_errors.show_error(exc)
            return
        self.accept()


class OfficerLeaveDialog(QDialog):
    """Every leave period, latest first; archived ones on request."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setWindowTitle("Staff leave")
        self.periods: list[LeavePeriod] = []
        layout = QVBoxLayout(self)
        intro = QLabel("Days officers are away. An enquiry sent to an officer while they are "
                       "on leave gets a warning (respect for free time); nothing is expected of them until "
                       "they are back.")
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.table = QTableWidget(0, len(_HEADERS))
        self.table.setHorizontalHeaderLabels(list(_HEADERS))
        self.table.setAccessibleName("Leave periods")
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        header = self.table.horizontalHeader()
        for column in range(len(_HEADERS)):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(4, QHeaderView.ResizeMode.Stretch)
        self.table.doubleClicked.connect(lambda _i: self.edit_selected())
        self.table.itemSelectionChanged.connect(self._update_buttons)
        layout.addWidget(self.table, 1)
        self.empty = QLabel(_EMPTY)
        self.empty.setWordWrap(True)
        layout.addWidget(self.empty)
        row = QHBoxLayout()
        self.add_button = QPushButton("&Add…")
        self.add_button.setShortcut(QKeySequence("Ctrl+N"))
        self.add_button.setToolTip("Add a leave period (Ctrl+N)")
        self.edit_button = QPushButton("&Edit…")
        self.edit_button.setShortcut(QKeySequence("Ctrl+E"))
        self.edit_button.setToolTip("Change the selected period (Ctrl+E)")
        self.archive_button = QPushButton("A&rchive…")
        self.archive_button.setShortcut(QKeySequence(QKeySequence.StandardKey.Delete))
        self.archive_button.setToolTip("Archive the selected period, with a reason (Delete)")
        self.archived_check = QCheckBox("Show arc&hived")
        self.add_button.clicked.connect(self.add)
        self.edit_button.clicked.connect(self.edit_selected)
        self.archive_button.clicked.connect(self.archive_selected)
        self.archived_check.toggled.connect(lambda _on: self.reload())
        for widget in (self.add_button, self.edit_button, self.archive_button):
            row.addWidget(widget)
        row.addStretch(1)
        row.addWidget(self.archived_check)
        close = QPushButton("Close")
        close.clicked.connect(self.accept)
        row.addWidget(close)
        layout.addLayout(row)
        self.resize(760, 380)
        self.reload()

    def reload(self, select_id: int | None = None) -> None:
        self.periods = leave_svc.list_leave(include_archived=self.archived_check.isChecked())
        self.table.setRowCount(len(self.periods))
        today = self.ctx.today()
        for row, period in enumerate(self.periods):
            values = (period.officer_name, period.kind_label, f"{period.starts_on:%d/%m/%Y}",
                      f"{period.ends_on:%d/%m/%Y}", period.note, period.state_label(today))
            for column, text in enumerate(values):
                item = QTableWidgetItem(text)
                item.setData(Qt.ItemDataRole.UserRole, period.id)
                self.table.setItem(row, column, item)
            if period.id == select_id:
                self.table.selectRow(row)
        self.empty.setVisible(not self.periods)
        self.table.setVisible(bool(self.periods))
        self._update_buttons()

    def selected(self) -> LeavePeriod | None:
        rows = self.table.selectionModel().selectedRows()
        return self.periods[rows[0].row()] if rows else None

    def _update_buttons(self) -> None:
        period = self.selected()
        usable = period is not None and not period.archived
        self.edit_button.setEnabled(usable)
        self.archive_button.setEnabled(usable)

    def _officers(self) -> list[Officer]:
        return members_svc.officers()

    @classmethod
    def ask_period(cls, officers: list[Officer], save: Callable[[LeaveInput], LeavePeriod],
                   period: LeavePeriod | None, today: dt.date, parent: QWidget | None
                   ) -> LeavePeriod | None:
        """Show the add/change dialog; the saved period, or None if cancelled."""
        dialog = LeaveEditDialog(officers, save, period, today, parent)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            return dialog.result_period
        return None

    @classmethod
    def ask_reason(cls, parent: QWidget, period: LeavePeriod) -> str | None:
        text, ok = QInputDialog.getText(
            parent, "Archive leave",
            f"Archive {period.officer_name}'s {period.kind_label.lower()} "
            f"({period.starts_on:%d/%m/%Y} to {period.ends_on:%d/%m/%Y})? "
            "It stays in the history. Say why:")
        return text if ok else None

    def add(self) -> LeavePeriod | None:
        saved = self.ask_period(self._officers(),
                                lambda data: leave_svc.add_leave(data, self.ctx.actor),
                                None, self.ctx.today(), self)
        if saved is not None:
            self.reload(saved.id)
        return saved

    def edit_selected(self) -> LeavePeriod | None:
        period = self.selected()
        if period is None or period.archived:
            return None
        saved = self.ask_period(
            self._officers(),
            lambda data: leave_svc.update_leave(period.id, data, self.ctx.actor),
            period, self.ctx.today(), self)
        if saved is not None:
            self.reload(saved.id)
        return saved

    def archive_selected(self) -> bool:
        period = self.selected()
        if period is None or period.archived:
            return False
        reason = self.ask_reason(self, period)
        if reason is None:
            return False
        try:
            leave_svc.archive_leave(period.id, reason, self.ctx.actor)
        except LeaveProblem as exc:
            show_expected(self, exc)
            return False
        self.reload()
        return True

    @classmethod
    def show_for(cls, ctx: AppContext, parent: QWidget | None = None) -> None:
        cls(ctx, parent).exec()
