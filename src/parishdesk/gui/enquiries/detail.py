"""The detail pane of one enquiry: facts, checks banner, the clerk's actions, the timeline
and the reply editor.

The pane puts its parts together and runs the actions on the enquiry as a whole
(acknowledge, move, attach, assign, set the priority, dismiss a warning); each
part shows one piece of the enquiry (:mod:`.detail_parts`) or, for the reply,
looks after the text being written (:mod:`.reply_editor`).
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import (
    QBoxLayout,
    QComboBox,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from parishdesk.domain import enquiry as rules
from parishdesk.domain.enquiry import PRIORITY_LABELS, Priority, Status
from parishdesk.errors import ParishDeskError
from parishdesk.gui.common import file_chooser
from parishdesk.gui.common.context import AppContext
from parishdesk.gui.common.errors import show_expected
from parishdesk.gui.common.pdf_preview import issue_after_preview
from parishdesk.gui.enquiries.detail_parts import (
    ChecksBanner,
    EnquiryFacts,
    Timeline,
    WarningCard,
    wrap_label,
)
from parishdesk.gui.enquiries.reply_editor import ReplyEditor
from parishdesk.services import enquiries as svc
from parishdesk.services import letters, undo
from parishdesk.services import members as register
from parishdesk.services.enquiries import EnquiryDetail, WarningView

_EXPECTED = (ParishDeskError, OSError)
#: Where to look: the details sit below the list on a laptop, beside it on a wide screen.
EMPTY_TEXT = ("Choose an enquiry in the list to see it here, or press Ctrl+N to log a new "
              "one.")
#: From this width the reply goes beside the enquiry's facts instead of below them.
TWO_COLUMN_WIDTH = 860
QWIDGETSIZE_MAX = (1 << 24) - 1


class EnquiryDetailPane(QWidget):
    """Everything about the selected enquiry; emits ``changed`` after any change is saved."""

    changed = Signal(int)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.detail: EnquiryDetail | None = None
        self._viewport: QWidget | None = None
        self.outer = layout = QVBoxLayout(self)
        self.empty = wrap_label(EMPTY_TEXT)
        layout.addWidget(self.empty)
        self.body = QWidget()
        layout.addWidget(self.body)
        layout.addStretch(1)
        # The facts and timeline on the left, the reply on the right when the pane is wide
        # enough, so the reply box is in view without scrolling on a 1366 x 768 laptop;
        # one column below each other in a narrow pane.
        self.columns = QBoxLayout(QBoxLayout.Direction.TopToBottom, self.body)
        self.columns.setContentsMargins(0, 0, 0, 0)
        self.info = QWidget()
        self.columns.addWidget(self.info, 3)
        info_layout = QVBoxLayout(self.info)
        info_layout.setContentsMargins(0, 0, 0, 0)
        self._build(info_layout)
        self.columns.addWidget(self.reply, 2, Qt.AlignmentFlag.AlignTop)
        self.body.setVisible(False)

    # --- layout -----------------------------------------------------------------------------

    def _build(self, layout: QVBoxLayout) -> None:
        self.header = EnquiryFacts()
        layout.addWidget(self.header)
        self.banner = ChecksBanner(self.dismiss, on_concern=self.open_concern)
        layout.addWidget(self.banner)
        layout.addLayout(self.header.form)
        layout.addLayout(self._action_row())
        layout.addLayout(self._clerk_row())
        layout.addWidget(wrap_label("What was asked", True))
        self.text = wrap_label()
        layout.addWidget(self.text)
        layout.addWidget(wrap_label("Timeline", True))
        self.timeline = Timeline(self.ctx.paths)
        layout.addWidget(self.timeline)
        self.reply = ReplyEditor(self.ctx)
        self.reply.saved.connect(self._done)
        self.addAction(self.reply.save_draft_action)  # Ctrl+S anywhere in the pane
        # The parts' widgets by the names the area and its tests know them by.
        self.facts = self.header.facts
        self.ack_icon, self.ack_label = self.header.ack_icon, self.header.ack_label
        self.reply_edit, self.late_edit = self.reply.edit, self.reply.late_edit
        self.save_draft_action = self.reply.save_draft_action
        self.save_draft_button = self.reply.save_draft_button
        self.letter_button, self.email_button = self.reply.letter_button, self.reply.email_button

    def _action_row(self) -> QHBoxLayout:
        actions = QHBoxLayout()
        self.ack_button = QPushButton("Ac&knowledge")
        self.ack_button.setToolTip("Issue the standard acknowledgement letter and mark it "
                                   "acknowledged, in one step")
        self.ack_button.clicked.connect(lambda: self.acknowledge(as_email=False))
        self.ack_email_button = QPushButton("Acknowledge &by e-mail")
        self.ack_email_button.setToolTip("Save the standard acknowledgement as an e-mail draft "
                                         "(.eml) for your mail program, and mark it "
                                         "acknowledged, in one step")
        self.ack_email_button.clicked.connect(lambda: self.acknowledge(as_email=True))
        self.move_combo = QComboBox()
        self.move_combo.setAccessibleName("Move to status")
        self.move_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.move_button = QPushButton("Mo&ve")
        self.move_button.clicked.connect(self.move_status)
        self.attach_button = QPushButton("A&ttach file…")
        self.attach_button.clicked.connect(self.attach)
        for widget in (self.ack_button, self.ack_email_button, self.move_combo,
                       self.move_button, self.attach_button):
            actions.addWidget(widget)
        actions.addStretch(1)
        return actions

    def _clerk_row(self) -> QHBoxLayout:
        row = QHBoxLayout()
        row.addWidget(QLabel("Assigned to:"))
        self.assign_combo = QComboBox()
        self.assign_combo.setAccessibleName("Assigned to")
        row.addWidget(self.assign_combo, 1)
        row.addWidget(QLabel("Priority:"))
        self.priority_combo = QComboBox()
        self.priority_combo.setAccessibleName("Priority (set by the Clerk)")
        for priority in Priority:
            self.priority_combo.addItem(PRIORITY_LABELS[priority], priority.value)
        row.addWidget(self.priority_combo)
        self.assign_combo.activated.connect(self.assign)
        self.priority_combo.activated.connect(self.set_priority)
        return row

    def follow_viewport(self, viewport: QWidget) -> None:
        """The pane sits in a scroll area showing ``viewport``: keep the reply box, with its
        buttons, within the height that area shows."""
        self._viewport = viewport
        viewport.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt
        if watched is self._viewport and event.type() == QEvent.Type.Resize:
            self._fit_reply()
        return False

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt override
        super().resizeEvent(event)
        two = event.size().width() >= TWO_COLUMN_WIDTH
        wanted = QBoxLayout.Direction.LeftToRight if two else QBoxLayout.Direction.TopToBottom
        if self.columns.direction() != wanted:
            self.columns.setDirection(wanted)
            self.columns.setSpacing(18 if two else 6)
            self._fit_reply()

    def _fit_reply(self) -> None:
        two = self.columns.direction() == QBoxLayout.Direction.LeftToRight
        if two and self._viewport is not None:
            margins = self.outer.contentsMargins()
            self.reply.setMaximumHeight(max(self._viewport.height() - margins.top()
                                            - margins.bottom(), self.reply.minimumSizeHint()
                                            .height()))
        else:
            self.reply.setMaximumHeight(QWIDGETSIZE_MAX)

    @property
    def cards(self) -> list[WarningCard]:
        return self.banner.cards

    # --- showing ----------------------------------------------------------------------------

    def set_hint(self, text: str) -> None:
        """What the pane says while no enquiry is chosen (where to look, in the page)."""
        self.empty.setText(text)

    def clear(self) -> None:
        self.keep_unsaved_reply()
        self.detail = None
        self.body.setVisible(False)
        self.empty.setVisible(True)

    def show_enquiry(self, enquiry_id: int) -> None:
        self.keep_unsaved_reply()
        d = svc.detail(enquiry_id, self.ctx.today())
        self.detail = d
        self.empty.setVisible(False)
        self.body.setVisible(True)
        self.header.show_deadlines(d, self._state(d), self.ctx.today())
        self.banner.show_warnings(d.warnings)
        self.header.show_facts(d)
        self.text.setText(d.text or "(no text recorded)")
        self.move_combo.clear()
        for status in d.allowed:
            self.move_combo.addItem(rules.STATUS_LABELS[Status(status)], status)
        self.move_button.setEnabled(bool(d.allowed))
        self.ack_button.setEnabled(d.status == Status.NEW.value)
        self.ack_email_button.setEnabled(d.status == Status.NEW.value)
        self.assign_combo.clear()
        for officer in register.officers():
            self.assign_combo.addItem(f"{officer.first_name} {officer.surname} "
                                      f"({officer.post_label})", officer.id)
        self.assign_combo.setCurrentIndex(self.assign_combo.findData(d.assigned_to_id))
        self.priority_combo.setCurrentIndex(self.priority_combo.findData(d.priority))
        self.timeline.show_detail(d)
        self.reply.show_detail(d)

    def _state(self, d: EnquiryDetail) -> str:
        if d.status == Status.WAITING.value:
            return "waiting"
        closed = d.status in (Status.ANSWERED.value, Status.CLOSED.value)
        return rules.due_state(d.answer_due, self.ctx.today(), svc.nation(), closed).value

    # --- the reply (kept by the reply editor) -----------------------------------------------

    def has_unsaved_reply(self) -> bool:
        return self.reply.has_unsaved_text()

    def keep_unsaved_reply(self) -> None:
        self.reply.keep_unsaved_text()

    def save_draft(self) -> int | None:
        return self.reply.save_draft()

    def issue_reply(self, as_email: bool) -> Path | None:
        return self.reply.issue(as_email)

    # --- actions ----------------------------------------------------------------------------

    @classmethod
    def ask_text(cls, parent: QWidget, title: str, prompt: str) -> str | None:
        """Ask for a short text (a note, a reason); None if the clerk cancelled."""
        text, ok = QInputDialog.getText(parent, title, prompt)
        return text if ok else None

    @classmethod
    def ask_file(cls, parent: QWidget) -> Path | None:
        name, _ = file_chooser.get_open_file_name(parent, "Attach a file")
        return Path(name) if name else None

    def _done(self) -> None:
        assert self.detail is not None
        enquiry_id = self.detail.id
        self.show_enquiry(enquiry_id)
        self.changed.emit(enquiry_id)

    def _clerk_id(self) -> int | None:
        """The officer using ParishDesk (File > Switch user…), else the Clerk: only the Clerk
        may assign work or set its priority, and the service says so to anyone else."""
        if self.ctx.user_id is not None:
            return self.ctx.user_id
        clerk = register.clerk()
        return clerk.id if clerk else None

    def open_concern(self, warning: WarningView) -> int | None:
        """Open the Disputes wizard for a concern that arose from this enquiry, linked to it.
        Returns the new case's id (None if the clerk cancelled or Disputes is not open)."""
        if self.detail is None:
            return None
        page_of = getattr(self.window(), "page", None)  # builds the area on first use
        disputes = page_of("disputes") if callable(page_of) else None
        start = getattr(disputes, "concern_from_anywhere", None)
        if not callable(start):
            return None
        label = f"Enquiry {self.detail.reference} ({warning.title})"
        result = start(("enquiry", self.detail.id, label))
        return result if isinstance(result, int) else None

    def dismiss(self, warning: WarningView) -> None:
        if self.detail is None:
            return
        note = self.ask_text(self, "Dismiss warning",
                             f"Why can “{warning.title}” be set aside? The note is kept.")
        if note is None:
            return
        try:
            svc.dismiss_warning(self.detail.id, warning.code, note, self.ctx.actor,
                                self.ctx.now())
        except _EXPECTED as exc:
            show_expected(self, exc)
            return
        self._done()

    def move_status(self) -> None:
        if self.detail is None or self.move_combo.currentData() is None:
            return
        target = str(self.move_combo.currentData())
        note, late = "", ""
        if target == Status.WAITING.value:
            asked = self.ask_text(self, "Waiting for the councillor",
                                  "What are you waiting for? (The clock stops meanwhile.)")
            if asked is None:
                return
            note = asked
        if target == Status.ANSWERED.value and self.ctx.today() > self.detail.answer_due:
            asked = self.ask_text(self, "Answered late", "The answer is late: why?")
            if asked is None:
                return
            late = asked
        before = self.detail.status
        try:
            svc.transition(self.detail.id, target, self.ctx.actor, self.ctx.now(), note, late)
        except _EXPECTED as exc:
            show_expected(self, exc)
            return
        self.ctx.undo.record(undo.status_change(self.detail.id, self.detail.reference, before,
                                                target, self.ctx.now))
        self._done()

    def assign(self) -> None:
        if self.detail is None:
            return
        officer_id = self.assign_combo.currentData()
        if officer_id is None or officer_id == self.detail.assigned_to_id:
            return
        detail = self.detail
        try:
            svc.assign(detail.id, int(officer_id), self._clerk_id(), self.ctx.actor)
        except _EXPECTED as exc:
            show_expected(self, exc)
            self.show_enquiry(detail.id)  # the choice goes back to what is recorded
            return
        self.ctx.undo.record(undo.assignment_change(
            detail.id, detail.reference, detail.assigned_to_id, detail.assigned_name,
            int(officer_id), self._clerk_id()))
        self._done()

    def set_priority(self) -> None:
        if self.detail is None or self.priority_combo.currentData() == self.detail.priority:
            return
        before, after = self.detail.priority, str(self.priority_combo.currentData())
        try:
            svc.set_priority(self.detail.id, after, self._clerk_id(), self.ctx.actor)
        except _EXPECTED as exc:
            show_expected(self, exc)
            self.show_enquiry(self.detail.id)  # the choice goes back to what is recorded
            return
        self.ctx.undo.record(undo.priority_change(self.detail.id, self.detail.reference,
                                                  before, after, self._clerk_id()))
        self._done()

    def attach(self) -> None:
        if self.detail is None:
            return
        source = self.ask_file(self)
        if source is None:
            return
        try:
            svc.attach_file(self.ctx.paths, self.detail.id, source, self.ctx.actor)
        except _EXPECTED as exc:
            show_expected(self, exc)
            return
        self._done()

    def acknowledge(self, as_email: bool = False) -> Path | None:
        """Acknowledge in one step, as a letter or as an e-mail draft; returns the letter
        PDF or the .eml file."""
        if self.detail is None:
            return None
        enquiry_id, at = self.detail.id, self.ctx.now()

        def run() -> letters.IssuedLetterInfo | Path:
            return svc.acknowledge(self.ctx.paths, enquiry_id, self.ctx.actor, at,
                                   as_email=as_email)

        try:
            result = run() if as_email else issue_after_preview(self, run, "acknowledgement")
        except _EXPECTED as exc:
            show_expected(self, exc)
            return None
        if result is None:
            return None
        self._done()
        return result if isinstance(result, Path) else result.pdf_path
