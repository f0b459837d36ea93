"""The demo council's inbox has something in every state for the clerk to explore."""

from __future__ import annotations

import datetime as dt
import email
import email.policy

from parishdesk.services import enquiries as svc
from parishdesk.store import enquiry_store, letters_store

TODAY = dt.date(2026, 11, 22)


def test_demo_inbox_covers_every_status_and_filter(demo, paths) -> None:
    rows = enquiry_store.inbox_page(svc.inbox_query(TODAY), 0, 100)
    assert 20 <= len(rows) <= 30
    assert {r.status for r in rows} == {"new", "acknowledged", "in_progress", "waiting",
                                        "answered", "closed"}
    for name in ("overdue", "due_soon", "waiting", "closed"):
        assert enquiry_store.inbox_count(svc.inbox_query(TODAY, filter=name)) > 0, name
    assert enquiry_store.inbox_count(svc.inbox_query(TODAY, filter="waiting")) == 1
    codes = {w.code for w in enquiry_store.all_warnings()}
    assert {"councillor-instruction", "not-through-clerk", "not-council-business",
            "copied-without-consent"} <= codes
    dismissed = [w for w in enquiry_store.all_warnings() if w.dismissed_at]
    assert dismissed and dismissed[0].dismissal_note
    [outstanding] = svc.group_advice_log(outstanding_only=True)
    assert outstanding.outstanding == ("Riverside Alliance",)
    assert len(letters_store.search("Your enquiry")) >= 2
    [draft] = enquiry_store.email_replies()
    assert draft.eml_file.endswith(".eml")
    assert draft.issued_on is not None
    message = email.message_from_bytes(bytes(svc.build_email(paths, draft.id, draft.issued_on)),
                                       policy=email.policy.default)
    assert "Whitlock" in message["Cc"] and message["Bcc"] is None
