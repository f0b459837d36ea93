"""The Disputes area page: the case list with its filters, and the case file beside it.

Cases appear only here (DISP-12). Where the council has set a password, the page shows
nothing of any case until the clerk types it; the badge and the reminder banner name only
how many steps are overdue and the cases' references.
"""

from __future__ import annotations

from PySide6.QtCore import QItemSelection, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from parishdesk.domain.disputes import TRACKS
from parishdesk.gui.common.context import AppContext
from parishdesk.gui.common.empty_state import EmptyState, no_match_text
from parishdesk.gui.common.labels import ERROR_STYLE
from parishdesk.gui.disputes.case_file import CaseFilePane
from parishdesk.gui.disputes.case_model import ID_ROLE, CaseListModel
from parishdesk.gui.disputes.dialogs import SettingsDialog
from parishdesk.gui.disputes.wizard import NewConcernWizard
from parishdesk.gui.forms.ui_disputes_area import Ui_DisputesArea
from parishdesk.services.disputes import cases, gate

SHOW = {"open": "Open cases", "overdue": "Overdue", "all": "All cases",
        "archived": "Archived (opened by mistake)"}


class DisputesPage(QWidget):
    badgeChanged = Signal(str)  # noqa: N815 - Qt signal name used by the main window
    alertsChanged = Signal()  # noqa: N815

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setAccessibleName("Disputes")
        outer = QVBoxLayout(self)
        self.stack = QStackedWidget()
        outer.addWidget(self.stack)
        self.stack.addWidget(self._lock_page())
        self.stack.addWidget(self._cases_page())
        self.unlocked = not gate.password_required()
        self.stack.setCurrentIndex(1 if self.unlocked else 0)
        self._actions()
        if self.unlocked:
            self.reload()
        QTimer.singleShot(0, self, self._announce)

    # --- building -----------------------------------------------------------------------------

    def _lock_page(self) -> QWidget:
        page = QWidget()
        box = QVBoxLayout(page)
        box.addStretch(1)
        column = QWidget()
        column.setFixedWidth(460)
        inner = QVBoxLayout(column)
        title = QLabel("<h2>Disputes</h2><p>Case records are confidential. Type the password "
                       "the council set for this area.</p>")
        title.setWordWrap(True)
        title.setMinimumHeight(title.heightForWidth(440))  # wrapped text in a stacked page
        self.password = QLineEdit()
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.password.setAccessibleName("Password for Disputes")
        self.password.returnPressed.connect(self.unlock)
        self.lock_message = QLabel()
        self.lock_message.setStyleSheet(ERROR_STYLE)
        unlock = QPushButton("&Open Disputes")
        unlock.clicked.connect(self.unlock)
        for w in (title, self.password, self.lock_message, unlock):
            inner.addWidget(w)
        box.addWidget(column, 0, Qt.AlignmentFlag.AlignHCenter)
        box.addStretch(2)
        return page

    def _cases_page(self) -> QWidget:
        page = QWidget()
        self.ui = Ui_DisputesArea()
        self.ui.setupUi(page)
        ui = self.ui
        self.new_button, self.settings_button = ui.newButton, ui.settingsButton
        self.show_combo, self.track_combo = ui.showCombo, ui.trackCombo
        self.person_edit, self.count_label, self.table = ui.personEdit, ui.countLabel, ui.table
        self.new_button.clicked.connect(self.new_concern)
        self.settings_button.clicked.connect(self.show_settings)
        for key, label in SHOW.items():
            self.show_combo.addItem(label, key)
        self.track_combo.addItem("Every track", "")
        for key, label in TRACKS.items():
            self.track_combo.addItem(label, key)
        self.model = CaseListModel([], self)
        self.table.setModel(self.model)
        self.empty_state = EmptyState.over(self.table)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.table.selectionModel().selectionChanged.connect(self._selected)
        self.case_file = CaseFilePane(self.ctx, ui.caseFileHolder)
        ui.caseFileLayout.addWidget(self.case_file)
        self.case_file.changed.connect(self._after_change)
        self.splitter = ui.splitter
        self.splitter.setSizes([230, 470])
        self.show_combo.currentIndexChanged.connect(lambda _i: self.reload())
        self.track_combo.currentIndexChanged.connect(lambda _i: self.reload())
        self.person_edit.textChanged.connect(lambda _t: self.reload())
        return page

    def _actions(self) -> None:
        self.new_action = QAction("New &concern\u2026", self)
        self.new_action.setShortcut(QKeySequence("Ctrl+N"))
        self.new_action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.new_action.triggered.connect(self.new_concern)
        self.addAction(self.new_action)
        self.menu_new_action = QAction("New dispute &concern (from any area)\u2026", self)
        self.menu_new_action.setShortcut(QKeySequence("Ctrl+Alt+D"))
        self.menu_new_action.triggered.connect(self.concern_from_anywhere)
        self.settings_action = QAction("D&isputes settings\u2026", self)
        self.settings_action.setShortcut(QKeySequence("Ctrl+Alt+U"))
        self.settings_action.triggered.connect(self.show_settings)

    # --- main-window hooks --------------------------------------------------------------------

    def menu_actions(self) -> dict[str, list[QAction]]:
        return {"File": [self.menu_new_action, self.settings_action]}

    def badge(self) -> str:
        overdue = len(cases.overdue_cases(self.ctx.today()))
        return f"{overdue} overdue" if overdue else ""

    def alerts(self) -> list[str]:
        return cases.alerts(self.ctx.today())

    def _announce(self) -> None:
        self.badgeChanged.emit(self.badge())
        self.alertsChanged.emit()

    def take_focus(self) -> None:
        target = self.table if self.unlocked else self.password
        target.setFocus(Qt.FocusReason.OtherFocusReason)

    # --- the list -----------------------------------------------------------------------------

    def unlock(self) -> bool:
        if not gate.check_password(self.password.text()):
            self.lock_message.setText("That is not the password. Try again.")
            self.password.selectAll()
            return False
        self.password.clear()
        self.lock_message.clear()
        self.unlocked = True
        self.stack.setCurrentIndex(1)
        self.reload()
        return True

    def reload(self, keep_id: int | None = None) -> None:
        if not self.unlocked:
            return
        rows = cases.filtered(self.ctx.today(), str(self.show_combo.currentData()),
                              str(self.track_combo.currentData()), self.person_edit.text())
        self.model.set_rows(rows)
        self.count_label.setText(f"{len(rows)} case{'s' if len(rows) != 1 else ''}")
        self._show_empty(bool(rows))
        if keep_id is not None and self.select_case(keep_id):
            return
        self.case_file.clear()

    def _show_empty(self, listed: bool) -> None:
        """No case yet: say how one starts. None under the filters: say so, and offer all."""
        self.case_file.hint = (CaseFilePane.hint if listed
                               else "The case you choose will show its file here.")
        if listed:
            self.empty_state.clear_state()
        elif not cases.filtered(self.ctx.today(), "all"):
            self.empty_state.show_state(
                "No concerns recorded yet. When a member or officer raises one, start its "
                "case file here.", [("New concern…", lambda: self.new_concern())])
        else:
            person = self.person_edit.text().strip()
            self.empty_state.show_state(
                no_match_text("case", person) if person or self.track_combo.currentData()
                else f"No cases to show under \u201c{self.show_combo.currentText()}\u201d.",
                [("Show all cases", self.show_all)])

    def show_all(self) -> None:
        self.person_edit.clear()
        self.track_combo.setCurrentIndex(0)
        self.show_combo.setCurrentIndex(self.show_combo.findData("all"))

    def select_case(self, case_id: int) -> bool:
        row = self.model.row_of(case_id)
        if row < 0:
            return False
        self.table.selectRow(row)
        return True

    def selected_id(self) -> int | None:
        rows = self.table.selectionModel().selectedRows()
        return int(rows[0].data(ID_ROLE)) if rows else None

    def _selected(self, _new: QItemSelection, _old: QItemSelection) -> None:
        case_id = self.selected_id()
        if case_id is None:
            self.case_file.clear()
        else:
            self.case_file.show_case(case_id)

    def _after_change(self, case_id: int) -> None:
        self.reload(keep_id=case_id)
        self._announce()

    # --- actions ------------------------------------------------------------------------------

    def new_concern(self, link: tuple[str, int, str] | None = None) -> int | None:
        if not self.unlocked:
            self.password.setFocus()
            return None
        case_id = NewConcernWizard.ask(self.ctx, self, link)
        if case_id is None:
            return None
        self.show_combo.setCurrentIndex(list(SHOW).index("open"))
        self.track_combo.setCurrentIndex(0)
        self.person_edit.clear()
        self.reload(keep_id=case_id)
        self._announce()
        return case_id

    def concern_from_anywhere(self, link: tuple[str, int, str] | None = None) -> int | None:
        show_area = getattr(self.window(), "show_area", None)
        if callable(show_area):
            show_area("disputes")
        return self.new_concern(link)

    def show_settings(self) -> None:
        if self.unlocked and SettingsDialog(self.ctx, self).exec():
            self.reload(keep_id=self.selected_id())
            self._announce()
