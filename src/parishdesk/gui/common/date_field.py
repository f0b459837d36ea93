"""The one date field of the whole app: the clerk types a date as they would write it.

It takes ``15/03/2024``, ``15/3/24``, ``15032024``, ``15 Mar 2024``, ``15 March 2024``,
``today``, ``yesterday`` and ``tomorrow`` (the reading is :func:`parishdesk.domain.dates.
parse_typed_date`), says beside it what it understood ("Friday 15 March 2024") while the
clerk types, and says plainly when the text is not a date ("February 2025 has no day 31").
An optional field can be emptied to "Not recorded" and typed into again. The calendar
button beside it picks a date with the mouse.

It is a line edit, not a QDateEdit: nothing jumps between day, month and year sections and
the wheel cannot change it. Designer forms use it as a promoted ``QWidget``.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtCore import QDate, QPoint, Qt, Signal
from PySide6.QtWidgets import (
    QCalendarWidget,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QSizePolicy,
    QToolButton,
    QWidget,
)

from parishdesk.domain.dates import long_date, parse_typed_date, short_date
from parishdesk.gui.common.labels import ERROR_STYLE

UNDERSTOOD_STYLE = "color: #4a4a4a;"


def _pydate(value: QDate | dt.date | None) -> dt.date | None:
    if value is None or isinstance(value, dt.date):
        return value
    if not value.isValid():
        return None
    return dt.date(value.year(), value.month(), value.day())


def _qdate(day: dt.date | None) -> QDate:
    return QDate() if day is None else QDate(day.year, day.month, day.day)


class DateField(QWidget):
    """A typed date with what it was understood as, a plain problem, and a calendar."""

    #: The date understood changed (a null QDate when the field was emptied).
    dateChanged = Signal(QDate)  # noqa: N815 - named as QDateEdit's signal
    #: The clerk finished with the field (left it, pressed Enter or picked on the calendar)
    #: and it holds an acceptable date other than before: the moment to save at once.
    committed = Signal(QDate)

    def __init__(self, parent: QWidget | None = None, *, optional: bool = False,
                 today: Callable[[], dt.date] = dt.date.today) -> None:
        super().__init__(parent)
        self._today = today
        self._optional = optional
        self._empty_text = "Not recorded"
        self._minimum: dt.date | None = None
        self._maximum: dt.date | None = None
        self._value: dt.date | None = None
        self._problem: str | None = None
        self._committed: dt.date | None = None
        #: The clerk has typed here (or tried to save): only then does an empty required
        #: date say "Type a date" beside it, not on a form just opened.
        self._touched = False

        self.edit = QLineEdit()
        self.edit.setMaxLength(40)
        self.calendar_button = QToolButton()
        self.calendar_button.setText("\N{BLACK DOWN-POINTING TRIANGLE}")
        self.calendar_button.setToolTip("Choose the date on a calendar")
        self.calendar_button.setAccessibleName("Choose the date on a calendar")
        self.calendar_button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.understood = QLabel()
        self.understood.setWordWrap(False)  # wrapped only for a problem (see _show)
        self.understood.setAccessibleName("Date understood")
        self.understood.setTextInteractionFlags(Qt.TextInteractionFlag.NoTextInteraction)

        # One line, level with the field's label: the text box, the calendar button, and
        # what was understood (or what is wrong) to the right.
        self.edit.setMinimumWidth(125)
        self.edit.setMaximumWidth(190)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(2)
        row.addWidget(self.edit, 2)
        row.addWidget(self.calendar_button)
        row.addSpacing(6)
        row.addWidget(self.understood, 3)
        self.setFocusProxy(self.edit)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)

        self._calendar: QCalendarWidget | None = None
        self.edit.textEdited.connect(self._edited)
        self.edit.editingFinished.connect(self._tidy)
        self.calendar_button.clicked.connect(self.show_calendar)
        self.set_optional(optional)

    # -- what the clerk typed ---------------------------------------------------
    def _read(self, text: str) -> tuple[dt.date | None, str | None]:
        try:
            day = parse_typed_date(text, self._today())
        except ValueError as exc:
            return None, str(exc)
        if day is None:
            return None, None if self._optional else "Type a date, for example 15/03/2024."
        if self._minimum is not None and day < self._minimum:
            return None, f"The date cannot be before {long_date(self._minimum)}."
        if self._maximum is not None and day > self._maximum:
            return None, f"The date cannot be after {long_date(self._maximum)}."
        return day, None

    def _edited(self, text: str) -> None:
        self._touched = True
        self._typed(text)

    def _typed(self, text: str) -> None:
        day, problem = self._read(text)
        self._problem = problem
        changed = problem is None and day != self._value
        if problem is None:
            self._value = day
        self._show()
        if changed:
            self.dateChanged.emit(_qdate(day))

    def _tidy(self) -> None:
        """Once the clerk leaves the field, a date they typed reads as dd/mm/yyyy."""
        self._touched = True
        self._show()
        if self._problem is None and self._value is not None:
            self.edit.setText(short_date(self._value))
        self._commit()

    def _commit(self) -> None:
        if self._problem is None and self._value != self._committed:
            self._committed = self._value
            self.committed.emit(_qdate(self._value))

    def _show(self) -> None:
        shown = self._problem is not None and (self._touched or bool(self.edit.text()))
        self.understood.setWordWrap(shown)
        if shown and self._problem is not None:
            self.understood.setText(f"\u26a0 {self._problem}")
            self.understood.setStyleSheet(ERROR_STYLE)
            self.edit.setToolTip(self._problem)
        elif self._value is None:
            self.understood.setText(self._empty_text if self._optional else "")
            self.understood.setStyleSheet(UNDERSTOOD_STYLE)
            self.edit.setToolTip("")
        else:
            self.understood.setText(long_date(self._value))
            self.understood.setStyleSheet(UNDERSTOOD_STYLE)
            self.edit.setToolTip(long_date(self._value))

    # -- the program's side ------------------------------------------------------
    def value(self) -> dt.date | None:
        """The date understood; None when empty or when the text is not (yet) a date."""
        return None if self._problem is not None else self._value

    def problem(self) -> str | None:
        """What is wrong with the text, in plain words; None when it is fine."""
        return self._problem

    def is_acceptable(self) -> bool:
        return self._problem is None

    def mark_checked(self) -> None:
        """The form is being saved: show the problem (an empty required date too)."""
        self._touched = True
        self._show()

    def set_value(self, day: QDate | dt.date | None) -> None:
        day = _pydate(day)
        self.edit.setText("" if day is None else short_date(day))
        changed = day != self._value
        self._value = day
        self._committed = day
        self._touched = False
        self._problem = None
        if day is None and not self._optional:
            self._problem = "Type a date, for example 15/03/2024."
        self._show()
        if changed:
            self.dateChanged.emit(_qdate(day))

    def text(self) -> str:
        return self.edit.text()

    # QDateEdit's names, so that code written for one reads the same.
    def date(self) -> QDate:
        """The date understood as a QDate (a null QDate when there is none)."""
        return _qdate(self.value())

    def setDate(self, day: QDate | dt.date | None) -> None:  # noqa: N802 - as QDateEdit
        self.set_value(day)

    def setMinimumDate(self, day: QDate | dt.date) -> None:  # noqa: N802 - as QDateEdit
        self._minimum = _pydate(day)
        self._typed(self.edit.text())

    def setMaximumDate(self, day: QDate | dt.date) -> None:  # noqa: N802 - as QDateEdit
        self._maximum = _pydate(day)
        self._typed(self.edit.text())

    def set_optional(self, optional: bool, empty_text: str = "Not recorded") -> None:
        """An optional date may be left empty; it then reads ``empty_text``."""
        self._optional = optional
        self._empty_text = empty_text
        self.edit.setClearButtonEnabled(optional)
        self.edit.setPlaceholderText(empty_text if optional else "dd/mm/yyyy")
        self._typed(self.edit.text())

    def set_today(self, today: Callable[[], dt.date]) -> None:
        """Where "today" comes from (the app's own clock in tests and the demo)."""
        self._today = today

    def setAccessibleName(self, name: str) -> None:  # noqa: N802 - Qt override
        super().setAccessibleName(name)
        self.edit.setAccessibleName(name)

    # -- the calendar --------------------------------------------------------------
    def show_calendar(self) -> QCalendarWidget:
        if self._calendar is None:
            calendar = QCalendarWidget(self)
            calendar.setWindowFlags(Qt.WindowType.Popup)
            calendar.setFirstDayOfWeek(Qt.DayOfWeek.Monday)
            calendar.setGridVisible(True)
            calendar.setAccessibleName("Calendar")
            calendar.clicked.connect(self._picked)
            calendar.activated.connect(self._picked)
            self._calendar = calendar
        calendar = self._calendar
        calendar.setSelectedDate(_qdate(self.value() or self._today()))
        if self._minimum is not None:
            calendar.setMinimumDate(_qdate(self._minimum))
        if self._maximum is not None:
            calendar.setMaximumDate(_qdate(self._maximum))
        calendar.move(self.mapToGlobal(QPoint(0, self.edit.height())))
        calendar.show()
        calendar.setFocus()
        return calendar

    def _picked(self, day: QDate) -> None:
        if self._calendar is not None:
            self._calendar.hide()
        before = self._committed
        self.set_value(day)
        self._committed = before
        self._commit()
        self.edit.setFocus()


def first_unreadable_date(container: QWidget) -> DateField | None:
    """The first date field in ``container`` whose text is not an acceptable date, given
    the focus so the clerk sees its message; None when every date is fine."""
    for field in container.findChildren(DateField):
        if field.isVisibleTo(container) and field.isEnabled() and not field.is_acceptable():
            field.mark_checked()
            field.setFocus()
            field.edit.selectAll()
            return field
    return None
