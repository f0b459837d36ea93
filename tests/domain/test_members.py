from dataclasses import FrozenInstanceError
from datetime import date, time

import pytest

from parishdesk.domain.members import (
    INTEREST_CATEGORIES,
    INTEREST_CATEGORY_LABELS,
    JOINED_HOW,
    JOINED_HOW_LABELS,
    POSTS,
    ROLE_KIND_LABELS,
    ROLE_KINDS,
    Committee,
    Councillor,
    Interest,
    InterestsForm,
    Officer,
    PartyGroup,
    Role,
    SpecialRelationship,
    Training,
    default_term_end,
    effective_term_end,
    first_thursday_in_may,
    format_date,
    interests_form_due,
    interests_form_state,
    next_ordinary_election,
)


def test_display_name_prefers_preferred_name() -> None:
    c = Councillor(title="Dr", first_name="Margaret", surname="Hale")
    assert c.display_name == "Cllr Margaret Hale"
    assert c.full_name == "Dr Margaret Hale"
    assert Councillor(first_name="Margaret", preferred_name="Peggy",
                      surname="Hale").display_name == "Cllr Peggy Hale"
    # Blank parts never leave double spaces.
    assert Councillor(first_name="Ann", surname="Lee").full_name == "Ann Lee"


def test_records_are_frozen_and_keyword_only() -> None:
    c = Councillor(first_name="A", surname="B")
    with pytest.raises(FrozenInstanceError):
        c.surname = "C"  # type: ignore[misc]
    with pytest.raises(TypeError):
        Councillor(None, "Mr")  # type: ignore[misc]


def test_every_record_builds_from_plain_fields() -> None:
    o = Officer(id=3, first_name="Sam", surname="Roe", post="Other", post_other="Groundsman",
                working_days=frozenset({0, 2, 4}), hours_from=time(9), hours_to=time(13))
    assert o.post_label == "Groundsman"
    assert o.working_days_label == "Monday, Wednesday, Friday"
    assert Officer(first_name="A", surname="B", post="Clerk").post_label == "Clerk"
    assert Committee(name="Finance", subjects=("budget", "audit")).subjects == ("budget", "audit")
    assert PartyGroup(id=1, name="Green").name == "Green"
    role = Role(person_id=1, kind="committee_chair", committee_id=2, start=date(2024, 5, 9))
    assert role.end is None and role.kind_label == "Committee chair"
    assert Interest(category="other_registerable").category_label == "Other registerable interest"
    assert SpecialRelationship(with_whom="Clerk", nature="Cousin").nature == "Cousin"
    assert Training(course="Induction", on=date(2023, 6, 1)).certificate_held is False


def test_labels_cover_every_value() -> None:
    assert set(JOINED_HOW_LABELS) == set(JOINED_HOW)
    assert set(ROLE_KIND_LABELS) == set(ROLE_KINDS)
    assert set(INTEREST_CATEGORY_LABELS) == set(INTEREST_CATEGORIES)
    assert POSTS[0] == "Clerk" and POSTS[-1] == "Other"


def test_councillor_current_between_joining_and_leaving() -> None:
    c = Councillor(first_name="A", surname="B", joined_on=date(2023, 5, 4),
                   left_on=date(2024, 2, 1), left_reason="Resigned")
    assert not c.is_current(date(2023, 5, 3))
    assert c.is_current(date(2023, 5, 4))
    assert c.is_current(date(2024, 1, 31))
    assert not c.is_current(date(2024, 2, 1))


def test_officer_current() -> None:
    o = Officer(first_name="A", surname="B", ended_on=date(2024, 3, 31))
    assert not o.is_current()
    assert o.is_current(date(2024, 3, 30))
    assert not o.is_current(date(2024, 3, 31))
    assert Officer(first_name="A", surname="B").is_current()


def test_first_thursday_in_may() -> None:
    assert first_thursday_in_may(2023) == date(2023, 5, 4)
    assert first_thursday_in_may(2027) == date(2027, 5, 6)
    assert first_thursday_in_may(2031) == date(2031, 5, 1)  # 1 May is itself a Thursday


@pytest.mark.parametrize(
    ("after", "cycle", "expected"),
    [
        (date(2024, 1, 10), 2023, date(2027, 5, 6)),
        (date(2023, 5, 3), 2023, date(2023, 5, 4)),
        (date(2023, 5, 4), 2023, date(2027, 5, 6)),   # election day itself: the next one
        (date(2023, 5, 4), 2031, date(2027, 5, 6)),   # any year of the cycle will do
        (date(2023, 5, 4), 2015, date(2027, 5, 6)),
        (date(2027, 5, 7), 2023, date(2031, 5, 1)),
        (date(2021, 12, 31), 2022, date(2022, 5, 5)),  # a different cycle
    ],
)
def test_next_ordinary_election(after: date, cycle: int, expected: date) -> None:
    assert next_ordinary_election(after, cycle) == expected


def test_term_end_default_and_override() -> None:
    assert default_term_end(date(2023, 5, 4), 2023) == date(2027, 5, 6)
    assert default_term_end(date(2025, 9, 15), 2023) == date(2027, 5, 6)  # co-opted mid-term
    c = Councillor(first_name="A", surname="B", joined_on=date(2023, 5, 4))
    assert effective_term_end(c, 2023) == date(2027, 5, 6)
    moved = Councillor(first_name="A", surname="B", joined_on=date(2023, 5, 4),
                       term_ends_on=date(2028, 5, 4))
    assert effective_term_end(moved, 2023) == date(2028, 5, 4)
    assert effective_term_end(Councillor(first_name="A", surname="B"), 2023) is None


def test_interests_form_due_28_days_after_accepting_office() -> None:
    assert interests_form_due(date(2023, 5, 8)) == date(2023, 6, 5)


def test_interests_form_state() -> None:
    accepted = date(2023, 5, 8)  # due 05/06/2023
    due = interests_form_state(accepted, None, date(2023, 6, 1))
    assert (due.state, due.due_on, due.days_left) == ("due", date(2023, 6, 5), 4)
    assert interests_form_state(accepted, None, date(2023, 6, 5)).state == "due"
    late = interests_form_state(accepted, None, date(2023, 6, 8))
    assert (late.state, late.days_left, late.label) == ("overdue", -3, "Overdue")
    back = interests_form_state(accepted, date(2023, 5, 20), date(2023, 6, 8))
    assert (back.state, back.days_left) == ("returned", None)
    na = interests_form_state(None, None, date(2023, 6, 8))
    assert (na.state, na.due_on) == ("not_applicable", None)


def test_interests_form_record_status() -> None:
    form = InterestsForm(councillor_id=1, due_on=date(2024, 1, 31))
    assert form.status(date(2024, 2, 2)).state == "overdue"
    assert InterestsForm(due_on=date(2024, 1, 31),
                         returned_on=date(2024, 1, 2)).status(date(2024, 2, 2)).state == "returned"


def test_format_date_is_british() -> None:
    assert format_date(date(2024, 3, 7)) == "07/03/2024"
    assert format_date(None) == ""
