"""The information-requests register as a Qt table model: a thin adapter over records."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtWidgets import QApplication, QStyle

from parishdesk.services.access import AccessRecord

COLUMNS = ("Reference", "Councillor", "Received", "Documents", "Status", "Due", "Decision")
SORT_ROLE = Qt.ItemDataRole.UserRole + 1
RECORD_ROLE = Qt.ItemDataRole.UserRole + 2
DUE_COLUMN = 5

#: Short status names for the table (the detail pane and tooltips give the full ones).
SHORT_STATUS = {
    "received": "Received", "assessing": "Being assessed",
    "awaiting_justification": "Awaiting reason", "decided": "Decided",
    "referred": "Referred", "committee_decided": "Committee decided", "closed": "Closed",
}

_Index = QModelIndex | QPersistentModelIndex


def _date(day: Any) -> str:
    return day.strftime("%d/%m/%Y") if day else ""


class AccessTableModel(QAbstractTableModel):
    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.records: list[AccessRecord] = []

    def set_records(self, records: list[AccessRecord]) -> None:
        self.beginResetModel()
        self.records = list(records)
        self.endResetModel()

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008,N802
        return 0 if parent.isValid() else len(self.records)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008,N802
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return COLUMNS[section]
        return None

    def _text(self, r: AccessRecord, column: int) -> str:
        if column == DUE_COLUMN:
            if r.overdue:
                return "Overdue " + _date(r.due_on)
            if r.clock_stopped:
                return "Clock stopped"
            return _date(r.due_on)
        return (r.reference, r.requester_name, _date(r.received_on),
                " ".join(r.documents.split()), SHORT_STATUS.get(r.status, r.status_label), "",
                r.decision_label.split(" (")[0])[column]

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.records):
            return None
        r, column = self.records[index.row()], index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(r, column)
        if role in (Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.AccessibleTextRole):
            if column == DUE_COLUMN and r.due_text:
                return r.due_text
            if column == 4:
                return r.status_label
            if column == 6:
                return r.decision_label
            return self._text(r, column)
        if role == Qt.ItemDataRole.DecorationRole and column == DUE_COLUMN and r.overdue:
            return QApplication.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning)
        if role == SORT_ROLE:
            if column == 0:
                return r.id
            if column == 2:
                return r.received_on.isoformat()
            if column == DUE_COLUMN:
                return r.due_on.isoformat() if r.due_on else "9999"
            return self._text(r, column).casefold()
        if role == RECORD_ROLE:
            return r
        return None
