"""The routing rules for a concern, fair panels, lawful outcomes and the dates the law fixes."""

from __future__ import annotations

import re
from datetime import date

import pytest

from parishdesk.domain.disputes import (
    EMPLOYEE_OUTCOMES,
    SANCTION_WORDS,
    Concern,
    companion_latest,
    panel_problems,
    route,
    rule_in_words,
    sanction_problems,
    shown_source,
    tribunal_deadline,
)
from parishdesk.domain.rules import rule
from parishdesk.domain.workdays import SCOTLAND

RULE_ID = re.compile(r"\b[A-Z]+-\d+\b")


# --- routing --------------------------------------------------------------------------------

def test_a_protocol_question_goes_to_the_clerk_whoever_asks() -> None:
    for raised_by in ("officer", "councillor", "public"):
        r = route(Concern(raised_by, "councillor", "protocol_question", formal_requested=True))
        assert r.track == "protocol_question"
        assert r.handler == "The Clerk"
        assert r.rules == ("DISP-5",)


@pytest.mark.parametrize("raised_by, about", [
    ("officer", "officer"), ("officer", "clerk"), ("clerk", "officer"),
    ("officer", "councillor"), ("clerk", "chair"), ("councillor", "councillor"),
    ("public", "vice_chair"), ("councillor", "officer"), ("councillor", "clerk"),
])
def test_informal_first_while_not_tried_and_nobody_asks_for_formal(raised_by: str,
                                                                   about: str) -> None:
    r = route(Concern(raised_by, about, "behaviour"))
    assert r.track == "informal"
    assert r.rules[0] == "DISP-1"


def test_a_councillors_informal_concern_about_an_officer_goes_to_the_chair_then_the_clerk() -> None:
    r = route(Concern("councillor", "officer", "performance"))
    assert r.track == "informal"
    assert r.handler == "The Chair, then the Clerk"
    assert r.rules == ("DISP-1", "DISP-3")
    about_clerk = route(Concern("councillor", "clerk", "performance"))
    assert about_clerk.handler == "The Chair and the staffing committee"


def test_asking_for_the_formal_route_skips_the_informal_track() -> None:
    assert route(Concern("officer", "officer", "behaviour", formal_requested=True)).track \
        == "grievance"
    assert route(Concern("officer", "officer", "behaviour", informal_tried=True)).track \
        == "grievance"


def test_a_councillors_formal_concern_about_an_officer_is_disciplinary() -> None:
    r = route(Concern("councillor", "officer", "performance", informal_tried=True))
    assert r.track == "disciplinary"
    assert {"DISP-3", "DISP-9"} <= set(r.rules)
    assert "Clerk" in r.handler


def test_a_councillors_formal_concern_about_the_clerk_goes_to_the_chair_and_staffing() -> None:
    r = route(Concern("councillor", "clerk", "behaviour", formal_requested=True))
    assert r.track == "disciplinary"
    assert r.handler == "The Chair and the staffing committee"
    assert {"DISP-3", "DISP-9"} <= set(r.rules)
    assert any("Chair" in w and "letters" in w for w in r.warnings)


@pytest.mark.parametrize("raised_by, about", [("officer", "officer"), ("officer", "clerk"),
                                              ("clerk", "officer")])
def test_an_employees_formal_concern_about_staff_is_a_grievance(raised_by: str,
                                                                about: str) -> None:
    r = route(Concern(raised_by, about, "employment", formal_requested=True))
    assert r.track == "grievance"
    assert "DISP-9" in r.rules
    assert "DISP-8" not in r.rules


def test_a_grievance_raised_by_the_clerk_is_not_handled_by_the_clerk() -> None:
    r = route(Concern("clerk", "officer", "behaviour", formal_requested=True))
    assert "staffing committee" in r.handler


@pytest.mark.parametrize("about", ["councillor", "chair", "vice_chair"])
@pytest.mark.parametrize("raised_by", ["officer", "clerk", "councillor", "public"])
def test_a_formal_code_breach_about_any_councillor_goes_to_the_monitoring_officer(
        raised_by: str, about: str) -> None:
    r = route(Concern(raised_by, about, "code_breach", formal_requested=True))
    assert r.track == "code_of_conduct"
    assert "Monitoring Officer" in r.handler
    assert {"DISP-4", "DISP-8"} <= set(r.rules)
    assert SANCTION_WORDS in r.warnings


