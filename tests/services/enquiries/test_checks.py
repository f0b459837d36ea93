"""The protocol checks run when an enquiry is logged or changed, and dismissals."""

from __future__ import annotations

import datetime as dt
import json

import pytest

from parishdesk.services import enquiries as svc
from parishdesk.services.enquiries import CopyInput
from parishdesk.store import audit, enquiry_store
from tests.services.enquiries.conftest import MONDAY, plain

CASES = [
    ("not-through-clerk", dict(addressed_to_id="assistant", kind="work")),
    ("councillor-instruction", dict(text="I instruct you to cut the hedge on Mill Lane.")),
    ("not-council-business", dict(text="Please print 200 copies of my election leaflet.")),
    ("staff-personal-matters", dict(text="What is the assistant's salary these days?")),
    ("out-of-hours", dict(received_at=dt.datetime(2026, 11, 2, 21, 30))),
    ("copied-without-consent", dict(copies=("Patel", False))),
    ("short-deadline", dict(requested_by=dt.date(2026, 11, 3))),
    ("priority-demanded", dict(priority_demanded=True)),
]


@pytest.mark.parametrize(("code", "changes"), CASES, ids=[c[0] for c in CASES])
def test_each_check_fires_through_log_enquiry_and_is_stored(demo, code, changes) -> None:
    changes = dict(changes)
    if changes.get("addressed_to_id") == "assistant":
        changes["addressed_to_id"] = demo.officers["assistant"].id
    if "copies" in changes:
        surname, consented = changes["copies"]
        changes["copies"] = (CopyInput(demo.councillors[surname].id, consented),)
    saved = svc.log_enquiry(plain(demo, **changes), "clerk")
    assert code in {w.code for w in saved.warnings}
    stored = {w.code for w in enquiry_store.warnings(saved.id)}
    assert code in stored
    shown = svc.detail(saved.id, MONDAY.date())
    view = next(w for w in shown.warnings if w.code == code)
    assert view.rule_ids and view.sources and view.advice
    # The plain enquiry raises none of them.
    quiet = svc.log_enquiry(plain(demo), "clerk")
    assert code not in {w.code for w in enquiry_store.warnings(quiet.id)}


def test_declared_relationship_and_interest_fire_conduct_1(demo) -> None:
    from parishdesk.domain.members import Interest, SpecialRelationship
    from parishdesk.store import register_store

    pritchard = demo.councillors["Pritchard"].id
    register_store.add_relationship("clerk", SpecialRelationship(
        councillor_id=pritchard, with_whom="Ashcombe Cricket Club", nature="Treasurer",
        declared_on=dt.date(2026, 1, 5)))
    register_store.add_interest("clerk", Interest(
        councillor_id=pritchard, category="disclosable_pecuniary",
        description="Mill Farm", registered_on=dt.date(2026, 1, 5)))
    saved = svc.log_enquiry(plain(demo, text="Can the Ashcombe Cricket Club use the field "
                                             "next to Mill Farm?"), "clerk")
    [warning] = [w for w in saved.warnings if w.code == "declared-interest"]
    assert "Ashcombe Cricket Club" in warning.message and "Mill Farm" in warning.message
    assert warning.rule_ids == ("CONDUCT-1",)
    quiet = svc.log_enquiry(plain(demo), "clerk")
    assert "declared-interest" not in {w.code for w in quiet.warnings}


def test_demo_register_entries_fire_conduct_1_on_their_key_phrases(demo) -> None:
    # The demo register says "Owner of a holiday let at Mill Cottage, Ashcombe" (Ellwood) and
    # "Mr Liam Hartley (the council's Assistant)" (Hollins); enquiries never quote them whole.
    ellwood = demo.councillors["Ellwood"].id
    saved = svc.log_enquiry(plain(demo, councillor_id=ellwood, subject="Noise complaint",
                                  text="A neighbour reports noise at the holiday let at Mill "
                                       "Cottage late at night."), "clerk")
    [warning] = [w for w in saved.warnings if w.code == "declared-interest"]
    assert "Mill Cottage" in warning.message
    hollins = demo.councillors["Hollins"].id
    staff = svc.log_enquiry(plain(demo, councillor_id=hollins, subject="Staff hours",
                                  text="Could Liam Hartley's hours be changed?"), "clerk")
    assert "declared-interest" in {w.code for w in staff.warnings}
    # The council's own place name is in every other enquiry: it is not a key phrase.
    local = svc.log_enquiry(plain(demo, councillor_id=ellwood, subject="Christmas lights",
                                  text="When do the Christmas lights go up in Ashcombe?"), "clerk")
    assert "declared-interest" not in {w.code for w in local.warnings}


def test_consented_copy_raises_no_warning_and_is_openly_copied(demo) -> None:
    saved = svc.log_enquiry(plain(demo, copies=(CopyInput(demo.councillors["Patel"].id, True),)),
                            "clerk")
    assert saved.warnings == ()
    assert svc.copied_names(saved.id) == ("Cllr Rajesh Patel",)


def test_dismissing_a_warning_keeps_the_note_and_audits_it(demo) -> None:
    saved = svc.log_enquiry(plain(demo, priority_demanded=True), "clerk")
    row = enquiry_store.get(saved.id)
    assert row is not None and row.warning_count == 1
    with pytest.raises(svc.EnquiryProblem, match="note"):
        svc.dismiss_warning(saved.id, "priority-demanded", "  ", "clerk", MONDAY)
    svc.dismiss_warning(saved.id, "priority-demanded", "Genuinely urgent: flooding",
                        "clerk", MONDAY)
    warning = enquiry_store.warning(saved.id, "priority-demanded")
    assert warning is not None
    assert warning.dismissal_note == "Genuinely urgent: flooding"
    assert warning.dismissed_by == "clerk"
    trail = audit.history("enquiry_warning", warning.id)
    assert trail[-1].action == "update" and trail[-1].note == "Genuinely urgent: flooding"
    notes = [e for e in audit.history("enquiry", saved.id) if e.action == "note"]
    assert "Genuinely urgent: flooding" in notes[-1].note
    row = enquiry_store.get(saved.id)
    assert row is not None and row.warning_count == 0
    shown = svc.detail(saved.id, MONDAY.date())
    assert shown.warnings[0].dismissed
    assert any("dismissed" in e.text for e in shown.timeline)


def test_a_warning_goes_quiet_when_the_enquiry_is_corrected(demo) -> None:
    saved = svc.log_enquiry(plain(demo, text="I instruct you to cut the hedge."), "clerk")
    svc.update_enquiry(saved.id, plain(demo, text="Could the hedge be cut this month?"), "clerk")
    assert enquiry_store.warnings(saved.id) == []
    changes = json.dumps([e.changes for e in audit.history("enquiry", saved.id)])
    assert "Could the hedge be cut" in changes
