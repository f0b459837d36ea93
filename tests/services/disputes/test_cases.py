"""Opening cases, the steps that follow, panels, sanctions and the settings, on a real database."""

from __future__ import annotations

import datetime as dt
import json

import pytest

from parishdesk.errors import ParishDeskError, ValidationError
from parishdesk.services.disputes import case_file, cases, gate, steps
from parishdesk.services.disputes.cases import NewCase
from parishdesk.store import audit

TODAY = dt.date(2026, 11, 23)  # a Monday
SECRET_WORDS = "shouted at me in the car park"


def _grievance(demo, **changes) -> NewCase:  # type: ignore[no-untyped-def]
    base = dict(raised_by="officer", about="councillor", nature="behaviour",
                complainant_name="Liam Hartley", subject_name="Cllr Graham Whitlock",
                complainant_person_id=demo.officers["assistant"].id,
                subject_person_id=demo.councillors["Whitlock"].id,
                account=f"Councillor Whitlock {SECRET_WORDS} after the meeting.",
                events_on=dt.date(2026, 11, 16), informal_tried=True,
                informal_outcome="The Chair spoke to him; it happened again.")
    base.update(changes)
    return NewCase(**base)  # type: ignore[arg-type]


def test_a_case_opens_on_its_route_with_parties_first_step_and_reference(demo):
    case = cases.open_case(_grievance(demo), "tester", TODAY)
    assert case.track == case.recommended_track == "grievance"
    assert case.reference.startswith("DC/2026/")
    cf = case_file.case_file(case.id, TODAY)
    assert [p.role for p in cf.parties] == ["complainant", "subject"]
    assert [e.step.kind for e in cf.timeline] == ["received"]
    assert cf.next_steps[0] == "acknowledged"
    ack = cf.deadlines[0]
    assert ack.label == "Acknowledge the grievance" and ack.due_on == dt.date(2026, 11, 30)
    assert "DISP-8" in cf.route.rules
    assert "16/11/2026" in cf.tribunal_warning


def test_the_audit_log_records_the_case_but_never_its_words(demo):
    case = cases.open_case(_grievance(demo), "tester", TODAY)
    steps.add_note(case.id, f"He {SECRET_WORDS} again", "tester", TODAY)
    entries = [e for e in audit.entries() if e.table.startswith("dispute")]
    assert entries
    dumped = json.dumps([(e.changes, e.note) for e in entries])
    assert SECRET_WORDS not in dumped
    assert "Whitlock" not in dumped
    assert any(e.table == "dispute_case" and e.record_id == str(case.id) for e in entries)


def test_the_wizard_answers_are_checked_in_plain_words(demo):
    with pytest.raises(ValidationError) as caught:
        cases.open_case(_grievance(demo, account=" ", events_on=TODAY + dt.timedelta(days=1)),
                        "tester", TODAY)
    assert set(caught.value.problems) == {"account", "events_on"}


def test_another_track_needs_a_reason_and_never_disciplines_a_councillor(demo):
    with pytest.raises(ValidationError) as caught:
        cases.open_case(_grievance(demo, track="code_of_conduct"), "tester", TODAY)
    assert "override_reason" in caught.value.problems
    with pytest.raises(ValidationError) as caught:
        cases.open_case(_grievance(demo, track="disciplinary", override_reason="Chair said so"),
                        "tester", TODAY)
    assert "Ledbury" in caught.value.problems["track"]
    assert "DISP" not in caught.value.problems["track"]
    case = cases.open_case(_grievance(demo, track="code_of_conduct",
                                      override_reason="She wants the Monitoring Officer to "
                                                      "decide."), "tester", TODAY)
    assert case.track == "code_of_conduct" and case.overridden
    notes = [e for e in audit.entries() if e.table == "dispute_case"
             and e.record_id == str(case.id)]
    assert notes[0].changes["override_reason"] == [None, "(confidential)"]


