"""Small shared pieces for the Members area: dates in and out of QDateEdit, field messages."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate
from PySide6.QtWidgets import QApplication, QDateEdit, QLabel, QStyle, QWidget

#: An optional QDateEdit shows "Not recorded" at this date (its minimum).
EMPTY_DATE = QDate(1900, 1, 1)


def to_qdate(day: dt.date | None) -> QDate:
    return EMPTY_DATE if day is None else QDate(day.year, day.month, day.day)


def from_qdate(value: QDate) -> dt.date | None:
    if not value.isValid() or value == EMPTY_DATE:
        return None
    return dt.date(value.year(), value.month(), value.day())


def setup_date(edit: QDateEdit, day: dt.date | None, optional: bool) -> None:
    """dd/mm/yyyy with a calendar popup; an optional date can be left "Not recorded"."""
    edit.setDisplayFormat("dd/MM/yyyy")
    edit.setCalendarPopup(True)
    if optional:
        edit.setMinimumDate(EMPTY_DATE)
        edit.setSpecialValueText("Not recorded")
    edit.setDate(to_qdate(day) if (day is not None or optional) else QDate.currentDate())


def show_message(label: QLabel, message: str) -> None:
    """A field's problem beside it: a warning sign and words (not colour alone)."""
    if message:
        label.setText(f"\u26a0 {message}")
        label.setStyleSheet("color: #a4262c;")
        label.setToolTip(message)
    else:
        label.setText("")
        label.setToolTip("")
    label.setVisible(bool(message))


def warning_icon(widget: QWidget | None = None):  # type: ignore[no-untyped-def]
    style = widget.style() if widget is not None else QApplication.style()
    return style.standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning)
