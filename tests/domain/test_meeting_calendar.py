import datetime as dt

import pytest

from parishdesk.domain.meeting_calendar import UK, agenda_summary, meeting_entry, programme
from parishdesk.domain.meetings.records import AgendaItem, Meeting


def _meeting(id_: int, on: dt.date, at: dt.time | None = dt.time(19, 30)) -> Meeting:
    return Meeting(id=id_, on=on, at=at, place="The Old School, Mill Lane")


ITEMS = [AgendaItem(meeting_id=1, position=2, title="Grass-cutting contract"),
         AgendaItem(meeting_id=1, position=1, title="Apologies for absence"),
         AgendaItem(meeting_id=1, position=3, title="Staff pay review", confidential=True)]


def test_a_timed_meeting_in_uk_time_summer_and_winter():
    summer = meeting_entry(_meeting(1, dt.date(2026, 7, 9)), ITEMS, "Little Ashby Parish Council")
    assert summer.start == dt.datetime(2026, 7, 9, 19, 30, tzinfo=UK)
    assert summer.start.astimezone(dt.UTC).hour == 18  # British Summer Time
    assert summer.end - summer.start == dt.timedelta(hours=2)
    winter = meeting_entry(_meeting(2, dt.date(2026, 1, 8)), [], "Little Ashby Parish Council")
    assert winter.start.astimezone(dt.UTC).hour == 19
    assert summer.uid == "meeting-1@little-ashby-parish-council.parishdesk"
    assert summer.summary == "Ordinary meeting of the council (Little Ashby Parish Council)"
    assert summer.location == "The Old School, Mill Lane"


def test_the_agenda_in_order_with_confidential_items_by_number_only():
    text = agenda_summary(ITEMS)
    assert text == ("Agenda:\n1. Apologies for absence\n2. Grass-cutting contract\n"
                    "3. Confidential item")
    assert "pay" not in text
    assert agenda_summary([]) == "The agenda has not been set yet."


def test_a_meeting_without_a_time_is_all_day_and_an_unsaved_one_is_refused():
    entry = meeting_entry(_meeting(3, dt.date(2026, 5, 14), at=None), [], "X")
    assert (entry.start, entry.end) == (dt.date(2026, 5, 14), dt.date(2026, 5, 15))
    with pytest.raises(ValueError):
        meeting_entry(Meeting(on=dt.date(2026, 5, 14)), [], "X")


def test_the_years_programme_in_date_order():
    meetings = [_meeting(4, dt.date(2026, 11, 12)), _meeting(5, dt.date(2025, 12, 4)),
                _meeting(6, dt.date(2026, 3, 12))]
    found = programme(meetings, {6: ITEMS}, "X", 2026)
    assert [e.uid.split("@")[0] for e in found] == ["meeting-6", "meeting-4"]
    assert found[0].description.startswith("Agenda:\n1. Apologies")
