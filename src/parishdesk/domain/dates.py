"""Dates as a clerk types them: ``15/03/2024``, ``15/3/24``, ``15032024``, ``15 Mar 2024``,
``15 March 2024``, ``today``, ``yesterday`` and ``tomorrow``.

Pure: the caller passes ``today``. A date that cannot be read raises ``ValueError`` whose
message can be shown to the clerk as it is.
"""

from __future__ import annotations

import datetime as dt
import re

_MONTHS = {
    name: number
    for number, names in enumerate(
        [
            ("january", "jan"), ("february", "feb"), ("march", "mar"), ("april", "apr"),
            ("may",), ("june", "jun"), ("july", "jul"), ("august", "aug"),
            ("september", "sep", "sept"), ("october", "oct"), ("november", "nov"),
            ("december", "dec"),
        ],
        start=1,
    )
    for name in names
}

_MONTH_NAMES = ("January", "February", "March", "April", "May", "June", "July", "August",
                "September", "October", "November", "December")
_DAY_NAMES = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")

_WORDS = {"today": 0, "yesterday": -1, "tomorrow": 1}
_NUMERIC = re.compile(r"^(\d{1,2})[/.\-](\d{1,2})[/.\-](\d{2}|\d{4})$")
_DIGITS = re.compile(r"^(\d{2})(\d{2})(\d{2}|\d{4})$")
_NAMED = re.compile(r"^(\d{1,2})(?:st|nd|rd|th)?\s+([a-z]+)\.?,?\s+(\d{2}|\d{4})$")

EXAMPLE = "for example 15/03/2024 or 15 March 2024"


def _year(text: str, today: dt.date) -> int:
    """A two-digit year is taken within this century (24 is 2024)."""
    year = int(text)
    if len(text) == 2:
        year += today.year // 100 * 100
    return year


def _make(day: int, month: int, year: int, typed: str) -> dt.date:
    if not 1 <= month <= 12:
        raise ValueError(f"“{typed}” is not a date: there is no month {month}.")
    if not 1 <= year <= 9999:
        raise ValueError(f"“{typed}” is not a date: the year is out of range.")
    try:
        return dt.date(year, month, day)
    except ValueError:
        raise ValueError(
            f"“{typed}” is not a date: {_MONTH_NAMES[month - 1]} {year} has no day {day}."
        ) from None


def parse_typed_date(text: str, today: dt.date) -> dt.date | None:
    """The date the clerk typed, or None if the text is empty (no date recorded).

    Raises ``ValueError`` with a plain message if the text is not a date.
    """
    typed = " ".join(text.split())
    lowered = typed.lower()
    if not lowered:
        return None
    if lowered in _WORDS:
        return today + dt.timedelta(days=_WORDS[lowered])
    for pattern in (_NUMERIC, _DIGITS):
        match = pattern.match(lowered)
        if match:
            day, month, year = match.groups()
            return _make(int(day), int(month), _year(year, today), typed)
    match = _NAMED.match(lowered)
    if match:
        day, month_name, year = match.groups()
        month = _MONTHS.get(month_name)
        if month is None:
            raise ValueError(f"“{typed}”: “{month_name}” is not a month ({EXAMPLE}).")
        return _make(int(day), month, _year(year, today), typed)
    raise ValueError(f"“{typed}” is not a date ParishDesk can read: type it as day, month "
                     f"and year, {EXAMPLE}.")


def long_date(day: dt.date) -> str:
    """``Friday 15 March 2024``."""
    return f"{_DAY_NAMES[day.weekday()]} {day.day} {_MONTH_NAMES[day.month - 1]} {day.year}"


def short_date(day: dt.date) -> str:
    """``15/03/2024``."""
    return f"{day.day:02d}/{day.month:02d}/{day.year:04d}"