def test_steps_follow_the_flow_and_the_companions_limit(demo):
    case = cases.open_case(_grievance(demo), "tester", TODAY)
    with pytest.raises(ValidationError, match="cannot follow"):
        steps.record_step(case.id, "hearing_held", TODAY, "tester", TODAY)
    steps.record_step(case.id, "acknowledged", TODAY, "tester", TODAY)
    steps.record_step(case.id, "hearing_invited", TODAY, "tester", TODAY,
                      due_on=dt.date(2026, 11, 27))
    with pytest.raises(ValidationError) as caught:
        steps.record_step(case.id, "postponed", TODAY, "tester", TODAY,
                          due_on=dt.date(2026, 12, 8))
    assert "04/12/2026" in caught.value.problems["due_on"]
    assert "The right to be accompanied" in caught.value.problems["due_on"]
    steps.record_step(case.id, "postponed", TODAY, "tester", TODAY, due_on=dt.date(2026, 12, 4))


def test_a_sanction_on_a_councillor_is_refused_with_the_ledbury_rule(demo):
    case = cases.open_case(_grievance(demo), "tester", TODAY)
    for kind in ("acknowledged", "hearing_invited", "hearing_held"):
        steps.record_step(case.id, kind, TODAY, "tester", TODAY, due_on=TODAY)
    with pytest.raises(ValidationError) as caught:
        steps.record_step(case.id, "outcome_sent", TODAY, "tester", TODAY, outcome="upheld",
                          sanction="committee_ban")
    text = caught.value.problems["sanction"]
    assert "No council sanctions on a councillor" in text
    assert "R (Harvey) v Ledbury Town Council" in text
    assert "DISP-8" not in text
    steps.record_step(case.id, "outcome_sent", TODAY, "tester", TODAY, outcome="upheld")


def test_the_panel_checks_keep_parties_relations_and_the_first_panel_off(demo):
    case = cases.open_case(_grievance(demo, subject_name="Mrs Margaret Ellwood",
                                      subject_person_id=demo.councillors["Ellwood"].id,
                                      about="chair"), "tester", TODAY)
    with pytest.raises(ValidationError) as caught:
        steps.add_party(case.id, "decision_maker", "Margaret Ellwood", "tester", TODAY,
                        person_id=demo.councillors["Ellwood"].id)
    assert "is the Chair and a party" in caught.value.problems["panel"]
    assert "Nobody judges their own case" in caught.value.problems["panel"]
    with pytest.raises(ValidationError) as caught:
        steps.add_party(case.id, "decision_maker", "Peter Hollins", "tester", TODAY,
                        person_id=demo.councillors["Hollins"].id)
    assert "special relationship with Liam Hartley" in caught.value.problems["panel"]
    steps.add_party(case.id, "decision_maker", "Eleanor Fairweather", "tester", TODAY,
                    person_id=demo.councillors["Fairweather"].id)
    with pytest.raises(ValidationError, match="sat on the first panel"):
        steps.add_party(case.id, "appeal_panel", "Eleanor Fairweather", "tester", TODAY,
                        person_id=demo.councillors["Fairweather"].id)
    steps.add_party(case.id, "appeal_panel", "Owen Pritchard", "tester", TODAY)


def test_escalating_an_informal_case_moves_it_to_the_formal_track(demo):
    case = cases.open_case(_grievance(demo, informal_tried=False, informal_outcome=""),
                           "tester", TODAY)
    assert case.track == "informal"
    steps.escalate(case.id, "grievance", "Talking did not help.", "tester", TODAY)
    cf = case_file.case_file(case.id, TODAY)
    assert cf.case.track == "grievance"
    assert [e.step.kind for e in cf.timeline] == ["raised", "escalated", "received"]


