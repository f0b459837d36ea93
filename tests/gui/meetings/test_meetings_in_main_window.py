"""The Meetings area inside the main window: its badge, and the six-month warning in the
reminder banner once, in plain words."""

from __future__ import annotations


def test_meetings_area_is_built_with_badge_and_one_attendance_warning(main_window) -> None:  # type: ignore[no-untyped-def]
    from parishdesk.gui.meetings import MeetingsPage

    assert isinstance(main_window.pages["meetings"], MeetingsPage)
    banner = main_window.ui.alertBanner.text()
    assert banner.count("Cllr Eleanor Fairweather last attended on 09/07/2026") == 1
    assert "MEET-9" not in banner
    labels = [main_window.ui.navList.item(i).text()
              for i in range(main_window.ui.navList.count())]
    assert "Meetings (1 attendance)" in labels
