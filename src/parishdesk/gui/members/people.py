"""The councillors' or officers' list: search and filters, the action buttons, the table,
and the chosen person's details beside it (or below it on a narrow window).

It shows and filters the rows it is given and keeps the chosen person chosen;
the page decides what the buttons do and when the rows are read again.
"""

from __future__ import annotations

import math
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QFocusEvent, QFontMetricsF
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from parishdesk.domain.members import ROLE_KIND_LABELS
from parishdesk.gui.common.empty_state import EmptyState, Step, no_match_text
from parishdesk.gui.common.tables import ReadOnlyTable
from parishdesk.gui.members.detail import MemberDetail
from parishdesk.gui.members.model import PERSON_ID_ROLE, MembersFilter, MembersTableModel, PersonRow
from parishdesk.gui.members.widgets import push_button

#: Widest a column starts (px); longer text is elided, whole in the tooltip.
COLUMN_CAPS = {"Role or post": 190, "Committees": 160, "Group": 140}
#: Narrower than this, the details go below the table instead of beside it.
SIDE_BY_SIDE_WIDTH = 1000
#: The detail panel's width beside the table: enough for all five tabs.
DETAIL_WIDTH = 460


class FilterCombo(QComboBox):
    """A filter whose choices (after "Any …") are read when the clerk first opens it or
    tabs into it, or code looks in it, rather than each time the area is refreshed."""

    def __init__(self, any_text: str, name: str) -> None:
        super().__init__()
        self.setAccessibleName(name)
        self.addItem(any_text, None)
        self._read: Callable[[], list[tuple[str, Any]]] | None = None

    def set_choices(self, read: Callable[[], list[tuple[str, Any]]]) -> None:
        """Where the choices come from; read now if the clerk has had them already."""
        self._read = read
        if self.count() > 1:
            self.load()

    def load(self) -> None:
        if (read := self._read) is not None:
            self._read = None
            PeopleView.fill_filter(self, self.itemText(0), read())

    def showPopup(self) -> None:  # noqa: N802 - Qt override
        self.load()
        super().showPopup()

    def focusInEvent(self, event: QFocusEvent) -> None:  # noqa: N802 - Qt override
        self.load()  # before the arrow keys can move through them
        super().focusInEvent(event)

    def findText(self, *args: Any, **kwargs: Any) -> int:  # noqa: N802 - Qt override
        self.load()
        return super().findText(*args, **kwargs)

    def findData(self, *args: Any, **kwargs: Any) -> int:  # noqa: N802 - Qt override
        self.load()
        return super().findData(*args, **kwargs)


