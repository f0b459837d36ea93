"""The people table's columns are measured from the rows' texts, quicker than Qt's own
resizeColumnsToContents and to the same widths."""

import dataclasses
import datetime as dt

import pytest
from PySide6.QtWidgets import QComboBox

from parishdesk.domain.members import FormStatus


def _qt_widths(page):
    table = page.table
    table.resizeColumnsToContents()
    return [table.columnWidth(c) for c in range(page.model.columnCount())]


@pytest.mark.parametrize("shown", [False, True])
def test_measured_widths_are_qts_for_councillors_officers_and_a_search(page, qtbot, shown):
    if shown:
        page.show()
        qtbot.waitExposed(page)
    people = page.people
    assert people._content_widths() == _qt_widths(page)
    page.search.setText("north")  # fewer rows listed: widths to those rows
    assert people._content_widths() == _qt_widths(page)
    page.search.clear()
    page.kind_tabs.setCurrentIndex(1)
    assert people._content_widths() == _qt_widths(page)


def test_a_warning_sign_is_measured_by_qt(page):
    overdue = FormStatus(state="overdue", due_on=dt.date(2026, 3, 1), days_left=-266)
    rows = page.model.rows()
    rows[0] = dataclasses.replace(rows[0], form=overdue)
    page.model.set_rows(rows)
    assert page.model.decorated_columns(range(len(rows))) == {6}
    assert page.people._content_widths() == _qt_widths(page)


def test_columns_are_capped_and_the_rest_fit_their_text(page):
    page.people.size_columns()
    widths = [page.table.columnWidth(c) for c in range(page.model.columnCount())]
    natural = _qt_widths(page)
    assert widths == [min(n, cap) for n, cap in zip(
        natural, (200, 190, 200, 140, 200, 160, 200, 200), strict=True)]


def test_committee_and_group_filters_read_their_choices_when_first_wanted(page, qtbot,
                                                                          monkeypatch):
    from parishdesk.services import members as svc

    reads = []
    committees = svc.committees
    monkeypatch.setattr(svc, "committees", lambda: reads.append(1) or committees())
    page.refresh()
    combo = page.committee_filter
    assert not reads and combo.count() == 1 and combo.currentText() == "Any committee"
    page.show()
    qtbot.waitExposed(page)
    combo.setFocus()  # tabbing in: the arrow keys then move through every committee
    qtbot.waitUntil(lambda: combo.count() > 1)
    names = [combo.itemText(i) for i in range(combo.count())]
    assert names[0] == "Any committee" and "Staffing Committee" in names and len(reads) == 1
    page.refresh()  # once the clerk has had them, a refresh reads them again
    assert len(reads) == 2 and combo.count() == len(names)
    groups = page.group_filter
    assert groups.count() == 1  # still unread …
    opened = []
    monkeypatch.setattr(QComboBox, "showPopup", lambda self: opened.append(self.count()))
    groups.showPopup()  # … until the list is opened (here without drawing it)
    assert opened == [groups.count()] and groups.itemText(groups.count() - 1) == "Independent"


def test_the_empty_table_note_is_made_only_when_the_list_is_first_empty(page, qtbot):
    from parishdesk.gui.common.empty_state import EmptyState

    assert not page.table.viewport().findChildren(EmptyState)  # people listed: no note
    page.search.setText("nobody of this name")
    [note] = page.table.viewport().findChildren(EmptyState)
    assert note is page.empty_state and note.text().startswith("No councillor matches")
    page.search.clear()
    assert note.text() == "" and page.proxy.rowCount() == 11
