"""The enquiry lifecycle and its deadline maths."""

from __future__ import annotations

from datetime import date, datetime

import pytest

from parishdesk.domain.enquiry import (
    ACK_WORKING_DAYS,
    ANSWER_WORKING_DAYS,
    CHANNEL_LABELS,
    DUE_STATE_LABELS,
    KIND_LABELS,
    PRIORITY_LABELS,
    PRIORITY_ORDER,
    STATUS_LABELS,
    Channel,
    DueState,
    EnquiryError,
    Kind,
    Priority,
    Status,
    StatusChange,
    allowed_transitions,
    answer_is_late,
    check_late_reason,
    deadline,
    describe_due,
    due_state,
    is_reopening,
    transition,
    waiting_periods,
    working_days_left,
)
from parishdesk.domain.workdays import SCOTLAND


def test_values_are_the_stored_strings() -> None:
    assert [c.value for c in Channel] == ["email", "phone", "in_person", "letter", "meeting"]
    assert [k.value for k in Kind] == [
        "factual", "work", "complaint", "resident_case", "group_advice"]
    assert [p.value for p in Priority] == ["low", "normal", "high", "urgent"]
    assert PRIORITY_ORDER[0] is Priority.LOW and PRIORITY_ORDER[-1] is Priority.URGENT
    assert Status("waiting") is Status.WAITING
    assert Status.WAITING == "waiting"


def test_every_value_has_a_label() -> None:
    for labels, enum in ((CHANNEL_LABELS, Channel), (KIND_LABELS, Kind),
                         (PRIORITY_LABELS, Priority), (STATUS_LABELS, Status),
                         (DUE_STATE_LABELS, DueState)):
        assert set(labels) == set(enum)
        assert all(text.strip() for text in labels.values())
    assert DUE_STATE_LABELS[DueState.OVERDUE] == "Overdue"


def test_defaults() -> None:
    assert ACK_WORKING_DAYS == 2
    assert ANSWER_WORKING_DAYS == 10


def test_the_normal_path_is_allowed() -> None:
    path = ["new", "acknowledged", "in_progress", "waiting", "in_progress", "answered", "closed"]
    for here, there in zip(path, path[1:], strict=False):
        assert transition(here, there) == there


def test_reopening() -> None:
    assert transition("closed", "in_progress") is Status.IN_PROGRESS
    assert transition("answered", "in_progress") is Status.IN_PROGRESS
    assert is_reopening("closed", "in_progress")
    assert not is_reopening("waiting", "in_progress")


def test_allowed_transitions() -> None:
    assert allowed_transitions("closed") == {Status.IN_PROGRESS}
    assert Status.ANSWERED in allowed_transitions("new")
    assert Status.CLOSED not in allowed_transitions("in_progress")


@pytest.mark.parametrize(("here", "there"), [
    ("new", "closed"),
    ("closed", "answered"),
    ("answered", "waiting"),
    ("in_progress", "new"),
    ("waiting", "waiting"),
    ("closed", "acknowledged"),
])
def test_bad_moves_are_refused(here: str, there: str) -> None:
    with pytest.raises(EnquiryError, match="cannot be marked"):
        transition(here, there)


def test_unknown_status_is_refused() -> None:
    with pytest.raises(EnquiryError, match="Unknown enquiry status 'done'"):
        transition("new", "done")


def test_deadline_without_waiting() -> None:
    # Received Friday 07/06/2024; ten working days later is Friday 21/06/2024.
    assert deadline(date(2024, 6, 7), ANSWER_WORKING_DAYS, []) == date(2024, 6, 21)
    assert deadline(date(2024, 6, 7), ACK_WORKING_DAYS, []) == date(2024, 6, 11)


def test_waiting_moves_the_deadline_by_the_working_days_stopped() -> None:
    history = [
        StatusChange(datetime(2024, 6, 7, 9, 0), "new"),
        StatusChange(datetime(2024, 6, 10, 10, 0), "acknowledged"),
        # Waiting from Tuesday 11/06 to Friday 14/06: three working days stopped.
        StatusChange(datetime(2024, 6, 11, 11, 0), "waiting"),
        StatusChange(datetime(2024, 6, 14, 15, 0), "in_progress"),
    ]
    assert deadline(date(2024, 6, 7), 10, history) == date(2024, 6, 26)


def test_history_order_does_not_matter() -> None:
    history = [
        StatusChange(datetime(2024, 6, 14, 15, 0), "in_progress"),
        StatusChange(datetime(2024, 6, 11, 11, 0), "waiting"),
    ]
    assert deadline(date(2024, 6, 7), 10, history) == date(2024, 6, 26)


def test_a_wait_over_a_weekend_and_bank_holiday_counts_only_working_days() -> None:
    # Waiting from Thursday 23/05/2024 to Tuesday 28/05/2024 (Monday 27/05 is a bank
    # holiday): Friday and Tuesday are the two working days stopped.
    history = [
        StatusChange(datetime(2024, 5, 23, 16, 0), "waiting"),
        StatusChange(datetime(2024, 5, 28, 9, 0), "in_progress"),
    ]
    assert waiting_periods(history) == ((date(2024, 5, 23), date(2024, 5, 28)),)
    plain = deadline(date(2024, 5, 20), 10, [])
    assert plain == date(2024, 6, 4)
    assert deadline(date(2024, 5, 20), 10, history) == date(2024, 6, 6)


def test_a_wait_that_starts_and_ends_on_one_day_stops_nothing() -> None:
    history = [
        StatusChange(datetime(2024, 6, 11, 9, 0), "waiting"),
        StatusChange(datetime(2024, 6, 11, 15, 0), "in_progress"),
    ]
    assert deadline(date(2024, 6, 7), 10, history) == date(2024, 6, 21)


