"""The read-only table every area lists its records in.

One row is chosen at a time, nothing is edited in place (changes go through a
dialog), there are no row numbers, and each column's header can be clicked to
sort when the table allows it.
"""

from __future__ import annotations

from PySide6.QtCore import QAbstractItemModel, QEvent, QObject
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


class _FlexibleColumn(QObject):
    """Gives one column the width the others leave, so the key columns stay in view."""

    def __init__(self, view: QTableView, column: int, last_key: int, lowest: int,
                 highest: int) -> None:
        super().__init__(view)
        self.view, self.column, self.last_key = view, column, last_key
        self.lowest, self.highest = lowest, highest
        view.viewport().installEventFilter(self)
        view.horizontalHeader().sectionResized.connect(self._section_resized)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt
        if event.type() == QEvent.Type.Resize:
            self.fit()
        return False

    def _section_resized(self, logical: int, _old: int, _new: int) -> None:
        if logical != self.column:
            self.fit()

    def fit(self) -> None:
        header = self.view.horizontalHeader()
        others = sum(header.sectionSize(c) for c in range(self.last_key + 1)
                     if c != self.column and not header.isSectionHidden(c))
        spare = self.view.viewport().width() - others - 2
        width = max(self.lowest, min(self.highest, spare))
        if header.sectionSize(self.column) != width:
            header.resizeSection(self.column, width)


def give_spare_width(view: QTableView, column: int, last_key: int, *, lowest: int = 110,
                     highest: int = 360) -> None:
    """``column`` (Interactive) takes whatever width the columns up to ``last_key`` leave in
    the view, between ``lowest`` and ``highest`` pixels: the columns up to ``last_key`` stay
    in view without sideways scrolling, and later columns are scrolled to."""
    view.horizontalHeader().setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
    _FlexibleColumn(view, column, last_key, lowest, highest).fit()
