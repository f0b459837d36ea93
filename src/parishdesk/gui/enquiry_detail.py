"""The detail pane of one enquiry: facts, checks banner, timeline and the reply editor."""

from __future__ import annotations

import datetime as dt
from html import escape
from pathlib import Path

from PySide6.QtCore import Qt, QUrl, Signal
from PySide6.QtGui import QAction, QDesktopServices, QKeySequence, QPixmap, QResizeEvent
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QFileDialog,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QStyle,
    QVBoxLayout,
    QWidget,
)

from parishdesk.domain import enquiry as rules
from parishdesk.domain.enquiry import (
    CHANNEL_LABELS,
    KIND_LABELS,
    PRIORITY_LABELS,
    DueState,
    Priority,
    Status,
)
from parishdesk.errors import ParishDeskError
from parishdesk.gui.common.pdf_preview import (
    Choice,
    ask_to_issue,
    issue_after_preview,
    show_pdf,
)
from parishdesk.gui.context import AppContext
from parishdesk.gui.enquiry_model import state_icon
from parishdesk.gui.errors import show_expected
from parishdesk.services import enquiries as svc
from parishdesk.services import letter_preview, letters
from parishdesk.services import members as register
from parishdesk.services.enquiries import EnquiryDetail, ReplyView, WarningView

_EXPECTED = (ParishDeskError, OSError)

_TIMELINE_ICONS = {
    "status": QStyle.StandardPixmap.SP_ArrowRight,
    "reply": QStyle.StandardPixmap.SP_FileDialogDetailedView,
    "letter": QStyle.StandardPixmap.SP_FileIcon,
    "email": QStyle.StandardPixmap.SP_DialogSaveButton,
    "file": QStyle.StandardPixmap.SP_DirIcon,
    "warning": QStyle.StandardPixmap.SP_MessageBoxInformation,
}


def _date(day: dt.date | None) -> str:
    return day.strftime("%d/%m/%Y") if day else ""


class WrapLabel(QLabel):
    """A word-wrapped label that keeps the height its text needs inside a scroll area."""

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt override
        super().resizeEvent(event)
        needed = self.heightForWidth(self.width())
        if needed > 0 and needed != self.minimumHeight():
            self.setMinimumHeight(needed)


def _label(text: str = "", bold: bool = False) -> QLabel:
    label = WrapLabel(text)
    label.setTextFormat(Qt.TextFormat.PlainText)  # records are shown as typed, never as markup
    label.setWordWrap(True)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    if bold:
        font = label.font()
        font.setBold(True)
        label.setFont(font)
    return label


class WarningCard(QFrame):
    """One protocol warning: rule, title, what was found, what to do, source, Dismiss."""

    def __init__(self, warning: WarningView, on_dismiss: object, parent: QWidget | None = None,
                 on_concern: object = None) -> None:
        super().__init__(parent)
        self.warning = warning
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setAccessibleName(f"Protocol warning: {warning.title}")
        layout = QHBoxLayout(self)
        icon = QLabel()
        pixmap = (QStyle.StandardPixmap.SP_MessageBoxInformation if warning.dismissed
                  else QStyle.StandardPixmap.SP_MessageBoxWarning)
        icon.setPixmap(QApplication.style().standardIcon(pixmap).pixmap(24, 24))
        icon.setAlignment(Qt.AlignmentFlag.AlignTop)
        layout.addWidget(icon)
        prefix = "Dismissed – " if warning.dismissed else "Warning – "
        lines = [f"<b>{escape(prefix)}{escape(', '.join(warning.rule_ids))}: "
                 f"{escape(warning.title)}</b>", escape(warning.message),
                 f"<i>What to do:</i> {escape(warning.advice)}",
                 f"<i>Source:</i> {escape('; '.join(warning.sources))}"]
        if warning.dismissed:
            lines.append(f"<i>Dismissed with the note:</i> {escape(warning.dismissal_note)}")
        self.text = _label("<br>".join(lines))
        self.text.setTextFormat(Qt.TextFormat.RichText)
        body = QVBoxLayout()
        body.addWidget(self.text)
        layout.addLayout(body, 1)
        if not warning.dismissed:
            self.dismiss_button = QPushButton("Dis&miss…")
            self.dismiss_button.setAccessibleName(f"Dismiss warning {warning.title}")
            self.dismiss_button.clicked.connect(lambda: on_dismiss(warning))  # type: ignore[operator]
            buttons = QVBoxLayout()
            buttons.addWidget(self.dismiss_button)
            if on_concern is not None:
                # A warning can be the first sign of a dispute: open one, linked, in Disputes.
                self.concern_button = QPushButton("Open a &concern from this…")
                self.concern_button.setAccessibleName(
                    f"Open a dispute concern from warning {warning.title}")
                self.concern_button.clicked.connect(
                    lambda: on_concern(warning))  # type: ignore[operator]
                buttons.addWidget(self.concern_button)
            buttons.addStretch(1)
            layout.addLayout(buttons)


