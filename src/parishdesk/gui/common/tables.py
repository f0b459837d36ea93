"""The read-only table every area lists its records in.

One row is chosen at a time, nothing is edited in place (changes go through a
dialog), there are no row numbers, and each column's header can be clicked to
sort when the table allows it.
"""

from __future__ import annotations

from PySide6.QtCore import QAbstractItemModel
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView, QWidget

Resize = QHeaderView.ResizeMode


def make_read_only(view: QTableView, name: str, *, sortable: bool = True, wrap: bool = False,
                   resize: QHeaderView.ResizeMode = Resize.Interactive,
                   stretch_last: bool = True) -> QTableView:
    """Set a table (made in code or by a compiled form) up as a read-only record list."""
    view.setAccessibleName(name)
    view.setSortingEnabled(sortable)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.verticalHeader().setVisible(False)
    view.setWordWrap(wrap)
    header = view.horizontalHeader()
    header.setSectionResizeMode(resize)
    header.setStretchLastSection(stretch_last)
    return view


class ReadOnlyTable(QTableView):
    def __init__(self, name: str, model: QAbstractItemModel | None = None, *,
                 sortable: bool = True, wrap: bool = False,
                 resize: QHeaderView.ResizeMode = Resize.Interactive,
                 stretch_last: bool = True, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        if model is not None:
            self.setModel(model)
        make_read_only(self, name, sortable=sortable, wrap=wrap, resize=resize,
                       stretch_last=stretch_last)
