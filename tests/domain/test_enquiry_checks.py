"""Protocol checks on a saved enquiry: each fires when it should and stays quiet otherwise."""

from __future__ import annotations

import dataclasses
from datetime import date, datetime, time

import pytest

from parishdesk.domain.enquiry_checks import (
    CHECKS,
    CheckWarning,
    EnquiryFacts,
    check_declared_interest,
    check_instruction,
    check_not_council_business,
    check_not_through_clerk,
    check_out_of_hours,
    check_priority_demand,
    check_short_deadline,
    check_silent_copies,
    check_staff_personal_matters,
    run_checks,
)
from parishdesk.domain.rules import rule

# Tuesday 11/06/2024, mid-morning: an ordinary working time.
WEEKDAY_MORNING = datetime(2024, 6, 11, 10, 30)


def facts(**changes: object) -> EnquiryFacts:
    base = EnquiryFacts(
        subject="Bench on the green",
        text="Could you let me know when the broken bench on the green will be repaired?",
        received_at=WEEKDAY_MORNING,
    )
    return dataclasses.replace(base, **changes)  # type: ignore[arg-type]


def codes(found: tuple[CheckWarning, ...]) -> set[str]:
    return {w.code for w in found}


def test_a_plain_enquiry_raises_no_warnings() -> None:
    assert run_checks(facts()) == ()


def test_facts_all_have_defaults_and_are_frozen() -> None:
    empty = EnquiryFacts()
    assert run_checks(empty) == ()
    with pytest.raises(dataclasses.FrozenInstanceError):
        empty.subject = "x"  # type: ignore[misc]


def test_every_warning_cites_real_rules_and_has_words() -> None:
    noisy = facts(
        addressed_to_is_clerk=False, addressed_to_name="Sam (assistant)",
        text="I want you to print my election leaflet urgently; also what is her salary?",
        ticked_not_council_business=True, received_at=datetime(2024, 6, 8, 22, 0),
        copied=(("Cllr Patel", False),), requested_by=date(2024, 6, 10),
        interests=("leaflet",),
    )
    found = run_checks(noisy)
    assert len(found) == len(CHECKS)
    for warning in found:
        assert warning.title and warning.message and warning.advice
        assert warning.rules == tuple(rule(r) for r in warning.rule_ids)
        assert all(": " in s for s in warning.sources)


def test_sources_come_from_the_rule_catalogue() -> None:
    warning = check_not_through_clerk(facts(addressed_to_is_clerk=False))
    assert warning is not None
    assert warning.rule_ids == ("ENQ-1", "ROLE-7")
    assert warning.sources == (f"ENQ-1: {rule('ENQ-1').source}", f"ROLE-7: {rule('ROLE-7').source}")


# ENQ-1 / ROLE-7
def test_work_sent_to_another_officer_fires() -> None:
    warning = check_not_through_clerk(
        facts(addressed_to_is_clerk=False, addressed_to_name="the groundsman", kind="work"))
    assert warning is not None
    assert "the groundsman" in warning.message


def test_factual_question_to_another_officer_is_fine() -> None:
    assert check_not_through_clerk(facts(addressed_to_is_clerk=False, kind="factual")) is None
    assert check_not_through_clerk(facts(addressed_to_is_clerk=True, kind="work")) is None


# ROLE-1
@pytest.mark.parametrize("text", [
    "I instruct you to remove the notice from the board.",
    "You must write to the contractor today.",
    "I want you to ring the police about the car park.",
    "Please do this immediately.",
    "I\u2019m telling you to cancel the booking.",
])
def test_instructions_fire(text: str) -> None:
    warning = check_instruction(facts(text=text))
    assert warning is not None
    assert warning.rule_ids == ("ROLE-1",)
    assert "\u201c" in warning.message


@pytest.mark.parametrize("text", [
    "Could you let me know when the bench will be fixed?",
    "You must be busy with the audit, so no rush.",
    "The council resolved to instruct a surveyor.",
])
def test_requests_do_not_fire_as_instructions(text: str) -> None:
    assert check_instruction(facts(text=text)) is None