def test_list_filters_and_overdue_alerts_name_only_the_reference(demo):
    earlier = dt.date(2026, 11, 2)
    case = cases.open_case(_grievance(demo, events_on=dt.date(2026, 10, 30)), "tester", earlier)
    later = dt.date(2026, 11, 20)
    rows = cases.filtered(later, "overdue")
    mine = [r for r in rows if r.id == case.id]
    assert mine and mine[0].days_left is not None and mine[0].days_left < 0
    assert [r.id for r in cases.filtered(later, "all", person="hartley")].count(case.id) == 1
    assert case.id not in [r.id for r in cases.filtered(later, "all", track="disciplinary")]
    lines = [x for x in cases.alerts(later) if case.reference in x]
    assert lines == [f"Disputes: case {case.reference}: \u201cAcknowledge the grievance\u201d "
                     "was due on 09/11/2026."]


def test_settings_and_the_password_gate(demo):
    assert gate.load_settings().hearing_days == 5
    new = gate.load_settings().__class__(hearing_days=7)
    assert gate.save_settings(new, "tester").hearing_days == 7
    with pytest.raises(ValidationError):
        gate.save_settings(new.__class__(ack_days=0), "tester")
    assert not gate.password_required() and gate.check_password("anything")
    with pytest.raises(ValidationError):
        gate.set_password("short", "tester")
    gate.set_password("correct horse", "tester")
    assert gate.password_required()
    assert gate.check_password("correct horse") and not gate.check_password("wrong horse")
    dumped = json.dumps([(e.changes, e.note) for e in audit.entries()])
    assert "scrypt$" not in dumped
    gate.set_password("", "tester")
    assert not gate.password_required()


def test_a_step_cannot_be_dated_before_the_last_one_or_after_today(demo):
    case = cases.open_case(_grievance(demo), "tester", TODAY)
    with pytest.raises(ValidationError, match="before the case's last step"):
        steps.record_step(case.id, "acknowledged", TODAY - dt.timedelta(days=1), "tester", TODAY)
    with pytest.raises(ValidationError, match="later than today"):
        steps.record_step(case.id, "acknowledged", TODAY + dt.timedelta(days=1), "tester", TODAY)


def test_impossible_answers_are_a_plain_problem_not_a_crash(demo):
    with pytest.raises(ValidationError) as caught:
        cases.open_case(_grievance(demo, raised_by="clerk", about="clerk"), "tester", TODAY)
    assert "cannot raise a concern about the Clerk" in caught.value.problems["about"]


def test_many_overdue_cases_make_one_banner_line(demo):
    for i in range(4):
        cases.open_case(_grievance(demo, complainant_name=f"Officer {i}",
                                   events_on=dt.date(2026, 10, 1)), "tester",
                        dt.date(2026, 10, 5))
    assert cases.alerts(TODAY) == ["Disputes: 5 cases have an overdue step: see Disputes, "
                                   "Overdue."]


def test_a_case_opened_by_mistake_is_archived_never_deleted(demo):
    case = cases.open_case(_grievance(demo), "tester", TODAY)
    with pytest.raises(ValidationError) as caught:
        cases.archive_case(case.id, " ", "tester", TODAY)
    assert set(caught.value.problems) == {"reason"}
    cases.archive_case(case.id, "Opened twice for the same concern", "tester", TODAY)
    assert case.id not in {s.id for s in cases.filtered(TODAY, "all")}
    archived = cases.filtered(TODAY, "archived")
    assert [s.id for s in archived] == [case.id] and not archived[0].is_open
    cf = case_file.case_file(case.id, TODAY)  # still readable, with its reason
    assert cf.case.archived_on == TODAY
    assert any("Opened twice" in n.text for n in cf.notes)
    with pytest.raises(ParishDeskError):
        steps.record_step(case.id, "acknowledged", TODAY, "tester", TODAY)
    with pytest.raises(ParishDeskError):
        cases.archive_case(case.id, "again, by mistake", "tester", TODAY)
    logged = [e for e in audit.entries() if e.table == "dispute_case"
              and e.record_id == str(case.id) and "archived" in (e.note or "")]
    assert logged and "Opened twice" not in json.dumps([(e.changes, e.note) for e in logged])
