"""The enquiry inbox opens with what needs action first, on the demo council's real inbox."""

from __future__ import annotations

import datetime as dt

from parishdesk.domain.enquiry import Status
from parishdesk.services import enquiries as svc
from parishdesk.services import inbox

TODAY = dt.date(2026, 11, 23)
DONE = {Status.ANSWERED.value, Status.CLOSED.value}
ACTIVE = {s.value for s in Status} - DONE - {Status.WAITING.value}


def group(row: inbox.InboxRow, due_soon_until: dt.date) -> int:
    """0 overdue, 1 due soon, 2 other open, 3 answered or closed."""
    if row.status in ACTIVE and row.answer_due < TODAY:
        return 0
    if row.status in ACTIVE and row.answer_due <= due_soon_until:
        return 1
    return 3 if row.status in DONE else 2


def test_the_inbox_opens_overdue_then_due_soon_then_open_by_due_date_then_the_rest(demo):
    query = svc.inbox_query(TODAY)
    assert query.sort == "action"  # the service's own default, which the inbox opens with
    rows = inbox.page(query, 0, 500)
    assert len(rows) == inbox.count(query) >= 20
    groups = [group(r, query.due_soon_until) for r in rows]
    assert groups == sorted(groups)
    assert set(groups) == {0, 1, 2, 3}  # the demo inbox has every kind
    assert groups[: inbox.overdue_count(TODAY)] == [0] * inbox.overdue_count(TODAY)
    for wanted in (0, 1, 2):  # by due date within each group that needs action
        dues = [r.answer_due for r, g in zip(rows, groups, strict=True) if g == wanted]
        assert dues == sorted(dues)
    # The oldest closed enquiry, first when sorted by due date, is now at the bottom part.
    by_due = inbox.page(svc.inbox_query(TODAY, sort="due"), 0, 500)
    assert by_due[0].status in DONE and rows[0].status not in DONE


def test_the_inbox_table_opens_in_that_order(qtbot, demo, paths):
    from PySide6.QtCore import Qt

    from parishdesk.gui.common.context import AppContext
    from parishdesk.gui.enquiries.page import ACTION_COLUMN, EnquiriesPage

    page = EnquiriesPage(AppContext(paths, demo.council, "clerk", lambda: TODAY))
    qtbot.addWidget(page)
    assert page.model.query.sort == "action"
    header = page.ui.table.horizontalHeader()
    assert (header.sortIndicatorSection(), header.sortIndicatorOrder()) == (
        ACTION_COLUMN, Qt.SortOrder.AscendingOrder)
    assert page.model.data(page.model.index(0, ACTION_COLUMN)).startswith("Overdue by")
    last = page.model.rowCount() - 1
    assert page.model.data(page.model.index(last, ACTION_COLUMN)) == "Done"


def test_pages_of_that_order_join_up_and_reverse(demo):
    query = svc.inbox_query(TODAY)
    whole = [r.id for r in inbox.page(query, 0, 500)]
    paged = [r.id for start in range(0, len(whole), 4) for r in inbox.page(query, start, 4)]
    assert paged == whole  # the open and the closed parts meet without gap or repeat
    backwards = svc.inbox_query(TODAY, descending=True)
    assert [r.id for r in inbox.page(backwards, 0, 500)] == whole[::-1]
    assert [r.id for r in inbox.page(backwards, 3, 5)] == whole[::-1][3:8]
    overdue = svc.inbox_query(TODAY, filter="overdue")  # with a filter too
    assert [r.id for r in inbox.page(overdue, 0, 500)] == whole[:inbox.overdue_count(TODAY)]
