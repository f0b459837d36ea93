"""The council's standard times, and the inbox query built on its calendar."""

from __future__ import annotations

import datetime as dt

from parishdesk.services import enquiries as svc
from parishdesk.store import enquiry_store
from tests.services.enquiries.conftest import MONDAY, plain


def test_settings_change_the_standard_times(demo) -> None:
    svc.set_deadlines(3, 15, "clerk")
    row = enquiry_store.get(svc.log_enquiry(plain(demo), "clerk").id)
    assert row is not None
    assert row.ack_due == dt.date(2026, 11, 5)
    assert row.answer_due == dt.date(2026, 11, 23)


def test_search_filters_and_sorting_run_in_sql(demo) -> None:
    a = svc.log_enquiry(plain(demo, subject="Potholes on Mill Lane"), "clerk")
    b = svc.log_enquiry(plain(demo, subject="Allotment waiting list",
                              received_at=dt.datetime(2026, 10, 1, 10)), "clerk")
    c = svc.log_enquiry(plain(demo, subject="Village hall boiler"), "clerk")
    svc.transition(c.id, "waiting", "clerk", dt.datetime(2026, 11, 3, 10))
    reply = svc.write_reply(a.id, "The highways team will resurface it in spring.", "clerk",
                            MONDAY)
    assert reply > 0
    today = dt.date(2026, 11, 13)

    def ids(**kw):  # type: ignore[no-untyped-def]
        query = svc.inbox_query(today, **kw)
        return [r.id for r in enquiry_store.inbox_page(query, 0, 50)]

    assert ids(search="pothole") == [a.id]
    assert ids(search="resurface spring") == [a.id]     # found in the reply
    assert ids(search="ENQ-2026-0002") == [b.id]
    assert ids(filter="overdue") == [b.id]
    assert ids(filter="due_soon") == [a.id]              # due 16/11, 1 working day left
    assert ids(filter="waiting") == [c.id]
    assert ids(filter="mine", me_id=demo.officers["clerk"].id) == [b.id, a.id, c.id]
    assert ids(sort="received", descending=True)[-1] == b.id
    assert ids(sort="subject") == [b.id, a.id, c.id]
    assert enquiry_store.overdue_count(today) == 1
    assert enquiry_store.inbox_count(svc.inbox_query(today)) == 3
