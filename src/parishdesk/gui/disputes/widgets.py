"""Small widgets the Disputes windows share."""

from __future__ import annotations

import datetime as dt
from typing import cast

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QFormLayout,
    QLabel,
    QSizePolicy,
    QWidget,
)

from parishdesk.errors import ParishDeskError
from parishdesk.gui.common.date_field import DateField
from parishdesk.gui.common.labels import ERROR_STYLE


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
    label.setStyleSheet(ERROR_STYLE)
    label.setVisible(False)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    # Never take more height than the words need (spare room goes to the other fields).
    label.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)
    return label


def show_problems(label: QLabel, problems: dict[str, str],
                  beside: dict[str, QLabel] | None = None) -> None:
    """Each problem beside its field where the dialog has a place for it (``beside``), the
    rest in the dialog's own message line; a warning sign and words, not colour alone."""
    beside = beside or {}
    shown: dict[int, list[str]] = {}
    for name, field_label in beside.items():
        messages = shown.setdefault(id(field_label), [])
        if problems.get(name):
            messages.append(f"\u26a0 {problems[name]}")
        field_label.setText("\n".join(messages))
        field_label.setVisible(bool(messages))
        field_label.setMinimumHeight(0)
        field_label.setMaximumHeight(16777215)
    rest = [p for name, p in problems.items() if name not in beside]
    label.setText("\n".join(f"\u26a0 {p}" for p in rest))
    label.setVisible(bool(rest))
    window = label.window()
    if window.layout() is not None:
        window.layout().activate()  # type: ignore[union-attr]
    for field_label in beside.values():  # exactly as tall as its words at its real width
        if field_label.isVisibleTo(window) and field_label.width() > 50:
            field_label.setFixedHeight(field_label.heightForWidth(field_label.width()))
    _grow_to_fit(window)


def _grow_to_fit(window: QWidget) -> None:
    """Make a dialog taller so that every message shows whole (never smaller)."""
    layout = window.layout()
    if layout is None:
        return
    layout.activate()
    wanted = max(layout.totalMinimumSize().height(), layout.totalHeightForWidth(window.width()))
    if wanted > window.height():
        window.resize(window.width(), wanted)


def beside_fields(owner: QWidget, fields: dict[str, QWidget]) -> dict[str, QLabel]:
    """A problem line (hidden until needed) just under each named field of the owner's forms,
    for :func:`show_problems`. Several names may share one field."""
    placed: dict[str, QLabel] = {}
    by_widget: dict[int, QLabel] = {}
    forms = owner.findChildren(QFormLayout)
    for name, widget in fields.items():
        if id(widget) in by_widget:
            placed[name] = by_widget[id(widget)]
            continue
        for form in forms:
            row, _role = cast("tuple[int, object]", form.getWidgetPosition(widget))
            if row >= 0:
                label = error_label()
                label.setAccessibleName(f"{widget.accessibleName() or name} problem")
                form.insertRow(row + 1, "", label)
                placed[name] = by_widget[id(widget)] = label
                label.field_widget = widget  # type: ignore[attr-defined]
                break
    return placed
