"""The Meetings area: the meetings list beside the chosen meeting's agenda, the meeting
mode for typing live at the table, and its minutes; the decisions register and attendance
on their own tabs. Badge and reminders come from the six-month rule, interests to notify,
summonses due and the meetings the council must hold."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from parishdesk.domain.meetings.records import MINUTE_STATES
from parishdesk.gui.common.context import AppContext
from parishdesk.gui.common.empty_state import EmptyState
from parishdesk.gui.meetings import exports
from parishdesk.gui.meetings.agenda_editor import AgendaEditor
from parishdesk.gui.meetings.attendance_view import AttendanceView
from parishdesk.gui.meetings.meeting_mode import MeetingMode
from parishdesk.gui.meetings.minutes_pane import MinutesPane
from parishdesk.gui.meetings.new_dialog import NewMeetingDialog
from parishdesk.gui.meetings.register_view import RegisterView
from parishdesk.gui.meetings.settings_dialog import MeetingsSettingsDialog
from parishdesk.gui.meetings.widgets import attempt, local_action
from parishdesk.services import members
from parishdesk.services.meetings import agenda, papers, register

ID_ROLE = Qt.ItemDataRole.UserRole
AGENDA_TAB, TABLE_TAB, MINUTES_TAB = 0, 1, 2


class MeetingsPage(QWidget):
    badgeChanged = Signal(str)  # noqa: N815 - Qt signal name used by the main window
    alertsChanged = Signal()  # noqa: N815

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setAccessibleName("Meetings")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.tabs = QTabWidget()
        layout.addWidget(self.tabs)

        # A council with no meetings sees what to do first, not an empty, greyed-out form.
        meetings = QStackedWidget()
        split = QSplitter(Qt.Orientation.Horizontal)
        self.meetings_stack, self.meetings_split = meetings, split
        meetings.addWidget(split)
        self.empty = EmptyState()
        meetings.addWidget(self.empty)
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(4, 4, 0, 4)
        self.new_button = QPushButton("&New meeting\u2026 (Ctrl+N)")
        self.new_button.clicked.connect(lambda: self.new_meeting())
        left_layout.addWidget(self.new_button)
        self.programme_button = QPushButton("Programme to &calendar\u2026")
        self.programme_button.clicked.connect(lambda: self.programme_to_calendar())
        left_layout.addWidget(self.programme_button)
        self.list = QListWidget()
        self.list.setAccessibleName("Meetings, latest first")
        self.list.setSpacing(3)
        self.list.setWordWrap(True)
        self.list.currentRowChanged.connect(self._chosen)
        left_layout.addWidget(self.list, 1)
        split.addWidget(left)
        self.meetings_list = left
        self.views = QTabWidget()
        self.agenda = AgendaEditor(ctx)
        self.table = MeetingMode(ctx)
        self.minutes = MinutesPane(ctx)
        self.views.addTab(self.agenda, "A&genda")
        self.views.addTab(self.table, "At the &table")
        self.views.addTab(self.minutes, "Min&utes")
        self.views.currentChanged.connect(self._view_changed)
        split.addWidget(self.views)
        split.setSizes([230, 1100])
        split.setStretchFactor(1, 1)
        self.tabs.addTab(meetings, "&Meetings")

        self.register = RegisterView(ctx)
        self.attendance = AttendanceView(ctx)
        self.tabs.addTab(self.register, "&Decisions register")
        self.tabs.addTab(self.attendance, "Atte&ndance")
        self.tabs.currentChanged.connect(self._tab_changed)
        for view in (self.agenda, self.table, self.minutes, self.attendance):
            view.changed.connect(self._changed)

        self.new_action = local_action(self, "New meeting\u2026", "Ctrl+N", self.new_meeting)
        self.settings_action = QAction("&Meetings settings\u2026", self)
        self.settings_action.setShortcut(QKeySequence("Ctrl+Alt+M"))
        self.settings_action.triggered.connect(lambda _checked=False: self.show_settings())
        self.reload()

    # --- the main window's hooks -------------------------------------------------------------

    def menu_actions(self) -> dict[str, list[QAction]]:
        return {"File": [self.new_action, self.settings_action]}

    def badge(self) -> str:
        return register.summary(self.ctx.today())[0]

    def alerts(self) -> list[str]:
        return list(register.summary(self.ctx.today())[1])

    def take_focus(self) -> None:
        self.list.setFocus(Qt.FocusReason.OtherFocusReason)

    # --- list --------------------------------------------------------------------------------

    def reload(self, keep: int | None = None) -> None:
        current = keep if keep is not None else self.meeting_id()
        self.list.blockSignals(True)
        self.list.clear()
        for m in agenda.meetings():
            state = MINUTE_STATES.get(m.minutes_state, "")
            body = "Council" if m.committee_id is None else m.body.replace(" Committee", "")
            entry = QListWidgetItem(f"{m.on:%d/%m/%Y}  {body}\n{m.title.split(' of ')[0]}"
                                    f" \u2022 {state}")
            entry.setData(ID_ROLE, m.id)
            self.list.addItem(entry)
        self.list.blockSignals(False)
        if self.list.count():
            self.empty.clear_state()
            self.meetings_stack.setCurrentWidget(self.meetings_split)
        else:
            self.empty.show_state(
                "No meetings yet. A new meeting starts its agenda and summons here; the "
                "minutes and the decisions register follow from it.",
                [("New meeting…", lambda: self.new_meeting())])
            self.meetings_stack.setCurrentWidget(self.empty)
        ids = [self.list.item(i).data(ID_ROLE) for i in range(self.list.count())]
        if current in ids:
            self.list.setCurrentRow(ids.index(current))
        elif ids:
            upcoming = [m for m in agenda.meetings() if m.on >= self.ctx.today()]
            first = min(upcoming, key=lambda m: m.on).id if upcoming else ids[0]
            self.list.setCurrentRow(ids.index(first))
        else:
            self._chosen()
        self.badgeChanged.emit(self.badge())
        self.alertsChanged.emit()

    def meeting_id(self) -> int | None:
        entry = self.list.currentItem()
        return int(entry.data(ID_ROLE)) if entry else None

    def select_meeting(self, meeting_id: int) -> None:
        ids = [self.list.item(i).data(ID_ROLE) for i in range(self.list.count())]
        self.list.setCurrentRow(ids.index(meeting_id))

    def _chosen(self, *_args: object) -> None:
        meeting_id = self.meeting_id()
        self.programme_button.setToolTip(
            f"Save every meeting of {self.programme_year()} as a calendar file (.ics) for "
            "Outlook or any other calendar")
        self._view_changed(self.views.currentIndex(), meeting_id)

    print_title = "Minutes"
    print_hint = "Choose a meeting and open its Minutes tab, then print them."

    def printable_pdf(self) -> bytes | None:
        """File > Print…: the chosen meeting's minutes, when the Minutes tab is open."""
        meeting_id = self.meeting_id()
        if self.views.currentWidget() is not self.minutes or meeting_id is None:
            return None
        self.minutes.flush()
        return papers.minutes_pdf(meeting_id)

    def _view_changed(self, index: int, meeting_id: int | None = None) -> None:
        meeting_id = meeting_id if meeting_id is not None else self.meeting_id()
        for view in (self.agenda, self.table, self.minutes):
            view.flush()
        view = (self.agenda, self.table, self.minutes)[index]
        # At the table every pixel goes to the record: the meetings list steps aside.
        self.meetings_list.setVisible(index != TABLE_TAB)
        view.set_meeting(meeting_id)

    def _tab_changed(self, index: int) -> None:
        if self.tabs.widget(index) is self.register:
            self.register.reload()
        elif self.tabs.widget(index) is self.attendance:
            self.attendance.reload()

    def _changed(self) -> None:
        current = self.meeting_id()
        self.reload(current)

    def show_meeting_mode(self) -> None:
        self.tabs.setCurrentIndex(0)
        self.views.setCurrentIndex(TABLE_TAB)

    # --- actions -----------------------------------------------------------------------------

    def new_meeting(self) -> int | None:
        committees = {c.id: c.name for c in members.committees() if c.id is not None}
        wanted = NewMeetingDialog.ask(committees, self.ctx.today(), self)
        if wanted is None:
            return None
        made: list[int] = []
        if attempt(self, lambda: made.append(agenda.create_meeting(wanted, self.ctx.actor).id
                                             or 0)):
            self.tabs.setCurrentIndex(0)
            self.views.setCurrentIndex(AGENDA_TAB)
            self.reload(made[0])
            return made[0]
        return None

    def programme_year(self) -> int:
        """The chosen meeting's year, or this year when none is chosen."""
        meeting_id = self.meeting_id()
        return agenda.get_meeting(meeting_id).on.year if meeting_id else self.ctx.today().year

    def programme_to_calendar(self, path: Path | None = None) -> Path | None:
        """Every meeting of the chosen meeting's year as one calendar file."""
        return exports.programme_to_calendar(self, self.ctx, self.programme_year(), path)

    def show_settings(self) -> bool:
        """The council's seats and the committees' quorums; the checks follow the change."""
        if not MeetingsSettingsDialog(self.ctx, self).exec():
            return False
        self.reload()
        return True


def create(ctx: AppContext, parent: QWidget | None = None) -> QWidget:
    return MeetingsPage(ctx, parent)