def test_two_waits_add_up() -> None:
    history = [
        StatusChange(datetime(2024, 6, 10, 9, 0), "waiting"),
        StatusChange(datetime(2024, 6, 11, 9, 0), "in_progress"),  # 1 day
        StatusChange(datetime(2024, 6, 17, 9, 0), "waiting"),
        StatusChange(datetime(2024, 6, 19, 9, 0), "in_progress"),  # 2 days
    ]
    assert deadline(date(2024, 6, 7), 10, history) == date(2024, 6, 26)


def test_a_wait_still_running_counts_up_to_as_of() -> None:
    history = [StatusChange(datetime(2024, 6, 11, 9, 0), "waiting")]
    assert deadline(date(2024, 6, 7), 10, history) == date(2024, 6, 21)
    assert deadline(date(2024, 6, 7), 10, history, as_of=date(2024, 6, 13)) == date(2024, 6, 25)


def test_a_wait_after_the_deadline_does_not_rescue_it() -> None:
    history = [
        StatusChange(datetime(2024, 6, 24, 9, 0), "waiting"),
        StatusChange(datetime(2024, 6, 28, 9, 0), "in_progress"),
    ]
    assert deadline(date(2024, 6, 7), 10, history) == date(2024, 6, 21)


def test_deadline_uses_the_councils_nation() -> None:
    # Received Thursday 28/03/2024; Good Friday everywhere, Easter Monday not in Scotland.
    assert deadline(date(2024, 3, 28), 2, []) == date(2024, 4, 3)
    assert deadline(date(2024, 3, 28), 2, [], SCOTLAND) == date(2024, 4, 2)


def test_working_days_left() -> None:
    due = date(2024, 6, 21)  # Friday
    assert working_days_left(due, date(2024, 6, 17)) == 4
    assert working_days_left(due, due) == 0
    assert working_days_left(due, date(2024, 6, 24)) == -1
    assert working_days_left(due, date(2024, 6, 22)) == -1  # the Saturday after


@pytest.mark.parametrize(("today", "closed", "state"), [
    (date(2024, 6, 17), False, DueState.ON_TRACK),  # 4 working days left
    (date(2024, 6, 18), False, DueState.ON_TRACK),  # 3 left
    (date(2024, 6, 19), False, DueState.DUE_SOON),  # 2 left
    (date(2024, 6, 21), False, DueState.DUE_SOON),  # due today
    (date(2024, 6, 15), False, DueState.ON_TRACK),  # Saturday before: 5 left
    (date(2024, 6, 22), False, DueState.OVERDUE),
    (date(2024, 6, 24), True, DueState.DONE),
])
def test_due_state(today: date, closed: bool, state: DueState) -> None:
    assert due_state(date(2024, 6, 21), today, "england-and-wales", closed) is state


def test_due_soon_counts_working_days_not_calendar_days() -> None:
    # Friday before a bank-holiday Monday: Tuesday is only one working day away.
    assert working_days_left(date(2024, 5, 28), date(2024, 5, 24)) == 1
    assert due_state(date(2024, 5, 29), date(2024, 5, 24)) is DueState.DUE_SOON
    assert due_state(date(2024, 5, 30), date(2024, 5, 24)) is DueState.ON_TRACK


def test_describe_due_says_it_in_words() -> None:
    due = date(2024, 6, 21)
    assert describe_due(due, date(2024, 6, 17)) == "On track: 4 working days left (due 21/06/2024)"
    assert describe_due(due, date(2024, 6, 20)) == "Due soon: 1 working day left (due 21/06/2024)"
    assert describe_due(due, due) == "Due today (21/06/2024)"
    assert describe_due(due, date(2024, 6, 25)) == "Overdue by 2 working days (due 21/06/2024)"
    assert describe_due(due, date(2024, 6, 22)) == "Overdue by 1 working day (due 21/06/2024)"
    assert describe_due(due, date(2024, 6, 25), closed=True) == "Done (was due 21/06/2024)"


def test_answer_is_late() -> None:
    due = date(2024, 6, 21)
    assert not answer_is_late(due, date(2024, 6, 20))
    assert not answer_is_late(due, due)
    assert answer_is_late(due, date(2024, 6, 24))


def test_a_late_answer_needs_a_reason() -> None:
    due = date(2024, 6, 21)
    with pytest.raises(EnquiryError, match="due on 21/06/2024.*24/06/2024.*why it was late"):
        check_late_reason(due, date(2024, 6, 24), "  ")
    with pytest.raises(EnquiryError):
        check_late_reason(due, date(2024, 6, 24), None)
    check_late_reason(due, date(2024, 6, 24), "Waiting on the district council's figures")
    check_late_reason(due, date(2024, 6, 21), None)  # on time: no reason needed


def test_acknowledgement_deadline_in_words_and_when_it_is_late() -> None:
    from parishdesk.domain.enquiry import acknowledgement_late, describe_acknowledgement

    due = date(2026, 11, 12)
    assert describe_acknowledgement("new", due, date(2026, 11, 11)) == "Acknowledge by 12/11/2026"
    assert describe_acknowledgement("new", due, due) == "Acknowledge by 12/11/2026: today"
    assert not acknowledgement_late("new", due, due)
    assert acknowledgement_late("new", due, date(2026, 11, 13))
    assert describe_acknowledgement("new", due, date(2026, 11, 13)).endswith(
        "late, not acknowledged yet")
    for status in ("acknowledged", "in_progress", "answered"):
        assert not acknowledgement_late(status, due, date(2026, 11, 30))
        assert describe_acknowledgement(status, due, date(2026, 11, 30)) == (
            "Acknowledge by 12/11/2026: done")
