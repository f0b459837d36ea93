"""The meeting rules, as their specification: quorum, notice, votes, attendance,
delegation, declarations, rescission and the minutes' hash chain."""

from __future__ import annotations

from datetime import date

import pytest

from parishdesk.domain.meetings import (
    VoteResult,
    attendance_problems,
    attendance_status,
    casting_voter_problems,
    clear_days,
    count_recorded,
    decide_vote,
    declaration_problems,
    delegation_problems,
    exclusion_problems,
    item_problems,
    item_quorum,
    item_request_problems,
    latest_summons_day,
    meeting_year_problems,
    must_withdraw,
    notice_ok,
    notice_problems,
    plain_problem,
    quorum,
    rescission_problems,
    rule_ids,
)
from parishdesk.domain.workdays import ENGLAND_AND_WALES as EW
from parishdesk.domain.workdays import SCOTLAND as SC

# --- MEET-1 ---------------------------------------------------------------------------------

@pytest.mark.parametrize(("seats", "expected"), [
    (1, 3), (5, 3), (7, 3), (9, 3), (10, 4), (11, 4), (12, 4), (13, 5), (15, 5), (16, 6),
    (20, 7), (21, 7), (22, 8),
])
def test_quorum_table(seats: int, expected: int) -> None:
    assert quorum(seats) == expected


def test_quorum_needs_a_seat() -> None:
    with pytest.raises(ValueError):
        quorum(0)


def test_item_quorum_counts_out_members_who_withdraw() -> None:
    fine = item_quorum(4, 6, 2)
    assert fine.counted == 4 and fine.quorate and fine.problems == ()
    short = item_quorum(4, 5, 2)
    assert short.counted == 3 and not short.quorate
    assert rule_ids(short.problems[0]) == ("MEET-1", "MEET-5")
    assert "dispensations" in short.problems[0]


def test_item_quorum_dispensations_keep_members_in_the_count() -> None:
    assert item_quorum(4, 5, 2, dispensed=1).quorate
    assert item_quorum(4, 5, 2, dispensed=5).counted == 5  # never more than withdrew


def test_an_inquorate_meeting_does_no_business() -> None:
    result = item_quorum(3, 2)
    assert not result.quorate and rule_ids(result.problems[0]) == ("MEET-1",)


# --- MEET-2 ---------------------------------------------------------------------------------

def test_three_clear_days_leave_out_both_ends() -> None:
    assert notice_ok(date(2026, 3, 2), date(2026, 3, 6), EW)  # Tue, Wed, Thu
    assert not notice_ok(date(2026, 3, 3), date(2026, 3, 6), EW)
    assert clear_days(date(2026, 3, 3), date(2026, 3, 6), EW) == 2


def test_sundays_do_not_count_but_saturdays_do() -> None:
    assert notice_ok(date(2026, 3, 5), date(2026, 3, 10), EW)  # Fri, Sat, Mon
    assert not notice_ok(date(2026, 3, 6), date(2026, 3, 10), EW)  # Sat, Mon


def test_bank_holidays_do_not_count() -> None:
    # Good Friday 03/04/2026 and Easter Monday 06/04/2026.
    assert clear_days(date(2026, 4, 1), date(2026, 4, 7), EW) == 2
    assert not notice_ok(date(2026, 4, 1), date(2026, 4, 7), EW)
    assert notice_ok(date(2026, 3, 31), date(2026, 4, 7), EW)


def test_each_nation_has_its_own_bank_holidays() -> None:
    # 2 January is a bank holiday in Scotland only.
    assert notice_ok(date(2025, 12, 30), date(2026, 1, 5), EW)
    assert not notice_ok(date(2025, 12, 30), date(2026, 1, 5), SC)


def test_latest_summons_day_and_notice_problems() -> None:
    assert latest_summons_day(date(2026, 4, 7), EW) == date(2026, 3, 31)
    assert notice_problems(date(2026, 3, 31), date(2026, 4, 7), EW) == ()
    late = notice_problems(date(2026, 4, 1), date(2026, 4, 7), EW)
    assert rule_ids(late[0]) == ("MEET-2",) and "2 clear days" in late[0]
    missing = notice_problems(None, date(2026, 4, 7), EW)
    assert "31/03/2026" in missing[0]


def test_no_decision_under_any_other_business() -> None:
    assert rule_ids(item_problems("Any other business", True, False, "")[0]) == ("MEET-2",)
    assert item_problems("Any other business", False, False, "") == ()
    assert rule_ids(item_problems("Staff pay", True, True, " ")[0]) == ("MEET-6",)
    assert item_problems("Staff pay", True, True, "Staff matters") == ()


