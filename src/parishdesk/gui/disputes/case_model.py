"""The case list as a table model over the service's case summaries."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

from parishdesk.services.disputes.cases import CaseSummary

ID_ROLE = Qt.ItemDataRole.UserRole + 1
HEADERS = ("Reference", "Opened", "Parties", "Track", "State", "Next deadline",
           "Working days left")
_Index = QModelIndex | QPersistentModelIndex


def _left(row: CaseSummary) -> str:
    if row.archived:
        return "Archived"
    if not row.is_open:
        return "Closed"
    if row.paused:
        return "Paused"
    if row.days_left is None:
        return "\u2014"
    if row.days_left < 0:
        return f"\u26a0 Overdue by {-row.days_left}"
    return str(row.days_left)


class CaseListModel(QAbstractTableModel):
    def __init__(self, rows: list[CaseSummary], parent: Any = None) -> None:
        super().__init__(parent)
        self.rows = rows

    def set_rows(self, rows: list[CaseSummary]) -> None:
        self.beginResetModel()
        self.rows = rows
        self.endResetModel()

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(HEADERS)

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return HEADERS[section]
        return None

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row = self.rows[index.row()]
        if role == ID_ROLE:
            return row.id
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            due = row.next_due if row.is_open else None
            if role == Qt.ItemDataRole.ToolTipRole and index.column() == 5:
                return f"{due.label} by {due.due_on:%d/%m/%Y}" if due else None
            values = (row.reference, f"{row.opened_on:%d/%m/%Y}", row.parties, row.track_label,
                      row.state_label, f"{due.due_on:%d/%m/%Y}" if due else "", _left(row))
            return values[index.column()]
        if role == Qt.ItemDataRole.ForegroundRole and index.column() == 6 and row.overdue:
            from PySide6.QtGui import QColor

            return QColor("#9c1c1c")
        return None

    def row_of(self, case_id: int) -> int:
        return next((i for i, r in enumerate(self.rows) if r.id == case_id), -1)