class EnquiryDetailPane(QWidget):
    """Everything about the selected enquiry; emits ``changed`` after any change is saved."""

    changed = Signal(int)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.detail: EnquiryDetail | None = None
        #: The reply text as last saved (or loaded), to tell when there is unsaved text.
        self._saved_reply = ""
        layout = QVBoxLayout(self)
        self.empty = _label("Choose an enquiry on the left to see it here, or press Ctrl+N to "
                            "log a new one.")
        layout.addWidget(self.empty)
        self.body = QWidget()
        layout.addWidget(self.body)
        layout.addStretch(1)
        self._build(QVBoxLayout(self.body))
        self.body.setVisible(False)

    # --- layout -----------------------------------------------------------------------------

    def _build(self, layout: QVBoxLayout) -> None:
        self.title = _label(bold=True)
        font = self.title.font()
        font.setPointSizeF(font.pointSizeF() * 1.25)
        self.title.setFont(font)
        layout.addWidget(self.title)
        due_row = QHBoxLayout()
        self.due_icon = QLabel()
        self.due_label = _label()
        self.due_label.setAccessibleName("Deadline")
        due_row.addWidget(self.due_icon)
        due_row.addWidget(self.due_label, 1)
        layout.addLayout(due_row)
        ack_row = QHBoxLayout()
        self.ack_icon = QLabel()
        self.ack_icon.setFixedWidth(20)  # in line with the deadline above, icon or not
        self.ack_label = _label()
        self.ack_label.setAccessibleName("Acknowledgement deadline")
        ack_row.addWidget(self.ack_icon)
        ack_row.addWidget(self.ack_label, 1)
        layout.addLayout(ack_row)

        self.banner = QFrame()
        self.banner.setAccessibleName("Protocol checks")
        self.banner_layout = QVBoxLayout(self.banner)
        self.banner_layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.banner)

        facts = QFormLayout()
        self.facts: dict[str, QLabel] = {}
        for key, text in (("from", "From"), ("received", "Received"), ("kind", "Kind"),
                          ("addressed", "Addressed to"), ("status", "Status"),
                          ("requested", "Wanted by"), ("copies", "Copied to"),
                          ("resident", "Resident"), ("files", "Files")):
            self.facts[key] = _label()
            facts.addRow(f"{text}:", self.facts[key])
        layout.addLayout(facts)

        actions = QHBoxLayout()
        self.ack_button = QPushButton("Ac&knowledge")
        self.ack_button.setToolTip("Issue the standard acknowledgement letter and mark it "
                                   "acknowledged, in one step")
        self.ack_button.clicked.connect(lambda: self.acknowledge(as_email=False))
        actions.addWidget(self.ack_button)
        self.ack_email_button = QPushButton("Acknowledge &by e-mail")
        self.ack_email_button.setToolTip("Save the standard acknowledgement as an e-mail draft "
                                         "(.eml) for your mail program, and mark it "
                                         "acknowledged, in one step")
        self.ack_email_button.clicked.connect(lambda: self.acknowledge(as_email=True))
        actions.addWidget(self.ack_email_button)
        self.move_combo = QComboBox()
        self.move_combo.setAccessibleName("Move to status")
        self.move_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        actions.addWidget(self.move_combo)
        self.move_button = QPushButton("Mo&ve")
        self.move_button.clicked.connect(self.move_status)
        actions.addWidget(self.move_button)
        self.attach_button = QPushButton("A&ttach file…")
        self.attach_button.clicked.connect(self.attach)
        actions.addWidget(self.attach_button)
        actions.addStretch(1)
        layout.addLayout(actions)

        clerk_row = QHBoxLayout()
        clerk_row.addWidget(QLabel("Assigned to:"))
        self.assign_combo = QComboBox()
        self.assign_combo.setAccessibleName("Assigned to")
        clerk_row.addWidget(self.assign_combo, 1)
        clerk_row.addWidget(QLabel("Priority:"))
        self.priority_combo = QComboBox()
        self.priority_combo.setAccessibleName("Priority (set by the Clerk)")
        for priority in Priority:
            self.priority_combo.addItem(PRIORITY_LABELS[priority], priority.value)
        clerk_row.addWidget(self.priority_combo)
        self.assign_combo.activated.connect(self.assign)
        self.priority_combo.activated.connect(self.set_priority)
        layout.addLayout(clerk_row)

        layout.addWidget(_label("What was asked", True))
        self.text = _label()
        layout.addWidget(self.text)

        layout.addWidget(_label("Timeline", True))
        self.timeline = QListWidget()
        self.timeline.setAccessibleName("Timeline")
        self.timeline.setMinimumHeight(110)
        self.timeline.itemActivated.connect(self.open_item)
        layout.addWidget(self.timeline)

        layout.addWidget(_label("Reply", True))
        self.reply_edit = QPlainTextEdit()
        self.reply_edit.setAccessibleName("Reply text")
        self.reply_edit.setPlaceholderText("Write the answer here. It goes into the council's "
                                           "reply letter, signed by the Clerk.")
        self.reply_edit.setTabChangesFocus(True)
        self.reply_edit.setMinimumHeight(110)
        layout.addWidget(self.reply_edit)
        self.late_edit = QLineEdit()
        self.late_edit.setAccessibleName("Why the answer is late")
        self.late_edit.setPlaceholderText("The answer is late: say why (needed to issue it)")
        layout.addWidget(self.late_edit)
        reply_buttons = QHBoxLayout()
        self.save_draft_action = QAction("&Save draft", self)
        self.save_draft_action.setShortcut(QKeySequence.StandardKey.Save)
        self.save_draft_action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.save_draft_action.triggered.connect(lambda _checked=False: self.save_draft())
        self.addAction(self.save_draft_action)
        self.save_draft_button = QPushButton("Save draft")  # Ctrl+S; Alt+S is Search
        self.save_draft_button.setToolTip("Keep the reply with the enquiry to finish later "
                                          "(Ctrl+S). Unsaved text is also kept when you choose "
                                          "another enquiry.")
        self.save_draft_button.clicked.connect(self.save_draft)
        reply_buttons.addWidget(self.save_draft_button)
        self.letter_button = QPushButton("Issue as &letter")
        self.letter_button.clicked.connect(lambda: self.issue_reply(as_email=False))
        self.email_button = QPushButton("Save as e-mail &draft")
        self.email_button.clicked.connect(lambda: self.issue_reply(as_email=True))
        reply_buttons.addWidget(self.letter_button)
        reply_buttons.addWidget(self.email_button)
        reply_buttons.addStretch(1)
        layout.addLayout(reply_buttons)

    # --- showing ----------------------------------------------------------------------------

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
        self.title.setText(f"{d.reference}: {d.subject}")
        state = self._state(d)
        self.due_icon.setPixmap(state_icon(state).pixmap(20, 20))
        self.due_label.setText(d.due_text + (f". Late because: {d.late_reason}"
                                             if d.late_reason else ""))
        today = self.ctx.today()
        self.ack_label.setText(rules.describe_acknowledgement(d.status, d.ack_due, today))
        late_ack = rules.acknowledgement_late(d.status, d.ack_due, today)
        self.ack_icon.setPixmap(state_icon(DueState.OVERDUE.value).pixmap(20, 20)
                                if late_ack else QPixmap())
        self._show_warnings(d.warnings)
        f = self.facts
        f["from"].setText(d.councillor_name)
        f["received"].setText(f"{d.received_at.strftime('%d/%m/%Y %H:%M')} by "
                              f"{CHANNEL_LABELS[rules.Channel(d.channel)].lower()}")
        f["kind"].setText(KIND_LABELS[rules.Kind(d.kind)])
        f["addressed"].setText(d.addressed_to_name)
        f["status"].setText(rules.STATUS_LABELS[Status(d.status)])
        f["requested"].setText(_date(d.requested_by) or "No date given")
        f["copies"].setText("; ".join(f"{n} ({'author agreed' if ok else 'NO consent'})"
                                      for n, ok in d.copies) or "Nobody")
        f["resident"].setText(" – ".join(x for x in (d.resident_name, d.resident_contact) if x)
                              or "None")
        f["files"].setText(", ".join(name for name, _ in d.attachments) or "None")
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
        self.timeline.clear()
        style = QApplication.style()
        for entry in d.timeline:
            item = QListWidgetItem(style.standardIcon(_TIMELINE_ICONS[entry.kind]),
                                   f"{entry.at.strftime('%d/%m/%Y %H:%M')}  {entry.text}")
            self.timeline.addItem(item)
        draft = self._draft()
        self._saved_reply = draft.body if draft else ""
        self.reply_edit.setPlainText(self._saved_reply)
        open_now = d.status in {s.value for s in rules.OPEN_STATUSES}
        self.save_draft_button.setEnabled(open_now)
        self.save_draft_action.setEnabled(open_now)
        self.letter_button.setEnabled(open_now)
        self.email_button.setEnabled(open_now)
        self.late_edit.setVisible(open_now and self.ctx.today() > d.answer_due
                                  and d.status != Status.WAITING.value)

    def _draft(self) -> ReplyView | None:
        """The reply being written for the enquiry shown (not yet issued), if any."""
        if self.detail is None:
            return None
        return next((r for r in self.detail.replies if not r.issued_as and r.kind == "reply"),
                    None)

    def has_unsaved_reply(self) -> bool:
        return (self.detail is not None
                and self.reply_edit.toPlainText().strip() != self._saved_reply.strip())

    def _store_reply(self) -> int | None:
        """Save the reply text as the enquiry's draft (new or updated); returns its id.
        Raises the service's expected errors."""
        assert self.detail is not None
        body = self.reply_edit.toPlainText().strip()
        draft = self._draft()
        if draft is None:
            if not body:
                return None
            reply_id = svc.write_reply(self.detail.id, body, self.ctx.actor, self.ctx.now())
        else:
            reply_id = draft.id
            if body != draft.body.strip():
                svc.update_reply(reply_id, body, self.ctx.actor)
        self._saved_reply = body
        return reply_id

    def save_draft(self) -> int | None:
        """Save the reply written so far (Save draft, Ctrl+S); returns the draft's id."""
        if self.detail is None or not self.reply_edit.toPlainText().strip():
            return None
        try:
            reply_id = self._store_reply()
        except _EXPECTED as exc:
            show_expected(self, exc)
            return None
        self._done()
        return reply_id

    def keep_unsaved_reply(self) -> None:
        """Before another enquiry (or the same one afresh) is shown: save reply text the
        clerk typed and has not saved, so that changing the selection never loses it."""
        if not self.has_unsaved_reply() or not self.reply_edit.toPlainText().strip():
            return
        try:
            self._store_reply()
        except _EXPECTED as exc:
            show_expected(self, exc)

    def _state(self, d: EnquiryDetail) -> str:
        if d.status == Status.WAITING.value:
            return "waiting"
        closed = d.status in (Status.ANSWERED.value, Status.CLOSED.value)
        return rules.due_state(d.answer_due, self.ctx.today(), svc.nation(), closed).value

    def _show_warnings(self, warnings: tuple[WarningView, ...]) -> None:
        while self.banner_layout.count():
            item = self.banner_layout.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.hide()
                widget.deleteLater()
        self.cards: list[WarningCard] = []
        for warning in warnings:
            card = WarningCard(warning, self.dismiss, self.banner, self.open_concern)
            self.cards.append(card)
            self.banner_layout.addWidget(card)
        self.banner.setVisible(bool(warnings))

    # --- actions ----------------------------------------------------------------------------

    @classmethod
    def ask_text(cls, parent: QWidget, title: str, prompt: str) -> str | None:
        """Ask for a short text (a note, a reason); None if the clerk cancelled."""
        text, ok = QInputDialog.getText(parent, title, prompt)
        return text if ok else None

    @classmethod
    def ask_file(cls, parent: QWidget) -> Path | None:
        name, _ = QFileDialog.getOpenFileName(parent, "Attach a file")
        return Path(name) if name else None

    def _done(self) -> None:
        assert self.detail is not None
        enquiry_id = self.detail.id
        self.show_enquiry(enquiry_id)
        self.changed.emit(enquiry_id)

    def _clerk_id(self) -> int | None:
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
        try:
            svc.transition(self.detail.id, target, self.ctx.actor, self.ctx.now(), note, late)
        except _EXPECTED as exc:
            show_expected(self, exc)
            return
        self._done()

    def assign(self) -> None:
        if self.detail is None:
            return
        officer_id = self.assign_combo.currentData()
        if officer_id is None or officer_id == self.detail.assigned_to_id:
            return
        try:
            svc.assign(self.detail.id, int(officer_id), self._clerk_id(), self.ctx.actor)
        except _EXPECTED as exc:
            show_expected(self, exc)
            return
        self._done()

    def set_priority(self) -> None:
        if self.detail is None or self.priority_combo.currentData() == self.detail.priority:
            return
        try:
            svc.set_priority(self.detail.id, str(self.priority_combo.currentData()),
                             self._clerk_id(), self.ctx.actor)
        except _EXPECTED as exc:
            show_expected(self, exc)
            return
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

    def issue_reply(self, as_email: bool) -> Path | None:
        """Save the reply text and issue it; returns the letter PDF or the .eml file."""
        if self.detail is None:
            return None
        body = self.reply_edit.toPlainText().strip()
        if not body:
            show_expected(self, svc.EnquiryProblem("Write the reply first."))
            return None
        issued: letters.IssuedLetterInfo | None = None
        try:
            reply_id = self._store_reply()
            assert reply_id is not None
            late = self.late_edit.text().strip()
            if as_email:
                result = svc.save_reply_email(self.ctx.paths, reply_id, self.ctx.actor,
                                              self.ctx.now(), late)
            else:
                issued = self._issue_letter_after_preview(reply_id, late)
                if issued is None:
                    self._done()
                    self.reply_edit.setFocus()
                    return None
                result = issued.pdf_path
        except _EXPECTED as exc:
            show_expected(self, exc)
            self._done()
            return None
        self.late_edit.clear()
        self._done()
        if issued is not None:  # the letter as it went; the enquiry stays selected behind it
            show_pdf(self, result, f"Letter {issued.reference}",
                     f"Reply {issued.reference} is issued and filed in the letters register.")
        return result

    def _issue_letter_after_preview(self, reply_id: int,
                                    late: str) -> letters.IssuedLetterInfo | None:
        """The reply letter as it will go, first; issued only if the clerk presses Issue."""
        at = self.ctx.now()

        def issue() -> letters.IssuedLetterInfo:
            return svc.issue_reply_letter(self.ctx.paths, reply_id, self.ctx.actor, at, late)

        shown = letter_preview.preview(issue)
        if ask_to_issue(self, shown.pdf, shown.reference, "reply") is not Choice.ISSUE:
            return None
        return letter_preview.issue_as_previewed(issue, shown)

    def open_item(self, item: QListWidgetItem) -> None:
        """Open the letter or e-mail draft a timeline entry refers to."""
        if self.detail is None:
            return
        text = item.text()
        for reply in self.detail.replies:
            if reply.letter_reference and reply.letter_reference in text:
                pdf = (self.ctx.paths.letters_dir / str(reply.issued_on.year if reply.issued_on
                                                         else "")
                       / f"{reply.letter_reference.replace('/', '-')}.pdf")
                QDesktopServices.openUrl(QUrl.fromLocalFile(str(pdf)))
            elif reply.eml_file and Path(reply.eml_file).name in text:
                try:  # a path read from the database stays inside the data folder
                    draft = self.ctx.paths.confined(reply.eml_file)
                except ParishDeskError as exc:
                    show_expected(self, exc)
                    return
                QDesktopServices.openUrl(QUrl.fromLocalFile(str(draft)))
