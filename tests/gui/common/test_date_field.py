"""The one date field, typed into with qtbot the way a clerk types."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import QDate, Qt

from parishdesk.gui.common.date_field import DateField

TODAY = dt.date(2026, 11, 22)


@pytest.fixture
def field(qtbot) -> DateField:
    widget = DateField(today=lambda: TODAY)
    widget.setAccessibleName("Joined on")
    qtbot.addWidget(widget)
    widget.show()
    return widget


def type_into(qtbot, field: DateField, text: str) -> None:
    field.edit.selectAll()
    qtbot.keyClick(field.edit, Qt.Key.Key_Backspace)
    qtbot.keyClicks(field.edit, text)


@pytest.mark.parametrize("typed", ["15/03/2024", "15/3/24", "15032024", "15 Mar 2024",
                                   "15 March 2024"])
def test_each_way_of_typing_gives_the_same_day(field, qtbot, typed) -> None:
    field.set_value(dt.date(2023, 5, 15))  # something else there first, as in a real form
    type_into(qtbot, field, typed)
    assert field.value() == dt.date(2024, 3, 15)
    assert field.understood.text() == "Friday 15 March 2024"
    assert field.problem() is None
    qtbot.keyClick(field.edit, Qt.Key.Key_Tab)
    field.edit.editingFinished.emit()
    assert field.text() == "15/03/2024"


def test_words_for_days(field, qtbot) -> None:
    type_into(qtbot, field, "today")
    assert field.value() == TODAY
    assert field.understood.text() == "Sunday 22 November 2026"
    type_into(qtbot, field, "yesterday")
    assert field.value() == dt.date(2026, 11, 21)
    type_into(qtbot, field, "tomorrow")
    assert field.date() == QDate(2026, 11, 23)


def test_the_clerk_sees_the_meaning_while_typing(field, qtbot) -> None:
    type_into(qtbot, field, "15/3")
    assert field.value() is None
    assert "not a date ParishDesk can read" in field.understood.text()
    qtbot.keyClicks(field.edit, "/24")
    assert field.understood.text() == "Friday 15 March 2024"


def test_a_day_that_does_not_exist_is_refused_beside_the_field(field, qtbot) -> None:
    type_into(qtbot, field, "31/02/2025")
    assert field.value() is None
    assert field.date().isNull()
    assert not field.is_acceptable()
    assert field.problem() == "“31/02/2025” is not a date: February 2025 has no day 31."
    assert field.understood.text() == f"\u26a0 {field.problem()}"
    assert field.understood.isVisible()


def test_an_optional_date_clears_to_not_recorded_and_takes_typing_again(qtbot) -> None:
    field = DateField(optional=True, today=lambda: TODAY)
    qtbot.addWidget(field)
    field.show()
    field.set_value(dt.date(2024, 3, 15))
    changes: list[QDate] = []
    field.dateChanged.connect(changes.append)
    type_into(qtbot, field, "")
    assert field.value() is None
    assert field.is_acceptable()
    assert field.understood.text() == "Not recorded"
    assert field.edit.placeholderText() == "Not recorded"
    assert field.text() == ""  # nothing of "Not recorded" stays in the text
    qtbot.keyClicks(field.edit, "10/5/2027")
    assert field.value() == dt.date(2027, 5, 10)
    shown = [d.toString("dd/MM/yyyy") if d.isValid() else "" for d in changes]
    assert shown[0] == "" and shown[-1] == "10/05/2027"


def test_a_required_date_left_empty_says_so(field, qtbot) -> None:
    type_into(qtbot, field, "")
    assert field.problem() == "Type a date, for example 15/03/2024."
    assert not field.is_acceptable()


def test_limits_are_explained(field, qtbot) -> None:
    field.setMaximumDate(TODAY)
    type_into(qtbot, field, "tomorrow")
    assert field.problem() == "The date cannot be after Sunday 22 November 2026."


@pytest.mark.qt_log_ignore("does not support raise", "does not support grabbing")
def test_the_calendar_pops_up_and_a_click_sets_the_date(field, qtbot) -> None:
    field.set_value(dt.date(2024, 3, 15))
    calendar = field.show_calendar()
    assert calendar.isVisible()
    assert calendar.selectedDate() == QDate(2024, 3, 15)
    calendar.clicked.emit(QDate(2024, 3, 20))
    assert not calendar.isVisible()
    assert field.value() == dt.date(2024, 3, 20)
    assert field.text() == "20/03/2024"


def test_the_accessible_name_reaches_the_text_box(field) -> None:
    assert field.edit.accessibleName() == "Joined on"


def test_committed_comes_when_the_clerk_finishes_not_while_typing(field, qtbot) -> None:
    field.set_value(dt.date(2024, 3, 15))
    seen: list[QDate] = []
    field.committed.connect(seen.append)
    type_into(qtbot, field, "1/12/2026")  # passes through 1/12/20, a date, on the way
    assert seen == []
    field.edit.editingFinished.emit()
    assert seen == [QDate(2026, 12, 1)]
    field.edit.editingFinished.emit()  # nothing new
    assert len(seen) == 1
    type_into(qtbot, field, "31/02/2025")
    field.edit.editingFinished.emit()
    assert len(seen) == 1  # not a date: nothing to save
