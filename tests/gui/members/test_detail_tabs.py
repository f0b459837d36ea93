"""The detail panel builds each tab's page on its first look and fills the tab on screen only,
so the Members area opens quickly; asking for a tab's table builds and fills it at once."""

import datetime as dt

from PySide6.QtWidgets import QBoxLayout, QTableWidget

from parishdesk.gui.members.detail import SIDE_BY_SIDE_BLOCKS, TAB_INTERESTS
from parishdesk.services import members as svc
from parishdesk.store import members_store

TODAY = dt.date(2026, 11, 22)


def _ellwood_id() -> int:
    return next(c.id for c in members_store.list_councillors(on=TODAY) if c.surname == "Ellwood")


def _page_tables(detail, tab):
    return detail.widget(tab).findChildren(QTableWidget)


def test_only_the_details_tab_is_filled_when_the_area_opens(page):
    detail = page.detail
    assert detail.currentIndex() == 0 and "Name" in detail.details_label.text()
    # The Interests page (the panel's largest, which sets its size) is built, not filled;
    # the roles, training and history pages are not built yet.
    assert [len(_page_tables(detail, tab)) for tab in range(1, 5)] == [0, 2, 0, 0]
    assert all(t.rowCount() == 0 for t in _page_tables(detail, TAB_INTERESTS))
    assert detail._form_label.text() == ""


def test_a_tab_is_built_and_filled_when_turned_to_and_keeps_up_with_the_chosen_person(page):
    detail = page.detail
    assert page.select_person(_ellwood_id())
    detail.setCurrentIndex(1)
    [roles] = _page_tables(detail, 1)
    assert roles.isVisibleTo(detail) and roles.rowCount() >= 2
    assert [len(_page_tables(detail, tab)) for tab in (3, 4)] == [0, 0]  # not yet
    assert detail._interests_table.rowCount() == 0  # built (it sizes the panel), not filled
    page.table.selectRow(0)  # another councillor: the tab on screen follows them
    assert detail.row is not None and detail.row.name == page.selected_row().name
    assert roles.rowCount() == len(svc.roles(detail.row.id))
    detail.setCurrentIndex(3)
    [training] = _page_tables(detail, 3)
    assert training is detail.training_table


def test_asking_for_a_tabs_table_builds_and_fills_it_for_the_chosen_person(page):
    detail = page.detail
    assert page.select_person(_ellwood_id())
    assert detail.interests_table.rowCount() == 2  # on first asking, while Details shows
    assert "returned" in detail.form_label.text()
    assert detail.currentIndex() == 0
    assert detail.history_table.rowCount() == 0  # the audit log is read when it is shown
    detail.setCurrentIndex(4)
    assert detail.history_table.rowCount() > 3


def test_interests_side_by_side_on_a_wide_panel(page):
    detail = page.detail
    detail.fit_blocks(SIDE_BY_SIDE_BLOCKS + 20)  # a wide panel, before the tab is shown
    detail.setCurrentIndex(TAB_INTERESTS)
    assert detail.interests_blocks.direction() == QBoxLayout.Direction.LeftToRight
    detail.fit_blocks(SIDE_BY_SIDE_BLOCKS - 20)
    assert detail.interests_blocks.direction() == QBoxLayout.Direction.TopToBottom
