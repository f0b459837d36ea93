"""The steps of a case on each track, and every time limit that runs from them."""

from __future__ import annotations

from datetime import date

from parishdesk.domain.dispute_steps import (
    FIRST_STEP,
    FLOW,
    STEP_LABELS,
    DisputeSettings,
    Step,
    case_deadlines,
    check_step,
    is_paused,
    next_deadline,
    next_steps,
    state_of,
    tribunal_warning,
)

S = DisputeSettings()
EW = "england-and-wales"


def _one(deadlines: tuple, label_start: str):  # type: ignore[no-untyped-def]
    found = [d for d in deadlines if d.label.startswith(label_start)]
    assert len(found) == 1, [d.label for d in deadlines]
    return found[0]


def test_every_step_in_every_flow_has_a_label() -> None:
    for track, flow in FLOW.items():
        assert FIRST_STEP[track] in flow
        for state, following in flow.items():
            assert state in STEP_LABELS
            assert all(k in STEP_LABELS for k in following)


def test_the_grievance_flow_in_order() -> None:
    steps: list[Step] = []
    assert next_steps("grievance", steps) == ("received",)
    for kind in ("received", "acknowledged", "investigation", "hearing_invited", "postponed",
                 "hearing_held", "outcome_sent", "appeal_received", "appeal_heard",
                 "appeal_outcome", "closed"):
        assert check_step("grievance", steps, kind) == "", kind
        steps.append(Step(kind, date(2026, 11, 2)))
    assert state_of(steps) == "closed"
    assert next_steps("grievance", steps) == ()
    assert "closed" in check_step("grievance", steps, "hearing_held")


def test_a_step_out_of_order_is_refused_in_plain_words() -> None:
    steps = [Step("received", date(2026, 11, 2))]
    problem = check_step("grievance", steps, "hearing_held")
    assert problem.startswith("A step \u201chearing held\u201d cannot follow here.")
    assert "acknowledged" in problem


def test_a_disciplinary_case_pauses_for_a_grievance_and_resumes() -> None:
    steps = [Step("concern", date(2026, 11, 2)), Step("investigation", date(2026, 11, 3))]
    assert "paused" in next_steps("disciplinary", steps)
    steps.append(Step("paused", date(2026, 11, 4)))
    assert is_paused(steps)
    assert state_of(steps) == "investigation"
    assert next_steps("disciplinary", steps) == ("resumed",)
    steps.append(Step("resumed", date(2026, 11, 10)))
    assert not is_paused(steps)
    assert next_steps("disciplinary", steps)[0] == "hearing_invited"


def test_the_assessment_decides_whether_the_monitoring_officer_investigates() -> None:
    base = [Step("drafting", date(2026, 11, 2)), Step("sent_to_mo", date(2026, 11, 3)),
            Step("mo_acknowledged", date(2026, 11, 5))]
    nfa = [*base, Step("assessment", date(2026, 11, 20), outcome="no_further_action")]
    assert next_steps("code_of_conduct", nfa) == ("closed",)
    inv = [*base, Step("assessment", date(2026, 11, 20), outcome="investigation")]
    assert next_steps("code_of_conduct", inv) == ("investigation", "closed")


# --- deadlines ----------------------------------------------------------------------------------

def test_acknowledgement_is_due_in_the_councils_working_days() -> None:
    steps = [Step("received", date(2026, 11, 2))]  # a Monday
    ack = _one(case_deadlines("grievance", steps, None, S, EW), "Acknowledge")
    assert ack.due_on == date(2026, 11, 9)
    assert ack.is_open() and not ack.is_overdue(date(2026, 11, 9))
    assert ack.is_overdue(date(2026, 11, 10))
    assert ack.days_left(date(2026, 11, 4), EW) == 3
    met = case_deadlines("grievance", [*steps, Step("acknowledged", date(2026, 11, 3))],
                         None, S, EW)
    assert _one(met, "Acknowledge").met_on == date(2026, 11, 3)


def test_the_hearing_is_due_on_the_date_set_or_within_the_setting() -> None:
    set_date = [Step("hearing_invited", date(2026, 11, 2), due_on=date(2026, 11, 6))]
    assert _one(case_deadlines("grievance", set_date, None, S, EW), "Hold the hearing").due_on \
        == date(2026, 11, 6)
    no_date = [Step("hearing_invited", date(2026, 11, 2))]
    slow = DisputeSettings(hearing_days=8)
    assert _one(case_deadlines("grievance", no_date, None, slow, EW), "Hold the hearing"
                ).due_on == date(2026, 11, 12)


def test_the_companions_postponement_runs_from_the_hearing_date_proposed() -> None:
    steps = [Step("hearing_invited", date(2026, 11, 2), due_on=date(2026, 11, 4)),
             Step("postponed", date(2026, 11, 3), due_on=date(2026, 11, 10))]
    found = case_deadlines("grievance", steps, None, S, EW)
    assert _one(found, "Hold the hearing").met_on == date(2026, 11, 3)
    assert _one(found, "Hold the postponed").due_on == date(2026, 11, 11)


