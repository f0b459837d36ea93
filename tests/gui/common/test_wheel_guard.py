"""Nothing changes by accident: a wheel over an unfocused combo, spin box, date field or
slider leaves its value (and the saved record) alone; with the focus it works as usual."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import QDate, QPoint, QPointF, Qt
from PySide6.QtGui import QWheelEvent
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QDateEdit,
    QScrollArea,
    QSlider,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from parishdesk.gui.common import background
from parishdesk.gui.common.context import AppContext
from parishdesk.gui.enquiries.page import EnquiriesPage
from parishdesk.store import audit, enquiry_store
from parishdesk.store.council_store import get_council

TODAY = dt.date(2026, 11, 23)
NOW = dt.datetime(2026, 11, 23, 10, 5)


def wheel(widget: QWidget, notches: int = -1) -> None:
    """One notch of the mouse wheel over the middle of ``widget`` (down when negative)."""
    centre = QPointF(widget.rect().center())
    event = QWheelEvent(centre, QPointF(widget.mapToGlobal(centre.toPoint())), QPoint(0, 0),
                        QPoint(0, 120 * notches), Qt.MouseButton.NoButton,
                        Qt.KeyboardModifier.NoModifier, Qt.ScrollPhase.NoScrollPhase, False)
    QApplication.sendEvent(widget, event)


@pytest.fixture
def ctx(demo, paths) -> AppContext:  # type: ignore[no-untyped-def]
    background.SYNCHRONOUS = True
    return AppContext(paths, get_council(), "clerk", lambda: TODAY, lambda: NOW)


def test_wheel_over_the_enquiry_priority_changes_and_saves_nothing(ctx, qtbot) -> None:
    page = EnquiriesPage(ctx)
    qtbot.addWidget(page)
    page.resize(1366, 768)
    page.show()
    row = page.model.row_at(0)
    assert row is not None
    page.select_enquiry(row.id)
    detail = page.detail
    page.ui.table.setFocus()  # the clerk is in the list, not in the combo
    before = enquiry_store.get(row.id)
    assert before is not None
    entries = audit.count()
    for combo in (detail.priority_combo, detail.assign_combo):
        assert not combo.hasFocus()
        index = combo.currentIndex()
        wheel(combo, -1)
        wheel(combo, +1)
        wheel(combo, -1)
        assert combo.currentIndex() == index
    assert audit.count() == entries
    after = enquiry_store.get(row.id)
    assert after is not None
    assert (after.priority, after.assigned_to_id) == (before.priority, before.assigned_to_id)


def test_every_kind_of_control_is_guarded_and_works_with_the_focus(qtbot) -> None:
    window = QWidget()
    qtbot.addWidget(window)
    combo = QComboBox()
    combo.addItems(["Normal", "High", "Urgent"])
    spin = QSpinBox()
    date = QDateEdit(QDate(2024, 3, 15))
    slider = QSlider(Qt.Orientation.Horizontal)
    layout = QVBoxLayout(window)
    for control in (combo, spin, date, slider):
        layout.addWidget(control)
    window.show()
    qtbot.waitExposed(window)

    def value(control: QWidget) -> object:
        if isinstance(control, QComboBox):
            return control.currentIndex()
        if isinstance(control, QDateEdit):
            return control.date()
        return control.value()  # type: ignore[attr-defined]

    for control in (combo, spin, date, slider):
        start = value(control)
        wheel(control, -1)
        wheel(control, +1)
        wheel(control, +1)
        assert value(control) == start, control
    window.activateWindow()
    combo.setFocus()
    qtbot.waitUntil(combo.hasFocus)
    wheel(combo, -1)  # a focused choice: the wheel is the clerk's own
    assert combo.currentIndex() == 1


def test_a_wheel_turn_never_gives_a_control_the_focus(qtbot) -> None:
    """Qt focuses a "wheel focus" control on a real wheel turn before any filter sees it;
    the guard makes every control take the focus on a click or Tab only."""
    window = QWidget()
    qtbot.addWidget(window)
    controls = (QComboBox(), QSpinBox(), QDateEdit(), QSlider(Qt.Orientation.Horizontal))
    assert QComboBox().focusPolicy() == Qt.FocusPolicy.WheelFocus  # Qt's own default
    layout = QVBoxLayout(window)
    for control in controls:
        layout.addWidget(control)
    window.show()
    qtbot.waitExposed(window)
    for control in controls:
        assert control.focusPolicy() == Qt.FocusPolicy.StrongFocus, control


def test_the_wheel_still_scrolls_the_pane_around_the_control(qtbot) -> None:
    area = QScrollArea()
    qtbot.addWidget(area)
    inner = QWidget()
    column = QVBoxLayout(inner)
    combos = []
    for _ in range(40):
        combo = QComboBox()
        combo.addItems(["Normal", "High"])
        column.addWidget(combo)
        combos.append(combo)
    area.setWidget(inner)
    area.resize(300, 200)
    area.show()
    qtbot.waitExposed(area)
    qtbot.waitUntil(lambda: area.verticalScrollBar().maximum() > 0)
    assert area.verticalScrollBar().value() == 0
    wheel(combos[1], -1)
    assert area.verticalScrollBar().value() > 0
    assert all(combo.currentIndex() == 0 for combo in combos)


def test_priority_saves_only_on_the_clerks_own_choice(ctx, qtbot) -> None:
    """A mere change of the shown value saves nothing; choosing with the keyboard or the
    mouse (QComboBox.activated) saves and is written to the history."""
    page = EnquiriesPage(ctx)
    qtbot.addWidget(page)
    row = page.model.row_at(0)
    assert row is not None
    page.select_enquiry(row.id)
    combo = page.detail.priority_combo
    before = enquiry_store.get(row.id)
    assert before is not None
    other = next(i for i in range(combo.count()) if combo.itemData(i) != before.priority)
    entries = audit.count()
    combo.setCurrentIndex(other)  # shown, not chosen
    assert audit.count() == entries
    assert enquiry_store.get(row.id).priority == before.priority  # type: ignore[union-attr]
    combo.activated.emit(other)  # the clerk's choice
    assert audit.count() > entries
    assert enquiry_store.get(row.id).priority == combo.itemData(other)  # type: ignore[union-attr]
