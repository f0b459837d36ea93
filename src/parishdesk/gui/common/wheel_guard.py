"""Nothing changes by accident: combo boxes, spin boxes, date and time fields and sliders
answer the mouse wheel only when they have the keyboard focus.

One event filter on the application does it for every window. A wheel turned over such a
control while the clerk is only scrolling goes to the scroll area around it instead (or
nowhere), so the value the clerk sees and the saved record stay as they were.

An application-wide filter sees every event of every object, in Python; during start-up
that is thousands of calls (and it makes PySide load ``QStyle`` for the style object's
events). So the desktop app, first thing once its window is painted and before the clerk
can reach it, guards that window's controls one by one (:func:`guard_controls`, which also
stops the wheel giving them the focus, as they were polished before any guard) and then
installs the application-wide filter, for every window and control made later.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QPointF, Qt
from PySide6.QtGui import QWheelEvent
from PySide6.QtWidgets import (
    QAbstractScrollArea,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QSlider,
    QWidget,
)

GUARDED = (QComboBox, QAbstractSpinBox, QSlider)


def _guarded_control(widget: QWidget | None) -> QWidget | None:
    """The combo, spin box or slider the widget is (or belongs to), if any."""
    while widget is not None:
        if isinstance(widget, GUARDED):
            return widget
        if widget.isWindow():
            return None
        widget = widget.parentWidget()
    return None


def _has_focus(control: QWidget) -> bool:
    focused = QApplication.focusWidget()
    return focused is not None and (focused is control or control.isAncestorOf(focused))


def _scroll_area_around(control: QWidget) -> QAbstractScrollArea | None:
    parent = control.parentWidget()
    while parent is not None:
        if isinstance(parent, QAbstractScrollArea) and not isinstance(parent, GUARDED):
            return parent
        if parent.isWindow():
            break
        parent = parent.parentWidget()
    return None


class WheelGuard(QObject):
    """Application-wide event filter; see the module's description."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.Polish and isinstance(watched, GUARDED):
            # Qt gives a control with the "wheel focus" policy the focus on a real wheel
            # turn before any filter sees the turn, which would let the value change: such
            # controls take the focus on a click or Tab only.
            if watched.focusPolicy() == Qt.FocusPolicy.WheelFocus:
                watched.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
            return False
        if not isinstance(event, QWheelEvent) or not isinstance(watched, QWidget):
            return False
        control = _guarded_control(watched)
        if control is None or _has_focus(control):
            return False
        area = _scroll_area_around(control)
        if area is not None:
            # The pane scrolls as the clerk meant; the control's value does not move.
            viewport = area.viewport()
            at = QPointF(viewport.mapFromGlobal(event.globalPosition().toPoint()))
            passed_on = QWheelEvent(at, event.globalPosition(), event.pixelDelta(),
                                    event.angleDelta(), event.buttons(), event.modifiers(),
                                    event.phase(), event.inverted(), event.source())
            QApplication.sendEvent(viewport, passed_on)
        return True


_PROPERTY = "parishdeskWheelGuard"
_CONTROLS_PROPERTY = "parishdeskWheelGuardControls"


def guard_controls(window: QWidget) -> None:
    """Guard the combos, spin boxes, date fields and sliders ``window`` holds now, each with
    a filter of its own (the application-wide one, once installed, covers the rest)."""
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    guard = app.property(_CONTROLS_PROPERTY)
    if not isinstance(guard, WheelGuard):
        guard = WheelGuard(app)
        app.setProperty(_CONTROLS_PROPERTY, guard)
    for kind in GUARDED:
        for control in window.findChildren(kind):
            control.installEventFilter(guard)
            # Already polished, so the filter's Polish step came too late for these: the
            # wheel must not give them the focus either (see WheelGuard.eventFilter).
            if control.focusPolicy() == Qt.FocusPolicy.WheelFocus:
                control.setFocusPolicy(Qt.FocusPolicy.StrongFocus)


def install(app: QApplication) -> WheelGuard:
    """Install the guard on the application once (again: the one already installed)."""
    existing = app.property(_PROPERTY)
    if isinstance(existing, WheelGuard):
        return existing
    guard = WheelGuard(app)
    app.installEventFilter(guard)
    app.setProperty(_PROPERTY, guard)
    return guard
