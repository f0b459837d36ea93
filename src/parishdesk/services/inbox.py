"""Reading the enquiry inbox a page at a time (the window never loads every row).

Filtering, searching and sorting are done by the store in SQL; these are the
calls the Enquiries area makes, so the GUI does not reach into the store.
"""

from __future__ import annotations

import datetime as dt

from parishdesk.domain.enquiry_records import InboxQuery, InboxRow
from parishdesk.store import enquiry_inbox

__all__ = ["InboxQuery", "InboxRow", "count", "overdue_count", "page"]


def page(query: InboxQuery, offset: int, limit: int) -> list[InboxRow]:
    """One window of the inbox as the query filters and sorts it."""
    return enquiry_inbox.inbox_page(query, offset, limit)


def count(query: InboxQuery) -> int:
    return enquiry_inbox.inbox_count(query)


def overdue_count(today: dt.date) -> int:
    return enquiry_inbox.overdue_count(today)
