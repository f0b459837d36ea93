"""The Information requests area: the register of councillors' requests to see documents.

A table with search and filters above it and the selected request's details
beside it, plus the actions that move a request along: assess, decide (with
the letter), the councillor's reason, written reasons, referral to committee,
the committee's outcome, close. Rules stay in the domain and service layers.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QItemSelection, QSortFilterProxyModel, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QComboBox,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QWidget,
)

from parishdesk.domain.access import DECISION_LABELS, DECISIONS, allowed_transitions
from parishdesk.errors import ParishDeskError
from parishdesk.gui.access.decision_dialog import AccessDecisionDialog
from parishdesk.gui.access.history import CouncillorHistoryDialog
from parishdesk.gui.access.model import COLUMNS, RECORD_ROLE, SORT_ROLE, AccessTableModel
from parishdesk.gui.access.referral import (
    CommitteeOutcomeDialog,
    ReasonReceivedDialog,
    ReferralDialog,
)
from parishdesk.gui.access.register_empty import show_register_empty
from parishdesk.gui.access.request_dialog import AccessRequestDialog
from parishdesk.gui.access.settings_dialog import AccessSettingsDialog
from parishdesk.gui.access.text import show_details
from parishdesk.gui.common import errors, file_chooser
from parishdesk.gui.common.context import AppContext
from parishdesk.gui.common.empty_state import EmptyState
from parishdesk.gui.common.pdf_preview import issue_after_preview
from parishdesk.gui.common.tables import give_spare_width
from parishdesk.gui.disputes.from_elsewhere import open_concern_from
from parishdesk.gui.forms.ui_access_area import Ui_AccessArea
from parishdesk.services import access, letters
from parishdesk.services import members as member_register
from parishdesk.services.access import AWAITING_DECISION, AccessRecord, RegisterFilter

SHOW_CHOICES = (("All requests", ""), ("Pending", "pending"), ("Overdue", "overdue"))


class AccessPage(QWidget):
    badgeChanged = Signal(str)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.ui = Ui_AccessArea()
        self.ui.setupUi(self)
        ui = self.ui
        self.model = AccessTableModel(self)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setSortRole(SORT_ROLE)
        ui.table.setModel(self.proxy)
        ui.table.sortByColumn(0, Qt.SortOrder.DescendingOrder)
        header = ui.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        # The documents asked for take the width left, so every column up to Due is in view.
        give_spare_width(ui.table, 3, COLUMNS.index("Due"))
        header.setStretchLastSection(True)
        ui.table.setWordWrap(False)
        ui.table.verticalHeader().setVisible(False)
        for label, key in SHOW_CHOICES:
            ui.showCombo.addItem(label, key)
        ui.councillorCombo.addItem("All councillors", None)
        for councillor in member_register.councillors(ctx.today(), include_former=True):
            ui.councillorCombo.addItem(councillor.display_name, councillor.id)
        ui.outcomeCombo.addItem("Any decision", "")
        for key in DECISIONS:
            ui.outcomeCombo.addItem(DECISION_LABELS[key], key)
        for combo in (ui.showCombo, ui.councillorCombo, ui.outcomeCombo):
            combo.setSizeAdjustPolicy(
                QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            combo.setMinimumContentsLength(8)
        ui.searchEdit.setMinimumWidth(120)
        ui.splitter.setStretchFactor(0, 3)
        ui.splitter.setStretchFactor(1, 2)
        ui.splitter.setSizes([900, 400])
        ui.emptyLabel.setVisible(False)  # the empty state covers the register instead
        self.empty_state = EmptyState.over(ui.table)
        self.notice = QLabel()
        self.notice.setTextFormat(Qt.TextFormat.PlainText)  # names a file the clerk chose
        self.notice.setWordWrap(True)
        self.notice.setAccessibleName("Last action")
        ui.detailLayout.addWidget(self.notice)
        self.concern_button = QPushButton("Open a concern from this\u2026")  # no Alt key is free
        self.concern_button.clicked.connect(self.open_concern)
        self.ui.actionGrid.addWidget(self.concern_button, 5, 0, 1, 2)
        self._wire()
        self._build_actions()
        self.reload()
        QTimer.singleShot(0, self.emit_badge)  # after the main window has connected

    # -- wiring -------------------------------------------------------------------------------
    def _wire(self) -> None:
        ui = self.ui
        ui.searchEdit.textChanged.connect(lambda _text: self.reload())
        for combo in (ui.showCombo, ui.councillorCombo, ui.outcomeCombo):
            combo.currentIndexChanged.connect(lambda _index: self.reload())
        ui.table.selectionModel().selectionChanged.connect(self._selection_changed)
        ui.table.doubleClicked.connect(lambda _index: self.edit_request())
        for button, slot in (
            (ui.newButton, self.new_request), (ui.editButton, self.edit_request),
            (ui.assessButton, self.start_assessing), (ui.decideButton, self.decide),
            (ui.reasonButton, self.reason_received), (ui.letterButton, self.issue_letter),
            (ui.writtenReasonsButton, self.written_reasons), (ui.referButton, self.refer),
            (ui.outcomeButton, self.committee_outcome), (ui.closeButton, self.close_request),
            (ui.historyButton, self.councillor_history),
            (ui.exportCsvButton, self.export_csv), (ui.exportPdfButton, self.export_pdf),
            (ui.settingsButton, self.show_settings),
        ):
            button.clicked.connect(slot)

    def _action(self, text: str, shortcut: str, slot: Callable[[], object]) -> QAction:
        action = QAction(text, self)
        action.setShortcut(QKeySequence(shortcut))
        action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        action.triggered.connect(slot)
        self.addAction(action)
        return action

    def _build_actions(self) -> None:
        self.new_action = self._action("New information request…", "Ctrl+N", self.new_request)
        self._action("Decide the request…", "Ctrl+D", self.decide)
        self._action("Search requests", "Ctrl+F", self.ui.searchEdit.setFocus)
        self.csv_action = QAction("Export information requests as CSV…", self)
        self.csv_action.setShortcut(QKeySequence("Ctrl+Alt+C"))
        self.csv_action.triggered.connect(self.export_csv)
        self.pdf_action = QAction("Export information requests as PDF…", self)
        self.pdf_action.setShortcut(QKeySequence("Ctrl+Alt+P"))
        self.pdf_action.triggered.connect(self.export_pdf)
        self.settings_action = QAction("Information request &settings…", self)
        self.settings_action.setShortcut(QKeySequence("Ctrl+Alt+S"))
        self.settings_action.triggered.connect(self.show_settings)

    def menu_actions(self) -> dict[str, list[QAction]]:
        return {"File": [self.csv_action, self.pdf_action, self.settings_action]}

    def show_settings(self) -> bool:
        """Change the council's time for deciding a request; True if it was saved."""
        saved = AccessSettingsDialog.ask(self.ctx, self)
        if saved:
            days = access.deadline_working_days()
            self.notice.setText(f"New requests are now due {days} working day"
                                f"{'s' if days != 1 else ''} after they arrive.")
        return saved

    # -- the register -------------------------------------------------------------------------
    def current_filter(self) -> RegisterFilter:
        ui = self.ui
        show = ui.showCombo.currentData()
        return RegisterFilter(pending=show == "pending", overdue=show == "overdue",
                              councillor_id=ui.councillorCombo.currentData(),
                              outcome=ui.outcomeCombo.currentData() or "",
                              text=ui.searchEdit.text())

    def reload(self, keep_id: int | None = None) -> None:
        if keep_id is None:
            current = self.selected()
            keep_id = current.id if current else None
        records = access.list_requests(self.ctx.today(), self.current_filter())
        self.model.set_records(records)
        self._empty_state(records)
        if keep_id is not None:
            self.select(keep_id)
        self._selection_changed()
        self.emit_badge()

    def _empty_state(self, records: list[AccessRecord]) -> None:
        show_register_empty(self.empty_state, bool(records), self.current_filter(),
                            self.ctx.today(), lambda: self.new_request(), self.show_all)

    def show_all(self) -> None:
        """Clear the search and every filter."""
        for combo in (self.ui.showCombo, self.ui.councillorCombo, self.ui.outcomeCombo):
            combo.setCurrentIndex(0)
        self.ui.searchEdit.clear()

    def emit_badge(self) -> None:
        count = access.overdue_count(self.ctx.today())
        self.badgeChanged.emit(f"{count} overdue" if count else "")

    def selected(self) -> AccessRecord | None:
        rows = self.ui.table.selectionModel().selectedRows()
        if not rows:
            return None
        record = rows[0].data(RECORD_ROLE)
        return record if isinstance(record, AccessRecord) else None

    def select(self, request_id: int) -> bool:
        for row in range(self.proxy.rowCount()):
            index = self.proxy.index(row, 0)
            record = index.data(RECORD_ROLE)
            if isinstance(record, AccessRecord) and record.id == request_id:
                self.ui.table.selectRow(row)
                return True
        return False

    def _selection_changed(self, *_args: QItemSelection) -> None:
        ui, record = self.ui, self.selected()
        if record is None:
            ui.details.setHtml("<p>Choose a request in the register on the left to see its "
                               "details and what can be done next.</p>")
        else:
            show_details(ui.details, record, access.status_history(record.id))
        status = record.status if record else ""
        onward = allowed_transitions(status) if record else ()
        ui.editButton.setEnabled(status in AWAITING_DECISION)
        ui.assessButton.setEnabled(status == "received")
        ui.decideButton.setEnabled(status in AWAITING_DECISION)
        ui.reasonButton.setEnabled(status == "awaiting_justification")
        ui.letterButton.setEnabled(bool(record and record.decision
                                        and not record.decision_letter_id))
        ui.writtenReasonsButton.setEnabled(bool(record and record.decision
                                                and record.decision_reasons))
        ui.referButton.setEnabled(status == "decided")
        ui.outcomeButton.setEnabled(status == "referred")
        ui.closeButton.setEnabled("closed" in onward)
        ui.historyButton.setEnabled(record is not None)
        self.concern_button.setEnabled(record is not None)

    def _done(self, record: AccessRecord | None, message: str = "") -> None:
        if record is None:
            return
        self.reload(keep_id=record.id)
        if message:
            self.notice.setText(message)

    # -- actions ---------------------------------------------------------------------------
    def open_concern(self) -> int | None:
        record = self.selected()
        return None if record is None else open_concern_from(
            self, "access", record.id, f"Information request {record.reference}")

    def new_request(self) -> None:
        record = AccessRequestDialog.ask(self.ctx, self)
        if record is not None and not self.select(record.id):
            self.ui.searchEdit.clear()
            self.ui.showCombo.setCurrentIndex(0)
            self.ui.councillorCombo.setCurrentIndex(0)
            self.ui.outcomeCombo.setCurrentIndex(0)
        self._done(record, f"{record.reference} recorded." if record else "")

    def edit_request(self) -> None:
        record = self.selected()
        if record is None or record.status not in AWAITING_DECISION:
            return
        self._done(AccessRequestDialog.ask(self.ctx, self, record))

    def _run(self, work: Callable[[], tuple[AccessRecord, str]]) -> None:
        try:
            record, message = work()
        except ParishDeskError as exc:
            errors.show_expected(self, exc)
            return
        self._done(record, message)

    def start_assessing(self) -> None:
        record = self.selected()
        if record is not None:
            self._run(lambda: (access.transition(record.id, "assessing", self.ctx.actor,
                                                 self.ctx.today(), self.ctx.today()), ""))

    def decide(self) -> None:
        record = self.selected()
        if record is None or record.status not in AWAITING_DECISION:
            return
        result = AccessDecisionDialog.ask(self.ctx, record, self)
        if result is None:
            return
        message = f"{result.record.reference}: {result.record.decision_label.lower()}."
        if result.letter is not None:
            message += (f" Letter {result.letter.reference} issued and saved as "
                        f"{result.letter.pdf_path}.")
        self._done(result.record, message)

    def reason_received(self) -> None:
        record = self.selected()
        if record is not None:
            self._done(ReasonReceivedDialog.ask(self.ctx, record, self),
                       "Reason recorded; the request has been assessed again.")

    def issue_letter(self) -> None:
        record = self.selected()
        if record is None:
            return

        self._issue_previewed(record, "decision letter", "Letter", lambda: (
            access.issue_decision_letter(self.ctx.paths, record.id, self.ctx.actor,
                                         self.ctx.today(), self.ctx.today())))

    def written_reasons(self) -> None:
        record = self.selected()
        if record is None:
            return

        self._issue_previewed(record, "letter of written reasons", "Written reasons", lambda: (
            access.issue_written_reasons(self.ctx.paths, record.id, self.ctx.actor,
                                         self.ctx.today(), self.ctx.today())))

    def _issue_previewed(self, record: AccessRecord, what: str, label: str,
                         issue: Callable[[], letters.IssuedLetterInfo]) -> None:
        """The letter exactly as it will go; issued only if the clerk presses Issue."""
        try:
            info = issue_after_preview(self, issue, what)
        except ParishDeskError as exc:
            return errors.show_expected(self, exc)
        if info is not None:
            self._done(access.get_request(record.id, self.ctx.today()),
                       f"{label} {info.reference} issued and saved as {info.pdf_path}.")

    def refer(self) -> None:
        record = self.selected()
        if record is not None:
            self._done(ReferralDialog.ask(self.ctx, record, self), "Referral recorded.")

    def committee_outcome(self) -> None:
        record = self.selected()
        if record is not None:
            self._done(CommitteeOutcomeDialog.ask(self.ctx, record, self),
                       "The committee's outcome is recorded.")

    def confirm(self, question: str) -> bool:
        answer = QMessageBox.question(self, "Information requests",
                                      errors.as_plain_text(question))
        return answer == QMessageBox.StandardButton.Yes

    def close_request(self) -> None:
        record = self.selected()
        if record is None or not self.confirm(f"Close {record.reference}? Nothing more can "
                                              "be recorded on it after this."):
            return
        self._run(lambda: (access.close_request(record.id, self.ctx.actor, self.ctx.today(),
                                                self.ctx.today()), f"{record.reference} closed."))

    def councillor_history(self) -> None:
        record = self.selected()
        if record is not None:
            CouncillorHistoryDialog.ask(self.ctx, record.requester_id, record.requester_name,
                                        self)

    # -- exports --------------------------------------------------------------------------------
    def ask_save_path(self, title: str, suggested: str, file_filter: str) -> Path | None:
        start = str(Path.home() / suggested)
        name, _ = file_chooser.get_save_file_name(self, title, start, file_filter)
        return Path(name) if name else None

    def _describe_filter(self) -> str:
        ui, parts = self.ui, []
        if ui.showCombo.currentIndex() > 0:
            parts.append(ui.showCombo.currentText().lower())
        if ui.councillorCombo.currentIndex() > 0:
            parts.append(ui.councillorCombo.currentText())
        if ui.outcomeCombo.currentIndex() > 0:
            parts.append(ui.outcomeCombo.currentText().lower())
        if ui.searchEdit.text().strip():
            parts.append(f"matching \u201c{ui.searchEdit.text().strip()}\u201d")
        return ", ".join(parts)

    def export_csv(self) -> None:
        target = self.ask_save_path("Export information requests", "information-requests.csv",
                                    "CSV files (*.csv)")
        if target is None:
            return
        try:
            access.export_csv(self.model.records, target)
        except OSError as exc:
            errors.show_expected(self, exc)
            return
        self.notice.setText(f"{len(self.model.records)} requests exported to {target}.")

    def export_pdf(self) -> None:
        target = self.ask_save_path("Export information requests", "information-requests.pdf",
                                    "PDF files (*.pdf)")
        if target is None:
            return
        try:
            access.export_pdf(self.model.records, target, self.ctx.today(),
                              self._describe_filter())
        except (OSError, ParishDeskError) as exc:
            errors.show_expected(self, exc)
            return
        self.notice.setText(f"{len(self.model.records)} requests exported to {target}.")


def create(ctx: AppContext, parent: QWidget | None = None) -> QWidget:
    return AccessPage(ctx, parent)
