"""Small pieces the Documents area's tabs and dialogs share.

Date display and entry (dd/mm/yyyy, calendar popups, an optional date), a
thin table model over a list of rows, actions with shortcuts scoped to the
widget they belong to, and the "what to do next" empty-state label.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any, Generic, TypeVar

from PySide6.QtCore import (
    QAbstractTableModel,
    QDate,
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QLabel, QStyle, QWidget

from parishdesk.errors import ParishDeskError
from parishdesk.gui.common.date_field import DateField
from parishdesk.gui.common.labels import ERROR_STYLE  # noqa: F401 - used by the tabs

T = TypeVar("T")

NO_DATE = QDate(2000, 1, 1)
"""The bottom of an optional date field's range, shown as "Not set"."""


def fmt_date(value: dt.date | None, empty: str = "—") -> str:
    return value.strftime("%d/%m/%Y") if value else empty


def to_qdate(value: dt.date) -> QDate:
    return QDate(value.year, value.month, value.day)


def from_qdate(value: QDate) -> dt.date:
    return dt.date(value.year(), value.month(), value.day())


def date_edit(value: dt.date | None, accessible_name: str, *, optional: bool = False,
              parent: QWidget | None = None) -> DateField:
    """The typed date field (see :mod:`parishdesk.gui.common.date_field`); ``optional``
    allows it to be left "Not set"."""
    edit = DateField(parent, optional=optional)
    edit.set_optional(optional, "Not set")
    edit.setAccessibleName(accessible_name)
    edit.set_value(value)
    return edit


def optional_date(edit: DateField) -> dt.date | None:
    """The date in an optional field, or None when it is empty ("Not set").

    Raises ParishDeskError with the field's own message if the text is not a date.
    """
    problem = edit.problem()
    if problem is not None:
        edit.setFocus()
        raise ParishDeskError(f"{edit.accessibleName()}: {problem}")
    return edit.value()


def required_date(edit: DateField) -> dt.date:
    """The date in a field that must hold one (ParishDeskError when it does not)."""
    day = optional_date(edit)
    if day is None:
        raise ParishDeskError(f"{edit.accessibleName()}: type a date, for example 15/03/2024.")
    return day


def empty_state(text: str, parent: QWidget | None = None) -> QLabel:
    label = QLabel(text, parent)
    label.setWordWrap(True)
    label.setAlignment(Qt.AlignmentFlag.AlignCenter)
    label.setAccessibleName("What to do next")
    label.setStyleSheet("padding: 24px; font-size: 11pt;")
    return label


def standard_icon(widget: QWidget, which: QStyle.StandardPixmap) -> QIcon:
    return widget.style().standardIcon(which)


@dataclass(frozen=True)
class Column(Generic[T]):
    """One table column: its heading, its text, and optionally an icon and a sort key."""

    heading: str
    text: Callable[[T], str]
    icon: Callable[[T], QIcon | None] | None = None
    sort_key: Callable[[T], Any] | None = None


class RowsModel(QAbstractTableModel, Generic[T]):
    """A read-only table over a list of rows (domain objects), one Column per column."""

    SORT_ROLE = Qt.ItemDataRole.UserRole + 1

    def __init__(self, columns: Sequence[Column[T]], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.columns = list(columns)
        self.rows: list[T] = []

    def set_rows(self, rows: Sequence[T]) -> None:
        self.beginResetModel()
        self.rows = list(rows)
        self.endResetModel()

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self.columns)

    def data(self, index: QModelIndex | QPersistentModelIndex,
             role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row, column = self.rows[index.row()], self.columns[index.column()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return column.text(row)
        if role == Qt.ItemDataRole.DecorationRole and column.icon is not None:
            return column.icon(row)
        if role == self.SORT_ROLE:
            return column.sort_key(row) if column.sort_key else column.text(row)
        return None

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if (role == Qt.ItemDataRole.DisplayRole
                and orientation == Qt.Orientation.Horizontal and 0 <= section < len(self.columns)):
            return self.columns[section].heading
        return None


def sorted_proxy(model: QAbstractTableModel, parent: QWidget | None = None) -> QSortFilterProxyModel:
    proxy = QSortFilterProxyModel(parent)
    proxy.setSourceModel(model)
    proxy.setSortRole(RowsModel.SORT_ROLE)
    proxy.setSortCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
    return proxy


def sortable_date(value: dt.date | None) -> str:
    """A sort key for an optional date (missing dates sort first)."""
    return value.isoformat() if value else ""
