"""The enquiry inbox queries: paging, bulk insert with its search index, the LIKE fallback."""

from __future__ import annotations

import datetime as dt

import pytest

from parishdesk.domain.enquiry_records import InboxQuery
from parishdesk.store import enquiry_inbox, enquiry_store

TODAY = dt.date(2026, 11, 23)


def rows(count: int, start: int = 1) -> list[dict[str, object]]:
    made = []
    for number in range(start, start + count):
        made.append({
            "reference": enquiry_store.format_reference(2026, number), "year": 2026,
            "number": number, "councillor_id": 1 + number % 3,
            "councillor_name": f"Cllr Person {number % 3}",
            "received_at": dt.datetime(2026, 1, 1, 9) + dt.timedelta(hours=number),
            "channel": "email", "kind": "work",
            "subject": "Hedge on Mill Lane" if number % 10 == 0 else f"Bench number {number}",
            "text": "Please look at it.", "status": "closed" if number % 2 else "new",
            "ack_due": dt.date(2026, 1, 5), "answer_due": dt.date(2026, 1, 1)
            + dt.timedelta(days=number % 40),
        })
    return made


def query(**changes: object) -> InboxQuery:
    base: dict[str, object] = {"today": TODAY, "due_soon_until": TODAY + dt.timedelta(days=4)}
    base.update(changes)
    return InboxQuery(**base)  # type: ignore[arg-type]


def test_pages_never_exceed_the_limit_and_follow_the_sort(opened) -> None:
    enquiry_inbox.bulk_insert(rows(450))
    first = enquiry_inbox.inbox_page(query(sort="received"), 0, 200)
    second = enquiry_inbox.inbox_page(query(sort="received"), 200, 200)
    last = enquiry_inbox.inbox_page(query(sort="received"), 400, 200)
    assert (len(first), len(second), len(last)) == (200, 200, 50)
    received = [r.received_at for r in first + second + last]
    assert received == sorted(received)
    assert len({r.id for r in first + second + last}) == 450
    dues = [r.answer_due for r in enquiry_inbox.inbox_page(query(sort="due", descending=True), 0,
                                                         500)]
    assert dues == sorted(dues, reverse=True)
    assert enquiry_inbox.inbox_count(query(filter="closed")) == 225


def test_bulk_insert_is_searchable_and_replies_are_indexed(opened) -> None:
    enquiry_inbox.bulk_insert(rows(100))
    assert enquiry_inbox.has_fts()
    assert enquiry_inbox.inbox_count(query(search="hedge mill")) == 10
    assert enquiry_inbox.inbox_count(query(search="hed")) == 10  # prefix match
    target = enquiry_inbox.inbox_page(query(sort="reference"), 0, 1)[0]
    enquiry_store.add_reply(target.id, "clerk", "reply", "Resurfaced in May",
                            dt.datetime(2026, 2, 1))
    assert enquiry_inbox.inbox_count(query(search="resurfaced")) == 0
    enquiry_inbox.reindex([target.id])
    assert [r.id for r in enquiry_inbox.inbox_page(query(search="resurfaced"), 0, 5)] == [
        target.id]


def test_like_fallback_when_there_is_no_fts_table(opened, monkeypatch) -> None:
    enquiry_inbox.bulk_insert(rows(30))
    monkeypatch.setattr(enquiry_inbox, "has_fts", lambda: False)
    assert enquiry_inbox.inbox_count(query(search="hedge")) == 3
    assert enquiry_inbox.inbox_count(query(search="ENQ-2026-0007")) == 1


def test_unknown_filter_or_sort_is_a_bug(opened) -> None:
    with pytest.raises(ValueError):
        enquiry_inbox.inbox_page(query(filter="everything"), 0, 10)
    with pytest.raises(ValueError):
        enquiry_inbox.inbox_page(query(sort="colour"), 0, 10)
