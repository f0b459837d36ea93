"""Minutes: drafted from the record, edited while a draft, approved at a later meeting,
signed, then never changed (MEET-8). PDFs of the public part, the confidential part and the
minute book."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtCore import QDate, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from parishdesk.domain.meetings.records import MINUTE_STATES
from parishdesk.gui.common import file_chooser
from parishdesk.gui.common.context import AppContext
from parishdesk.gui.common.date_field import DateField, first_unreadable_date
from parishdesk.gui.common.empty_state import EmptyState
from parishdesk.gui.meetings import exports
from parishdesk.gui.meetings.widgets import Saver, attempt, local_action
from parishdesk.services.meetings import agenda, minutes, papers, table

ID_ROLE = Qt.ItemDataRole.UserRole


class MinutesPane(QWidget):
    changed = Signal()

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.meeting_id: int | None = None
        self._loading = False
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        self.state = QLabel()
        self.state.setWordWrap(True)
        layout.addWidget(self.state)

        actions = QHBoxLayout()
        self.draft_button = QPushButton("D&raft from the record")
        self.approving = QComboBox()
        self.approving.setAccessibleName("Meeting that approved the minutes")
        self.approving.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.approving.setMinimumContentsLength(24)
        self.approve_button = QPushButton("Record a&pproval")
        self.signer = QLineEdit()
        self.signer.setAccessibleName("Who presided and signed")
        self.signer.setPlaceholderText("Signed by (the person presiding)")
        self.signer.setMinimumWidth(220)
        self.signed_on = DateField(today=ctx.today)
        self.signed_on.setAccessibleName("Date signed")
        self.sign_button = QPushButton("&Sign")
        for widget in (self.draft_button, QLabel("Approved at:"), self.approving,
                       self.approve_button):
            actions.addWidget(widget)
        actions.addStretch(1)
        layout.addLayout(actions)
        signing = QHBoxLayout()
        for part in (QLabel("Signed by:"), self.signer, QLabel("on"), self.signed_on,
                     self.sign_button):
            signing.addWidget(part)
        signing.addStretch(1)
        layout.addLayout(signing)

        split = QSplitter(Qt.Orientation.Horizontal)
        self.list = QListWidget()
        self.list.setAccessibleName("Minutes")
        self.list.setWordWrap(True)
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        split.addWidget(self.list)
        self.body = QPlainTextEdit()
        self.body.setAccessibleName("Words of the selected minute")
        split.addWidget(self.body)
        split.setSizes([360, 760])
        # With no minutes yet, one line says how they are made instead of two blank panes.
        self.minutes_stack = QStackedWidget()
        self.minutes_split = split
        self.minutes_stack.addWidget(split)
        self.empty = EmptyState()
        self.minutes_stack.addWidget(self.empty)
        layout.addWidget(self.minutes_stack, 1)

        files = QHBoxLayout()
        self.pdf_button = QPushButton("Save minutes PDF\u2026")
        self.word_button = QPushButton("Save minutes as &Word\u2026")
        self.word_button.setToolTip("Save the public minutes as a Word document to edit or "
                                    "publish; the PDF stays the record")
        self.confidential_button = QPushButton("Save confidential part\u2026")
        self.book_button = QPushButton("Minute book\u2026")
        self.correction_button = QPushButton("Correct a signed minute\u2026")
        for button in (self.pdf_button, self.word_button, self.confidential_button, self.book_button,
                       self.correction_button):
            files.addWidget(button)
        files.addStretch(1)
        layout.addLayout(files)

        self.saver = Saver(self, self._save_body)
        self.body.textChanged.connect(self._edited)
        self.list.currentRowChanged.connect(self._chosen)
        self.draft_button.clicked.connect(lambda: self.draft())
        self.approve_button.clicked.connect(lambda: self.approve())
        self.sign_button.clicked.connect(lambda: self.sign())
        self.pdf_button.clicked.connect(lambda: self.save_pdf())
        self.word_button.clicked.connect(lambda: self.save_word())
        self.confidential_button.clicked.connect(lambda: self.save_pdf(part="confidential"))
        self.book_button.clicked.connect(lambda: self.save_book())
        self.correction_button.clicked.connect(lambda: self.correct())
        local_action(self, "Draft the minutes", "Ctrl+Shift+D", self.draft)
        local_action(self, "Save the minutes as PDF", "Ctrl+Shift+S", self.save_pdf)

    def set_meeting(self, meeting_id: int | None) -> None:
        self.saver.flush()
        self.meeting_id = meeting_id
        self.setEnabled(meeting_id is not None)
        self.reload()

    def flush(self) -> None:
        self.saver.flush()

    def reload(self) -> None:
        if self.meeting_id is None:
            return
        m = agenda.get_meeting(self.meeting_id)
        state = MINUTE_STATES.get(m.minutes_state, m.minutes_state)
        text = f"Minutes: {state}."
        if m.minutes_state == "signed" and m.signed_on:
            text += (f" Signed by {m.signed_by} on {m.signed_on:%d/%m/%Y}; signed minutes are "
                     "never changed: a correction is a new minute at a later meeting.")
        elif m.minutes_state == "approved":
            text += " Approved as a correct record; to be signed by the person presiding."
        elif m.minutes_state == "draft":
            text += " Subject to approval at the next meeting; the words can be edited below."
        self.state.setText(text)
        self.draft_button.setEnabled(m.minutes_state in ("none", "draft"))
        later = [x for x in agenda.meetings() if x.on > m.on]
        self.approving.clear()
        for x in sorted(later, key=lambda x: x.on):
            self.approving.addItem(f"{x.on:%d/%m/%Y} {x.title}", x.id)
        self.approve_button.setEnabled(m.minutes_state == "draft" and bool(later))
        self.approving.setEnabled(m.minutes_state == "draft")
        can_sign = m.minutes_state == "approved"
        for widget in (self.signer, self.signed_on, self.sign_button):
            widget.setEnabled(can_sign)
        if can_sign and m.approved_at_meeting_id:
            approving = agenda.get_meeting(m.approved_at_meeting_id)
            self.signer.setText(table.presiding_name(approving.id or 0))
            self.signed_on.setDate(QDate(approving.on.year, approving.on.month, approving.on.day))
        elif not can_sign:
            signed = m.signed_on or m.on
            self.signed_on.setDate(QDate(signed.year, signed.month, signed.day))
            self.signer.setText(m.signed_by)
        self.body.setReadOnly(m.minutes_state != "draft")
        self._loading = True
        try:
            current = self.current_minute_id()
            self.list.clear()
            for minute in minutes.minutes(self.meeting_id):
                lock = " (confidential)" if minute.confidential else ""
                entry = QListWidgetItem(f"{minute.number}  {minute.title}{lock}".strip())
                entry.setData(ID_ROLE, minute.id)
                self.list.addItem(entry)
        finally:
            self._loading = False
        if self.list.count():
            self.empty.clear_state()
            self.minutes_stack.setCurrentWidget(self.minutes_split)
        else:
            self.empty.show_state("No minutes yet: \u201cDraft from the record\u201d above "
                                  "drafts them from what was recorded at the table.")
            self.minutes_stack.setCurrentWidget(self.empty)
        rows = [self.list.item(i).data(ID_ROLE) for i in range(self.list.count())]
        self.list.setCurrentRow(rows.index(current) if current in rows else 0)
        self._chosen()

    def current_minute_id(self) -> int | None:
        entry = self.list.currentItem()
        return int(entry.data(ID_ROLE)) if entry else None

    def _chosen(self, *_args: object) -> None:
        if self._loading:
            return
        self.saver.flush()
        minute_id = self.current_minute_id()
        found = next((m for m in minutes.minutes(self.meeting_id or 0) if m.id == minute_id),
                     None)
        self._loading = True
        try:
            self.body.setPlainText(found.body if found else "")
        finally:
            self._loading = False

    def _edited(self) -> None:
        if not self._loading and not self.body.isReadOnly():
            self.saver.touch()

    def _save_body(self) -> None:
        minute_id = self.current_minute_id()
        if minute_id is not None:
            minutes.edit_minute(minute_id, self.ctx.actor, body=self.body.toPlainText())

    # --- lifecycle -------------------------------------------------------------------------

    def draft(self) -> None:
        if self.meeting_id is None:
            return
        m = agenda.get_meeting(self.meeting_id)
        if m.minutes_state == "draft" and QMessageBox.question(
                self, "Draft the minutes again?",
                "The minutes are drafted afresh from what was recorded; the present draft, "
                "with any words changed by hand, is kept in the history but replaced here. "
                "Draft again?") != QMessageBox.StandardButton.Yes:
            return
        if attempt(self, lambda: minutes.draft(self.meeting_id or 0, self.ctx.actor)):
            self.reload()
            self.changed.emit()

    def approve(self) -> None:
        approving = self.approving.currentData()
        if self.meeting_id is None or approving is None:
            return
        self.saver.flush()
        if attempt(self, lambda: minutes.approve(self.meeting_id or 0, int(approving),
                                                 self.ctx.actor)):
            self.reload()
            self.changed.emit()

    def sign(self) -> None:
        if self.meeting_id is None or first_unreadable_date(self) is not None:
            return
        if QMessageBox.question(
                self, "Sign the minutes?",
                "Once signed, these minutes can never be changed: a correction becomes a new "
                "minute at a later meeting. Sign them now?") != QMessageBox.StandardButton.Yes:
            return
        signed_on = self.signed_on.value()
        assert signed_on is not None, "checked by first_unreadable_date above"
        if attempt(self, lambda: minutes.sign_minutes(self.meeting_id or 0, self.signer.text(),
                                                      signed_on, self.ctx.actor)):
            self.reload()
            self.changed.emit()

    # --- files -----------------------------------------------------------------------------

    def _ask_path(self, title: str, name: str) -> Path | None:
        chosen, _ = file_chooser.get_save_file_name(self, title, str(self.ctx.paths.data_dir / name),
                                                "PDF files (*.pdf)")
        return Path(chosen) if chosen else None

    def save_word(self, path: Path | None = None) -> Path | None:
        """A Word copy of the public minutes, for councils that publish in Word."""
        if self.meeting_id is None:
            return None
        self.saver.flush()
        return exports.save_minutes_word(self, self.ctx, self.meeting_id, path=path)

    def save_pdf(self, path: Path | None = None, part: str = "public") -> Path | None:
        if self.meeting_id is None:
            return None
        self.saver.flush()
        m = agenda.get_meeting(self.meeting_id)
        label = "Confidential minutes" if part == "confidential" else "Minutes"
        path = path or self._ask_path(f"Save the {label.lower()}",
                                      f"{label} {m.on:%Y-%m-%d}.pdf")
        target = path
        if target is not None and attempt(
                self, lambda: papers.save_minutes_pdf(self.meeting_id or 0, target, part)):
            return target
        return None

    def save_book(self, path: Path | None = None,
                  period: tuple[dt.date, dt.date] | None = None) -> Path | None:
        """The signed minutes of a date range (by default the civic year so far) as one PDF."""
        today = self.ctx.today()
        if period is None:
            period = BookPeriodDialog.ask(
                dt.date(today.year - 1 if today.month < 5 else today.year, 5, 1), today, self)
            if period is None:
                return None
        start, end = period
        path = path or self._ask_path("Save the minute book",
                                      f"Minute book {start:%Y-%m-%d} to {end:%Y-%m-%d}.pdf")
        target = path
        if target is not None and attempt(self, lambda: target.write_bytes(
                papers.minute_book_pdf(start, end))):
            return target
        return None

    def correct(self) -> None:
        minute_id = self.current_minute_id()
        if self.meeting_id is None or minute_id is None:
            return
        later = [x for x in agenda.meetings()
                 if x.on > agenda.get_meeting(self.meeting_id).on
                 and x.minutes_state in ("none", "draft")]
        if not later:
            QMessageBox.information(self, "No later meeting",
                                    "A correction is minuted at a later meeting: create the "
                                    "next meeting first.")
            return
        text, ok = QInputDialog.getMultiLineText(
            self, "Correct a signed minute",
            f"The correction, minuted at the meeting on {later[-1].on:%d/%m/%Y}:")
        if ok and attempt(self, lambda: minutes.add_correction(later[-1].id or 0, minute_id,
                                                               text, self.ctx.actor)):
            self.changed.emit()


class BookPeriodDialog(QDialog):
    """From and to dates for the minute book."""

    def __init__(self, start: dt.date, end: dt.date, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle("Minute book")
        form = QFormLayout(self)
        self.start = DateField()
        self.start.set_value(start)
        self.end = DateField()
        self.end.set_value(end)
        for label, edit in (("&From:", self.start), ("&To:", self.end)):
            edit.setAccessibleName(label.strip("&:"))
            form.addRow(label, edit)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)

    def accept(self) -> None:
        if first_unreadable_date(self) is None:
            super().accept()

    def period(self) -> tuple[dt.date, dt.date]:
        a, b = self.start.date(), self.end.date()
        first = dt.date(a.year(), a.month(), a.day())
        last = dt.date(b.year(), b.month(), b.day())
        return (first, last) if first <= last else (last, first)

    @classmethod
    def ask(cls, start: dt.date, end: dt.date,
            parent: QWidget | None = None) -> tuple[dt.date, dt.date] | None:
        dialog = cls(start, end, parent)
        return dialog.period() if dialog.exec() == QDialog.DialogCode.Accepted else None
