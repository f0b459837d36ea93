"""The motion and its vote, typed live: proposer, seconder, counts or a recorded vote,
the casting vote (offered only on a tie, to the person presiding), exclusion of the public
with its reason, delegation and the action arising (MEET-3, MEET-4, MEET-6, MEET-7, MEET-10)."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from parishdesk.domain.meetings.records import Motion
from parishdesk.gui.common.context import AppContext
from parishdesk.gui.common.date_field import DateField
from parishdesk.gui.meetings.widgets import (
    ProblemsLabel,
    Saver,
    attempt,
    row_id,
)
from parishdesk.services.meetings import table

VOTE_LABELS = {"": "\u2014", "for": "For", "against": "Against", "abstain": "Abstain"}
DELEGATES = {"": "No delegation", "committee": "A committee", "sub-committee": "A sub-committee",
             "officer": "An officer", "authority": "Another authority",
             "councillor": "A single councillor"}


class MotionEditor(QWidget):
    changed = Signal()

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.motion_id: int | None = None
        self.presiding_id: int | None = None
        self._loading = False
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.text = QPlainTextEdit()
        self.text.setPlaceholderText("That \u2026 (the words of the motion)")
        self.text.setAccessibleName("Words of the motion")
        self.text.setMaximumHeight(54)
        self.text.setTabChangesFocus(True)
        layout.addWidget(self.text)

        grid = QGridLayout()
        self.proposer = QComboBox()
        self.seconder = QComboBox()
        self.in_favour = QSpinBox()
        self.against = QSpinBox()
        self.abstentions = QSpinBox()
        for spin in (self.in_favour, self.against, self.abstentions):
            spin.setRange(0, 99)
        self.casting = QComboBox()
        for key, label in (("", "No casting vote"), ("for", "Casting vote for"),
                           ("against", "Casting vote against")):
            self.casting.addItem(label, key)
        self.casting_label = QLabel()
        self.recorded = QCheckBox("Recor&ded vote")
        self.exclude = QCheckBox("E&xclude press and public")
        self.reason = QLineEdit()
        self.reason.setPlaceholderText("Because \u2026 (the reason, e.g. staff matters)")
        self.delegate = QComboBox()
        for key, label in DELEGATES.items():
            self.delegate.addItem(label, key)
        self.delegate_to = QLineEdit()
        self.delegate_to.setPlaceholderText("To whom, e.g. the Clerk in consultation with the Chair")
        self.reverses = QComboBox()
        self.reverses.setAccessibleName("Resolution this motion would reverse")
        self.reverses.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.reverses.setMinimumContentsLength(20)
        self.owner = QLineEdit()
        self.owner.setPlaceholderText("Action by")
        self.due = DateField(optional=True)
        self.due.set_optional(True, "no date")
        for combo in (self.proposer, self.seconder, self.delegate, self.casting):
            combo.setSizeAdjustPolicy(
                QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            combo.setMinimumContentsLength(10)
        for name, widget in (("Proposer", self.proposer), ("Seconder", self.seconder),
                             ("Votes for", self.in_favour), ("Votes against", self.against),
                             ("Abstentions", self.abstentions), ("Casting vote", self.casting),
                             ("Reason for excluding the press and public", self.reason),
                             ("Delegated to", self.delegate), ("Delegated to whom",
                                                              self.delegate_to),
                             ("Action by", self.owner), ("Action due", self.due)):
            widget.setAccessibleName(name)
        row = 0
        for col, (label, widget) in enumerate((("&Proposer", self.proposer),
                                               ("&Seconder", self.seconder))):
            caption = QLabel(label + ":")
            caption.setBuddy(widget)
            grid.addWidget(caption, row, col * 2)
            grid.addWidget(widget, row, col * 2 + 1)
        row += 1
        counts = QHBoxLayout()
        for label, widget in (("&For", self.in_favour), ("&Against", self.against),
                              ("A&bstain", self.abstentions)):
            caption = QLabel(label + ":")
            caption.setBuddy(widget)
            counts.addWidget(caption)
            counts.addWidget(widget)
        counts.addStretch(1)
        grid.addLayout(counts, row, 0, 1, 4)
        row += 1
        casting_row = QHBoxLayout()
        casting_row.addWidget(self.casting)
        casting_row.addWidget(self.casting_label, 1)
        self.casting_label.setWordWrap(True)
        grid.addLayout(casting_row, row, 0, 1, 4)
        row += 1
        grid.addWidget(self.recorded, row, 0)
        grid.addWidget(self.exclude, row, 1)
        row += 1
        grid.addWidget(QLabel("Exclusion reason:"), row, 0)
        grid.addWidget(self.reason, row, 1, 1, 3)
        row += 1
        grid.addWidget(QLabel("Delegation:"), row, 0)
        grid.addWidget(self.delegate, row, 1)
        grid.addWidget(self.delegate_to, row, 2, 1, 2)
        row += 1
        grid.addWidget(QLabel("Reverses:"), row, 0)
        grid.addWidget(self.reverses, row, 1, 1, 3)
        row += 1
        grid.addWidget(QLabel("Action:"), row, 0)
        grid.addWidget(self.owner, row, 1)
        grid.addWidget(QLabel("Due:"), row, 2)
        grid.addWidget(self.due, row, 3)
        grid.setColumnStretch(1, 1)
        grid.setColumnStretch(3, 1)
        layout.addLayout(grid)

        self.votes = QTableWidget(0, 2)
        self.votes.setHorizontalHeaderLabels(["Member", "Vote (F, A or B for abstain)"])
        self.votes.horizontalHeader().setStretchLastSection(True)
        self.votes.verticalHeader().setVisible(False)
        self.votes.setAccessibleName("Recorded vote: each member's vote")
        self.votes.setMaximumHeight(150)
        self.votes.setWordWrap(False)
        self.votes.horizontalHeader().setSectionResizeMode(
            0, QHeaderView.ResizeMode.ResizeToContents)
        self.votes.verticalHeader().setDefaultSectionSize(22)
        self.votes.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.votes.keyPressEvent = self._vote_key  # type: ignore[method-assign]
        layout.addWidget(self.votes)
        self.problems = ProblemsLabel()
        layout.addWidget(self.problems)

        self.saver = Saver(self, self._save)
        self.text.textChanged.connect(self._edited)
        for edit in (self.reason, self.delegate_to, self.owner):
            edit.textEdited.connect(self._edited)
            edit.editingFinished.connect(self.saver.flush)
        for combo in (self.proposer, self.seconder, self.delegate):
            combo.activated.connect(self._now)
        self.casting.activated.connect(self._now)
        self.reverses.activated.connect(self._now)
        for spin in (self.in_favour, self.against, self.abstentions):
            spin.valueChanged.connect(self._edited)
            spin.editingFinished.connect(self.saver.flush)
        self.due.committed.connect(self._edited)  # saved once the clerk leaves the field
        self.recorded.toggled.connect(self._now)
        self.exclude.toggled.connect(self._now)
        self.setEnabled(False)

    # --- loading -----------------------------------------------------------------------------

    def show_motion(self, motion: Motion | None, members: dict[int, str],
                    presiding_id: int | None, presiding_name: str,
                    earlier: dict[int, str] | None = None) -> None:
        self.saver.flush()
        self.motion_id = motion.id if motion else None
        self.presiding_id = presiding_id
        self.setEnabled(motion is not None)
        self._loading = True
        try:
            for combo, value in ((self.proposer, motion.proposer_id if motion else None),
                                 (self.seconder, motion.seconder_id if motion else None)):
                combo.clear()
                combo.addItem("\u2014", None)
                for person_id, name in members.items():
                    combo.addItem(name, person_id)
                combo.setCurrentIndex(max(0, combo.findData(value)))
            self.reverses.clear()
            self.reverses.addItem("No earlier resolution", None)
            for resolution_id, label in (earlier or {}).items():
                self.reverses.addItem(label, resolution_id)
            self.reverses.setCurrentIndex(max(0, self.reverses.findData(
                motion.reverses_id if motion else None)))
            self.text.setPlainText(motion.text if motion else "")
            self.in_favour.setValue(motion.in_favour if motion else 0)
            self.against.setValue(motion.against if motion else 0)
            self.abstentions.setValue(motion.abstentions if motion else 0)
            self.casting.setCurrentIndex(max(0, self.casting.findData(
                (motion.casting_vote or "") if motion else "")))
            self.casting_label.setText(f"given by {presiding_name}, presiding"
                                       if presiding_name else "no one is presiding yet")
            self.recorded.setChecked(bool(motion and motion.recorded))
            self.exclude.setChecked(bool(motion and motion.excludes_public))
            self.reason.setText(motion.exclusion_reason if motion else "")
            self.delegate.setCurrentIndex(max(0, self.delegate.findData(
                motion.delegate_kind if motion else "")))
            self.delegate_to.setText(motion.delegate_to if motion else "")
            self.owner.setText(motion.action_owner if motion else "")
            due = motion.action_due if motion else None
            self.due.set_value(due)
            self.votes.setRowCount(0)
            if motion is not None:
                cast = dict(motion.votes)
                for person_id, name in members.items():
                    row = self.votes.rowCount()
                    self.votes.insertRow(row)
                    who = QTableWidgetItem(name)
                    who.setData(Qt.ItemDataRole.UserRole, person_id)
                    self.votes.setItem(row, 0, who)
                    self.votes.setItem(row, 1, QTableWidgetItem(VOTE_LABELS[cast.get(person_id,
                                                                                   "")]))
        finally:
            self._loading = False
        self._show_state()

    def _show_state(self) -> None:
        tie = self.in_favour.value() == self.against.value() and (
            self.in_favour.value() + self.abstentions.value() > 0)
        # The casting vote is offered only on a tie, and only to the person presiding.
        offer = tie and self.presiding_id is not None
        self.casting.setEnabled(offer or bool(self.casting.currentData()))
        self.casting.setVisible(offer or bool(self.casting.currentData()))
        self.casting_label.setVisible(self.casting.isVisible())
        self.reason.setEnabled(self.exclude.isChecked())
        self.delegate_to.setEnabled(bool(self.delegate.currentData()))
        self.votes.setVisible(self.recorded.isChecked())
        for spin in (self.in_favour, self.against, self.abstentions):
            spin.setReadOnly(self.recorded.isChecked())
        if self.motion_id is not None:
            checks = table.motion_checks(self.motion_id)
            self.problems.show_problems(checks.problems)

    # --- saving ------------------------------------------------------------------------------

    def _edited(self, *_args: object) -> None:
        if not self._loading and self.motion_id is not None:
            self.saver.touch()
            self._show_casting_only()

    def _show_casting_only(self) -> None:
        tie = self.in_favour.value() == self.against.value() and (
            self.in_favour.value() + self.abstentions.value() > 0)
        visible = (tie and self.presiding_id is not None) or bool(self.casting.currentData())
        self.casting.setVisible(visible)
        self.casting.setEnabled(visible)
        self.casting_label.setVisible(visible)

    def _now(self, *_args: object) -> None:
        if not self._loading and self.motion_id is not None:
            self.saver.touch()
            self.saver.flush()

    def flush(self) -> None:
        self.saver.flush()

    def _save(self) -> None:
        if self.motion_id is None:
            return
        casting = self.casting.currentData() or None
        if not self.due.is_acceptable():
            self.due.mark_checked()
            return  # the action date cannot be read: its field says why
        fields: dict[str, object] = dict(
            text=self.text.toPlainText().strip(), proposer_id=self.proposer.currentData(),
            seconder_id=self.seconder.currentData(), casting_vote=casting,
            casting_by_id=self.presiding_id if casting else None,
            recorded=self.recorded.isChecked(), excludes_public=self.exclude.isChecked(),
            exclusion_reason=self.reason.text().strip(),
            delegate_kind=self.delegate.currentData(),
            delegate_to=self.delegate_to.text().strip(), action_owner=self.owner.text().strip(),
            reverses_id=self.reverses.currentData(),
            action_due=self.due.value(),
            action_status="open" if self.owner.text().strip() else "")
        if not self.recorded.isChecked():
            fields.update(in_favour=self.in_favour.value(), against=self.against.value(),
                          abstentions=self.abstentions.value())
        table.update_motion(self.motion_id, self.ctx.actor, **fields)
        self._show_state()
        self.changed.emit()

    # --- recorded vote -------------------------------------------------------------------

    def _vote_key(self, event) -> None:  # type: ignore[no-untyped-def]
        choice = {Qt.Key.Key_F: "for", Qt.Key.Key_A: "against",
                  Qt.Key.Key_B: "abstain"}.get(Qt.Key(event.key()))
        row = self.votes.currentRow()
        if choice is None or row < 0:
            QTableWidget.keyPressEvent(self.votes, event)
            return
        self.cast(row_id(self.votes, row), choice)
        if row + 1 < self.votes.rowCount():
            self.votes.setCurrentCell(row + 1, 1)

    def cast(self, person_id: int, choice: str) -> None:
        """One member's vote in the recorded vote; the counts follow."""
        if self.motion_id is None:
            return
        self.saver.flush()
        saved: list[Motion] = []
        if attempt(self, lambda: saved.append(table.cast_recorded_vote(
                self.motion_id or 0, person_id, choice, self.ctx.actor))):
            motion = saved[0]
            for row in range(self.votes.rowCount()):
                if row_id(self.votes, row) == person_id:
                    self.votes.setItem(row, 1, QTableWidgetItem(VOTE_LABELS[choice]))
            self._loading = True
            try:
                self.recorded.setChecked(True)
                self.in_favour.setValue(motion.in_favour)
                self.against.setValue(motion.against)
                self.abstentions.setValue(motion.abstentions)
            finally:
                self._loading = False
            self._show_state()
            self.changed.emit()