# ENQ-4
@pytest.mark.parametrize("text", [
    "Could you print 200 copies of my leaflet?",
    "I am canvassing in Mill Lane on Saturday and need the street list.",
    "Can you help with the election next May?",
    "Please put this in the party group's pack.",
    "I need a letter on headed paper for my business.",
    "Could you draft a note for the district council on my behalf?",
])
def test_hints_of_non_council_business_fire(text: str) -> None:
    warning = check_not_council_business(facts(text=text))
    assert warning is not None
    assert warning.rule_ids == ("ENQ-4",)
    assert "mentions" in warning.message


def test_the_tick_box_alone_fires() -> None:
    warning = check_not_council_business(facts(ticked_not_council_business=True))
    assert warning is not None
    assert "marked as not council business" in warning.message


@pytest.mark.parametrize("text", [
    "Please add the election of the Chair to the agenda for the annual meeting.",
    "Who can stand in the annual election of Vice-Chair?",
    "Has the district council confirmed the by-election date for the casual vacancy?",
    "Could the council newsletter mention the litter pick?",
    "What did the district council say about the bus shelter?",
])
def test_council_business_with_political_sounding_words_is_fine(text: str) -> None:
    assert check_not_council_business(facts(text=text)) is None


def test_election_of_the_chair_does_not_hide_a_real_campaign() -> None:
    text = "After the election of the Chair, can you help with my campaign leaflets?"
    warning = check_not_council_business(facts(text=text))
    assert warning is not None
    assert "campaign" in warning.message and "chair" not in warning.message.lower()


# ENQ-5
@pytest.mark.parametrize("text", [
    "What is the assistant clerk's salary?",
    "I hear Jo has been off sick again; how long for?",
    "Is there a disciplinary case against the caretaker?",
    "When is her appraisal due?",
    "Can I see his contract?",
])
def test_staff_personal_matters_fire(text: str) -> None:
    warning = check_staff_personal_matters(facts(text=text))
    assert warning is not None
    assert warning.rule_ids == ("ENQ-5",)


@pytest.mark.parametrize("text", [
    "Can the staffing committee review the grievance and disciplinary policy?",
    "When is the sickness absence policy due for review?",
    "Has the grass-cutting contract been renewed?",
])
def test_staff_policies_and_contracts_with_suppliers_are_fine(text: str) -> None:
    assert check_staff_personal_matters(facts(text=text)) is None


# ENQ-6
def test_weekend_message_fires() -> None:
    warning = check_out_of_hours(facts(received_at=datetime(2024, 6, 8, 11, 0)))
    assert warning is not None
    assert "Saturday 08/06/2024 at 11:00" in warning.message


def test_outside_hours_fires() -> None:
    hours = (time(9, 0), time(13, 0))
    warning = check_out_of_hours(facts(received_at=datetime(2024, 6, 11, 21, 15),
                                       officer_hours=hours))
    assert warning is not None
    assert "09:00" in warning.message and "13:00" in warning.message


def test_a_part_time_officers_day_off_fires() -> None:
    warning = check_out_of_hours(facts(officer_working_days=frozenset({0, 2, 3})))  # not Tue
    assert warning is not None
    assert "Monday, Wednesday, Thursday" in warning.message


def test_bank_holiday_fires() -> None:
    warning = check_out_of_hours(facts(received_at=datetime(2024, 8, 26, 10, 0)))
    assert warning is not None
    assert "bank holiday" in warning.message


def test_on_leave_fires_even_in_hours() -> None:
    warning = check_out_of_hours(facts(officer_on_leave=True))
    assert warning is not None
    assert "on leave" in warning.message


def test_inside_working_hours_is_fine() -> None:
    hours = (time(9, 0), time(13, 0))
    assert check_out_of_hours(facts(officer_hours=hours)) is None
    assert check_out_of_hours(facts(received_at=datetime(2024, 6, 11, 9, 0),
                                    officer_hours=hours)) is None
    assert check_out_of_hours(facts(received_at=None)) is None


# CORR-1
def test_copy_without_consent_fires() -> None:
    warning = check_silent_copies(facts(copied=(("Cllr Ahmed", True), ("Cllr Brown", False))))
    assert warning is not None
    assert "Cllr Brown" in warning.message and "Cllr Ahmed" not in warning.message


def test_copies_with_consent_are_fine() -> None:
    assert check_silent_copies(facts(copied=(("Cllr Ahmed", True),))) is None
    assert check_silent_copies(facts()) is None


