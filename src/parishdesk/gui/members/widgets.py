"""Small shared pieces for the Members area: dates in and out of date fields, record tables,
buttons and the small layouts of the detail tabs."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QDate, QEvent, QObject, Qt, QTimer
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from parishdesk.errors import ParishDeskError
from parishdesk.gui.common import icons
from parishdesk.gui.common.errors import as_plain_text, show_expected
from parishdesk.gui.common.tables import make_read_only

if TYPE_CHECKING:
    from parishdesk.gui.common.date_field import DateField  # loaded with the dialogs

#: Widest a column of a small record table starts; longer text is elided (whole in the tooltip).
MAX_COLUMN_WIDTH = 220
#: The date that stood for "Not recorded" in the old spin-box date fields.
EMPTY_DATE = QDate(1900, 1, 1)


def to_qdate(day: dt.date | None) -> QDate:
    return EMPTY_DATE if day is None else QDate(day.year, day.month, day.day)


def from_qdate(value: QDate) -> dt.date | None:
    if not value.isValid() or value == EMPTY_DATE:
        return None
    return dt.date(value.year(), value.month(), value.day())


def setup_date(edit: DateField, day: dt.date | None, optional: bool,
               today: dt.date | None = None) -> None:
    """The typed date field; an optional date can be left "Not recorded".

    ``today``: the day "today" means when typed (the app's own clock).
    """
    if today is not None:
        edit.set_today(lambda: today)
    edit.set_optional(optional)
    edit.set_value(day if (day is not None or optional) else (today or dt.date.today()))


def warning_icon(widget: QWidget | None = None) -> QIcon:
    """The style's warning sign (``widget`` is kept for the callers; the icon is the
    application style's, as every widget of ParishDesk uses the one style)."""
    return icons.warning_icon()


# --- Small record tables and buttons shared by the area, its detail panel and bodies page ---

def record_table(headers: list[str], name: str) -> QTableWidget:
    """A read-only, single-row-selection table with an accessible name."""
    table = QTableWidget(0, len(headers))
    table.setHorizontalHeaderLabels(headers)
    make_read_only(table, name, sortable=False)
    table.verticalHeader().setDefaultSectionSize(table.fontMetrics().height() + 8)
    return table


def fit_columns(table: QTableWidget, stretch: int, fixed: dict[int, int],
                wrap: bool = False) -> None:
    """Column ``stretch`` takes the spare width, ``fixed`` columns keep a width, the rest
    fit their text. With ``wrap``, long cells wrap and rows grow to fit; without, they are
    elided on one line (the whole text is in the tooltip)."""
    header = table.horizontalHeader()
    header.setStretchLastSection(False)
    for column in range(table.columnCount()):
        mode = (QHeaderView.ResizeMode.Stretch if column == stretch
                else QHeaderView.ResizeMode.Interactive if column in fixed
                else QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(column, mode)
        if column in fixed:
            table.setColumnWidth(column, fixed[column])
    table.setWordWrap(wrap)
    if wrap:
        table.resizeRowsToContents()
        if table.findChild(_RowFitter) is None:
            table.installEventFilter(_RowFitter(table))


class _RowFitter(QObject):
    """Fits a wrapping table's row heights again once its columns have their new widths."""

    def __init__(self, table: QTableWidget) -> None:
        super().__init__(table)
        self.table = table

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt
        if event.type() in (QEvent.Type.Resize, QEvent.Type.Show):
            QTimer.singleShot(0, self.table.resizeRowsToContents)
        return False


def fill_table(table: QTableWidget, rows: list[list[str]], ids: list[Any] | None = None) -> None:
    """Put ``rows`` in the table; ``ids`` are kept on the first cell of each row."""
    table.setRowCount(len(rows))
    for r, values in enumerate(rows):
        for c, value in enumerate(values):
            item = QTableWidgetItem(value)
            item.setToolTip(value)  # the whole text where a column is narrowed
            if ids is not None and c == 0:
                item.setData(Qt.ItemDataRole.UserRole, ids[r])
            table.setItem(r, c, item)
    table.resizeColumnsToContents()
    for column in range(table.columnCount() - 1):
        table.setColumnWidth(column, min(table.columnWidth(column), MAX_COLUMN_WIDTH))
    table.horizontalHeader().setStretchLastSection(True)


def selected_id(table: QTableWidget) -> Any:
    """The id kept on the current row's first cell, or None."""
    row = table.currentRow()
    item = table.item(row, 0) if row >= 0 else None
    return item.data(Qt.ItemDataRole.UserRole) if item is not None else None


#: The Members area's keyboard shortcuts, by action. They work anywhere in the area (and
#: only there), so a key may mean something else in another area.
SHORTCUTS: dict[str, str] = {
    "add_councillor": "Ctrl+N", "add_officer": "Ctrl+Shift+N", "find": "Ctrl+F",
    "edit": "Ctrl+E", "archive": "Del",
    "add_role": "Ctrl+R", "end_role": "Ctrl+Shift+R", "form_returned": "Ctrl+Shift+F",
    "add_interest": "Ctrl+I", "add_relationship": "Ctrl+Shift+P", "add_training": "Ctrl+T",
    "add_committee": "Ctrl+Shift+C", "committee_chair": "Ctrl+Shift+H",
    "add_group": "Ctrl+Shift+G", "council_chair": "Ctrl+Shift+A",
    "council_vice_chair": "Ctrl+Shift+V", "election_year": "Ctrl+Shift+Y",
}


def push_button(text: str, slot: Callable[[], Any], name: str | None = None,
                shortcut: str = "") -> QPushButton:
    """A button; ``shortcut`` (a key of :data:`SHORTCUTS`) is named in its tooltip."""
    button = QPushButton(text)
    button.setAccessibleName(name or text.replace("&", "").rstrip("…"))
    if shortcut:
        button.setToolTip(f"{button.accessibleName()} ({SHORTCUTS[shortcut]})")
    button.clicked.connect(slot)
    return button


def tell(parent: QWidget, title: str, text: str) -> None:
    """Say what to do first (e.g. choose a row), when an action cannot go ahead yet."""
    QMessageBox.information(parent, title, as_plain_text(text))


def run_service(parent: QWidget, work: Callable[[], Any]) -> bool:
    """Run a service call; an expected problem is shown plainly. True if it succeeded."""
    try:
        work()
    except ParishDeskError as exc:
        show_expected(parent, exc)
        return False
    return True


class WrappedLabel(QLabel):
    """A word-wrapping label that remembers its height for each width it is asked about.

    Qt lays out a rich-text label's whole document each time a layout asks its height for
    a width, and the panel's layouts ask for the same few widths many times over as the
    window is shown or resized; the answer only changes with the text, font or style."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWordWrap(True)
        self._heights: dict[int, int] = {}

    def setText(self, text: str) -> None:  # noqa: N802 - Qt override
        self._heights.clear()
        super().setText(text)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        self._heights.clear()  # a new font or style lays the text out anew
        super().changeEvent(event)

    def heightForWidth(self, width: int) -> int:  # noqa: N802 - Qt override
        height = self._heights.get(width)
        if height is None:
            height = self._heights[width] = super().heightForWidth(width)
        return height


def scrolling(page: QWidget) -> QScrollArea:
    """The page in a frameless scroll area, so the panel can be short on a small screen."""
    scroller = QScrollArea()
    scroller.setWidgetResizable(True)
    scroller.setFrameShape(QFrame.Shape.NoFrame)
    scroller.setWidget(page)
    return scroller


def titled_block(label: QLabel, table: QWidget, *buttons: QPushButton) -> QWidget:
    """A titled table with its buttons below it."""
    block = QWidget()
    layout = QVBoxLayout(block)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.addWidget(label)
    table.setMinimumHeight(3 * table.fontMetrics().height())  # a header and a row or two
    layout.addWidget(table, 1)
    layout.addLayout(button_row(*buttons))
    return block


def button_row(*buttons: QPushButton) -> QHBoxLayout:
    row = QHBoxLayout()
    for button in buttons:
        row.addWidget(button)
    row.addStretch(1)
    return row
