"""The New meeting dialog (a Designer form): which body, kind, date, time and place."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, QTime
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QWidget

from parishdesk.domain.meetings.records import MEETING_KINDS, Meeting
from parishdesk.gui.common.date_field import first_unreadable_date
from parishdesk.gui.forms.ui_meetings_new_dialog import Ui_MeetingsNewDialog

DEFAULT_PLACE = "The Village Hall"


class NewMeetingDialog(QDialog):
    def __init__(self, committees: dict[int, str], today: dt.date, place: str = "",
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_MeetingsNewDialog()
        self.ui.setupUi(self)
        self.ui.bodyCombo.addItem("Full council", None)
        for committee_id, name in committees.items():
            self.ui.bodyCombo.addItem(name, committee_id)
        for key, label in MEETING_KINDS.items():
            self.ui.kindCombo.addItem(label, key)
        self.ui.kindCombo.setCurrentIndex(1)
        self.ui.dateEdit.setDate(QDate(today.year, today.month, today.day).addDays(14))
        self.ui.timeEdit.setTime(QTime(19, 30))
        self.ui.placeEdit.setText(place or DEFAULT_PLACE)
        self.ui.dateEdit.set_today(lambda: today)
        self.ui.buttons.accepted.connect(self._accept)
        self.ui.buttons.rejected.connect(self.reject)
        self.ui.buttons.button(QDialogButtonBox.StandardButton.Save).setText("Create meeting")

    def collect(self) -> Meeting | dict[str, str]:
        place = self.ui.placeEdit.text().strip()
        if not place:
            return {"place": "Say where the meeting is held: the summons names the place."}
        day, clock = self.ui.dateEdit.date(), self.ui.timeEdit.time()
        on = dt.date(day.year(), day.month(), day.day())
        at = dt.time(clock.hour(), clock.minute())
        return Meeting(committee_id=self.ui.bodyCombo.currentData(),
                       kind=self.ui.kindCombo.currentData(), on=on, at=at, place=place)

    def _accept(self) -> None:
        if first_unreadable_date(self) is not None:
            return  # the date field says beside it what is wrong
        result = self.collect()
        if isinstance(result, dict):
            self.ui.placeError.setText(result["place"])
            self.ui.placeEdit.setFocus()
            return
        self.accept()

    @classmethod
    def ask(cls, committees: dict[int, str], today: dt.date,
            parent: QWidget | None = None) -> Meeting | None:
        dialog = cls(committees, today, parent=parent)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        result = dialog.collect()
        return result if isinstance(result, Meeting) else None
