"""Working days and bank holidays in each UK nation, and the FOI deadline."""

from __future__ import annotations

from datetime import date, timedelta

import holidays
import pytest

from parishdesk.domain.workdays import (
    ENGLAND_AND_WALES,
    NATION_LABELS,
    NATIONS,
    NORTHERN_IRELAND,
    SCOTLAND,
    add_working_days,
    bank_holiday_name,
    bank_holidays,
    foi_due_date,
    is_uk_working_day,
    is_working_day,
    working_days_between,
)

EW, SC, NI = ENGLAND_AND_WALES, SCOTLAND, NORTHERN_IRELAND


def test_nations_and_labels() -> None:
    assert NATIONS == ("england-and-wales", "scotland", "northern-ireland")
    assert NATION_LABELS[EW] == "England and Wales"
    assert set(NATION_LABELS) == set(NATIONS)


def test_unknown_nation_is_refused_clearly() -> None:
    with pytest.raises(ValueError, match="Unknown nation 'wales'.*england-and-wales"):
        is_working_day(date(2024, 5, 1), "wales")
    with pytest.raises(ValueError, match="Unknown nation"):
        add_working_days(date(2024, 5, 1), 3, "England")


def test_england_and_wales_share_one_calendar() -> None:
    years = list(range(2015, 2036))
    eng = holidays.country_holidays("GB", subdiv="ENG", years=years)
    wls = holidays.country_holidays("GB", subdiv="WLS", years=years)
    assert set(eng) == set(wls)


def test_weekends_are_not_working_days() -> None:
    assert is_working_day(date(2024, 6, 7))  # Friday
    assert not is_working_day(date(2024, 6, 8))  # Saturday
    assert not is_working_day(date(2024, 6, 9))  # Sunday
    assert is_working_day(date(2024, 6, 10))  # Monday


@pytest.mark.parametrize("nation", NATIONS)
def test_christmas_2021_substitute_days(nation: str) -> None:
    # 25 and 26 December 2021 fell on Saturday and Sunday: Monday and Tuesday are holidays.
    assert not is_working_day(date(2021, 12, 27), nation)
    assert not is_working_day(date(2021, 12, 28), nation)
    assert is_working_day(date(2021, 12, 29), nation)


@pytest.mark.parametrize("nation", NATIONS)
def test_christmas_2022_substitute_day(nation: str) -> None:
    # Christmas Day 2022 was a Sunday: Boxing Day stays on Monday, Christmas moves to Tuesday.
    assert not is_working_day(date(2022, 12, 26), nation)
    assert not is_working_day(date(2022, 12, 27), nation)
    assert is_working_day(date(2022, 12, 28), nation)


def test_easter_monday_is_not_a_holiday_in_scotland() -> None:
    good_friday, easter_monday = date(2024, 3, 29), date(2024, 4, 1)
    for nation in NATIONS:
        assert not is_working_day(good_friday, nation)
    assert not is_working_day(easter_monday, EW)
    assert not is_working_day(easter_monday, NI)
    assert is_working_day(easter_monday, SC)


def test_scottish_holidays() -> None:
    assert not is_working_day(date(2024, 1, 2), SC)  # 2 January
    assert is_working_day(date(2024, 1, 2), EW)
    assert not is_working_day(date(2023, 11, 30), SC)  # St Andrew's Day, a Thursday
    assert is_working_day(date(2023, 11, 30), EW)
    # St Andrew's Day 2024 fell on a Saturday: the Monday after is the holiday.
    assert not is_working_day(date(2024, 12, 2), SC)
    assert is_working_day(date(2024, 12, 2), EW)


def test_northern_irish_holidays() -> None:
    assert not is_working_day(date(2023, 3, 17), NI)  # St Patrick's Day, a Friday
    assert is_working_day(date(2023, 3, 17), EW)
    assert not is_working_day(date(2023, 7, 12), NI)  # Battle of the Boyne
    assert is_working_day(date(2023, 7, 12), SC)
    assert not is_working_day(date(2024, 3, 18), NI)  # 17 March 2024 was a Sunday


def test_bank_holiday_names_and_list() -> None:
    assert bank_holiday_name(date(2024, 12, 25)) == "Christmas Day"
    assert bank_holiday_name(date(2024, 12, 24)) is None
    year = bank_holidays(2024, SC)
    assert list(year) == sorted(year)
    assert date(2024, 1, 2) in year
    assert date(2024, 4, 1) not in year


def test_start_day_is_day_zero_from_a_saturday() -> None:
    saturday = date(2024, 6, 8)
    assert add_working_days(saturday, 0) == saturday
    assert add_working_days(saturday, 1) == date(2024, 6, 10)  # Monday
    assert add_working_days(saturday, 2) == date(2024, 6, 11)  # Tuesday
    assert add_working_days(date(2024, 6, 10), 1) == date(2024, 6, 11)


