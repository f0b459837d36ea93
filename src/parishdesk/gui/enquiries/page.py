"""The Enquiries area: the inbox table, quick filters, search, the detail pane, quick capture."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from PySide6.QtCore import QItemSelection, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QKeySequence, QResizeEvent
from PySide6.QtWidgets import (
    QApplication,
    QButtonGroup,
    QHeaderView,
    QSizePolicy,
    QToolButton,
    QWidget,
)

from parishdesk.errors import ParishDeskError
from parishdesk.gui.common.context import AppContext
from parishdesk.gui.common.empty_state import EmptyState, Step
from parishdesk.gui.common.errors import show_expected
from parishdesk.gui.enquiries.capture import QuickCaptureDialog
from parishdesk.gui.enquiries.detail import EnquiryDetailPane
from parishdesk.gui.enquiries.form import EnquiryFormDialog
from parishdesk.gui.enquiries.group_advice import GroupAdviceDialog
from parishdesk.gui.enquiries.inbox_empty import detail_hint, empty_text
from parishdesk.gui.enquiries.leave_dialog import OfficerLeaveDialog
from parishdesk.gui.enquiries.model import ID_ROLE, InboxModel
from parishdesk.gui.enquiries.report_dialog import EnquiryReportDialog
from parishdesk.gui.enquiries.settings_dialog import EnquirySettingsDialog
from parishdesk.gui.forms.ui_enquiries_area import Ui_EnquiriesArea
from parishdesk.services import enquiries as svc
from parishdesk.services import inbox, letters
from parishdesk.services import members as register

SEARCH_DELAY_MS = 200

#: The page is wide enough for every column and the details beside the table.
SIDE_BY_SIDE_WIDTH = 1560
#: Below this page width the "Assigned to" column is hidden (the details show it) so that
#: Status, Due and Working days left stay in view on a 1024-pixel screen.
COMPACT_WIDTH = 1000
DETAIL_WIDTH = 450
SUBJECT_COLUMN = 3
ASSIGNED_COLUMN = 4
ACTION_COLUMN = 7
#: Column widths (the subject takes whatever is left), full and compact.
COLUMN_WIDTHS = {0: 108, 1: 118, 2: 135, 4: 125, 5: 120, 6: 86, 7: 128}
COMPACT_WIDTHS = {0: 104, 1: 88, 2: 118, 4: 0, 5: 110, 6: 84, 7: 104}


class EnquiriesPage(QWidget):
    badgeChanged = Signal(str)  # noqa: N815 - Qt signal name used by the main window
    alertsChanged = Signal()  # noqa: N815

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.ui = Ui_EnquiriesArea()
        self.ui.setupUi(self)
        self.filter = "all"
        clerk = register.clerk()
        #: "Mine": the officer using ParishDesk (File > Switch user…), else the Clerk.
        self.me_id = ctx.user_id or (clerk.id if clerk else None)
        self.model = InboxModel(svc.inbox_query(ctx.today(), me_id=self.me_id), svc.nation(),
                                parent=self)
        table = self.ui.table
        table.setSortingEnabled(False)
        table.setModel(self.model)
        # What needs action first (the service's order): fewest working days left.
        table.horizontalHeader().setSortIndicator(ACTION_COLUMN, Qt.SortOrder.AscendingOrder)
        table.setSortingEnabled(True)
        header = table.horizontalHeader()
        header.setStretchLastSection(False)
        header.setMinimumSectionSize(60)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(SUBJECT_COLUMN, QHeaderView.ResizeMode.Stretch)
        table.setTextElideMode(Qt.TextElideMode.ElideRight)
        table.verticalHeader().setVisible(False)
        self._compact: bool | None = None
        selection = table.selectionModel()
        selection.selectionChanged.connect(self._selection_changed)

        self.detail = EnquiryDetailPane(ctx, self.ui.detailHolder)
        self.ui.detailLayout.addWidget(self.detail)
        self.detail.follow_viewport(self.ui.detailScroll.viewport())
        self.ui.emptyLabel.setVisible(False)  # the empty state covers the table instead
        self.empty_state = EmptyState.over(table)
        self.detail.changed.connect(self._after_change)
        self._side_by_side: bool | None = None
        self._count: int | None = None  # enquiries listed, once counted
        self.ui.mainLayout.setStretch(2, 1)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)

        self.filters = QButtonGroup(self)
        self.filters.setExclusive(True)
        self.filter_buttons: dict[str, QToolButton] = {
            "all": self.ui.allButton, "mine": self.ui.mineButton,
            "overdue": self.ui.overdueButton, "due_soon": self.ui.dueSoonButton,
            "waiting": self.ui.waitingButton, "closed": self.ui.closedButton,
        }
        for name, button in self.filter_buttons.items():
            self.filters.addButton(button)
            button.clicked.connect(lambda _checked=False, n=name: self.set_filter(n))

        self.search_timer = QTimer(self)
        self.search_timer.setSingleShot(True)
        self.search_timer.setInterval(SEARCH_DELAY_MS)
        self.search_timer.timeout.connect(self.apply_search)
        self.ui.searchEdit.textChanged.connect(lambda _t: self.search_timer.start())
        self.ui.searchEdit.returnPressed.connect(self.apply_search)

        self.new_action = QAction("&New enquiry (quick capture)…", self)
        self.new_action.setShortcut(QKeySequence("Ctrl+N"))
        self.new_action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.new_action.triggered.connect(self.quick_capture)
        self.addAction(self.new_action)
        self.ui.newButton.clicked.connect(self.quick_capture)
        self.full_action = self._local_action("New enquiry (full &form)…", "Ctrl+Shift+N",
                                              self.new_full)
        self.ui.fullFormButton.clicked.connect(self.new_full)
        self.edit_action = self._local_action("&Edit enquiry…", "Ctrl+E", self.edit_selected)
        self.ui.editButton.clicked.connect(self.edit_selected)
        self.ui.editButton.setEnabled(False)
        table.doubleClicked.connect(lambda _index: self.edit_selected())
        self.settings_action = QAction("Inbo&x settings…", self)
        self.settings_action.setShortcut(QKeySequence("Ctrl+Alt+I"))
        self.settings_action.triggered.connect(self.show_settings)
        self.ui.settingsButton.clicked.connect(self.show_settings)
        self.leave_action = QAction("Sta&ff leave…", self)
        self.leave_action.setShortcut(QKeySequence("Ctrl+Alt+L"))
        self.leave_action.triggered.connect(self.show_leave)
        self.ui.leaveButton.clicked.connect(self.show_leave)
        self.find_action = QAction("Find", self)
        self.find_action.setShortcut(QKeySequence.StandardKey.Find)
        self.find_action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.find_action.triggered.connect(lambda: self.ui.searchEdit.setFocus())
        self.addAction(self.find_action)
        self.report_action = QAction("Enquiry &response times…", self)
        self.report_action.setShortcut(QKeySequence("Ctrl+Alt+T"))
        self.report_action.triggered.connect(self.show_report)
        self.ui.reportButton.clicked.connect(self.show_report)
        self.advice_action = QAction("Party-&group advice log…", self)
        self.advice_action.setShortcut(QKeySequence("Ctrl+Alt+G"))
        self.advice_action.triggered.connect(self.show_group_advice)
        # From any area (a councillor rings while the clerk is elsewhere): switch and capture.
        self.menu_new_action = QAction("New &enquiry (from any area)…", self)
        self.menu_new_action.setShortcut(QKeySequence("Ctrl+Alt+N"))
        self.menu_new_action.triggered.connect(self.capture_from_anywhere)
        self.export_action = QAction("Export en&quiries (CSV or Excel)…", self)
        self.export_action.setShortcut(QKeySequence("Ctrl+Alt+X"))
        self.export_action.triggered.connect(lambda _checked=False: self.export_inbox())
        self.ui.exportButton.clicked.connect(lambda _checked=False: self.export_inbox())
        self._update_counts()
        QTimer.singleShot(0, self, self._update_counts)  # after the main window has connected

    # --- main-window hooks ------------------------------------------------------------------

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt override
        super().resizeEvent(event)
        self.fit_layout()

    def fit_layout(self) -> None:
        """Keep Status, Due and Working days left in view at any width from 1024 pixels:
        the details go beside the table only when there is room for every column, and
        below it otherwise; on the narrowest windows "Assigned to" is left to the details.
        The subject takes the width that is left, elided (the whole text is its tooltip)."""
        width = self.width()
        side_by_side = width >= SIDE_BY_SIDE_WIDTH
        if side_by_side != self._side_by_side:
            self._side_by_side = side_by_side
            if self._count is not None:  # "on the left" or "above"
                self._show_empty(self._count, self.model.query)
            splitter = self.ui.splitter
            if side_by_side:
                splitter.setOrientation(Qt.Orientation.Horizontal)
                splitter.setSizes([max(width - DETAIL_WIDTH, 1), DETAIL_WIDTH])
                splitter.setStretchFactor(0, 1)
                splitter.setStretchFactor(1, 0)
            else:
                splitter.setOrientation(Qt.Orientation.Vertical)
                splitter.setSizes([45, 55])
                splitter.setStretchFactor(0, 45)
                splitter.setStretchFactor(1, 55)
        compact = width < COMPACT_WIDTH
        if compact != self._compact:
            self._compact = compact
            table = self.ui.table
            table.setColumnHidden(ASSIGNED_COLUMN, compact)
            self.model.set_compact(compact)
            for column, size in (COMPACT_WIDTHS if compact else COLUMN_WIDTHS).items():
                if size:
                    table.setColumnWidth(column, size)

    def take_focus(self) -> None:
        """Focus the table when it has rows, else the search box, so the inbox's own
        shortcuts (Ctrl+N, Ctrl+E, Ctrl+F) work at once. The main window calls this when
        the clerk picks Enquiries with the mouse or a Go shortcut (not when arrowing
        through the navigation list). Focus already inside the page stays where it is."""
        focused = QApplication.focusWidget()
        if not self.isVisible() or (focused is not None and self.isAncestorOf(focused)):
            return
        target = self.ui.table if self.model.rowCount() else self.ui.searchEdit
        target.setFocus(Qt.FocusReason.OtherFocusReason)

    def menu_actions(self) -> dict[str, list[QAction]]:
        return {"File": [self.menu_new_action, self.report_action, self.advice_action,
                         self.settings_action, self.leave_action, self.export_action]}

    def _local_action(self, text: str, keys: str, slot: object) -> QAction:
        """An action whose shortcut works while the focus is inside the inbox."""
        action = QAction(text, self)
        action.setShortcut(QKeySequence(keys))
        action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        action.triggered.connect(lambda _checked=False: slot())  # type: ignore[operator]
        self.addAction(action)
        return action

    def alerts(self) -> list[str]:
        lines = []
        overdue = inbox.overdue_count(self.ctx.today())
        if overdue:
            lines.append(f"{overdue} enquir{'ies are' if overdue != 1 else 'y is'} overdue: "
                         "see Enquiries, Overdue.")
        for view in svc.group_advice_log(outstanding_only=True):
            lines.append(f"Advice to {view.advised_group} on \u201c{view.matter}\u201d is still "
                         f"to be offered to: {', '.join(view.outstanding)}.")
        return lines

    # --- list -------------------------------------------------------------------------------

    def current_query(self) -> inbox.InboxQuery:
        old = self.model.query
        return svc.inbox_query(self.ctx.today(), self.filter, self.ui.searchEdit.text(),
                               self.ctx.user_id or self.me_id, old.sort, old.descending)

    def set_filter(self, name: str) -> None:
        self.filter = name
        self.filter_buttons[name].setChecked(True)
        self.reload()

    def apply_search(self) -> None:
        self.search_timer.stop()
        if self.model.query.search != self.ui.searchEdit.text():
            self.reload()

    def reload(self, keep_id: int | None = None) -> None:
        self.model.set_query(self.current_query())
        self._update_counts()
        if keep_id is not None:
            row = self.model.row_of(keep_id)
            if row >= 0:
                self.ui.table.selectRow(row)
                return
        self.detail.clear()

    def _update_counts(self) -> None:
        query = self.model.query
        count = inbox.count(query)
        self.ui.countLabel.setText(f"{count} enquir{'ies' if count != 1 else 'y'}")
        self._show_empty(count, query)
        overdue = inbox.overdue_count(self.ctx.today())
        self.badgeChanged.emit(f"{overdue} overdue" if overdue else "")
        self.alertsChanged.emit()

    def _show_empty(self, count: int, query: inbox.InboxQuery) -> None:
        """An empty inbox invites the first enquiry; a search or quick filter that finds
        nothing says so and offers the way back to every enquiry."""
        self._count = count
        self.detail.set_hint(detail_hint(count, bool(self._side_by_side)))
        if count:
            self.empty_state.clear_state()
            return
        text, why = empty_text(self.filter, query.search)
        choices: dict[str, list[Step]] = {
            "search": [("Clear the search", self.ui.searchEdit.clear)],
            "filter": [("Show all enquiries", lambda: self.set_filter("all"))],
            "first": [("New enquiry…", lambda: self.quick_capture()),
                      ("Full form…", lambda: self.new_full())]}
        steps = choices[why]
        self.empty_state.show_state(text, steps)

    def selected_id(self) -> int | None:
        rows = self.ui.table.selectionModel().selectedRows()
        return int(rows[0].data(ID_ROLE)) if rows else None

    def _selection_changed(self, _new: QItemSelection, _old: QItemSelection) -> None:
        enquiry_id = self.selected_id()
        self.ui.editButton.setEnabled(enquiry_id is not None)
        if enquiry_id is None:
            self.detail.clear()
        else:
            self.detail.show_enquiry(enquiry_id)

    def select_enquiry(self, enquiry_id: int) -> bool:
        row = self.model.row_of(enquiry_id)
        if row < 0:
            return False
        self.ui.table.selectRow(row)
        self.ui.table.scrollTo(self.model.index(row, 0))
        return True

    print_hint = "Choose an enquiry whose reply went out as a letter, then print it."

    def printable_pdf(self) -> Path | None:
        """File > Print…: the selected enquiry's latest letter."""
        shown = self.detail.detail
        issued = [r.letter_id for r in shown.replies if r.letter_id] if shown else []
        return letters.stored_pdf(self.ctx.paths, issued[-1]) if issued else None

    def _after_change(self, enquiry_id: int) -> None:
        self._show_saved(enquiry_id)  # stays selected even if it leaves the filtered list

    # --- actions ----------------------------------------------------------------------------

    def quick_capture(self) -> int | None:
        """Open quick capture; log the enquiry and show it. Returns its id."""
        councillors = [c for c in register.councillors(self.ctx.today())
                       if c.is_current(self.ctx.today())]
        data = QuickCaptureDialog.ask(councillors, self.ctx.now().replace(microsecond=0), self)
        if data is None:
            return None
        try:
            saved = svc.log_enquiry(data, self.ctx.actor)
        except ParishDeskError as exc:
            show_expected(self, exc)
            return None
        if self.filter not in ("all", "mine"):
            self.filter = "all"
            self.filter_buttons["all"].setChecked(True)
        self.ui.searchEdit.blockSignals(True)
        self.ui.searchEdit.clear()
        self.ui.searchEdit.blockSignals(False)
        self.model.set_query(replace(self.current_query(), sort="received", descending=True))
        self.ui.table.horizontalHeader().setSortIndicator(1, Qt.SortOrder.DescendingOrder)
        self._update_counts()
        self.select_enquiry(saved.id)
        return saved.id

    def _show_saved(self, enquiry_id: int) -> None:
        """After a save: the list again (the row may have moved), the enquiry selected, and
        its details (checks banner included) read afresh."""
        self.reload(keep_id=enquiry_id)
        if self.selected_id() != enquiry_id and not self.select_enquiry(enquiry_id):
            self.set_filter("all")
            self.select_enquiry(enquiry_id)
        if self.selected_id() == enquiry_id:
            self.detail.show_enquiry(enquiry_id)

    def new_full(self) -> int | None:
        """Log an enquiry with the full form; returns its id."""
        saved = EnquiryFormDialog.ask(self.ctx, None, self)
        if saved is None:
            return None
        self._show_saved(saved.id)
        return saved.id

    def edit_selected(self) -> int | None:
        """Edit the selected enquiry with the full form; returns its id once saved."""
        enquiry_id = self.selected_id()
        if enquiry_id is None:
            return None
        saved = EnquiryFormDialog.ask(self.ctx, svc.detail(enquiry_id, self.ctx.today()), self)
        if saved is None:
            return None
        self._show_saved(saved.id)
        return saved.id

    def show_settings(self) -> None:
        if EnquirySettingsDialog.ask(self.ctx, self):
            self.reload(keep_id=self.selected_id())

    def show_leave(self) -> None:
        """Staff leave; recording leave can add or clear ENQ-6 warnings, so show them again."""
        keep = self.selected_id()
        OfficerLeaveDialog.show_for(self.ctx, self)
        self.reload(keep_id=keep)

    def capture_from_anywhere(self) -> int | None:
        show_area = getattr(self.window(), "show_area", None)
        if callable(show_area):
            show_area("enquiries")
        return self.quick_capture()

    def export_inbox(self, target: Path | None = None) -> str:
        from parishdesk.gui.enquiries.export import export_inbox  # openpyxl only when used

        return export_inbox(self, self.current_query(), target)

    def show_report(self) -> None:
        EnquiryReportDialog.show_for(self.ctx, self)

    def show_group_advice(self) -> None:
        GroupAdviceDialog.show_for(self.ctx, self)
        self.alertsChanged.emit()


def create(ctx: AppContext, parent: QWidget | None = None) -> QWidget:
    return EnquiriesPage(ctx, parent)