def test_an_employees_behaviour_complaint_about_a_councillor_is_a_grievance_for_their_side(
        ) -> None:
    r = route(Concern("officer", "councillor", "behaviour", informal_tried=True))
    assert r.track == "grievance"
    assert {"DISP-2", "DISP-8"} <= set(r.rules)
    assert "DISP-11" not in r.rules
    assert SANCTION_WORDS in r.warnings
    assert any("employee's side" in w for w in r.warnings)


@pytest.mark.parametrize("about, office", [("chair", "Chair"), ("vice_chair", "Vice-Chair")])
def test_a_grievance_about_the_chair_or_vice_chair_cites_the_panel_rule(about: str,
                                                                      office: str) -> None:
    r = route(Concern("clerk", about, "behaviour", formal_requested=True))
    assert r.track == "grievance"
    assert {"DISP-2", "DISP-8", "DISP-11"} <= set(r.rules)
    assert r.handler == f"The staffing committee, sitting without the {office}"
    assert any(f"The {office} is a party" in w for w in r.warnings)


@pytest.mark.parametrize("raised_by", ["councillor", "public"])
@pytest.mark.parametrize("nature", ["behaviour", "performance", "employment"])
def test_a_councillors_or_residents_complaint_about_a_councillor_is_code_of_conduct(
        raised_by: str, nature: str) -> None:
    r = route(Concern(raised_by, "councillor", nature, informal_tried=True))
    assert r.track == "code_of_conduct"
    assert "DISP-4" in r.rules


def test_every_route_has_steps_and_known_rules_and_no_ids_in_its_words() -> None:
    for raised_by in ("officer", "clerk", "councillor", "public"):
        for about in ("officer", "clerk", "councillor", "chair", "vice_chair"):
            if raised_by == about == "clerk":
                continue
            for nature in ("behaviour", "performance", "employment", "code_breach",
                           "protocol_question"):
                for tried, formal in ((False, False), (True, False), (False, True)):
                    r = route(Concern(raised_by, about, nature, tried, formal))
                    assert r.steps and r.handler
                    for rule_id in r.rules:
                        rule(rule_id)
                    text = " ".join((r.handler, *r.steps, *r.warnings))
                    assert not RULE_ID.search(text), text


def test_unknown_values_are_refused() -> None:
    with pytest.raises(ValueError, match="raised_by"):
        Concern("mayor", "officer", "behaviour")
    with pytest.raises(ValueError, match="nature"):
        Concern("officer", "officer", "rudeness")
    with pytest.raises(ValueError, match="Clerk"):
        Concern("clerk", "clerk", "behaviour")


# --- rules in plain words -----------------------------------------------------------------------

def test_rules_show_title_words_and_real_source_never_the_id_or_seed() -> None:
    words = rule_in_words("DISP-8")
    assert words.startswith("No council sanctions on a councillor:")
    assert "R (Harvey) v Ledbury Town Council [2018]" in words
    for rule_id in ("DISP-1", "DISP-2", "DISP-3", "DISP-5", "CONDUCT-1", "ROLE-1"):
        shown = shown_source(rule(rule_id))
        assert "seed" not in shown.lower()
        assert shown
        assert not RULE_ID.search(rule_in_words(rule_id))


# --- dates --------------------------------------------------------------------------------------

def test_companion_may_postpone_within_five_working_days_after_the_day_proposed() -> None:
    # Proposed Wednesday 4 November 2026: Thu, Fri, Mon, Tue, Wed -> Wednesday 11th.
    assert companion_latest(date(2026, 11, 4), "england-and-wales") == date(2026, 11, 11)
    # Proposed Friday 18 December 2026: Christmas and Boxing Day (substitute Monday 28th)
    # are not working days: 21, 22, 23, 24, 29 -> Tuesday 29 December.
    assert companion_latest(date(2026, 12, 18), "england-and-wales") == date(2026, 12, 29)


def test_companion_limit_follows_the_councils_nation() -> None:
    # St Andrew's Day (Monday 30 November 2026) is a bank holiday in Scotland only.
    assert companion_latest(date(2026, 11, 27), "england-and-wales") == date(2026, 12, 4)
    assert companion_latest(date(2026, 11, 27), SCOTLAND) == date(2026, 12, 7)


