"""Meeting mode: the record typed live at the table, keyboard first, on a small screen.

Left: attendance (P present, A apologies, X absent on the selected row; reason, whether
accepted, arrival and departure times typed in the cells). Right: the item being taken,
its live quorum, notes, declarations and motions. F8 / Shift+F8 move between items.
Everything saves as it is typed; problems show beside the record and never stop it."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from parishdesk.domain.meetings.records import Motion
from parishdesk.gui.common.context import AppContext
from parishdesk.gui.meetings.attendance_grid import AttendanceGrid
from parishdesk.gui.meetings.declarations_panel import DeclarationsPanel
from parishdesk.gui.meetings.motion_editor import MotionEditor
from parishdesk.gui.meetings.widgets import (
    ProblemsLabel,
    Saver,
    attempt,
    local_action,
)
from parishdesk.services.meetings import agenda, table

ID_ROLE = Qt.ItemDataRole.UserRole


class MeetingMode(QWidget):
    changed = Signal()

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.meeting_id: int | None = None
        self._loading = False
        split = QSplitter(Qt.Orientation.Horizontal, self)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(4, 4, 4, 4)
        self.heading = QLabel()
        self.heading.setWordWrap(True)
        outer.addWidget(self.heading)
        outer.addWidget(split, 1)

        # --- attendance ------------------------------------------------------------------
        left = QGroupBox("Attendance (P present, A apologies, X absent)")
        left_layout = QVBoxLayout(left)
        self.attendance = AttendanceGrid(ctx)
        self.attendance.changed.connect(self._after_attendance)
        left_layout.addWidget(self.attendance)
        self.attendance_summary = self.attendance.summary
        left_layout.addWidget(self.attendance_summary)
        split.addWidget(left)

        # --- the item being taken ----------------------------------------------------------
        right_inner = QWidget()
        right = QVBoxLayout(right_inner)
        right.setContentsMargins(0, 0, 0, 0)
        bar = QHBoxLayout()
        self.previous_button = QPushButton("\u25c0 Previous")
        self.previous_button.setToolTip("The previous item (Shift+F8)")
        self.item = QComboBox()
        self.item.setAccessibleName("Item being taken")
        self.next_button = QPushButton("Next \u25b6")
        self.next_button.setToolTip("The next item (F8)")
        bar.addWidget(self.previous_button)
        bar.addWidget(self.item, 1)
        bar.addWidget(self.next_button)
        right.addLayout(bar)
        self.previous_button.setMaximumWidth(110)
        self.next_button.setMaximumWidth(90)
        self.item.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.item.setMinimumContentsLength(20)
        self.quorum = ProblemsLabel()
        right.addWidget(self.quorum)
        self.notes = QPlainTextEdit()
        self.notes.setPlaceholderText("Notes for the minutes of this item")
        self.notes.setAccessibleName("Notes for the minutes of this item")
        self.notes.setMaximumHeight(42)
        self.notes.setTabChangesFocus(True)
        right.addWidget(self.notes)

        self.declaring = DeclarationsPanel(ctx)
        self.declaring.changed.connect(self._declared)
        # The panel's parts under the names the tests and shortcuts use.
        self.declarations = self.declaring.declarations
        self.declarer, self.kind, self.action = (self.declaring.declarer, self.declaring.kind,
                                                 self.declaring.action)
        self.declared, self.declaration_problems = (self.declaring.declared,
                                                    self.declaring.problems)
        self.declare_button = self.declaring.button
        right.addWidget(self.declaring)

        motions_box = QGroupBox("Motions and votes")
        motions = QVBoxLayout(motions_box)
        line = QHBoxLayout()
        self.motions = QListWidget()
        self.motions.setAccessibleName("Motions on this item")
        self.motions.setMaximumHeight(52)
        self.motions.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.motions.setTextElideMode(Qt.TextElideMode.ElideRight)
        line.addWidget(self.motions, 1)
        buttons = QVBoxLayout()
        self.motion_button = QPushButton("New motion")
        self.motion_button.setToolTip("A new motion on this item (Ctrl+M)")
        self.amendment_button = QPushButton("Amendment")
        self.amendment_button.setToolTip("An amendment to the selected motion (Ctrl+Shift+M)")
        self.withdrawn_button = QPushButton("Withdrawn")
        self.withdrawn_button.setToolTip("The proposer withdrew the selected motion")
        buttons.addWidget(self.motion_button)
        buttons.addWidget(self.amendment_button)
        buttons.addWidget(self.withdrawn_button)
        line.addLayout(buttons)
        motions.addLayout(line)
        self.editor = MotionEditor(ctx)
        motions.addWidget(self.editor)
        right.addWidget(motions_box, 1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setWidget(right_inner)
        split.addWidget(scroll)
        split.setSizes([450, 610])
        split.setStretchFactor(1, 1)

        self.item.currentIndexChanged.connect(self._item_chosen)
        self.previous_button.clicked.connect(lambda: self.step(-1))
        self.next_button.clicked.connect(lambda: self.step(1))
        self.motion_button.clicked.connect(lambda: self.new_motion())
        self.amendment_button.clicked.connect(lambda: self.new_motion(amendment=True))
        self.withdrawn_button.clicked.connect(lambda: self.withdraw_motion())
        self.motions.currentRowChanged.connect(self._motion_chosen)
        self.editor.changed.connect(self._motion_saved)
        self.notes_saver = Saver(self, self._save_notes)
        self.notes.textChanged.connect(self._notes_edited)
        local_action(self, "Next item", "F8", lambda: self.step(1))
        local_action(self, "Previous item", "Shift+F8", lambda: self.step(-1))
        local_action(self, "Add declaration", "Ctrl+D", self.add_declaration)
        local_action(self, "New motion", "Ctrl+M", self.new_motion)
        local_action(self, "New amendment", "Ctrl+Shift+M",
                     lambda: self.new_motion(amendment=True))

    # --- loading -----------------------------------------------------------------------------

    def set_meeting(self, meeting_id: int | None) -> None:
        self.flush()
        self.meeting_id = meeting_id
        self.setEnabled(meeting_id is not None)
        self.reload()

    def flush(self) -> None:
        self.notes_saver.flush()
        self.editor.flush()

    def reload(self) -> None:
        if self.meeting_id is None:
            return
        meeting = agenda.get_meeting(self.meeting_id)
        closed = meeting.minutes_state in ("approved", "signed")
        presiding = table.presiding_name(self.meeting_id) or "to be chosen"
        self.heading.setText(f"<b>{meeting.title}</b>, {meeting.on:%d/%m/%Y}"
                             + (f" at {meeting.at:%H:%M}" if meeting.at else "")
                             + f" \u2014 presiding: {presiding}"
                             + (" \u2014 the minutes are closed: nothing here can change."
                                if closed else ""))
        self._loading = True
        try:
            current = self.item.currentData()
            self.item.clear()
            for number, it in enumerate(agenda.items(self.meeting_id), start=1):
                self.item.addItem(f"{number}. {it.title}", it.id)
            index = self.item.findData(current)
            self.item.setCurrentIndex(index if index >= 0 else 0)
            self.attendance.fill(self.meeting_id)
        finally:
            self._loading = False
        for widget in (self.attendance, self.notes, self.declare_button, self.motion_button,
                       self.amendment_button, self.withdrawn_button, self.editor):
            widget.setEnabled(not closed)
        self._item_chosen()

    def current_item_id(self) -> int | None:
        data = self.item.currentData()
        return int(data) if data is not None else None

    def _item_chosen(self, *_args: object) -> None:
        if self._loading or self.meeting_id is None:
            return
        self.flush()
        item_id = self.current_item_id()
        item = next((i for i in agenda.items(self.meeting_id) if i.id == item_id), None)
        self._loading = True
        try:
            self.notes.setPlainText(item.notes if item else "")
            self.declaring.show_item(self.meeting_id, item_id, table.present(self.meeting_id))
        finally:
            self._loading = False
        self._show_item_state()
        self._fill_motions()

    def _show_item_state(self) -> None:
        item_id = self.current_item_id()
        if self.meeting_id is None or item_id is None:
            return
        quorum = table.live_quorum(self.meeting_id, item_id)
        self.quorum.ok_text = (f"Quorate: {quorum.counted} members can take part "
                               f"(quorum {quorum.needed}).")
        self.quorum.show_problems(quorum.problems)
        self.declaring.refresh()

    def _fill_motions(self, select: int | None = None) -> None:
        if self.meeting_id is None:
            return
        item_id = self.current_item_id()
        self._loading = True
        try:
            self.motions.clear()
            for m in table.motions(self.meeting_id):
                if m.item_id != item_id:
                    continue
                self.motions.addItem(self._motion_entry(m))
        finally:
            self._loading = False
        rows = [self.motions.item(i).data(ID_ROLE) for i in range(self.motions.count())]
        if rows:
            self.motions.setCurrentRow(rows.index(select) if select in rows else len(rows) - 1)
        self._motion_chosen()

    @staticmethod
    def _motion_entry(m: Motion) -> QListWidgetItem:
        kind = "Amendment" if m.amends_id else "Motion"
        words = "exclude the press and public" if m.excludes_public else (m.text or "(words "
                                                                                  "not typed)")
        outcome = f" \u2014 {m.outcome}" if m.outcome else ""
        entry = QListWidgetItem(f"{kind}: {words[:90]}{outcome}")
        entry.setData(ID_ROLE, m.id)
        return entry

    def _motion_chosen(self, *_args: object) -> None:
        if self._loading or self.meeting_id is None:
            return
        entry = self.motions.currentItem()
        motion_id = entry.data(ID_ROLE) if entry else None
        motion = next((m for m in table.motions(self.meeting_id) if m.id == motion_id), None)
        meeting = agenda.get_meeting(self.meeting_id)
        item_id = self.current_item_id() or 0
        voters = {pid: name for pid, name in table.present(self.meeting_id).items()
                  if pid in table.entitled(self.meeting_id, item_id)}
        dates = {x.id: x.on for x in agenda.meetings()}
        earlier = {m.id: f"{dates[m.meeting_id]:%d/%m/%Y}: {m.text[:70]}"
                   for m in table.recent_resolutions(self.meeting_id) if m.id is not None}
        self.editor.show_motion(motion, voters, meeting.presiding_id,
                                table.presiding_name(self.meeting_id), earlier)

    def _motion_saved(self) -> None:
        entry = self.motions.currentItem()
        if entry is None or self.meeting_id is None:
            return
        motion = next((m for m in table.motions(self.meeting_id)
                       if m.id == entry.data(ID_ROLE)), None)
        if motion is not None:
            entry.setText(self._motion_entry(motion).text())
        self.changed.emit()

    # --- actions -----------------------------------------------------------------------------

    def step(self, by: int) -> None:
        index = max(0, min(self.item.count() - 1, self.item.currentIndex() + by))
        self.item.setCurrentIndex(index)

    def choose_item(self, item_id: int) -> None:
        self.item.setCurrentIndex(self.item.findData(item_id))

    def set_status(self, person_id: int, status: str, **fields: object) -> None:
        self.attendance.set_status(person_id, status, **fields)

    def _after_attendance(self) -> None:
        self._item_chosen()
        self.changed.emit()

    def add_declaration(self) -> None:
        self.declaring.add()

    def _declared(self) -> None:
        self._show_item_state()
        self._motion_chosen()
        self.changed.emit()

    def new_motion(self, amendment: bool = False) -> None:
        item_id = self.current_item_id()
        if self.meeting_id is None or item_id is None:
            return
        self.flush()
        amends = None
        if amendment:
            entry = self.motions.currentItem()
            amends = entry.data(ID_ROLE) if entry else None
        added: list[Motion] = []
        if attempt(self, lambda: added.append(table.add_motion(self.meeting_id or 0, item_id,
                                                               self.ctx.actor,
                                                               amends_id=amends))):
            self._fill_motions(added[0].id)
            self.editor.text.setFocus()
            self.changed.emit()

    def withdraw_motion(self) -> bool:
        entry = self.motions.currentItem()
        if entry is None or self.meeting_id is None:
            return False
        motion_id = int(entry.data(ID_ROLE))
        if attempt(self, lambda: table.withdraw_motion(motion_id, self.ctx.actor)):
            self._fill_motions(motion_id)
            self.changed.emit()
            return True
        return False

    def _notes_edited(self) -> None:
        if not self._loading:
            self.notes_saver.touch()

    def _save_notes(self) -> None:
        item_id = self.current_item_id()
        if item_id is not None:
            agenda.update_item(item_id, self.ctx.actor, notes=self.notes.toPlainText().strip())
