"""When the decision on a request for documents is due: the council's working days or the
FOI date, moved later while the clock stood still waiting for the councillor's reason."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import date

from parishdesk.domain.access import clock_stopped
from parishdesk.domain.workdays import (
    ENGLAND_AND_WALES,
    add_uk_working_days,
    add_working_days,
    foi_due_date,
    uk_working_days_between,
    working_days_between,
)


@dataclass(frozen=True)
class StatusChange:
    """The request entered ``status`` on ``on`` (one line of its status history)."""

    status: str
    on: date
    actor: str = ""
    note: str = ""
    id: int | None = None
    request_id: int | None = None


def stopped_spells(history: Iterable[StatusChange],
                   as_of: date) -> tuple[tuple[date, date], ...]:
    """The (from, to) days of each spell spent awaiting the councillor's reason, in the
    order given; a spell still running is counted up to ``as_of``."""
    spells: list[tuple[date, date]] = []
    started: date | None = None
    for change in history:
        stopped = clock_stopped(change.status)
        if stopped and started is None:
            started = change.on
        elif not stopped and started is not None:
            spells.append((started, change.on))
            started = None
    if started is not None:
        spells.append((started, max(as_of, started)))
    return tuple(spells)


def decision_due(received: date, working_days: int, history: Iterable[StatusChange] = (),
                 nation: str = ENGLAND_AND_WALES, *, as_of: date, foi: bool = False) -> date:
    """When the decision on a request is due.

    ``working_days`` after ``received`` (the council's setting), or the Freedom of
    Information date when the councillor asked under FOI, moved later by the
    working days the clock stood still while the councillor owed a reason. A
    wait that began after the due date had passed does not move it: a late
    request stays late. A wait still running counts up to ``as_of``. Under FOI the
    paused days are counted as the Act counts days: a bank holiday anywhere in the UK
    is not a working day.
    """
    if foi:
        due = foi_due_date(received)
        between: Callable[[date, date], int] = uk_working_days_between
        add: Callable[[date, int], date] = add_uk_working_days
    else:
        due = add_working_days(received, working_days, nation)

        def between(start: date, end: date) -> int:
            return working_days_between(start, end, nation)

        def add(day: date, n: int) -> date:
            return add_working_days(day, n, nation)

    for start, end in stopped_spells(history, as_of):
        if start > due:
            continue
        paused = between(max(start, received), end)
        if paused > 0:
            due = add(due, paused)
    return due