class PeopleView(QWidget):
    def __init__(self, model: MembersTableModel, proxy: MembersFilter, detail: MemberDetail,
                 buttons: list[tuple[str, Callable[[], Any], str]],
                 parent: QWidget | None = None) -> None:
        """``buttons``: (text, slot, shortcut key) for the row of action buttons."""
        super().__init__(parent)
        self.model, self.proxy, self.detail = model, proxy, detail
        self._splitter_fitted = False
        self.details_shown = 0  # how often the details were shown: the page reads it
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(self._filters())
        row = QHBoxLayout()
        self.buttons: list[QPushButton] = []
        for text, slot, shortcut in buttons:
            button = push_button(text, slot, shortcut=shortcut)
            self.buttons.append(button)
            row.addWidget(button)
        row.addStretch(1)
        layout.addLayout(row)
        self.splitter = splitter = QSplitter()
        splitter.setChildrenCollapsible(False)
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        self.table = ReadOnlyTable("Members table", self.proxy)
        self.table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        self.table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 8)
        self.table.selectionModel().currentRowChanged.connect(lambda *_: self.show_details())
        left_layout.addWidget(self.table)
        self._empty_state: EmptyState | None = None  # made when the list is first empty
        #: The next steps an empty register offers, by kind (set by the page).
        self.first_steps: dict[str, list[Step]] = {}
        splitter.addWidget(left)
        splitter.addWidget(self.detail)
        splitter.setStretchFactor(0, 1)  # and the details' factor follows the orientation
        splitter.setSizes([600, 400])  # until the first resize fits it to the window
        layout.addWidget(splitter, 1)

    def _filters(self) -> QHBoxLayout:
        filters = QHBoxLayout()
        self.search = QLineEdit()
        self.search.setPlaceholderText("Search members (Ctrl+F)")
        self.search.setToolTip("Search names, wards, roles, groups and committees as you type")
        self.search.setAccessibleName("Search members")
        self.search.setMinimumWidth(110)
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(self._search_changed)
        filters.addWidget(self.search, 2)
        self.status_filter = QComboBox()
        self.status_filter.setAccessibleName("Current or former")
        for text, value in (("Current", "current"), ("Former", "former"), ("All", "all")):
            self.status_filter.addItem(text, value)
        self.role_filter = QComboBox()
        self.role_filter.setAccessibleName("Role")
        self.role_filter.addItem("Any role", None)
        for kind, label in ROLE_KIND_LABELS.items():
            if kind != "group_member":
                self.role_filter.addItem(label, kind)
        self.committee_filter = FilterCombo("Any committee", "Committee")
        self.group_filter = FilterCombo("Any group", "Party group")
        for widget in (self.status_filter, self.role_filter, self.committee_filter,
                       self.group_filter):
            widget.currentIndexChanged.connect(self._filters_changed)
            # Filters shrink with the window; the open list still shows whole names.
            widget.setSizeAdjustPolicy(
                QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            widget.setMinimumContentsLength(7)
            filters.addWidget(widget, 1)
        return filters

    @property
    def empty_state(self) -> EmptyState:
        """What the table says when it lists nobody (made the first time it is wanted)."""
        if self._empty_state is None:
            self._empty_state = EmptyState.over(self.table)
        return self._empty_state

    # -- fitting the window -------------------------------------------------------------------
    def fit_splitter(self, width: int) -> None:
        """Details beside the table when the area (``width`` wide) has room, below it on a
        narrow window, so neither the table's columns nor the detail tabs are squeezed."""
        wanted = (Qt.Orientation.Horizontal if width >= SIDE_BY_SIDE_WIDTH
                  else Qt.Orientation.Vertical)
        if self.splitter.orientation() != wanted or not self._splitter_fitted:
            self._splitter_fitted = True
            self.splitter.setOrientation(wanted)
            self._set_placeholder()  # it says where the table is
            if self.selected_row() is None:
                self.detail.show_person(None)
            if wanted == Qt.Orientation.Horizontal:
                # Room for every detail tab; the table takes the rest, and any change of
                # window width. Sized again once the splitter has its new width (it may
                # still have the old one while the window is being resized).
                self._share_width(width)
                QTimer.singleShot(0, self, lambda: self._share_width(self.splitter.width()))
                self.splitter.setStretchFactor(1, 0)
            else:
                self.splitter.setSizes([500, 500])  # below: they share the height
                self.splitter.setStretchFactor(1, 1)

    def _share_width(self, width: int) -> None:
        if self.splitter.orientation() == Qt.Orientation.Horizontal:
            detail = max(DETAIL_WIDTH, width * 38 // 100)
            self.detail.fit_blocks(detail)
            self.splitter.setSizes([max(width - detail, 1), detail])

    def size_columns(self) -> None:
        """Columns as wide as their text, the long ones (roles, committees) capped and
        elided; the whole text is in each cell's tooltip."""
        widths = self._content_widths()
        for column in range(self.model.columnCount()):
            cap = COLUMN_CAPS.get(self.model.columns[column], 200)
            self.table.setColumnWidth(column, min(widths[column], cap))

    def _content_widths(self) -> list[int]:
        """The widths ``resizeColumnsToContents`` gives, measured from the listed rows' texts
        with one font metrics (far quicker than asking the model and the delegate for every
        cell). Where Qt would measure otherwise (a column with a warning sign, a table
        scrolled or fuller than its view), it is asked itself."""
        table = self.table
        table.ensurePolished()
        header = table.horizontalHeader()
        count = self.model.columnCount()
        proxy = self.proxy
        listed = [proxy.mapToSource(proxy.index(r, 0)).row() for r in range(proxy.rowCount())]
        vertical = table.verticalHeader()
        whole_list = (not table.isVisible()
                      or (vertical.visualIndexAt(0) <= 0
                          and vertical.visualIndexAt(table.viewport().height()) == -1))
        if not whole_list or len(listed) > vertical.resizeContentsPrecision():
            table.resizeColumnsToContents()
            return [table.columnWidth(column) for column in range(count)]
        metrics = QFontMetricsF(table.font())
        grid = 1 if table.showGrid() else 0
        cells = self.model.cell_texts()
        signed = self.model.decorated_columns(listed)
        # The style's room beside the text, from Qt's own measure of the names' column (the
        # style itself is not asked: naming QStyle loads a dozen enums, some 8 ms at start).
        names = max((math.ceil(metrics.horizontalAdvance(cells[r][0])) for r in listed),
                    default=0)
        if not names or 0 in signed:
            table.resizeColumnsToContents()
            return [table.columnWidth(column) for column in range(count)]
        margin = table.sizeHintForColumn(0) - grid - names
        widths = []
        for column in range(count):
            if column in signed:
                content = table.sizeHintForColumn(column)
            else:
                content = max((math.ceil(metrics.horizontalAdvance(cells[r][column])) + margin
                               for r in listed), default=-grid) + grid
            widths.append(max(content, header.sectionSizeHint(column)))
        return widths

    # -- filters ------------------------------------------------------------------------------
    @staticmethod
    def fill_filter(combo: QComboBox, any_text: str, items: list[tuple[str, Any]]) -> None:
        current = combo.currentData()
        combo.blockSignals(True)
        combo.clear()
        combo.addItem(any_text, None)
        for text, data in items:
            combo.addItem(text, data)
        combo.setCurrentIndex(max(0, combo.findData(current)))
        combo.blockSignals(False)

    def show_kind(self, kind: str) -> None:
        """List councillors or officers (role, committee and group filter councillors)."""
        changed = kind != self.model.kind
        if changed:
            self.model.set_kind(kind)
        for combo in (self.role_filter, self.committee_filter, self.group_filter):
            combo.setVisible(kind == "councillor")
        self.proxy.set_filters(kind=kind)
        if changed:
            self.size_columns()  # to the rows now listed
        self.update_empty()
        if self.proxy.rowCount():
            self.table.selectRow(0)
        self.show_details()

    def _filters_changed(self) -> None:
        """Apply the filters, keeping the chosen person chosen while they are still listed."""
        chosen = self.selected_id()
        self.proxy.set_filters(status=self.status_filter.currentData(),
                               role_kind=self.role_filter.currentData(),
                               committee_id=self.committee_filter.currentData(),
                               group=self.group_filter.currentData())
        self.update_empty()
        if chosen is None or not self.select_person(chosen):
            if self.proxy.rowCount():
                self.table.selectRow(0)
        self.show_details()

    def update_empty(self) -> None:
        """An empty list says why: nobody of this kind on the register yet (with the first
        steps), or nobody matching the search or filters (with a way back to everyone)."""
        if self.proxy.rowCount():
            if self._empty_state is not None:
                self._empty_state.clear_state()
            return
        kind = self.model.kind
        plural = "councillors" if kind == "councillor" else "officers"
        if not any(row.kind == kind for row in self.model.rows()):
            self.empty_state.show_state(f"No {plural} yet.", self.first_steps.get(kind, []))
            return
        search = self.search.text()
        if search.strip():
            self.empty_state.show_state(no_match_text(kind, search),
                                        [("Clear the search", self.search.clear)])
        else:
            self.empty_state.show_state(no_match_text(kind) + f" Show all {plural}?",
                                        [(f"Show all {plural}", self.show_everyone)])

    def _search_changed(self, text: str) -> None:
        self.proxy.set_filters(search=text)
        self.update_empty()

    def show_everyone(self) -> None:
        """Clear the search and every filter."""
        self.search.clear()
        for combo in (self.status_filter, self.role_filter, self.committee_filter,
                      self.group_filter):
            combo.setCurrentIndex(combo.findData("all") if combo is self.status_filter else 0)

    # -- selection ----------------------------------------------------------------------------
    def selected_row(self) -> PersonRow | None:
        index = self.table.currentIndex()
        if not index.isValid():
            return None
        source = self.proxy.mapToSource(index)
        return self.model.row_at(source.row())

    def selected_id(self) -> int | None:
        row = self.selected_row()
        return row.id if row else None

    def select_person(self, person_id: int) -> bool:
        for r in range(self.proxy.rowCount()):
            index = self.proxy.index(r, 0)
            if index.data(PERSON_ID_ROLE) == person_id:
                self.table.setCurrentIndex(index)
                self.table.selectRow(r)
                return True
        return False

    def _set_placeholder(self) -> None:
        """Where to look for someone to choose: beside or above the details."""
        if self.proxy.rowCount() == 0:
            self.detail.placeholder = "Details appear here when someone is listed."
        else:
            where = ("on the left" if self.splitter.orientation() == Qt.Orientation.Horizontal
                     else "above")
            self.detail.placeholder = f"Choose someone in the table {where} to see their details."

    def show_details(self) -> None:
        self._set_placeholder()
        self.details_shown += 1
        self.detail.show_person(self.selected_row())