# ENQ-2
def test_short_deadline_fires() -> None:
    # Received Tuesday 11/06; Thursday 13/06 is only 2 working days later.
    warning = check_short_deadline(facts(requested_by=date(2024, 6, 13)))
    assert warning is not None
    assert "13/06/2024" in warning.message and "2 working days" in warning.message


def test_deadline_in_the_past_fires() -> None:
    warning = check_short_deadline(facts(requested_by=date(2024, 6, 10)))
    assert warning is not None
    assert "before the enquiry arrived" in warning.message


def test_reasonable_deadline_is_fine() -> None:
    assert check_short_deadline(facts(requested_by=date(2024, 6, 14))) is None  # 3 days
    assert check_short_deadline(facts(requested_by=None)) is None
    # A council may set its own minimum.
    assert check_short_deadline(facts(requested_by=date(2024, 6, 13), min_working_days=2)) is None


def test_deadline_counts_the_councils_bank_holidays() -> None:
    # Received Thursday 28/03/2024; Wednesday 03/04 is 2 working days on in England
    # (Good Friday, Easter Monday) but 3 in Scotland, where Easter Monday is worked.
    easter = {"received_at": datetime(2024, 3, 28, 10, 0), "requested_by": date(2024, 4, 3)}
    assert check_short_deadline(facts(**easter)) is not None
    assert check_short_deadline(facts(**easter, nation="scotland")) is None


# ENQ-3
@pytest.mark.parametrize("text", [
    "This is URGENT.",
    "Please make this your top priority.",
    "Drop everything and sort out the playground.",
])
def test_priority_demands_fire(text: str) -> None:
    warning = check_priority_demand(facts(text=text))
    assert warning is not None
    assert warning.rule_ids == ("ENQ-3",)
    assert warning.message[0].isupper()


def test_the_flag_alone_fires() -> None:
    warning = check_priority_demand(facts(priority_demanded_by_councillor=True))
    assert warning is not None
    assert "put first" in warning.message


@pytest.mark.parametrize("text", [
    "This is not urgent; whenever suits.",
    "A non-urgent question about the allotment rents.",
])
def test_no_priority_demand(text: str) -> None:
    assert check_priority_demand(facts(text=text)) is None


# CONDUCT-1
def test_declared_relationship_fires() -> None:
    warning = check_declared_interest(facts(
        subject="Planning: 4 Mill Lane",
        text="Can you tell me when the council will comment on the extension?",
        special_relationships=("Mill Lane", "my brother-in-law"),
        interests=("Allotment Society",),
    ))
    assert warning is not None
    assert "Mill Lane" in warning.message
    assert "Allotment Society" not in warning.message


def test_declared_interest_fires_case_insensitively() -> None:
    warning = check_declared_interest(facts(
        text="What grant did the allotment society get?", interests=("Allotment Society",)))
    assert warning is not None
    assert "interest the councillor declared" in warning.message


def test_no_declared_term_in_the_text() -> None:
    assert check_declared_interest(facts(interests=("Cricket Club", " ", ""),
                                         special_relationships=("Orchard Farm",))) is None


def test_run_checks_uses_the_list_it_is_given() -> None:
    noisy = facts(text="URGENT: I want you to do this immediately.")
    assert codes(run_checks(noisy)) == {"councillor-instruction", "priority-demanded"}
    assert codes(run_checks(noisy, [check_priority_demand])) == {"priority-demanded"}


# CONDUCT-1 on key phrases: register entries as the demo council writes them.
HOLIDAY_LET = "Owner of a holiday let at Mill Cottage, Ashcombe"
PHARMACY = "Director of Patel Pharmacy Ltd, High Street"
BROTHER_IN_LAW = "Mr Liam Hartley (the council's Assistant)"
VILLAGE_HALL = "Trustee of the Ashcombe Village Hall charity"
SOLICITORS = "Partner in Fairweather & Lowe, solicitors"
COUNCIL = "Ashcombe Parish Council"


