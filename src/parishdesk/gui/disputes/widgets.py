"""Small widgets the Disputes windows share."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtWidgets import QAbstractSpinBox, QComboBox, QLabel, QWidget

from parishdesk.errors import ParishDeskError
from parishdesk.gui.common.date_field import DateField


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


def date_edit(day: dt.date, name: str) -> DateField:
    """The app's typed date field (see :mod:`parishdesk.gui.common.date_field`)."""
    edit = DateField()
    edit.set_value(day)
    edit.setAccessibleName(name)
    edit.setMaximumWidth(320)
    return edit


def to_date(edit: DateField) -> dt.date:
    """The date in the field; a ParishDeskError with its message if there is none."""
    day = edit.value()
    if day is None:
        raise ParishDeskError(f"{edit.accessibleName()}: {edit.problem() or 'no date'}")
    return day


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