@pytest.mark.parametrize("act, due", [
    (date(2026, 6, 3), date(2026, 9, 2)),
    (date(2026, 3, 1), date(2026, 5, 31)),
    (date(2026, 8, 31), date(2026, 11, 30)),
    (date(2026, 11, 30), date(2027, 2, 28)),
    (date(2026, 11, 15), date(2027, 2, 14)),
    (date(2027, 11, 29), date(2028, 2, 28)),
])
def test_tribunal_deadline_is_three_months_less_one_day(act: date, due: date) -> None:
    assert tribunal_deadline(act) == due


# --- panels -------------------------------------------------------------------------------------

def test_a_fair_panel_has_no_problems() -> None:
    assert panel_problems(["Cllr Eleanor Fairweather", "Cllr Rajesh Patel"],
                          parties=["Catherine Brooks", "Cllr Graham Whitlock"],
                          witnesses=["Liam Hartley"], relationships={}) == ()


def test_a_party_or_witness_may_not_sit_on_the_panel() -> None:
    problems = panel_problems(["Graham Whitlock", "Mrs Hannah Blackwood"],
                              parties=["Cllr Graham Whitlock"],
                              witnesses=["Ms Hannah Blackwood"], relationships={})
    assert len(problems) == 2
    assert "Graham Whitlock is a party" in problems[0]
    assert "witness" in problems[1]


def test_the_chair_is_not_on_a_panel_about_themselves() -> None:
    problems = panel_problems(["Margaret Ellwood"], parties=["Cllr Margaret Ellwood"],
                              witnesses=[], relationships={},
                              offices={"Margaret Ellwood": "chair"})
    assert problems == ("Margaret Ellwood is the Chair and a party to this case, so cannot "
                        "sit on a panel about themselves; the staffing committee hears it "
                        "without them.",)


def test_a_declared_special_relationship_with_a_party_keeps_a_member_off() -> None:
    problems = panel_problems(
        ["Peter Hollins", "Eleanor Fairweather"], parties=["Liam Hartley"], witnesses=[],
        relationships={"Cllr Peter Hollins": ["Mr Liam Hartley (the council's Assistant)"],
                       "Eleanor Fairweather": ["Mr Tom Hartley"]})
    assert len(problems) == 1
    assert "Peter Hollins has declared a special relationship with Liam Hartley" in problems[0]


def test_no_one_from_the_first_panel_hears_the_appeal() -> None:
    problems = panel_problems(["Owen Pritchard", "Siobhan Carey"], parties=["Liam Hartley"],
                              witnesses=[], relationships={},
                              first_panel=["Cllr Siobhan Carey", "Cllr David Okafor"])
    assert problems == ("Siobhan Carey sat on the first panel, so cannot hear the appeal.",)


def test_an_empty_panel_is_a_problem() -> None:
    assert panel_problems([], ["A B"], [], {}) == ("Name at least one member for the panel.",)


# --- sanctions ----------------------------------------------------------------------------------

@pytest.mark.parametrize("subject", ["councillor", "chair", "vice_chair"])
@pytest.mark.parametrize("outcome", ["committee_ban", "no_contact_order", "written_warning",
                                     "censure"])
def test_any_council_sanction_on_a_councillor_is_refused_with_the_ledbury_rule(
        subject: str, outcome: str) -> None:
    problems = sanction_problems(subject, outcome)
    assert len(problems) == 1
    text = problems[0]
    assert "No council sanctions on a councillor" in text
    assert "R (Harvey) v Ledbury Town Council [2018] EWHC 1151 (Admin)" in text
    assert "refer the matter to the Monitoring Officer" in text
    assert not RULE_ID.search(text)


def test_no_action_on_a_councillor_is_not_a_sanction() -> None:
    assert sanction_problems("councillor", "no_action") == ()


@pytest.mark.parametrize("outcome", list(EMPLOYEE_OUTCOMES))
def test_staff_outcomes_follow_the_acas_list(outcome: str) -> None:
    assert sanction_problems("officer", outcome) == ()
    assert sanction_problems("clerk", outcome) == ()


def test_an_outcome_outside_the_list_is_refused_for_staff() -> None:
    problems = sanction_problems("officer", "committee_ban")
    assert "not an outcome the disciplinary procedure allows" in problems[0]
    assert "final written warning" in problems[0]
    with pytest.raises(ValueError):
        sanction_problems("resident", "no_action")
