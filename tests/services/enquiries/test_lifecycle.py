"""Logging an enquiry and moving it through its lifecycle, through the real database."""

from __future__ import annotations

import datetime as dt

import pytest

from parishdesk.services import enquiries as svc
from parishdesk.store import audit, enquiry_store
from tests.services.enquiries.conftest import MONDAY, plain


def test_logging_assigns_the_clerk_and_sets_working_day_deadlines(demo) -> None:
    saved = svc.log_enquiry(plain(demo), "clerk")
    row = enquiry_store.get(saved.id)
    assert row is not None
    assert saved.reference == "ENQ-2026-0001"
    assert saved.warnings == ()
    assert row.assigned_name == "Catherine Brooks"
    assert row.status == "new"
    assert row.ack_due == dt.date(2026, 11, 4)       # 2 working days
    assert row.answer_due == dt.date(2026, 11, 16)   # 10 working days
    assert [c.status for c in enquiry_store.status_history(saved.id)] == ["new"]
    assert audit.history("enquiry", saved.id)[0].action == "create"


def test_lifecycle_with_the_clock_stopped_while_waiting(demo) -> None:
    saved = svc.log_enquiry(plain(demo), "clerk")
    svc.transition(saved.id, "acknowledged", "clerk", dt.datetime(2026, 11, 3, 9))
    svc.transition(saved.id, "in_progress", "clerk", dt.datetime(2026, 11, 3, 10))
    svc.transition(saved.id, "waiting", "clerk", dt.datetime(2026, 11, 4, 9), "Which bench?")
    row = enquiry_store.get(saved.id)
    assert row is not None and row.waiting_since == dt.date(2026, 11, 4)
    assert svc.detail(saved.id, dt.date(2026, 11, 6)).due_text.startswith("Clock stopped")
    # The councillor answers a week later: 5 working days (05/11 to 11/11) do not count.
    svc.transition(saved.id, "in_progress", "clerk", dt.datetime(2026, 11, 11, 9))
    row = enquiry_store.get(saved.id)
    assert row is not None
    assert row.waiting_since is None
    assert row.answer_due == dt.date(2026, 11, 23)
    # Answered on the moved deadline: on time, no reason needed.
    svc.transition(saved.id, "answered", "clerk", dt.datetime(2026, 11, 23, 16))
    row = enquiry_store.get(saved.id)
    assert row is not None and row.answered_on == dt.date(2026, 11, 23)
    svc.transition(saved.id, "closed", "clerk", dt.datetime(2026, 11, 24, 9))
    svc.transition(saved.id, "in_progress", "clerk", dt.datetime(2026, 11, 25, 9), "Reopened")
    row = enquiry_store.get(saved.id)
    assert row is not None and row.answered_on is None and row.closed_on is None
    statuses = [c.status for c in enquiry_store.status_history(saved.id)]
    assert statuses == ["new", "acknowledged", "in_progress", "waiting", "in_progress",
                        "answered", "closed", "in_progress"]


def test_a_late_answer_needs_a_reason(demo) -> None:
    saved = svc.log_enquiry(plain(demo), "clerk")
    late = dt.datetime(2026, 11, 18, 10)
    with pytest.raises(svc.EnquiryProblem, match="record why it was late"):
        svc.transition(saved.id, "answered", "clerk", late)
    row = enquiry_store.get(saved.id)
    assert row is not None and row.status == "new"
    svc.transition(saved.id, "answered", "clerk", late, late_reason="Waiting for a quote")
    row = enquiry_store.get(saved.id)
    assert row is not None and row.late_reason == "Waiting for a quote"


def test_a_move_the_lifecycle_forbids_is_refused(demo) -> None:
    saved = svc.log_enquiry(plain(demo), "clerk")
    with pytest.raises(Exception, match="cannot be marked closed"):
        svc.transition(saved.id, "closed", "clerk", MONDAY)


def test_only_the_clerk_assigns_and_sets_priority(demo) -> None:
    saved = svc.log_enquiry(plain(demo), "clerk")
    clerk, assistant = demo.officers["clerk"].id, demo.officers["assistant"].id
    with pytest.raises(svc.EnquiryProblem, match="Staff take work through the Clerk"):
        svc.assign(saved.id, assistant, assistant, "liam")
    with pytest.raises(svc.EnquiryProblem, match="The Clerk sets priorities"):
        svc.set_priority(saved.id, "urgent", assistant, "liam")
    svc.assign(saved.id, assistant, clerk, "clerk")
    svc.set_priority(saved.id, "high", clerk, "clerk")
    row = enquiry_store.get(saved.id)
    assert row is not None
    assert (row.assigned_name, row.priority) == ("Liam Hartley", "high")