def test_councillors_papers_a_week_before() -> None:
    meeting = date(2026, 12, 10)
    assert item_request_problems(date(2026, 12, 3), meeting) == ()
    assert rule_ids(item_request_problems(date(2026, 12, 4), meeting)[0]) == ("ROLE-5", "MEET-11")
    assert "03/12/2026" in item_request_problems(None, meeting)[0]


# --- MEET-3 and MEET-4 ----------------------------------------------------------------------

def test_majority_of_those_voting_abstentions_do_not_count() -> None:
    assert decide_vote(3, 2, 4, eligible=9) == VoteResult(True, ())
    assert decide_vote(2, 3, 0, eligible=9) == VoteResult(False, ())


def test_tie_without_casting_vote_is_not_carried() -> None:
    assert decide_vote(3, 3, 1, eligible=7) == VoteResult(False, ())
    assert decide_vote(0, 0, 5, eligible=5) == VoteResult(False, ())


def test_tie_settled_by_casting_vote() -> None:
    assert decide_vote(3, 3, 0, eligible=7, casting_vote="for") == VoteResult(True, ())
    assert decide_vote(3, 3, 0, eligible=7, casting_vote="against") == VoteResult(False, ())


def test_casting_vote_without_tie_is_a_problem_and_ordinary_votes_stand() -> None:
    result = decide_vote(4, 2, 0, eligible=7, casting_vote="against")
    assert result.carried
    assert rule_ids(result.problems[0]) == ("MEET-3",)


def test_more_votes_than_members_entitled_is_a_problem() -> None:
    result = decide_vote(4, 3, 1, eligible=7)
    assert result.carried and "8 votes" in result.problems[0]
    assert rule_ids(result.problems[0]) == ("MEET-3",)


def test_unknown_casting_vote_is_refused() -> None:
    with pytest.raises(ValueError):
        decide_vote(1, 1, 0, eligible=3, casting_vote="yes")


def test_only_the_person_presiding_gives_a_casting_vote() -> None:
    assert casting_voter_problems(5, 5) == ()
    assert casting_voter_problems(None, 5) == ()
    assert rule_ids(casting_voter_problems(6, 5)[0]) == ("MEET-3",)


def test_recorded_vote_counts() -> None:
    assert count_recorded({1: "for", 2: "against", 3: "for", 4: "abstain"}) == (2, 1, 1)
    with pytest.raises(ValueError):
        count_recorded({1: "maybe"})


# --- MEET-9 ---------------------------------------------------------------------------------

LAST = date(2026, 1, 10)


@pytest.mark.parametrize(("today", "approved", "expected"), [
    (date(2026, 5, 9), None, "ok"),
    (date(2026, 5, 10), None, "warning"),
    (date(2026, 7, 9), None, "warning"),
    (date(2026, 7, 10), None, "lapsed"),
    (date(2026, 8, 1), date(2026, 6, 1), "excused"),
    (date(2026, 6, 2), date(2026, 6, 1), "excused"),
    (date(2026, 8, 1), date(2026, 7, 15), "lapsed"),  # approved too late
])
def test_four_attendance_states(today: date, approved: date | None, expected: str) -> None:
    assert attendance_status(LAST, today, approved) == expected


def test_six_months_from_the_end_of_a_month() -> None:
    assert attendance_status(date(2025, 8, 31), date(2026, 2, 27)) == "warning"
    assert attendance_status(date(2025, 8, 31), date(2026, 2, 28)) == "lapsed"


def test_attendance_problems_name_the_deadline() -> None:
    warning = attendance_problems("Cllr Nowak", LAST, date(2026, 6, 1))
    assert "10/07/2026" in warning[0] and rule_ids(warning[0]) == ("MEET-9",)
    assert attendance_problems("Cllr Nowak", LAST, date(2026, 2, 1)) == ()


# --- MEET-7 ---------------------------------------------------------------------------------

@pytest.mark.parametrize("delegate", ["committee", "sub-committee", "officer", "authority"])
def test_lawful_delegates(delegate: str) -> None:
    assert delegation_problems(delegate, "grass cutting contract") == ()


def test_no_delegation_to_a_councillor() -> None:
    problems = delegation_problems("councillor")
    assert len(problems) == 1 and rule_ids(problems[0]) == ("MEET-7", "ROLE-2")


def test_precept_and_borrowing_are_never_delegated() -> None:
    assert rule_ids(delegation_problems("committee", "Setting the precept")[0]) == ("MEET-7",)
    assert len(delegation_problems("officer", "borrowing for the hall roof")) == 1
    assert len(delegation_problems("councillor", "precept")) == 2


def test_unknown_delegate_is_refused() -> None:
    with pytest.raises(ValueError):
        delegation_problems("chair")


# --- MEET-5 ---------------------------------------------------------------------------------

