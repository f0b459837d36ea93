"""The access tables: audited writes, status history, never deleted."""

from __future__ import annotations

import datetime as dt

import peewee
import pytest

from parishdesk.domain.access import Assessment
from parishdesk.domain.access_record import AccessRecord
from parishdesk.errors import ArchiveInstead
from parishdesk.store import access_store, audit

DAY = dt.date(2026, 11, 23)


def _new(demo, **values):
    person = demo.councillors["Nowak"]
    record = AccessRecord(requester_id=person.id, received_on=DAY, documents="the tree survey",
                          **values)
    return access_store.create(record, "tester", DAY)


def test_create_keeps_the_request_its_first_status_and_an_audit_entry(demo):
    stored = _new(demo, contents=frozenset({"employee", "personal_data"}), foi=True,
                  decision_reasons=("One.", "Two."),
                  assessment=Assessment("refuse", True, ("ACCESS-8",), ("Staff file.",)))
    again = access_store.get(stored.id)
    assert again == stored
    assert isinstance(again, AccessRecord) and again.id > 0
    assert again.requester_id == demo.councillors["Nowak"].id
    assert again.contents == {"personal_data", "employee"} and again.foi
    assert again.decision_reasons == ("One.", "Two.")
    assert again.assessment.outcome == "refuse" and again.assessment.rules == ("ACCESS-8",)
    assert again.status == "received" and again.requester_name == ""
    assert [c.status for c in access_store.status_changes(stored.id)] == ["received"]
    assert audit.history("access_request", stored.id)[0].action == "create"


def test_status_changes_are_kept_in_order_and_audited(demo):
    stored = _new(demo)
    access_store.record_status(stored.id, "assessing", DAY, "tester", "started")
    moved = access_store.record_status(stored.id, "awaiting_justification",
                                       DAY + dt.timedelta(days=1), "clerk")
    assert moved.status == "awaiting_justification"
    changes = access_store.status_changes(stored.id)
    assert [(c.status, c.actor) for c in changes] == [
        ("received", "tester"), ("assessing", "tester"), ("awaiting_justification", "clerk")]
    assert changes[1].note == "started"
    updates = [h for h in audit.history("access_request", stored.id) if h.action == "update"]
    assert updates[-1].changes == {"status": ["assessing", "awaiting_justification"]}
    assert access_store.status_changes_for([stored.id])[stored.id] == changes


def test_update_maps_ids_to_foreign_keys(demo):
    stored = _new(demo)
    committee = demo.committees["Staffing Committee"]
    changed = access_store.update(stored.id, "tester", committee_id=committee.id,
                                  reason="For the appraisal item")
    assert changed.committee_id == committee.id and changed.reason == "For the appraisal item"


def test_requests_are_listed_newest_first_and_by_councillor(demo):
    first = _new(demo)
    second = access_store.create(
        AccessRecord(requester_id=demo.councillors["Patel"].id,
                     received_on=DAY + dt.timedelta(days=2), documents="x"), "tester", DAY)
    ids = [r.id for r in access_store.all_requests() if r.id in {first.id, second.id}]
    assert ids == [second.id, first.id]
    assert {r.requester_id for r in access_store.all_requests(demo.councillors["Patel"].id)} \
        == {demo.councillors["Patel"].id}


def test_a_request_cannot_be_deleted_and_needs_a_real_councillor(demo):
    stored = _new(demo)
    with pytest.raises(ArchiveInstead):
        access_store.AccessRequestRow.get_by_id(stored.id).delete_instance()
    with pytest.raises(peewee.IntegrityError):
        access_store.create(AccessRecord(requester_id=999999, received_on=DAY, documents="x"),
                            "tester", DAY)


def test_update_takes_record_fields_and_refuses_what_is_not_kept(demo):
    stored = _new(demo)
    changed = access_store.update(stored.id, "tester", conditions=("Keep it private.",),
                                  contents=frozenset({"negotiation"}))
    assert changed.conditions == ("Keep it private.",) and changed.contents == {"negotiation"}
    with pytest.raises(ValueError, match="requester_name"):
        access_store.update(stored.id, "tester", requester_name="Someone")