def test_the_appeal_window_runs_from_the_outcome() -> None:
    steps = [Step("outcome_sent", date(2026, 11, 13))]  # a Friday
    window = _one(case_deadlines("grievance", steps, None, S, EW), "Appeal window")
    assert window.due_on == date(2026, 11, 20)
    appealed = [*steps, Step("appeal_received", date(2026, 11, 16))]
    found = case_deadlines("grievance", appealed, None, S, EW)
    assert _one(found, "Appeal window").met_on == date(2026, 11, 16)
    assert _one(found, "Hear the appeal").due_on == date(2026, 11, 23)


def test_suspension_review_and_warning_expiry() -> None:
    steps = [Step("concern", date(2026, 11, 2)), Step("investigation", date(2026, 11, 2)),
             Step("suspended", date(2026, 11, 3), due_on=date(2026, 11, 17))]
    review = _one(case_deadlines("disciplinary", steps, None, S, EW), "Review")
    assert review.due_on == date(2026, 11, 17) and review.is_open()
    steps.append(Step("suspension_reviewed", date(2026, 11, 16)))
    found = case_deadlines("disciplinary", steps, None, S, EW)
    assert [d.met_on for d in found if d.label.startswith("Review")][0] == date(2026, 11, 16)
    # The review itself sets the next review, by default ten working days on.
    assert [d.due_on for d in found if d.label.startswith("Review")][1] == date(2026, 11, 30)
    warning = [Step("warning_live", date(2026, 12, 1), due_on=date(2027, 6, 1))]
    lapse = _one(case_deadlines("disciplinary", warning, None, S, EW), "Warning lapses")
    assert lapse.due_on == date(2027, 6, 1)
    assert lapse.is_overdue(date(2027, 6, 2))


def test_the_monitoring_officers_limits_are_the_principal_councils_settings() -> None:
    mo = DisputeSettings(mo_complaint_age_days=15, mo_ack_days=3, mo_assessment_days=10)
    steps = [Step("drafting", date(2026, 11, 2)), Step("sent_to_mo", date(2026, 11, 4)),
             Step("mo_acknowledged", date(2026, 11, 6))]
    found = case_deadlines("code_of_conduct", steps, date(2026, 10, 26), mo, EW)
    assert _one(found, "Send to the Monitoring Officer").due_on == date(2026, 11, 16)
    assert _one(found, "Send to the Monitoring Officer").met_on == date(2026, 11, 4)
    assert _one(found, "Monitoring Officer to acknowledge").due_on == date(2026, 11, 9)
    assessment = _one(found, "Monitoring Officer's assessment")
    assert assessment.due_on == date(2026, 11, 20) and assessment.is_open()


def test_a_protocol_question_is_answered_in_the_councils_time() -> None:
    found = case_deadlines("protocol_question", [Step("asked", date(2026, 11, 2))], None, S, EW)
    assert _one(found, "Answer").due_on == date(2026, 11, 16)


def test_closing_a_case_ends_its_open_limits_and_next_deadline_is_the_earliest() -> None:
    steps = [Step("received", date(2026, 11, 2)), Step("acknowledged", date(2026, 11, 3)),
             Step("hearing_invited", date(2026, 11, 4), due_on=date(2026, 11, 10))]
    found = case_deadlines("grievance", steps, None, S, EW)
    nxt = next_deadline(found)
    assert nxt is not None and nxt.label == "Hold the hearing"
    closed = case_deadlines("grievance", [*steps, Step("closed", date(2026, 11, 5))],
                            None, S, EW)
    assert next_deadline(closed) is None


def test_the_tribunal_date_is_a_warning_that_suggests_advice() -> None:
    text = tribunal_warning("grievance", date(2026, 6, 3))
    assert "02/09/2026" in text and "take advice" in text and "not advice" in text
    assert tribunal_warning("code_of_conduct", date(2026, 6, 3)) == ""
    assert tribunal_warning("disciplinary", None) == ""


def test_a_hearing_later_than_the_setting_is_warned_about() -> None:
    from parishdesk.domain.dispute_steps import hearing_delay_warning

    assert hearing_delay_warning(date(2026, 11, 2), date(2026, 11, 9), S, EW) == ""
    text = hearing_delay_warning(date(2026, 11, 2), date(2026, 11, 10), S, EW)
    assert "within 5 working days, so by 09/11/2026" in text


def test_who_receives_each_case_letter() -> None:
    from parishdesk.domain.dispute_case import letter_recipient_role as to

    assert to("case_mo_referral", "code_of_conduct") == "mo"
    assert to("case_ack", "disciplinary") == "complainant"
    assert to("case_hearing_invite", "disciplinary") == "subject"
    assert to("case_hearing_invite", "grievance") == "complainant"
    assert to("case_informal_note", "informal", "councillor", "clerk") == "subject"
    assert to("case_informal_note", "informal", "officer", "councillor") == "complainant"