def test_pecuniary_interest_and_leaving_is_fine() -> None:
    assert declaration_problems("pecuniary", "left") == ()
    assert must_withdraw("pecuniary", "left")


def test_pecuniary_interest_taking_part_is_a_problem() -> None:
    problems = declaration_problems("pecuniary", "took-part")
    assert rule_ids(problems[0]) == ("MEET-5",)
    assert must_withdraw("pecuniary", "took-part")


def test_dispensation_needs_its_reference() -> None:
    assert declaration_problems("pecuniary", "dispensation", dispensation_ref="D/2026/3") == ()
    assert len(declaration_problems("pecuniary", "dispensation")) == 1
    assert not must_withdraw("pecuniary", "dispensation")


def test_voting_with_a_pecuniary_interest_is_a_problem() -> None:
    assert len(declaration_problems("pecuniary", "no-part", voted=True)) == 1
    assert declaration_problems("other", "took-part", voted=True) == ()


def test_interest_not_on_register_prompts_notification() -> None:
    problems = declaration_problems("pecuniary", "left", on_register=False)
    assert rule_ids(problems[0]) == ("MEET-5", "CONDUCT-3") and "28 days" in problems[0]


# --- MEET-6, MEET-10, MEET-11 -----------------------------------------------------------------

def test_exclusion_needs_a_reason() -> None:
    assert rule_ids(exclusion_problems("  ")[0]) == ("MEET-6",)
    assert exclusion_problems("Staff matters") == ()


def test_rescission_within_six_months() -> None:
    passed = date(2026, 3, 12)
    assert rule_ids(rescission_problems(passed, date(2026, 9, 11))[0]) == ("MEET-10",)
    assert rescission_problems(passed, date(2026, 9, 12)) == ()
    assert rescission_problems(passed, date(2026, 4, 1), special_procedure=True) == ()


def test_annual_meeting_and_three_others() -> None:
    held = [("annual", date(2026, 5, 14)), ("ordinary", date(2026, 7, 9)),
            ("ordinary", date(2026, 9, 10)), ("extraordinary", date(2026, 11, 12))]
    assert meeting_year_problems(held, 2026, date(2026, 12, 1)) == ()
    few = meeting_year_problems(held[:2], 2026, date(2026, 12, 1))
    assert len(few) == 1 and few[0].startswith("Only one meeting other than the annual "
                                               "meeting is arranged in 2026")
    none = meeting_year_problems(held[:1], 2026, date(2026, 12, 1))
    assert none[0].startswith("No meeting other than the annual meeting is arranged")
    assert "annual meeting" in meeting_year_problems([], 2026, date(2026, 4, 2))[0]
    assert meeting_year_problems([], 2026, date(2026, 2, 1)) == ()


# --- what the clerk reads -------------------------------------------------------------------

def test_plain_problem_shows_titles_and_sources_never_ids() -> None:
    text = plain_problem(delegation_problems("councillor")[0])
    assert "MEET-7" not in text and "ROLE-2" not in text
    assert "Delegating decisions" in text and "Local Government Act 1972 s.101" in text
    assert "No delegation to a single councillor" in text


def test_quorum_message_reads_well_for_none_or_one_present() -> None:
    none = item_quorum(4, 0).problems[0]
    assert none.startswith("No members are marked present yet; the quorum is 4")
    assert "Only 0" not in none
    one = item_quorum(4, 1).problems[0]
    assert one.startswith("Only 1 member present, fewer than the quorum of 4")
    assert item_quorum(4, 2).problems[0].startswith("Only 2 members present")


def test_no_meeting_year_warnings_for_the_part_before_parishdesk_was_used() -> None:
    today = date(2026, 11, 23)
    # Set up today with no meetings: 2026's annual meeting and its others are unknown.
    assert meeting_year_problems([], 2026, today, records_from=today) == ()
    # A council set up in March has no excuse for May, nor for the count.
    early = meeting_year_problems([], 2026, today, records_from=date(2026, 3, 2))
    assert len(early) == 2 and "annual meeting" in early[0] and "at least three" in early[1]
    # First meeting recorded in July: May is before the records, the count is unknown.
    july = [("ordinary", date(2026, 7, 9))]
    assert meeting_year_problems(july, 2026, today, records_from=date(2026, 7, 9)) == ()
    # The annual meeting recorded in May: the year's count is known from then on.
    may = [("annual", date(2026, 5, 14)), ("ordinary", date(2026, 7, 9))]
    counted = meeting_year_problems(may, 2026, today, records_from=date(2026, 5, 14))
    assert len(counted) == 1 and counted[0].startswith("Only one meeting other than")
    # Next year's annual meeting is still watched for a council set up with none recorded.
    assert "May 2027" in meeting_year_problems([], 2027, date(2027, 4, 2),
                                               records_from=today)[0]
