"""One councillor's information requests: what they asked for and what was decided."""

from __future__ import annotations

from PySide6.QtCore import QSortFilterProxyModel
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from parishdesk.gui.access.model import SORT_ROLE, AccessTableModel
from parishdesk.gui.common.context import AppContext
from parishdesk.services import access


class CouncillorHistoryDialog(QDialog):
    def __init__(self, ctx: AppContext, person_id: int, name: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(f"Information requests by {name}")
        records = access.councillor_history(person_id, ctx.today())
        layout = QVBoxLayout(self)
        decided = [r for r in records if r.decision]
        refused = sum(1 for r in decided if r.decision == "refused")
        summary = QLabel(
            f"{len(records)} request{'s' if len(records) != 1 else ''}, "
            f"{len(decided)} decided, {refused} refused."
            if records else f"{name} has made no information requests.")
        summary.setWordWrap(True)
        layout.addWidget(summary)
        self.model = AccessTableModel(self)
        self.model.set_records(records)
        proxy = QSortFilterProxyModel(self)
        proxy.setSourceModel(self.model)
        proxy.setSortRole(SORT_ROLE)
        self.table = QTableView()
        self.table.setAccessibleName(f"Requests by {name}")
        self.table.setModel(proxy)
        self.table.setSortingEnabled(True)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.horizontalHeader().setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        self.table.resizeColumnsToContents()
        layout.addWidget(self.table)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.resize(900, 380)

    @classmethod
    def ask(cls, ctx: AppContext, person_id: int, name: str,
            parent: QWidget | None = None) -> None:
        cls(ctx, person_id, name, parent).exec()
