"""The Enquiries area inside the main window: keyboard shortcuts after choosing the area."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from parishdesk.gui.enquiry_capture import QuickCaptureDialog


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
