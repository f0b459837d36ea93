"""A reply letter is previewed before it goes; once issued it is shown, and the enquiry
stays selected even when answering it takes it out of the list being looked at."""

from __future__ import annotations

import datetime as dt

import pytest

from parishdesk.gui.common import background
from parishdesk.gui.common.context import AppContext
from parishdesk.gui.common.pdf_preview import Choice
from parishdesk.gui.enquiries.page import EnquiriesPage
from parishdesk.store import audit, enquiry_store, letters_store
from parishdesk.store.council_store import get_council

TODAY = dt.date(2026, 11, 23)
NOW = dt.datetime(2026, 11, 23, 10, 5)


@pytest.fixture
def page(demo, paths, qtbot) -> EnquiriesPage:  # type: ignore[no-untyped-def]
    background.SYNCHRONOUS = True
    widget = EnquiriesPage(AppContext(paths, get_council(), "clerk", lambda: TODAY, lambda: NOW))
    qtbot.addWidget(widget)
    widget.resize(1366, 768)
    return widget


def _overdue(page: EnquiriesPage) -> int:
    page.set_filter("overdue")
    row = page.model.row_at(0)
    assert row is not None
    page.select_enquiry(row.id)
    page.detail.reply_edit.setPlainText("A new slat is being fitted this week.")
    page.detail.late_edit.setText("The carpenter was away.")
    return row.id


def test_cancelled_preview_issues_nothing_and_keeps_the_reply(page, previews) -> None:
    enquiry_id = _overdue(page)
    before = (audit.count(), letters_store.next_number(2026))
    previews.choices = [Choice.CANCEL]
    assert page.detail.issue_reply(as_email=False) is None
    assert len(previews.shown) == 1 and previews.shown[0].issue_button is not None
    assert letters_store.next_number(2026) == before[1]
    assert enquiry_store.get(enquiry_id).status != "answered"  # type: ignore[union-attr]
    assert page.selected_id() == enquiry_id
    assert "new slat" in page.detail.reply_edit.toPlainText()  # the draft is kept


def test_issued_reply_is_the_preview_is_shown_and_stays_selected(page, previews) -> None:
    enquiry_id = _overdue(page)
    pdf = page.detail.issue_reply(as_email=False)
    preview, shown_after = previews.shown
    assert pdf is not None and pdf.read_bytes() == preview.pdf  # exactly what was previewed
    assert shown_after.issue_button is None and shown_after.pdf == pdf
    assert "is issued and filed" in shown_after.explanation.text()
    assert enquiry_store.get(enquiry_id).status == "answered"  # type: ignore[union-attr]
    assert page.selected_id() == enquiry_id  # no longer overdue, still selected
    assert page.detail.detail is not None and page.detail.detail.id == enquiry_id


def test_the_acknowledgement_letter_is_previewed_first(page, previews) -> None:
    page.set_filter("all")
    new = next(r for r in (page.model.row_at(i) for i in range(page.model.rowCount()))
               if r is not None and r.status == "new")
    page.select_enquiry(new.id)
    before = (audit.count(), letters_store.next_number(2026))
    previews.choices = [Choice.CANCEL]
    assert page.detail.acknowledge() is None
    assert (audit.count(), letters_store.next_number(2026)) == before
    assert enquiry_store.get(new.id).status == "new"  # type: ignore[union-attr]
    pdf = page.detail.acknowledge()
    assert pdf is not None and pdf.read_bytes() == previews.shown[-1].pdf
    assert enquiry_store.get(new.id).status == "acknowledged"  # type: ignore[union-attr]
