"""Attendance: each councillor's last meeting and where they stand on the six-month rule
(MEET-9), with the one-click agenda item to approve a member's reasons for absence."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from parishdesk.domain.meetings import absence_item_title, plain_problem
from parishdesk.gui.common.context import AppContext
from parishdesk.gui.meetings.widgets import WARNING, attempt, row_id
from parishdesk.services.meetings import agenda, links, register, table

STATUS_TEXT = {"ok": "Attending", "warning": f"{WARNING} Four months without attending",
               "lapsed": f"{WARNING} Six months passed", "excused": "Absence approved"}
NO_RECORD = "No attendance recorded yet"


class AttendanceView(QWidget):
    changed = Signal()

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        intro = QLabel("A councillor who attends no meeting of the council or its committees "
                       "for six months stops being a councillor unless the council approves "
                       "the reason first (Local Government Act 1972 s.85).")
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.table = QTableWidget(0, 4)
        self.table.setHorizontalHeaderLabels(["Councillor", "Last attended", "Status",
                                              "What to do"])
        self.table.setAccessibleName("Councillors' attendance")
        self.table.verticalHeader().setVisible(False)
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        self.table.setWordWrap(True)
        header = self.table.horizontalHeader()
        for col in (0, 1, 2):
            header.setSectionResizeMode(col, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        layout.addWidget(self.table, 1)
        bar = QHBoxLayout()
        self.absence_button = QPushButton("Add \u201cTo consider approving the reasons for "
                                          "absence\u201d to the next meeting")
        self.absence_button.clicked.connect(lambda: self.add_absence_item())
        self.table.itemSelectionChanged.connect(self._update_buttons)
        bar.addWidget(self.absence_button)
        bar.addStretch(1)
        layout.addLayout(bar)
        notify = QLabel("Pecuniary interests declared at meetings but not on the register: "
                        "the Monitoring Officer is told within 28 days (Localism Act 2011 "
                        "s.31).")
        notify.setWordWrap(True)
        layout.addWidget(notify)
        self.notices = QListWidget()
        self.notices.setAccessibleName("Interests to notify to the Monitoring Officer")
        self.notices.setMaximumHeight(90)
        layout.addWidget(self.notices)
        told = QPushButton("The Monitoring Officer has been &told")
        told.clicked.connect(lambda: self.mark_notified())
        self.told_button = told
        self.notices.itemSelectionChanged.connect(self._update_buttons)
        told_bar = QHBoxLayout()
        told_bar.addWidget(told)
        told_bar.addStretch(1)
        layout.addLayout(told_bar)
        self.rows: list[register.MemberAttendance] = []

    def reload(self) -> None:
        self.rows = register.member_attendance(self.ctx.today())
        self.table.setRowCount(len(self.rows))
        for r, row in enumerate(self.rows):
            status = STATUS_TEXT.get(row.status, row.status)
            if row.last_attended is None and row.status == "ok":
                status = NO_RECORD  # not "Attending": nothing says they have attended
            cells = (row.name, f"{row.last_attended:%d/%m/%Y}" if row.last_attended else
                     "none yet", status,
                     " ".join(plain_problem(p) for p in row.problems))
            for c, value in enumerate(cells):
                item = QTableWidgetItem(value)
                item.setData(Qt.ItemDataRole.UserRole, row.person_id)
                self.table.setItem(r, c, item)
        self.table.resizeRowsToContents()
        self.notices.clear()
        for declaration, due in links.notifications_due():
            entry = QListWidgetItem(f"{declaration.name}: {declaration.description or 'interest'}"
                                    f" \u2014 tell the Monitoring Officer by {due:%d/%m/%Y}")
            entry.setData(Qt.ItemDataRole.UserRole, declaration.id)
            self.notices.addItem(entry)
        if self.notices.count():
            self.notices.setCurrentRow(0)
        self._update_buttons()

    def _update_buttons(self) -> None:
        """Each button only when it can act: a councillor chosen and a next meeting without
        that item yet; an interest to notify chosen."""
        self.told_button.setEnabled(self.notices.currentItem() is not None)
        self.told_button.setToolTip(
            "Record that the Monitoring Officer was told of the chosen interest"
            if self.notices.count() else "No interest is waiting to be notified")
        selected = self.table.selectionModel().selectedRows()
        meeting_id = self.next_meeting_id()
        tip = "Add the item for the chosen councillor to the next meeting\u2019s agenda"
        if not selected:
            tip = "Choose a councillor in the list first"
        elif meeting_id is None:
            tip = "Create the next meeting first; the item is added to it"
        else:
            name = self.rows[selected[0].row()].name
            if absence_item_title(name) in {i.title for i in agenda.items(meeting_id)}:
                when = agenda.get_meeting(meeting_id).on
                tip = f"The meeting on {when:%d/%m/%Y} already has this item for {name}"
                selected = []
        self.absence_button.setEnabled(bool(selected) and meeting_id is not None)
        self.absence_button.setToolTip(tip)

    def mark_notified(self) -> bool:
        entry = self.notices.currentItem()
        if entry is None:
            return False
        declaration_id = int(entry.data(Qt.ItemDataRole.UserRole))
        if attempt(self, lambda: table.record_notified(declaration_id, self.ctx.today(),
                                                       self.ctx.actor)):
            self.reload()
            self.changed.emit()
            return True
        return False

    def next_meeting_id(self) -> int | None:
        upcoming = [m for m in agenda.meetings() if m.on >= self.ctx.today()
                    and m.minutes_state == "none"]
        return min(upcoming, key=lambda m: m.on).id if upcoming else None

    def add_absence_item(self, person_id: int | None = None) -> bool:
        if person_id is None:
            selected = self.table.selectionModel().selectedRows()
            if not selected:
                return False
            person_id = row_id(self.table, selected[0].row())
        meeting_id = self.next_meeting_id()
        if meeting_id is None:
            from PySide6.QtWidgets import QMessageBox

            QMessageBox.information(self, "No meeting to add it to",
                                    "Create the next meeting first; the item is added to it.")
            return False
        chosen = person_id
        if attempt(self, lambda: agenda.add_absence_item(meeting_id, chosen, self.ctx.actor)):
            self._update_buttons()
            self.changed.emit()
            return True
        return False
