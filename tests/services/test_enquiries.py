"""Enquiry use cases through the service and the real database: lifecycle, checks, dismissals."""

from __future__ import annotations

import datetime as dt
import json

import pytest

from parishdesk.services import enquiries as svc
from parishdesk.services.enquiries import CopyInput, EnquiryInput
from parishdesk.store import audit, enquiry_store

# Monday 02/11/2026, mid-morning: inside the Clerk's hours.
MONDAY = dt.datetime(2026, 11, 2, 10, 0)


@pytest.fixture
def demo(opened, monkeypatch):  # type: ignore[no-untyped-def]
    """The demo council without its demo inbox, so references and counts start from scratch."""
    from parishdesk.services import demo_20_enquiries
    from parishdesk.services.demo import create_demo_council

    monkeypatch.setattr(demo_20_enquiries, "populate", lambda *args: None)
    return create_demo_council("test", dt.date(2026, 11, 22))


def plain(demo, **changes) -> EnquiryInput:  # type: ignore[no-untyped-def]
    base = dict(councillor_id=demo.councillors["Pritchard"].id, received_at=MONDAY,
                subject="Bench on the green",
                text="Could you tell me when the broken bench on the green will be mended?")
    base.update(changes)
    return EnquiryInput(**base)  # type: ignore[arg-type]


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


def test_settings_change_the_standard_times(demo) -> None:
    svc.set_deadlines(3, 15, "clerk")
    row = enquiry_store.get(svc.log_enquiry(plain(demo), "clerk").id)
    assert row is not None
    assert row.ack_due == dt.date(2026, 11, 5)
    assert row.answer_due == dt.date(2026, 11, 23)


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
    with pytest.raises(svc.EnquiryProblem, match="ROLE-7"):
        svc.assign(saved.id, assistant, assistant, "liam")
    with pytest.raises(svc.EnquiryProblem, match="ENQ-3"):
        svc.set_priority(saved.id, "urgent", assistant, "liam")
    svc.assign(saved.id, assistant, clerk, "clerk")
    svc.set_priority(saved.id, "high", clerk, "clerk")
    row = enquiry_store.get(saved.id)
    assert row is not None
    assert (row.assigned_name, row.priority) == ("Liam Hartley", "high")


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


def test_attachments_are_copied_into_the_data_folder(demo, paths, tmp_path) -> None:
    source = tmp_path / "photo of bench.txt"
    source.write_text("a photograph, in words", encoding="utf-8")
    saved = svc.log_enquiry(plain(demo), "clerk")
    first = svc.attach_file(paths, saved.id, source, "clerk")
    second = svc.attach_file(paths, saved.id, source, "clerk")
    assert first.stored_file != second.stored_file
    stored = paths.data_dir / first.stored_file
    assert stored.read_text(encoding="utf-8") == "a photograph, in words"
    assert stored.is_relative_to(paths.attachments_dir)
    assert [a[0] for a in svc.detail(saved.id, MONDAY.date()).attachments] == [
        "photo of bench.txt", "photo of bench.txt"]


def test_group_advice_lists_the_other_groups_until_told(demo) -> None:
    first = demo.groups["Community First"].id
    riverside = demo.groups["Riverside Alliance"].id
    advice_id, warning = svc.record_group_advice(first, "Allotment rents", "The options are A "
                                                 "and B.", dt.date(2026, 11, 2), "clerk")
    assert warning is None
    [view] = svc.group_advice_log(outstanding_only=True)
    assert view.outstanding == ("Riverside Alliance",)
    svc.mark_group_told(advice_id, riverside, dt.date(2026, 11, 3), "clerk")
    assert svc.group_advice_log(outstanding_only=True) == []
    [view] = svc.group_advice_log()
    assert view.told == (("Riverside Alliance", dt.date(2026, 11, 3)),)
    _, warning = svc.record_group_advice(first, "Precept", "We recommend option B.",
                                         dt.date(2026, 11, 2), "clerk")
    assert warning is not None and warning.rule_ids == ("GROUP-1",)


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