@pytest.mark.parametrize(("text", "interest", "phrase"), [
    ("Residents complain about noise at the holiday let at Mill Cottage.", HOLIDAY_LET,
     "Mill Cottage"),
    ("Has anyone objected to holiday lets in the parish?", HOLIDAY_LET, "holiday let"),
    ("Can the prescription collection point outside Patel Pharmacy on the High Street stay?",
     PHARMACY, "Patel Pharmacy"),
    ("Who is booked into the village hall on Saturday?", VILLAGE_HALL, "Village Hall"),
    ("Did Fairweather and Lowe quote for the lease?", SOLICITORS, "Fairweather & Lowe"),
])
def test_an_interests_key_phrase_fires(text: str, interest: str, phrase: str) -> None:
    warning = check_declared_interest(facts(text=text, interests=(interest,),
                                            council_name=COUNCIL))
    assert warning is not None
    assert f"\u201c{phrase}\u201d" in warning.message
    assert interest in warning.message


def test_a_relationships_name_fires_with_a_possessive() -> None:
    warning = check_declared_interest(facts(
        subject="Staff hours", text="Could Liam Hartley's hours be cut over the winter?",
        special_relationships=(BROTHER_IN_LAW,), council_name=COUNCIL))
    assert warning is not None
    assert "special relationship" in warning.message and "\u201cLiam Hartley\u201d" in warning.message
    titled = check_declared_interest(facts(text="Please ask Mr Hartley to ring me.",
                                           special_relationships=(BROTHER_IN_LAW,)))
    assert titled is not None and "Mr Hartley" in titled.message


@pytest.mark.parametrize(("text", "entry"), [
    ("When will the Christmas lights go up in Ashcombe?", HOLIDAY_LET),  # council's own place
    ("The bus shelter on Mill Lane is broken.", HOLIDAY_LET),
    ("I am going on holiday in August; reply by then please.", HOLIDAY_LET),
    ("There are potholes all along the High Street.", PHARMACY),  # an everyday street name
    ("Is the pharmacy open on bank holidays?", PHARMACY),
    ("Which solicitors did the council use for the lease?", SOLICITORS),
    ("Could the Assistant put up the notices?", BROTHER_IN_LAW),  # a role, not the person
    ("What does the parish council owe the district council?", VILLAGE_HALL),
])
def test_unrelated_enquiries_do_not_fire_conduct_1(text: str, entry: str) -> None:
    assert check_declared_interest(facts(
        text=text, interests=(entry,), special_relationships=(entry,),
        council_name=COUNCIL)) is None


# Ordinary council business that used to trip the word checks.
@pytest.mark.parametrize("text", [
    "Can the village hall be the polling station for the county council election?",
    "When is the next parish council election?",
    "Could we start the neighbourhood plan consultation campaign in January?",
    "Can we print leaflets for the council's litter-pick day?",
    "The Keep Our Green campaign group has written about the field again.",
])
def test_enq_4_stays_quiet_on_council_business(text: str) -> None:
    assert check_not_council_business(facts(text=text)) is None


@pytest.mark.parametrize("text", [
    "Can you help me with the county council election leaflets?",
    "I'm standing for the district council and need a list of addresses.",
    "After the county council election, can you print my campaign posters?",
])
def test_enq_4_still_fires_on_a_councillors_own_election(text: str) -> None:
    assert check_not_council_business(facts(text=text)) is not None


def test_i_want_you_to_know_is_not_an_instruction() -> None:
    assert check_instruction(facts(text="I want you to know how grateful residents are.")) is None
    assert check_instruction(facts(text="I want you to close the car park.")) is not None


@pytest.mark.parametrize("text", [
    "A resident on Mill Lane is off sick and asks if the bins can be collected from the door.",
    "We have had a grievance from the allotment holders about the water supply.",
    "Could you send the NALC salary scales for our budget?",
])
def test_enq_5_stays_quiet_when_no_employee_is_meant(text: str) -> None:
    assert check_staff_personal_matters(facts(text=text)) is None


def test_enq_5_still_fires_when_a_resident_asks_about_staff() -> None:
    text = "A resident tells me the clerk is off sick again. Is that right?"
    assert check_staff_personal_matters(facts(text=text)) is not None


@pytest.mark.parametrize("text", [
    "Could you reply as soon as possible?",
    "Can we meet immediately after the meeting on Tuesday?",
    "The bin immediately outside the shop is full.",
])
def test_enq_3_stays_quiet_on_ordinary_timing(text: str) -> None:
    assert check_priority_demand(facts(text=text)) is None


def test_enq_3_still_fires_on_immediately_on_its_own() -> None:
    assert check_priority_demand(facts(text="Sort the playground out immediately.")) is not None
