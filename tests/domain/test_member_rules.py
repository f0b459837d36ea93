from dataclasses import replace
from datetime import date, time

import pytest

from parishdesk.domain.member_rules import (
    Problem,
    councillor_problems,
    validate_councillor,
    validate_officer,
)
from parishdesk.domain.members import Councillor, Officer

TODAY = date(2024, 6, 1)


def fields(problems: tuple[Problem, ...]) -> set[str]:
    return {p.field for p in problems}


def good_councillor(**changes: object) -> Councillor:
    base: dict[str, object] = dict(
        id=1, title="Mrs", first_name="Jane", surname="Smith", ward="North",
        email="jane.smith@example.org", joined_how="elected",
        joined_on=date(2023, 5, 4), accepted_office_on=date(2023, 5, 8),
    )
    base.update(changes)
    return Councillor(**base)  # type: ignore[arg-type]


# --- councillors -----------------------------------------------------------

def test_a_complete_councillor_has_no_problems() -> None:
    assert validate_councillor(good_councillor(), TODAY) == ()


def test_names_are_required_and_messages_name_the_field() -> None:
    problems = validate_councillor(good_councillor(first_name=" ", surname=""), TODAY)
    assert fields(problems) == {"first_name", "surname"}
    assert any("First name" in p.message for p in problems)
    assert any("Surname" in p.message for p in problems)


@pytest.mark.parametrize("email", ["jane", "jane@", "jane smith@example.org", "@example.org",
                                   "jane@example"])
def test_bad_email_shapes(email: str) -> None:
    problems = validate_councillor(good_councillor(email=email), TODAY)
    assert fields(problems) == {"email"}
    assert email.strip() in problems[0].message


def test_email_optional() -> None:
    assert validate_councillor(good_councillor(email=""), TODAY) == ()


def test_dates_far_in_future_are_questioned() -> None:
    c = good_councillor(joined_on=date(2026, 5, 4), accepted_office_on=date(2026, 5, 4))
    problems = validate_councillor(c, TODAY)
    assert fields(problems) == {"joined_on", "accepted_office_on"}
    assert "04/05/2026" in problems[0].message
    # Within a year ahead is fine (a known co-option date).
    soon = good_councillor(joined_on=date(2024, 9, 1), accepted_office_on=date(2024, 9, 1))
    assert validate_councillor(soon, TODAY) == ()
    far_term = good_councillor(term_ends_on=date(2035, 5, 3))
    assert fields(validate_councillor(far_term, TODAY)) == {"term_ends_on"}


def test_accepted_office_not_before_joining() -> None:
    problems = validate_councillor(good_councillor(accepted_office_on=date(2023, 5, 1)), TODAY)
    assert fields(problems) == {"accepted_office_on"}
    assert "04/05/2023" in problems[0].message


def test_leaving_needs_a_reason_and_a_reason_needs_a_date() -> None:
    no_reason = validate_councillor(good_councillor(left_on=date(2024, 2, 1)), TODAY)
    assert fields(no_reason) == {"left_reason"}
    no_date = validate_councillor(good_councillor(left_reason="Resigned"), TODAY)
    assert fields(no_date) == {"left_on"}
    both = good_councillor(left_on=date(2024, 2, 1), left_reason="Resigned")
    assert validate_councillor(both, TODAY) == ()
    before = good_councillor(left_on=date(2022, 2, 1), left_reason="Resigned")
    assert fields(validate_councillor(before, TODAY)) == {"left_on"}


def test_term_end_must_follow_joining() -> None:
    problems = validate_councillor(good_councillor(term_ends_on=date(2023, 5, 4)), TODAY)
    assert fields(problems) == {"term_ends_on"}


def test_lengths_and_joined_how() -> None:
    c = good_councillor(title="The Right Honourable Lady", ward="W" * 81, joined_how="drafted")
    assert fields(validate_councillor(c, TODAY)) == {"title", "ward", "joined_how"}


# --- officers --------------------------------------------------------------

CLERK = Officer(id=1, first_name="Alex", surname="Reed", post="Clerk", is_proper_officer=True)


def test_a_good_officer() -> None:
    assistant = Officer(id=2, first_name="Bea", surname="Cole", post="Assistant",
                        line_manager_id=1, hours_from=time(9), hours_to=time(12, 30),
                        working_days=frozenset({1, 3}))
    assert validate_officer(assistant, [CLERK]) == ()
    assert validate_officer(CLERK, [CLERK]) == ()


