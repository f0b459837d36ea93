"""The Enquiries area inside the main window: keyboard shortcuts after choosing the area."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from parishdesk.gui.enquiries.capture import QuickCaptureDialog


def test_ctrl_n_opens_quick_capture_right_after_choosing_the_area(main_window, qtbot,
                                                                   monkeypatch) -> None:
    opened: list[int] = []
    monkeypatch.setattr(QuickCaptureDialog, "ask",
                        classmethod(lambda cls, *args, **kwargs: opened.append(1)))
    main_window.activateWindow()
    qtbot.waitUntil(main_window.isActiveWindow)
    main_window.show_area("members")
    main_window.ui.navList.setFocus()  # the clerk has just clicked the navigation list
    qtbot.waitUntil(lambda: main_window.ui.navList.hasFocus())
    page = main_window.show_area("enquiries")
    qtbot.waitUntil(lambda: page.isAncestorOf(QApplication.focusWidget()))
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    assert opened == [1]


def _fully_visible(table, column: int) -> bool:  # type: ignore[no-untyped-def]
    left = table.columnViewportPosition(column)
    return (not table.isColumnHidden(column) and left >= 0
            and left + table.columnWidth(column) <= table.viewport().width())


def test_status_due_and_days_left_are_in_view_at_1280_by_760(main_window, qtbot) -> None:
    main_window.resize(1280, 760)
    page = main_window.show_area("enquiries")
    qtbot.waitUntil(lambda: page.isVisible() and page.width() < 1200)
    table = page.ui.table
    for column in (5, 6, 7):  # Status, Due, Working days left
        assert _fully_visible(table, column), column
    assert not table.isColumnHidden(4)  # there is room for "Assigned to" too
    # The details sit below the table, so the table has the whole width.
    assert page.ui.splitter.orientation() == Qt.Orientation.Vertical
