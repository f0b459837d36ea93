"""Edit > Undo's reversible enquiry changes, through the real services and database."""

from __future__ import annotations

import datetime as dt

import pytest

from parishdesk.services import enquiries as svc
from parishdesk.services import undo
from parishdesk.store import audit, enquiry_store
from tests.services.enquiries.conftest import MONDAY, plain


def _officers(demo):  # type: ignore[no-untyped-def]
    from parishdesk.services import members

    by_name = {o.surname: o for o in members.officers()}
    return by_name["Brooks"], by_name["Hartley"]


def test_nothing_to_undo_says_so() -> None:
    stack = undo.UndoStack()
    assert stack.why_not() == undo.NOTHING
    with pytest.raises(undo.UndoRefused, match="Nothing changed"):
        stack.undo("Catherine Brooks")


def test_a_priority_change_is_undone_through_the_service_with_its_own_audit_entry(demo) -> None:
    clerk, _ = _officers(demo)
    saved = svc.log_enquiry(plain(demo), "Catherine Brooks")
    stack = undo.UndoStack()
    heard: list[str] = []
    stack.listeners.append(lambda: heard.append("changed"))
    svc.set_priority(saved.id, "high", clerk.id, "Catherine Brooks")
    stack.record(undo.priority_change(saved.id, saved.reference, "normal", "high", clerk.id))
    assert stack.why_not() is None
    assert stack.peek().description == f"the priority of {saved.reference} (back to normal)"
    done = stack.undo("Liam Hartley")
    assert "priority" in done.description
    row = enquiry_store.get(saved.id)
    assert row is not None and row.priority == "normal"
    last = audit.history("enquiry", saved.id)[-1]
    assert last.actor == "Liam Hartley" and last.changes == {"priority": ["high", "normal"]}
    assert heard == ["changed", "changed"]
    assert stack.why_not() == undo.NOTHING


def test_undo_is_refused_when_the_record_changed_since(demo) -> None:
    clerk, _ = _officers(demo)
    saved = svc.log_enquiry(plain(demo), "Catherine Brooks")
    svc.set_priority(saved.id, "high", clerk.id, "Catherine Brooks")
    stack = undo.UndoStack()
    stack.record(undo.priority_change(saved.id, saved.reference, "normal", "high", clerk.id))
    svc.set_priority(saved.id, "urgent", clerk.id, "Catherine Brooks")  # e.g. another window
    reason = stack.why_not()
    assert reason is not None and "has changed since" in reason
    with pytest.raises(undo.UndoRefused):
        stack.undo("Catherine Brooks")
    row = enquiry_store.get(saved.id)
    assert row is not None and row.priority == "urgent"  # nothing overwritten


def test_assignment_is_undone_back_to_the_officer_before(demo) -> None:
    clerk, assistant = _officers(demo)
    saved = svc.log_enquiry(plain(demo), "Catherine Brooks")
    before = enquiry_store.get(saved.id)
    assert before is not None and before.assigned_to_id == clerk.id
    svc.assign(saved.id, assistant.id, clerk.id, "Catherine Brooks")
    stack = undo.UndoStack()
    stack.record(undo.assignment_change(saved.id, saved.reference, clerk.id, "Catherine Brooks",
                                        assistant.id, clerk.id))
    stack.undo("Catherine Brooks")
    row = enquiry_store.get(saved.id)
    assert row is not None and row.assigned_to_id == clerk.id


def test_assigning_an_unassigned_enquiry_cannot_be_undone_and_blocks_older_undos() -> None:
    stack = undo.UndoStack()
    stack.record(undo.Change("something older", lambda actor: None))
    stack.record(undo.assignment_change(7, "ENQ-2026-0007", None, "", 3, 1))
    reason = stack.why_not()
    assert reason is not None and "had no one before" in reason


def test_status_goes_back_only_where_the_lifecycle_allows(demo) -> None:
    saved = svc.log_enquiry(plain(demo), "Catherine Brooks")
    svc.transition(saved.id, "in_progress", "Catherine Brooks", MONDAY)
    stack = undo.UndoStack()
    stack.record(undo.status_change(saved.id, saved.reference, "new", "in_progress",
                                    lambda: MONDAY))
    reason = stack.why_not()
    assert reason is not None and "cannot go back to new" in reason
    svc.transition(saved.id, "waiting", "Catherine Brooks", MONDAY + dt.timedelta(hours=1),
                   "Which bench?")
    stack.record(undo.status_change(saved.id, saved.reference, "in_progress", "waiting",
                                    lambda: MONDAY + dt.timedelta(hours=2)))
    assert stack.why_not() is None
    stack.undo("Catherine Brooks")
    row = enquiry_store.get(saved.id)
    assert row is not None and row.status == "in_progress" and row.waiting_since is None
    assert enquiry_store.status_history(saved.id)[-1].status == "in_progress"
