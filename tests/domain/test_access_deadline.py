"""When a decision on a request for documents is due: working days, FOI, the stopped clock."""

from __future__ import annotations

from datetime import date

from parishdesk.domain.access_deadline import StatusChange, decision_due, stopped_spells
from parishdesk.domain.workdays import (
    SCOTLAND,
    add_uk_working_days,
    add_working_days,
    foi_due_date,
)

MON = date(2026, 3, 2)  # a Monday with no bank holiday near it


def _history(*changes: tuple[str, date]) -> list[StatusChange]:
    return [StatusChange(status=s, on=d) for s, d in changes]


def test_ten_working_days_from_receipt() -> None:
    assert decision_due(MON, 10, as_of=MON) == date(2026, 3, 16)


def test_foi_request_uses_the_foi_date_not_the_council_setting() -> None:
    assert decision_due(MON, 10, as_of=MON, foi=True) == foi_due_date(MON)


def test_a_finished_wait_moves_the_date_by_the_working_days_it_lasted() -> None:
    history = _history(("received", MON), ("awaiting_justification", date(2026, 3, 4)),
                       ("assessing", date(2026, 3, 9)))  # Wed to next Mon: 3 working days
    assert stopped_spells(history, as_of=date(2026, 3, 20)) == (
        (date(2026, 3, 4), date(2026, 3, 9)),)
    assert decision_due(MON, 10, history, as_of=date(2026, 3, 20)) == \
        add_working_days(date(2026, 3, 16), 3)


def test_a_wait_still_running_counts_up_to_as_of() -> None:
    history = _history(("received", MON), ("awaiting_justification", date(2026, 3, 4)))
    assert decision_due(MON, 10, history, as_of=date(2026, 3, 6)) == \
        add_working_days(date(2026, 3, 16), 2)
    later = decision_due(MON, 10, history, as_of=date(2026, 3, 13))
    assert later == add_working_days(date(2026, 3, 16), 7)


def test_a_wait_that_began_after_the_due_date_does_not_rescue_a_late_request() -> None:
    history = _history(("received", MON), ("awaiting_justification", date(2026, 3, 18)),
                       ("assessing", date(2026, 3, 25)))
    assert decision_due(MON, 10, history, as_of=date(2026, 3, 30)) == date(2026, 3, 16)


def test_two_waits_both_count() -> None:
    history = _history(("received", MON), ("awaiting_justification", date(2026, 3, 3)),
                       ("assessing", date(2026, 3, 4)), ("awaiting_justification", date(2026, 3, 5)),
                       ("assessing", date(2026, 3, 6)))
    assert len(stopped_spells(history, as_of=date(2026, 3, 30))) == 2
    assert decision_due(MON, 10, history, as_of=date(2026, 3, 30)) == \
        add_working_days(date(2026, 3, 16), 2)


def test_the_nation_decides_which_bank_holidays_are_skipped() -> None:
    # 2 January 2026 is a bank holiday in Scotland only.
    received = date(2025, 12, 31)
    assert decision_due(received, 1, as_of=received) == date(2026, 1, 2)
    assert decision_due(received, 1, nation=SCOTLAND, as_of=received) == date(2026, 1, 5)


def test_an_foi_requests_stopped_clock_is_counted_in_uk_working_days() -> None:
    # Received Monday 02/03/2026 under FOI; the clock stops Monday 16/03 and restarts
    # Wednesday 18/03. In England that wait covers two working days (17th, 18th), but
    # Tuesday 17/03 is St Patrick's Day in Northern Ireland, so under the Act it is one.
    history = _history(("received", MON), ("awaiting_justification", date(2026, 3, 16)),
                       ("assessing", date(2026, 3, 18)))
    due = decision_due(MON, 10, history, as_of=date(2026, 3, 20), foi=True)
    assert due == add_uk_working_days(foi_due_date(MON), 1)
    assert due != add_working_days(foi_due_date(MON), 2)
    # The council's own deadline still counts the council's nation's days.
    own = decision_due(MON, 10, history, as_of=date(2026, 3, 20))
    assert own == add_working_days(date(2026, 3, 16), 2)
