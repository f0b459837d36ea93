"""The attendance grid of meeting mode: one row per member, set with keys (P present,
A apologies, X absent), reason, whether accepted, and arrival and departure times typed
in the cells; each change saved at once."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QHeaderView, QLabel, QTableWidget, QTableWidgetItem, QWidget

from parishdesk.domain.meetings.records import ATTENDANCE
from parishdesk.gui.common.context import AppContext
from parishdesk.gui.meetings.widgets import attempt, row_id
from parishdesk.services.meetings import table

ID_ROLE = Qt.ItemDataRole.UserRole
STATUS_KEYS = {Qt.Key.Key_P: "present", Qt.Key.Key_A: "apologies", Qt.Key.Key_X: "absent"}
COLUMNS = ("Member", "Status", "Reason", "Accepted", "Arrived", "Left")
COLUMN_TIPS = ("", "P present, A apologies, X absent", "Reason for absence",
               "Is the reason for absence accepted?", "Time the member arrived, hh:mm",
               "Time the member left, hh:mm")
FIELDS = {2: "reason", 3: "reason_accepted", 4: "arrived_at", 5: "left_at"}


class AttendanceGrid(QTableWidget):
    changed = Signal()

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(0, len(COLUMNS), parent)
        self.ctx = ctx
        self.meeting_id: int | None = None
        self._loading = False
        self.summary = QLabel()
        self.setHorizontalHeaderLabels(COLUMNS)
        self.verticalHeader().setVisible(False)
        self.setAccessibleName("Attendance")
        self.setWordWrap(False)
        header = self.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        for col in (1, 3, 4, 5):
            header.setSectionResizeMode(col, QHeaderView.ResizeMode.ResizeToContents)
        for col, tip in enumerate(COLUMN_TIPS):
            head = self.horizontalHeaderItem(col)
            if head is not None and tip:
                head.setToolTip(tip)
        self.itemChanged.connect(self._edited)

    def fill(self, meeting_id: int) -> None:
        self.meeting_id = meeting_id
        rows = table.attendance(meeting_id)
        self._loading = True
        try:
            current = (self.currentRow(), self.currentColumn())
            self.setRowCount(len(rows))
            for r, a in enumerate(rows):
                name = QTableWidgetItem(a.name)
                name.setData(ID_ROLE, a.person_id)
                name.setFlags(name.flags() & ~Qt.ItemFlag.ItemIsEditable)
                status = QTableWidgetItem(ATTENDANCE[a.status])
                status.setFlags(status.flags() & ~Qt.ItemFlag.ItemIsEditable)
                accepted = QTableWidgetItem("")
                accepted.setFlags(Qt.ItemFlag.ItemIsUserCheckable | Qt.ItemFlag.ItemIsEnabled
                                  | Qt.ItemFlag.ItemIsSelectable)
                accepted.setCheckState(Qt.CheckState.Checked if a.reason_accepted
                                       else Qt.CheckState.Unchecked)
                for col, item in enumerate((name, status, QTableWidgetItem(a.reason), accepted,
                                            QTableWidgetItem(a.arrived_at),
                                            QTableWidgetItem(a.left_at))):
                    self.setItem(r, col, item)
            if current[0] >= 0:
                self.setCurrentCell(current[0], max(0, current[1]))
        finally:
            self._loading = False
        present = sum(1 for a in rows if a.status == "present")
        apologies = sum(1 for a in rows if a.status == "apologies")
        self.summary.setText(f"{present} present, {apologies} apologies, {len(rows)} members.")

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt override
        status = STATUS_KEYS.get(Qt.Key(event.key()))
        row = self.currentRow()
        if status is None or row < 0 or self.state() == QTableWidget.State.EditingState:
            super().keyPressEvent(event)
            return
        self.set_status(row_id(self, row), status)
        if row + 1 < self.rowCount():
            self.setCurrentCell(row + 1, self.currentColumn())

    def set_status(self, person_id: int, status: str, **fields: object) -> None:
        self._save(person_id, status=status, **fields)

    def _edited(self, cell: QTableWidgetItem) -> None:
        field = FIELDS.get(cell.column())
        if self._loading or self.meeting_id is None or field is None:
            return
        value: object = cell.text().strip()
        if field == "reason_accepted":
            value = cell.checkState() == Qt.CheckState.Checked
        self._save(row_id(self, cell.row()), **{field: value})

    def _save(self, person_id: int, **fields: object) -> None:
        if self.meeting_id is None:
            return
        meeting_id = self.meeting_id
        attempt(self, lambda: table.set_attendance(meeting_id, person_id, self.ctx.actor,
                                                   **fields))
        self.fill(meeting_id)  # shows what was saved (or what stands, if it was refused)
        self.changed.emit()