def test_second_proper_officer_names_the_holder() -> None:
    deputy = Officer(id=2, first_name="Bea", surname="Cole", post="Deputy Clerk",
                     is_proper_officer=True)
    problems = validate_officer(deputy, [CLERK])
    assert fields(problems) == {"is_proper_officer"}
    assert "Alex Reed" in problems[0].message
    # Once the Clerk's employment has ended, the deputy may take it.
    former = Officer(id=1, first_name="Alex", surname="Reed", post="Clerk",
                     is_proper_officer=True, ended_on=date(2024, 3, 31))
    assert validate_officer(deputy, [former], today=TODAY) == ()


def test_taking_away_the_only_proper_officer_is_a_problem() -> None:
    changed = Officer(id=1, first_name="Alex", surname="Reed", post="Clerk")
    problems = validate_officer(changed, [CLERK])
    assert fields(problems) == {"is_proper_officer"}
    assert "no Proper Officer" in problems[0].message


def test_hours_must_run_forwards_and_come_in_pairs() -> None:
    back = Officer(first_name="A", surname="B", post="Caretaker", hours_from=time(14),
                   hours_to=time(9), line_manager_id=1)
    assert fields(validate_officer(back, [CLERK])) == {"hours_to"}
    half = Officer(first_name="A", surname="B", post="Caretaker", hours_from=time(9),
                   line_manager_id=1)
    assert fields(validate_officer(half, [CLERK])) == {"hours_to"}


def test_line_manager_must_be_the_clerk() -> None:
    deputy = Officer(id=2, first_name="Bea", surname="Cole", post="Deputy Clerk",
                     line_manager_id=1)
    caretaker = Officer(id=3, first_name="Cy", surname="Dunn", post="Caretaker",
                        line_manager_id=2)
    problems = validate_officer(caretaker, [CLERK, deputy])
    assert fields(problems) == {"line_manager_id"}
    assert problems[0].rule_id == "ROLE-7"
    assert "Bea Cole" in problems[0].message and "through the Clerk" in problems[0].message
    assert "ROLE-7" not in problems[0].message
    unknown = Officer(id=3, first_name="Cy", surname="Dunn", post="Caretaker",
                      line_manager_id=99)
    assert fields(validate_officer(unknown, [CLERK])) == {"line_manager_id"}
    clerk_managed = Officer(id=1, first_name="Alex", surname="Reed", post="Clerk",
                            is_proper_officer=True, line_manager_id=2)
    assert fields(validate_officer(clerk_managed, [CLERK, deputy])) == {"line_manager_id"}


def test_staff_other_than_the_clerk_need_the_clerk_as_line_manager() -> None:
    caretaker = Officer(first_name="Cy", surname="Dunn", post="Caretaker")
    problems = validate_officer(caretaker, [CLERK])
    assert fields(problems) == {"line_manager_id"}
    assert problems[0].rule_id == "ROLE-7"
    assert "paragraph 2.7" in problems[0].message and "choose Alex Reed (Clerk)" in problems[0].message
    # With no Clerk recorded yet, the message says to record one first.
    alone = validate_officer(caretaker, [])
    assert "record the Clerk first" in alone[0].message
    # The Clerk (or the Proper Officer) is managed by the council, not another officer.
    assert validate_officer(CLERK, [CLERK]) == ()
    acting = Officer(id=5, first_name="Di", surname="Eve", post="Deputy Clerk",
                     is_proper_officer=True)
    assert validate_officer(acting, []) == ()


def test_other_post_needs_a_name_and_posts_are_known() -> None:
    assert fields(validate_officer(Officer(first_name="A", surname="B", post="Other",
                                           line_manager_id=1), [CLERK])) == {"post_other"}
    assert fields(validate_officer(Officer(first_name="A", surname="B", post="Mayor",
                                           line_manager_id=1), [CLERK])) == {"post"}


def test_line_breaks_and_control_characters_are_refused_in_one_line_fields() -> None:
    base = Councillor(first_name="Ann", surname="Hale", joined_on=date(2024, 5, 2))
    for field_name, value in (("surname", "Hale\nSmith"), ("first_name", "Ann\x00"),
                              ("email", "ann@x.example\r\nBcc: all@x.example"),
                              ("ward", "North\u2028East"), ("title", "Mrs\x1b")):
        problems = councillor_problems(replace(base, **{field_name: value}), None)
        assert {p.field for p in problems} == {field_name}, (field_name, problems)
        assert any("one line" in p.message or "control character" in p.message
                   for p in problems)
    # An address may take several lines; a control code in it is still refused.
    assert councillor_problems(replace(base, address="1 Mill Lane\nAmbridge"), None) == ()
    assert [p.field for p in councillor_problems(replace(base, address="1 Mill\x07 Lane"),
                                                 None)] == ["address"]
