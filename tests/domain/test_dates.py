import datetime as dt

import pytest

from parishdesk.domain.dates import long_date, parse_typed_date, short_date

TODAY = dt.date(2026, 11, 22)


@pytest.mark.parametrize("typed", [
    "15/03/2024", "15/3/24", "15032024", "150324", "15 Mar 2024", "15 March 2024",
    " 15  march  2024 ", "15-03-2024", "15.3.2024", "15th March 2024", "15 MAR 24",
])
def test_the_ways_a_clerk_types_a_date(typed):
    assert parse_typed_date(typed, TODAY) == dt.date(2024, 3, 15)


def test_words_for_nearby_days():
    assert parse_typed_date("today", TODAY) == TODAY
    assert parse_typed_date("Yesterday", TODAY) == dt.date(2026, 11, 21)
    assert parse_typed_date("TOMORROW", TODAY) == dt.date(2026, 11, 23)


def test_empty_means_no_date():
    assert parse_typed_date("", TODAY) is None
    assert parse_typed_date("   ", TODAY) is None


@pytest.mark.parametrize("typed, words", [
    ("31/02/2025", "February 2025 has no day 31"),
    ("29/02/2025", "February 2025 has no day 29"),
    ("15/13/2024", "no month 13"),
    ("15 Smarch 2024", "“smarch” is not a month"),
    ("next week", "is not a date ParishDesk can read"),
    ("15/03", "is not a date ParishDesk can read"),
])
def test_what_is_not_a_date_gets_a_plain_message(typed, words):
    with pytest.raises(ValueError) as caught:
        parse_typed_date(typed, TODAY)
    assert words in str(caught.value)
    assert typed.strip() in str(caught.value)


def test_leap_day_is_a_date():
    assert parse_typed_date("29/02/2024", TODAY) == dt.date(2024, 2, 29)


def test_how_dates_are_shown():
    assert long_date(dt.date(2024, 3, 15)) == "Friday 15 March 2024"
    assert short_date(dt.date(2024, 3, 5)) == "05/03/2024"
