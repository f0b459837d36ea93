"""The Meetings area inside the main window: its badge and reminder lines, the same before
the page is built (from the overview) and after, with the six-month warning once."""

from __future__ import annotations


def _state(window) -> tuple[str, list[str]]:  # type: ignore[no-untyped-def]
    nav = window.ui.navList
    return window.ui.alertBanner.text(), [nav.item(i).text() for i in range(nav.count())]


def test_meetings_badge_and_banner_before_and_after_the_page_is_built(main_window) -> None:  # type: ignore[no-untyped-def]
    from parishdesk.gui.meetings import MeetingsPage

    banner, labels = _state(main_window)
    assert banner.count("Cllr Eleanor Fairweather last attended on 09/07/2026") == 1
    assert "MEET-" not in banner
    assert "Meetings (1 attendance)" in labels
    page = main_window.page("meetings")
    assert isinstance(page, MeetingsPage)
    assert _state(main_window) == (banner, labels)
