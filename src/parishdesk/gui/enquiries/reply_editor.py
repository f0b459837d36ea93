"""The reply being written to an enquiry: save it as a draft, issue it as a letter or an
e-mail draft. Text typed and not saved is kept when another enquiry is chosen."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from parishdesk.domain import enquiry as rules
from parishdesk.domain.enquiry import Status
from parishdesk.errors import ParishDeskError
from parishdesk.gui.common.context import AppContext
from parishdesk.gui.common.errors import show_expected
from parishdesk.gui.common.pdf_preview import Choice, ask_to_issue, show_pdf
from parishdesk.gui.enquiries.detail_parts import wrap_label
from parishdesk.services import enquiries as svc
from parishdesk.services import letter_preview, letters
from parishdesk.services.enquiries import EnquiryDetail, ReplyView

_EXPECTED = (ParishDeskError, OSError)


class ReplyEditor(QWidget):
    """Emits ``saved`` after a draft is saved or a reply issued (or an issue failed after
    the draft was kept), so the pane shows the enquiry afresh."""

    saved = Signal()

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.detail: EnquiryDetail | None = None
        #: The reply text as last saved (or loaded), to tell when there is unsaved text.
        self._saved_text = ""
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(wrap_label("Reply", True))
        self.edit = QPlainTextEdit()
        self.edit.setAccessibleName("Reply text")
        self.edit.setPlaceholderText("Write the answer here. It goes into the council's "
                                     "reply letter, signed by the Clerk.")
        self.edit.setTabChangesFocus(True)
        self.edit.setMinimumHeight(110)
        layout.addWidget(self.edit)
        self.late_edit = QLineEdit()
        self.late_edit.setAccessibleName("Why the answer is late")
        self.late_edit.setPlaceholderText("The answer is late: say why (needed to issue it)")
        layout.addWidget(self.late_edit)
        buttons = QHBoxLayout()
        self.save_draft_action = QAction("&Save draft", self)
        self.save_draft_action.setShortcut(QKeySequence.StandardKey.Save)
        self.save_draft_action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.save_draft_action.triggered.connect(lambda _checked=False: self.save_draft())
        self.save_draft_button = QPushButton("Save draft")  # Ctrl+S; Alt+S is Search
        self.save_draft_button.setToolTip("Keep the reply with the enquiry to finish later "
                                          "(Ctrl+S). Unsaved text is also kept when you choose "
                                          "another enquiry.")
        self.save_draft_button.clicked.connect(self.save_draft)
        buttons.addWidget(self.save_draft_button)
        self.letter_button = QPushButton("Issue as &letter")
        self.letter_button.clicked.connect(lambda: self.issue(as_email=False))
        self.email_button = QPushButton("Save as e-mail &draft")
        self.email_button.clicked.connect(lambda: self.issue(as_email=True))
        buttons.addWidget(self.letter_button)
        buttons.addWidget(self.email_button)
        buttons.addStretch(1)
        layout.addLayout(buttons)

    def show_detail(self, d: EnquiryDetail) -> None:
        self.detail = d
        draft = self._draft()
        self._saved_text = draft.body if draft else ""
        self.edit.setPlainText(self._saved_text)
        open_now = d.status in {s.value for s in rules.OPEN_STATUSES}
        for control in (self.save_draft_button, self.save_draft_action, self.letter_button,
                        self.email_button):
            control.setEnabled(open_now)
        self.late_edit.setVisible(open_now and self.ctx.today() > d.answer_due
                                  and d.status != Status.WAITING.value)

    def _draft(self) -> ReplyView | None:
        """The reply being written for the enquiry shown (not yet issued), if any."""
        if self.detail is None:
            return None
        return next((r for r in self.detail.replies if not r.issued_as and r.kind == "reply"),
                    None)

    def has_unsaved_text(self) -> bool:
        return (self.detail is not None
                and self.edit.toPlainText().strip() != self._saved_text.strip())

    def _store(self) -> int | None:
        """Save the text as the enquiry's draft (new or updated); returns its id.
        Raises the service's expected errors."""
        assert self.detail is not None
        body = self.edit.toPlainText().strip()
        draft = self._draft()
        if draft is None:
            if not body:
                return None
            reply_id = svc.write_reply(self.detail.id, body, self.ctx.actor, self.ctx.now())
        else:
            reply_id = draft.id
            if body != draft.body.strip():
                svc.update_reply(reply_id, body, self.ctx.actor)
        self._saved_text = body
        return reply_id

    def save_draft(self) -> int | None:
        """Save the reply written so far (Save draft, Ctrl+S); returns the draft's id."""
        if self.detail is None or not self.edit.toPlainText().strip():
            return None
        try:
            reply_id = self._store()
        except _EXPECTED as exc:
            show_expected(self, exc)
            return None
        self.saved.emit()
        return reply_id

    def keep_unsaved_text(self) -> None:
        """Before another enquiry (or the same one afresh) is shown: save reply text the
        clerk typed and has not saved, so that changing the selection never loses it."""
        if not self.has_unsaved_text() or not self.edit.toPlainText().strip():
            return
        try:
            self._store()
        except _EXPECTED as exc:
            show_expected(self, exc)

    def issue(self, as_email: bool) -> Path | None:
        """Save the reply text and issue it; returns the letter PDF or the .eml file."""
        if self.detail is None:
            return None
        if not self.edit.toPlainText().strip():
            show_expected(self, svc.EnquiryProblem("Write the reply first."))
            return None
        issued: letters.IssuedLetterInfo | None = None
        try:
            reply_id = self._store()
            assert reply_id is not None
            late = self.late_edit.text().strip()
            if as_email:
                result = svc.save_reply_email(self.ctx.paths, reply_id, self.ctx.actor,
                                              self.ctx.now(), late)
            else:
                issued = self._issue_letter_after_preview(reply_id, late)
                if issued is None:
                    self.saved.emit()
                    self.edit.setFocus()
                    return None
                result = issued.pdf_path
        except _EXPECTED as exc:
            show_expected(self, exc)
            self.saved.emit()
            return None
        self.late_edit.clear()
        self.saved.emit()
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
