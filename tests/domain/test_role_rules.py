"""Roles, offices and the register as a whole: the checks in domain/role_rules.py."""

from datetime import date

import pytest

from parishdesk.domain.member_rules import (
    NO_CHAIR,
    NO_PROPER_OFFICER,
    Problem,
    current_on,
    overlaps,
)
from parishdesk.domain.members import Officer, Role
from parishdesk.domain.role_rules import (
    check_chair_is_member,
    check_no_overlapping_duplicate,
    check_not_chair_and_vice,
    check_role,
    check_single_holder,
    register_gaps,
    validate_role,
)

TODAY = date(2024, 6, 1)
CLERK = Officer(id=1, first_name="Alex", surname="Reed", post="Clerk", is_proper_officer=True)


def fields(problems: tuple[Problem, ...]) -> set[str]:
    return {p.field for p in problems}


# --- roles -----------------------------------------------------------------

def role(person: int, kind: str, start: date, end: date | None = None, *,
         committee: int | None = None, rid: int | None = None) -> Role:
    return Role(id=rid, person_id=person, kind=kind, committee_id=committee, start=start,
                end=end)


def test_overlaps_half_open_and_open_ended() -> None:
    may23, may24, may25 = date(2023, 5, 11), date(2024, 5, 9), date(2025, 5, 8)
    assert overlaps(may23, may24, date(2024, 1, 1), None)
    assert not overlaps(may23, may24, may24, may25)  # hand-over on the same day
    assert overlaps(may23, None, may25, None)
    assert not overlaps(may24, may25, may23, may24)
    assert overlaps(may23, may25, may24, may24.replace(day=10))


def test_current_on() -> None:
    r = role(1, "council_chair", date(2023, 5, 11), date(2024, 5, 9))
    assert current_on(r, date(2023, 5, 11))
    assert not current_on(r, date(2024, 5, 9))
    assert not current_on(r, date(2023, 5, 10))


def test_one_chair_at_a_time() -> None:
    existing = [role(1, "council_chair", date(2023, 5, 11), None, rid=10)]
    clash = role(2, "council_chair", date(2024, 5, 9))
    problems = check_single_holder("council_chair", clash, existing, {1: "Cllr Jane Smith"})
    assert len(problems) == 1
    assert "Cllr Jane Smith" in problems[0].message and "11/05/2023" in problems[0].message
    ended = [role(1, "council_chair", date(2023, 5, 11), date(2024, 5, 9), rid=10)]
    assert check_single_holder("council_chair", clash, ended) == ()
    # Editing the existing role itself is not a clash with itself.
    edited = role(1, "council_chair", date(2023, 5, 11), date(2024, 5, 9), rid=10)
    assert check_single_holder("council_chair", edited, existing) == ()
    # Chair and Vice-Chair are separate positions.
    vice = role(2, "council_vice_chair", date(2024, 5, 9))
    assert check_single_holder("council_vice_chair", vice, existing) == ()


def test_committee_chairs_are_per_committee() -> None:
    existing = [role(1, "committee_chair", date(2023, 5, 11), committee=1)]
    other_committee = role(2, "committee_chair", date(2024, 1, 1), committee=2)
    same_committee = role(2, "committee_chair", date(2024, 1, 1), committee=1)
    assert check_single_holder("committee_chair", other_committee, existing) == ()
    assert len(check_single_holder("committee_chair", same_committee, existing)) == 1
    with pytest.raises(ValueError):
        check_single_holder("committee_member", same_committee, existing)


def test_chair_must_be_member_for_the_whole_period() -> None:
    chair = role(5, "committee_chair", date(2023, 6, 1), date(2024, 5, 9), committee=1)
    assert len(check_chair_is_member(chair, [])) == 1
    covering = [role(5, "committee_member", date(2023, 5, 11), None, committee=1)]
    assert check_chair_is_member(chair, covering) == ()
    # Two back-to-back memberships cover it too.
    joined = [role(5, "committee_member", date(2023, 5, 11), date(2023, 12, 1), committee=1),
              role(5, "committee_member", date(2023, 12, 1), date(2024, 6, 1), committee=1)]
    assert check_chair_is_member(chair, joined) == ()
    # A gap in membership is named by its first day.
    gap = [role(5, "committee_member", date(2023, 5, 11), date(2023, 12, 1), committee=1),
           role(5, "committee_member", date(2023, 12, 5), None, committee=1)]
    problems = check_chair_is_member(chair, gap)
    assert len(problems) == 1 and "01/12/2023" in problems[0].message
    # Membership of another committee, or by another person, does not count.
    wrong = [role(5, "committee_member", date(2023, 5, 11), None, committee=2),
             role(6, "committee_member", date(2023, 5, 11), None, committee=1)]
    assert len(check_chair_is_member(chair, wrong)) == 1
    # An open-ended chair needs open-ended membership.
    open_chair = role(5, "committee_chair", date(2023, 6, 1), None, committee=1)
    assert len(check_chair_is_member(open_chair, joined)) == 1
    assert check_chair_is_member(open_chair, covering) == ()


