"""The inbox table model: a thin adapter that fetches the list a page at a time.

Filtering, searching and sorting are done by SQL in the store; the model only
holds the rows fetched so far and asks for more as the view scrolls
(``canFetchMore``/``fetchMore``), so it never loads every enquiry.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import replace
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QStyle

from parishdesk.domain import enquiry as rules
from parishdesk.domain.enquiry import DueState, Status
from parishdesk.services.enquiries import due_text
from parishdesk.services.inbox import InboxQuery, InboxRow
from parishdesk.services.inbox import page as inbox_page

PAGE_SIZE = 200
ID_ROLE = Qt.ItemDataRole.UserRole + 1

COLUMNS: tuple[tuple[str, str | None], ...] = (
    ("Reference", "reference"),
    ("Received", "received"),
    ("From", "from"),
    ("Subject", "subject"),
    ("Assigned to", "assigned"),
    ("Status", "status"),
    ("Due", "due"),
    ("Working days left", "action"),  # fewest days left first: what needs action first
)

_Index = QModelIndex | QPersistentModelIndex

#: The status of a new enquiry not acknowledged in time (with the overdue icon).
ACK_LATE_TEXT = "New: acknowledgement late"

_SHORT_STATUS = {**{s: label for s, label in rules.STATUS_LABELS.items()},
                 Status.WAITING: "Waiting for councillor"}


def state_icon(state: str) -> QIcon:
    """A standard icon for a due state, so urgency never relies on colour alone."""
    style = QApplication.style()
    pixmap = {
        DueState.OVERDUE.value: QStyle.StandardPixmap.SP_MessageBoxCritical,
        DueState.DUE_SOON.value: QStyle.StandardPixmap.SP_MessageBoxWarning,
        "waiting": QStyle.StandardPixmap.SP_MediaPause,
        DueState.DONE.value: QStyle.StandardPixmap.SP_DialogApplyButton,
    }.get(state)
    return style.standardIcon(pixmap) if pixmap is not None else QIcon()


class InboxModel(QAbstractTableModel):
    """Rows of the enquiry inbox for one query, fetched lazily."""

    def __init__(self, query: InboxQuery, nation: str,
                 fetch: Callable[[InboxQuery, int, int], list[InboxRow]] = inbox_page,
                 parent: Any = None) -> None:
        super().__init__(parent)
        self._query = query
        self._nation = nation
        self._fetch = fetch
        self._rows: list[InboxRow] = []
        self._more = True
        self._left_cache: dict[dt.date, int] = {}
        self._icons: dict[str, QIcon] = {}
        self._compact = False
        self.fetchMore(QModelIndex())

    def set_compact(self, compact: bool) -> None:
        """Shorter texts for a narrow window: the received date without its time and
        "Days left" for the last heading (the whole text stays in the tooltips)."""
        if compact != self._compact:
            self._compact = compact
            self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(COLUMNS) - 1)
            if self._rows:
                self.dataChanged.emit(self.index(0, 1), self.index(len(self._rows) - 1, 1))

    # --- the query ------------------------------------------------------------------------

    @property
    def query(self) -> InboxQuery:
        return self._query

    def set_query(self, query: InboxQuery) -> None:
        """Show another filter, search or sort: start again from the first page."""
        self.beginResetModel()
        if query.today != self._query.today:
            self._left_cache.clear()
        self._query = query
        self._rows = []
        self._more = True
        self.endResetModel()
        self.fetchMore(QModelIndex())

    def refresh(self) -> None:
        self.set_query(self._query)

    # --- lazy fetching --------------------------------------------------------------------

    def canFetchMore(self, parent: _Index = QModelIndex()) -> bool:  # noqa: N802, B008
        return not parent.isValid() and self._more

    def fetchMore(self, parent: _Index = QModelIndex()) -> None:  # noqa: N802, B008
        if parent.isValid() or not self._more:
            return
        page = self._fetch(self._query, len(self._rows), PAGE_SIZE)
        self._more = len(page) == PAGE_SIZE
        if page:
            first = len(self._rows)
            self.beginInsertRows(QModelIndex(), first, first + len(page) - 1)
            self._rows.extend(page)
            self.endInsertRows()

    # --- Qt model API ---------------------------------------------------------------------

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(COLUMNS):
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            if self._compact and section == len(COLUMNS) - 1:
                return "Days left"
            return COLUMNS[section][0]
        if role == Qt.ItemDataRole.ToolTipRole:
            return COLUMNS[section][0]
        return None

    def flags(self, index: _Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if not 0 <= column < len(COLUMNS) or COLUMNS[column][1] is None:
            return
        key = COLUMNS[column][1]
        assert key is not None
        descending = order == Qt.SortOrder.DescendingOrder
        if key == self._query.sort and descending == self._query.descending:
            return
        self.set_query(replace(self._query, sort=key, descending=descending))

    def row_at(self, row: int) -> InboxRow | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def row_of(self, enquiry_id: int) -> int:
        return next((i for i, r in enumerate(self._rows) if r.id == enquiry_id), -1)

    # --- what each cell shows -------------------------------------------------------------

    def _left(self, due: dt.date) -> int:
        if due not in self._left_cache:
            self._left_cache[due] = rules.working_days_left(due, self._query.today,
                                                            self._nation)
        return self._left_cache[due]

    def state(self, row: InboxRow) -> str:
        if row.status == Status.WAITING.value:
            return "waiting"
        if row.status in (Status.ANSWERED.value, Status.CLOSED.value):
            return DueState.DONE.value
        if self._query.today > row.answer_due:
            return DueState.OVERDUE.value
        if self._left(row.answer_due) <= rules.DUE_SOON_WORKING_DAYS:
            return DueState.DUE_SOON.value
        return DueState.ON_TRACK.value

    def ack_late(self, row: InboxRow) -> bool:
        """Still New after the day it should have been acknowledged by."""
        return rules.acknowledgement_late(row.status, row.ack_due, self._query.today)

    def left_text(self, row: InboxRow) -> str:
        state = self.state(row)
        if state == "waiting":
            return "Clock stopped"
        if state == DueState.DONE.value:
            return "Done"
        left = self._left(row.answer_due)
        if state == DueState.OVERDUE.value:
            late = max(-left, 1)
            return f"Overdue by {late}"
        if left == 0:
            return "Due today"
        if state == DueState.DUE_SOON.value:
            return f"{left}: due soon"
        return str(left)

    def _icon(self, state: str) -> QIcon:
        if state not in self._icons:
            self._icons[state] = state_icon(state)
        return self._icons[state]

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row = self._rows[index.row()]
        column = index.column()
        if role == ID_ROLE:
            return row.id
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return self._display(row, column)
        if role == Qt.ItemDataRole.DecorationRole:
            if column == 7:
                return self._icon(self.state(row))
            if column == 3 and row.warning_count:
                return self._icon(DueState.DUE_SOON.value)
            if column == 5 and self.ack_late(row):
                return self._icon(DueState.OVERDUE.value)
            return None
        if role == Qt.ItemDataRole.ToolTipRole:
            if column == 3 and row.warning_count:
                n = row.warning_count
                return (f"{row.subject}\n{n} protocol warning{'s' if n != 1 else ''} "
                        "to look at")
            if column in (6, 7):
                return due_text(row.status, row.answer_due, self._query.today, row.waiting_since)
            if column == 1:
                return row.received_at.strftime("%d/%m/%Y %H:%M")
            if column == 5 and self.ack_late(row):
                return (rules.describe_acknowledgement(row.status, row.ack_due,
                                                       self._query.today)
                        + ": acknowledge it now.")
            if column in (0, 2, 3, 4, 5):
                return self._display(row, column)  # the whole text of an elided cell
            return None
        if role == Qt.ItemDataRole.TextAlignmentRole and column == 7:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def _display(self, row: InboxRow, column: int) -> str:
        if column == 0:
            return row.reference
        if column == 1:
            return row.received_at.strftime("%d/%m/%Y" if self._compact else "%d/%m/%Y %H:%M")
        if column == 2:
            return row.councillor_name
        if column == 3:
            suffix = f"  (\u26a0 {row.warning_count})" if row.warning_count else ""
            return row.subject + suffix
        if column == 4:
            return row.assigned_name
        if column == 5:
            if self.ack_late(row):
                return ACK_LATE_TEXT
            return _SHORT_STATUS[Status(row.status)]
        if column == 6:
            return row.answer_due.strftime("%d/%m/%Y")
        return self.left_text(row)
