"""Small widgets the Disputes windows share."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, QEvent, QObject, Qt
from PySide6.QtWidgets import QAbstractSpinBox, QComboBox, QDateEdit, QLabel, QWidget


class _NoWheel(QObject):
    """Ignore the mouse wheel on a combo, spin or date box that does not have the focus, so
    scrolling a page never changes a value by accident."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt name
        if event.type() == QEvent.Type.Wheel and isinstance(watched, QWidget) \
                and not watched.hasFocus():
            event.ignore()
            return True
        return False


_FILTER: _NoWheel | None = None


def no_wheel(*widgets: QWidget) -> None:
    global _FILTER
    if _FILTER is None:
        _FILTER = _NoWheel()
    for w in widgets:
        if isinstance(w, (QComboBox, QAbstractSpinBox)):
            w.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
            w.installEventFilter(_FILTER)


def date_edit(day: dt.date, name: str) -> QDateEdit:
    edit = QDateEdit(QDate(day.year, day.month, day.day))
    edit.setCalendarPopup(True)
    edit.setDisplayFormat("dd/MM/yyyy")
    edit.setAccessibleName(name)
    edit.setMaximumWidth(170)
    no_wheel(edit)
    return edit


def to_date(edit: QDateEdit) -> dt.date:
    q = edit.date()
    return dt.date(q.year(), q.month(), q.day())


def error_label() -> QLabel:
    label = QLabel()
    label.setWordWrap(True)
    label.setStyleSheet("color: #9c1c1c;")
    label.setVisible(False)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return label


def show_problems(label: QLabel, problems: dict[str, str]) -> None:
    label.setText("\n".join(f"\u26a0 {p}" for p in problems.values()))
    label.setVisible(bool(problems))
