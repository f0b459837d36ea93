"""The meeting's own details at the top of the agenda editor (kind, date, time, place, who
presides), the summons button and the notice check (MEET-2), saved as typed."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtCore import QDate, QTime, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from parishdesk.domain.meetings.records import MEETING_KINDS, PRESIDING_AS
from parishdesk.gui.common import file_chooser
from parishdesk.gui.common.context import AppContext
from parishdesk.gui.common.date_field import DateField
from parishdesk.gui.meetings import exports
from parishdesk.gui.meetings.widgets import ProblemsLabel, Saver, attempt
from parishdesk.services.meetings import agenda, papers, table
from parishdesk.services.meetings.agenda import AgendaChecks


class MeetingHeader(QWidget):
    changed = Signal()

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.meeting_id: int | None = None
        self._loading = False
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        box = QGroupBox("The meeting")
        form = QGridLayout(box)
        self.kind = QComboBox()
        for key, label in MEETING_KINDS.items():
            self.kind.addItem(label, key)
        self.date = DateField(today=ctx.today)
        self.time = QTimeEdit()
        self.time.setDisplayFormat("HH:mm")
        self.place = QLineEdit()
        self.presiding = QComboBox()
        cells = ((0, 0, "&Kind", self.kind, 1), (0, 2, "&Date", self.date, 1),
                 (0, 4, "T&ime", self.time, 1), (1, 0, "&Place", self.place, 3),
                 (1, 4, "Presi&ding", self.presiding, 1))
        for row, col, label, widget, span in cells:
            caption = QLabel(label + ":")
            caption.setBuddy(widget)
            widget.setAccessibleName(label.replace("&", ""))
            form.addWidget(caption, row, col)
            form.addWidget(widget, row, col + 1, 1, span)
        for col in (1, 3, 5):
            form.setColumnStretch(col, 1)
        layout.addWidget(box)
        self.saver = Saver(self, self._save)
        self.kind.activated.connect(self.saver.touch)
        self.date.committed.connect(self._edited)  # saved once the clerk leaves the field
        self.time.timeChanged.connect(self._edited)
        self.place.textEdited.connect(self.saver.touch)
        self.place.editingFinished.connect(self.saver.flush)
        self.presiding.activated.connect(self._presiding_chosen)

        notice = QHBoxLayout()
        self.summons_button = QPushButton("&Issue summons and agenda\u2026")
        self.summons_button.setToolTip("Save the summons and agenda as a PDF signed by the "
                                       "Proper Officer, and record today as the day it went out")
        self.summons_button.clicked.connect(lambda: self.issue_summons())
        self.word_button = QPushButton("Sa&ve agenda as Word\u2026")
        self.word_button.setToolTip("Save the summons and agenda as a Word document to edit or "
                                    "publish; the PDF stays the record")
        self.word_button.clicked.connect(lambda: self.save_word())
        self.calendar_button = QPushButton("Add to cal&endar\u2026")
        self.calendar_button.setToolTip("Save this meeting as a calendar file (.ics) for "
                                        "Outlook or any other calendar")
        self.calendar_button.clicked.connect(lambda: self.add_to_calendar())
        self.notice = ProblemsLabel(ok_text="")
        notice.addWidget(self.summons_button)
        notice.addWidget(self.notice, 1)
        notice.addWidget(self.word_button)
        notice.addWidget(self.calendar_button)
        layout.addLayout(notice)

    def flush(self) -> None:
        self.saver.flush()

    def display(self, meeting_id: int) -> AgendaChecks:
        """Show the meeting's details; return the agenda's checks for the items below."""
        self.meeting_id = meeting_id
        m = agenda.get_meeting(meeting_id)
        self._loading = True
        try:
            self.kind.setCurrentIndex(max(0, self.kind.findData(m.kind)))
            self.date.setDate(QDate(m.on.year, m.on.month, m.on.day))
            if m.at:
                self.time.setTime(QTime(m.at.hour, m.at.minute))
            self.place.setText(m.place)
            self.place.setCursorPosition(0)
            self.presiding.clear()
            self.presiding.addItem("To be chosen at the meeting", None)
            for a in table.attendance(meeting_id):
                self.presiding.addItem(a.name, a.person_id)
            self.presiding.setCurrentIndex(max(0, self.presiding.findData(m.presiding_id)))
            self.presiding.setToolTip(PRESIDING_AS.get(m.presiding_as, ""))
        finally:
            self._loading = False
        closed = m.minutes_state in ("approved", "signed")
        for widget in (self.kind, self.date, self.time, self.place, self.presiding,
                       self.summons_button):
            widget.setEnabled(not closed)
        checks = agenda.agenda_checks(meeting_id)
        self.notice.ok_text = (f"Summons issued on {m.summons_issued_on:%d/%m/%Y}: three "
                               "clear days' notice given." if m.summons_issued_on else "")
        self.notice.show_problems(checks.notice)
        return checks

    def _edited(self, *_args: object) -> None:
        if not self._loading:
            self.saver.touch()

    def _save(self) -> None:
        if self.meeting_id is None:
            return
        day, clock = self.date.value(), self.time.time()
        if day is None:
            return  # the date cannot be read: its field says why; nothing is saved yet
        agenda.update_meeting(self.meeting_id, self.ctx.actor, kind=self.kind.currentData(),
                              on=day,
                              at=dt.time(clock.hour(), clock.minute()),
                              place=self.place.text().strip())
        self.changed.emit()

    def _presiding_chosen(self, _index: int) -> None:
        if self.meeting_id is None or self._loading:
            return
        person = self.presiding.currentData()
        if attempt(self, lambda: agenda.set_presiding(self.meeting_id or 0, person,
                                                      self.ctx.actor)):
            self.changed.emit()

    def issue_summons(self, path: Path | None = None) -> Path | None:
        if self.meeting_id is None:
            return None
        self.flush()
        if path is None:
            m = agenda.get_meeting(self.meeting_id)
            suggested = self.ctx.paths.data_dir / f"Agenda {m.on:%Y-%m-%d}.pdf"
            chosen, _ = file_chooser.get_save_file_name(self, "Save the summons and agenda",
                                                    str(suggested), "PDF files (*.pdf)")
            if not chosen:
                return None
            path = Path(chosen)
        target = path
        if attempt(self, lambda: papers.issue_summons_pdf(self.meeting_id or 0, target,
                                                          self.ctx.today(), self.ctx.actor)):
            self.changed.emit()
            return target
        return None

    def save_word(self, path: Path | None = None) -> Path | None:
        """A Word copy of the summons and agenda (nothing is recorded as issued)."""
        if self.meeting_id is None:
            return None
        self.flush()
        return exports.save_agenda_word(self, self.ctx, self.meeting_id, path)

    def add_to_calendar(self, path: Path | None = None) -> Path | None:
        if self.meeting_id is None:
            return None
        self.flush()
        return exports.meeting_to_calendar(self, self.ctx, self.meeting_id, path)
