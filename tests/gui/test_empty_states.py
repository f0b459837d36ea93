"""Empty lists invite the next step; a search that finds nothing says so differently."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtWidgets import QApplication

TODAY = dt.date(2026, 11, 23)


@pytest.fixture
def new_window(qtbot, paths):
    """The main window on a council just set up: only its Clerk is on the register."""
    from parishdesk.domain.council import CouncilDetails
    from parishdesk.gui.common.context import AppContext
    from parishdesk.gui.startup import start
    from parishdesk.services.council import setup_council
    from parishdesk.store import db, schema

    schema.open_database(paths.db_file, paths.backups_dir, TODAY)
    setup_council(CouncilDetails(name="Little Brampton Parish Council"), "Sam Fielding",
                  "test", TODAY)
    db.close()
    window = start(AppContext(paths, actor="test", today=lambda: TODAY))
    assert window is not None
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    yield window
    window.close()
    db.close()


def _page(window, key):
    window.show_area(key)
    QApplication.processEvents()
    return window.page(key)


def _calls(monkeypatch, page, *names):
    called: list[str] = []
    for name in names:
        monkeypatch.setattr(page, name, lambda n=name: called.append(n))
    return called


def test_an_empty_register_offers_add_councillor_and_import(new_window, monkeypatch):
    page = _page(new_window, "members")
    state = page.empty_state
    assert state.text() == "No councillors yet."
    assert [b.text() for b in state.buttons] == ["Add councillor…", "Import from Excel…"]
    called = _calls(monkeypatch, page, "add_councillor", "import_members")
    state.button("Add councillor…").click()
    state.button("Import from Excel…").click()
    assert called == ["add_councillor", "import_members"]
    page.search.setText("Smith")  # searching an empty register: it is still empty
    assert state.text() == "No councillors yet."
    assert page.detail.details_label.text() == "Details appear here when someone is listed."
    page.kind_tabs.setCurrentIndex(1)  # the Clerk is an officer, but not called Smith
    assert state.text() == "No officer matches \u201cSmith\u201d."
    state.button("Clear the search").click()
    assert page.proxy.rowCount() == 1 and not state.isVisibleTo(page)
    new_window.grab().save("/tmp/layout-empty-new-members.png")


def test_a_search_that_finds_nobody_says_so_and_clears(qtbot, main_window):
    page = _page(main_window, "members")
    state = page.empty_state
    assert not state.isVisibleTo(page) and page.proxy.rowCount() > 0
    page.search.setText("Zebedee")
    assert state.text() == "No councillor matches \u201cZebedee\u201d."
    state.button("Clear the search").click()
    assert page.search.text() == "" and not state.isVisibleTo(page)
    page.status_filter.setCurrentIndex(page.status_filter.findData("former"))
    page.role_filter.setCurrentIndex(page.role_filter.count() - 1)
    if page.proxy.rowCount() == 0:
        assert state.text().startswith("No councillor matches these filters.")
        state.button("Show all councillors").click()
        assert page.proxy.rowCount() > 0 and not state.isVisibleTo(page)
    main_window.resize(1200, 760)
    QApplication.processEvents()
    assert "table above" in page.detail.placeholder  # a narrow window: details below
    main_window.resize(1366, 768)
    QApplication.processEvents()
    assert "table on the left" in page.detail.placeholder  # a laptop: details beside


def test_an_empty_inbox_invites_the_first_enquiry(new_window, monkeypatch):
    page = _page(new_window, "enquiries")
    state = page.empty_state
    assert state.text().startswith("No enquiries yet.")
    called = _calls(monkeypatch, page, "quick_capture", "new_full")
    state.button("New enquiry…").click()
    state.button("Full form…").click()
    assert called == ["quick_capture", "new_full"]
    assert page.detail.empty.text() == "The enquiry you choose will show here."
    page.set_filter("overdue")
    assert state.text() == "Nothing is overdue."
    state.button("Show all enquiries").click()
    assert page.filter == "all"
    new_window.grab().save("/tmp/layout-empty-new-inbox.png")


def test_the_inbox_says_where_the_enquiries_are(main_window):
    page = _page(main_window, "enquiries")
    assert page.detail.empty.text().startswith("Choose an enquiry above")


def test_empty_requests_cases_and_meetings_invite_the_next_step(new_window, monkeypatch):
    for key, text, button, slot in (
            ("access", "No information requests yet.", "New request…", "new_request"),
            ("disputes", "No concerns recorded yet.", "New concern…", "new_concern"),
            ("meetings", "No meetings yet.", "New meeting…", "new_meeting")):
        page = _page(new_window, key)
        state = page.empty if key == "meetings" else page.empty_state
        assert state.text().startswith(text), key
        called = _calls(monkeypatch, page, slot)
        state.button(button).click()
        assert called == [slot], key
        new_window.grab().save(f"/tmp/layout-empty-new-{key}.png")


def test_no_error_shows_on_a_form_nobody_has_typed_in(new_window):
    from parishdesk.gui.common.date_field import DateField

    page = _page(new_window, "meetings")
    for field in page.findChildren(DateField):
        assert not field.understood.text().startswith("\u26a0"), field.accessibleName()