def test_add_working_days_skips_the_nations_own_holidays() -> None:
    thursday = date(2024, 3, 28)
    assert add_working_days(thursday, 1, EW) == date(2024, 4, 2)
    assert add_working_days(thursday, 1, SC) == date(2024, 4, 1)


def test_negative_days_count_backwards() -> None:
    tuesday = date(2024, 4, 2)
    assert add_working_days(tuesday, -1, EW) == date(2024, 3, 28)
    assert add_working_days(tuesday, -1, SC) == date(2024, 4, 1)
    assert add_working_days(date(2024, 6, 9), -1) == date(2024, 6, 7)  # Sunday back to Friday


def test_working_days_between() -> None:
    thursday, tuesday = date(2024, 3, 28), date(2024, 4, 2)
    assert working_days_between(thursday, tuesday, EW) == 1
    assert working_days_between(thursday, tuesday, SC) == 2
    assert working_days_between(thursday, thursday) == 0
    assert working_days_between(tuesday, thursday, EW) == -1
    assert working_days_between(date(2024, 6, 8), date(2024, 6, 9)) == 0  # a weekend


@pytest.mark.parametrize("nation", NATIONS)
def test_between_undoes_add(nation: str) -> None:
    start = date(2021, 12, 18)
    for offset in range(20):
        day = start + timedelta(days=offset)
        for n in range(-12, 13):
            assert working_days_between(day, add_working_days(day, n, nation), nation) == n


def test_uk_working_day_excludes_every_nations_holidays() -> None:
    assert not is_uk_working_day(date(2024, 1, 2))  # Scotland only
    assert not is_uk_working_day(date(2024, 7, 12))  # Northern Ireland only
    assert not is_uk_working_day(date(2024, 8, 26))  # England, Wales and NI
    assert is_uk_working_day(date(2024, 7, 11))


def test_foi_due_date_across_christmas() -> None:
    # Received Wednesday 18/12/2024. Non-working: 25, 26 Dec, 1 Jan, and 2 Jan (Scotland).
    assert foi_due_date(date(2024, 12, 18)) == date(2025, 1, 21)


def test_foi_due_date_across_a_scottish_only_holiday() -> None:
    received = date(2024, 7, 29)
    # Counting only English holidays the twentieth day would be Tuesday 27/08/2024;
    # the Scottish summer holiday on 05/08/2024 pushes the FOI deadline one day on.
    assert add_working_days(received, 20, EW) == date(2024, 8, 27)
    assert foi_due_date(received) == date(2024, 8, 28)


def test_foi_due_date_from_a_weekend() -> None:
    # Saturday receipt: Monday is day one, so the twentieth day is four weeks on, a Friday.
    assert foi_due_date(date(2024, 2, 3)) == date(2024, 3, 1)


def test_working_days_between_is_negative_when_the_end_comes_first() -> None:
    from parishdesk.domain.workdays import add_working_days, working_days_between

    monday, friday_before = date(2026, 3, 9), date(2026, 3, 6)
    assert working_days_between(monday, friday_before) == -1  # Friday counted, Monday not
    assert working_days_between(friday_before, monday) == 1
    assert working_days_between(monday, add_working_days(monday, -7)) == -7


def test_uk_working_days_skip_a_bank_holiday_in_any_nation() -> None:
    from parishdesk.domain.workdays import add_uk_working_days, uk_working_days_between

    # Monday 16/03/2026; Tuesday 17/03 is St Patrick's Day (Northern Ireland only).
    assert uk_working_days_between(date(2026, 3, 16), date(2026, 3, 18)) == 1
    assert add_uk_working_days(date(2026, 3, 16), 1) == date(2026, 3, 18)
    assert uk_working_days_between(date(2026, 3, 18), date(2026, 3, 16)) == -1


def test_the_uk_calendar_is_the_packages_own_without_loading_every_country():
    import subprocess
    import sys

    script = (
        "import sys, holidays\n"
        "from parishdesk.domain import workdays\n"
        "ours = {n: workdays.bank_holidays(y, n) for n in workdays.NATIONS for y in (2025, 2026)}\n"
        "loaded = 'holidays.countries' in sys.modules\n"
        "theirs = {n: dict(sorted({d: str(v) for d, v in holidays.country_holidays('GB', "
        "subdiv=workdays._SUBDIVISION[n], years=y).items()}.items())) "
        "for n in workdays.NATIONS for y in (2025, 2026)}\n"
        "print(loaded, ours == theirs)\n")
    out = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True,
                         check=True)
    assert out.stdout.split() == ["False", "True"]
