"""Working days and bank holidays for the four UK nations, offline.

A *working day* is Monday to Friday and not a bank holiday of the council's
nation. The bank holidays come from the ``holidays`` package, which knows
substitute days (a Christmas Day on a Saturday moves to the Monday) and works
without a network. Keep that package up to date: one-off bank holidays (a
coronation, a state funeral) arrive only in new releases.

Counting convention used throughout: the start day is day 0, whatever kind of
day it is, and the first working day *after* it is day 1. So a request that
arrives on a Saturday and is due in 2 working days is due on Tuesday.
"""

from __future__ import annotations

import importlib.util
import sys
from collections.abc import Callable
from datetime import date, timedelta
from functools import lru_cache
from pathlib import Path
from typing import Any

ENGLAND_AND_WALES = "england-and-wales"
SCOTLAND = "scotland"
NORTHERN_IRELAND = "northern-ireland"

NATIONS: tuple[str, ...] = (ENGLAND_AND_WALES, SCOTLAND, NORTHERN_IRELAND)

NATION_LABELS: dict[str, str] = {
    ENGLAND_AND_WALES: "England and Wales",
    SCOTLAND: "Scotland",
    NORTHERN_IRELAND: "Northern Ireland",
}

# England and Wales share one bank-holiday calendar; the tests check that the
# package's 'ENG' and 'WLS' calendars agree, so 'ENG' stands for both.
_SUBDIVISION: dict[str, str] = {
    ENGLAND_AND_WALES: "ENG",
    SCOTLAND: "SCT",
    NORTHERN_IRELAND: "NIR",
}

FOI_WORKING_DAYS = 20


def check_nation(nation: str) -> str:
    """Return ``nation`` if it is one we know; otherwise raise ``ValueError``."""
    if nation not in _SUBDIVISION:
        known = ", ".join(repr(n) for n in NATIONS)
        raise ValueError(f"Unknown nation {nation!r}: expected one of {known}")
    return nation


_UK_MODULE = "holidays.countries.united_kingdom"


@lru_cache(maxsize=1)
def _united_kingdom() -> Callable[..., Any]:
    """The package's United Kingdom calendar class, loaded on first use.

    ``holidays.countries`` imports the calendars of every country in the world
    when it is first imported (a good part of a second on a slow laptop), so the
    UK module is loaded from its own file when that package has not been loaded
    yet; if that fails (a different layout in a new release), the package's own
    ``country_holidays`` is used, which gives the same calendar.
    """
    import holidays

    loaded = sys.modules.get(_UK_MODULE)
    if loaded is None and "holidays.countries" not in sys.modules:
        try:
            path = Path(holidays.__file__).parent / "countries" / "united_kingdom.py"
            spec = importlib.util.spec_from_file_location(_UK_MODULE, path)
            if spec is not None and spec.loader is not None:
                loaded = importlib.util.module_from_spec(spec)
                spec.loader.exec_module(loaded)
        except Exception:  # noqa: BLE001 - fall back to the package's own way in
            loaded = None
    uk = getattr(loaded, "UnitedKingdom", None)
    if callable(uk):
        return uk
    return lambda **kwargs: holidays.country_holidays("GB", **kwargs)


@lru_cache(maxsize=256)
def _holidays_for(nation: str, year: int) -> dict[date, str]:
    """One nation's calendar for one year, worked out when it is first asked for."""
    calendar = _united_kingdom()(subdiv=_SUBDIVISION[nation], years=year)
    return {day: str(name) for day, name in calendar.items()}


def bank_holidays(year: int, nation: str = ENGLAND_AND_WALES) -> dict[date, str]:
    """The bank holidays of one nation in one year, day → name, in date order."""
    check_nation(nation)
    return dict(sorted(_holidays_for(nation, year).items()))


def bank_holiday_name(day: date, nation: str = ENGLAND_AND_WALES) -> str | None:
    """The name of the bank holiday on ``day`` in ``nation``, or ``None``."""
    check_nation(nation)
    return _holidays_for(nation, day.year).get(day)


def is_working_day(day: date, nation: str = ENGLAND_AND_WALES) -> bool:
    """True if ``day`` is Monday to Friday and not a bank holiday in ``nation``."""
    check_nation(nation)
    return day.weekday() < 5 and day not in _holidays_for(nation, day.year)


def is_uk_working_day(day: date) -> bool:
    """True if ``day`` is a working day in every UK nation.

    The Freedom of Information Act (s.10(6)) counts a day as a working day
    only if it is not a bank holiday anywhere in the United Kingdom.
    """
    return all(is_working_day(day, nation) for nation in NATIONS)


def _step(start: date, n: int, works: Callable[[date], bool]) -> date:
    direction = 1 if n >= 0 else -1
    remaining = abs(n)
    day = start
    while remaining:
        day += timedelta(days=direction)
        if works(day):
            remaining -= 1
    return day


def add_working_days(start: date, n: int, nation: str = ENGLAND_AND_WALES) -> date:
    """The ``n``-th working day after ``start`` (``start`` itself is day 0).

    ``n = 0`` returns ``start`` unchanged, even on a weekend. A negative ``n``
    counts backwards: ``add_working_days(d, -1)`` is the last working day
    before ``d``.
    """
    check_nation(nation)
    return _step(start, n, lambda day: is_working_day(day, nation))


def _count(start: date, end: date, works: Callable[[date], bool]) -> int:
    if end >= start:
        first, last, sign = start + timedelta(days=1), end, 1
    else:
        first, last, sign = end, start - timedelta(days=1), -1
    count = 0
    day = first
    while day <= last:
        if works(day):
            count += 1
        day += timedelta(days=1)
    return sign * count


def working_days_between(start: date, end: date, nation: str = ENGLAND_AND_WALES) -> int:
    """How many working days lie after ``start`` up to and including ``end``.

    When ``end`` is before ``start`` the answer is **negative**: minus the number
    of working days from ``end`` (included) up to ``start`` (excluded). This is
    an extension of the definition in the enquiry issue ("the number of working
    days d with start < d <= end", which would give 0 there); it makes
    ``working_days_between(s, add_working_days(s, n)) == n`` for every ``n``,
    forwards or backwards, and lets a caller see how far past a date it is.
    A caller that wants the plain count must take ``max(0, ...)``.
    """
    check_nation(nation)
    return _count(start, end, lambda day: is_working_day(day, nation))


def add_uk_working_days(start: date, n: int) -> date:
    """Like :func:`add_working_days`, counting only days that are working days in
    every UK nation (the Freedom of Information Act's working days, s.10(6))."""
    return _step(start, n, is_uk_working_day)


def uk_working_days_between(start: date, end: date) -> int:
    """Like :func:`working_days_between` (negative when ``end`` is before ``start``),
    counting only days that are working days in every UK nation."""
    return _count(start, end, is_uk_working_day)


def foi_due_date(received: date) -> date:
    """When a Freedom of Information request must be answered.

    The twentieth working day following the day of receipt (the first working
    day after receipt is day one), where a bank holiday in any part of the
    United Kingdom is not a working day (FOIA 2000 s.10(1) and s.10(6)).
    """
    return add_uk_working_days(received, FOI_WORKING_DAYS)