def test_no_overlapping_duplicate_membership() -> None:
    existing = [role(5, "committee_member", date(2023, 5, 11), None, committee=1, rid=1)]
    again = role(5, "committee_member", date(2024, 1, 1), None, committee=1)
    assert len(check_no_overlapping_duplicate(again, existing)) == 1
    later = [role(5, "committee_member", date(2023, 5, 11), date(2024, 1, 1), committee=1)]
    assert check_no_overlapping_duplicate(again, later) == ()
    other = role(5, "committee_member", date(2024, 1, 1), None, committee=2)
    assert check_no_overlapping_duplicate(other, existing) == ()


def test_validate_role_and_check_role() -> None:
    bad = Role(person_id=1, kind="committee_member", start=date(2024, 5, 9),
               end=date(2024, 5, 9))
    assert fields(validate_role(bad)) == {"committee_id", "end"}
    chair = role(2, "committee_chair", date(2024, 1, 1), committee=1)
    existing = [role(1, "committee_chair", date(2023, 5, 11), committee=1)]
    assert len(check_role(chair, existing)) == 2  # second holder, and not a member


def test_register_gaps() -> None:
    assert [p.message for p in register_gaps([], [], TODAY)] == [NO_CHAIR, NO_PROPER_OFFICER]
    roles = [role(1, "council_chair", date(2023, 5, 11))]
    assert register_gaps(roles, [CLERK], TODAY) == ()
    old_chair = [role(1, "council_chair", date(2023, 5, 11), date(2024, 5, 9))]
    assert [p.message for p in register_gaps(old_chair, [CLERK], TODAY)] == [NO_CHAIR]
    second = Officer(id=2, first_name="Bea", surname="Cole", post="Deputy Clerk",
                     is_proper_officer=True)
    problems = register_gaps(roles, [CLERK, second], TODAY)
    assert len(problems) == 1 and "Bea Cole" in problems[0].message


def test_one_person_is_not_chair_and_vice_chair_at_once() -> None:
    vice = role(2, "council_vice_chair", date(2026, 5, 15), rid=1)
    chair = role(2, "council_chair", date(2026, 11, 22))
    problems = check_not_chair_and_vice(chair, [vice], {2: "Cllr Raj Patel"})
    assert fields(problems) == {"person_id"}
    assert problems[0].message.startswith(
        "Cllr Raj Patel is already Vice-Chair of the council from 15/05/2026.")
    assert "end their Vice-Chair role first" in problems[0].message
    assert check_role(chair, [vice], {2: "Cllr Raj Patel"})  # part of every role check
    # Once the Vice-Chair role has ended, they may become Chair.
    ended = role(2, "council_vice_chair", date(2026, 5, 15), date(2026, 11, 22), rid=1)
    assert check_not_chair_and_vice(chair, [ended]) == ()
    # Someone else's vice-chair role is no bar, nor is one on another committee.
    assert check_not_chair_and_vice(chair, [role(3, "council_vice_chair", date(2026, 5, 15))]) == ()
    committee_vice = role(2, "committee_vice_chair", date(2026, 1, 1), committee=7)
    assert check_not_chair_and_vice(
        role(2, "committee_chair", date(2026, 6, 1), committee=8), [committee_vice]) == ()
    same = check_not_chair_and_vice(
        role(2, "committee_chair", date(2026, 6, 1), committee=7), [committee_vice])
    assert "already vice-chair of this committee from 01/01/2026" in same[0].message
    # And the other way round: a sitting Chair cannot be made Vice-Chair too.
    chair_now = role(2, "council_chair", date(2026, 5, 15), rid=4)
    assert "end their Chair role first" in check_not_chair_and_vice(
        role(2, "council_vice_chair", date(2026, 6, 1)), [chair_now])[0].message
