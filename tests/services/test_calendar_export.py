"""The deadlines calendar of the demo council, read back with a real calendar parser."""

import datetime as dt
from zoneinfo import ZoneInfo

import pytest
from icalendar import Calendar

from parishdesk.cli import run
from parishdesk.errors import ParishDeskError
from parishdesk.services import access, calendar_export, enquiries, inbox
from parishdesk.services.disputes import cases as disputes

TODAY = dt.date(2026, 11, 22)
NOW = dt.datetime(2026, 11, 22, 9, 30, tzinfo=dt.UTC)


def _events(path):
    cal = Calendar.from_ical(path.read_bytes())
    assert str(cal["version"]) == "2.0" and "ParishDesk" in str(cal["prodid"])
    return [c for c in cal.walk("VEVENT")]


def test_every_open_deadline_becomes_an_all_day_entry(demo, tmp_path):
    target = tmp_path / "deadlines.ics"
    count = calendar_export.export_deadlines(target, TODAY, NOW)
    events = _events(target)
    assert count == len(events) > 0

    query = enquiries.inbox_query(TODAY, "all")
    rows = inbox.page(query, 0, inbox.count(query))
    live = [r for r in rows if r.status in {"new", "acknowledged", "in_progress"}]
    pending = [r for r in access.list_requests(TODAY, access.RegisterFilter(pending=True))
               if r.due_on and not r.clock_stopped]
    new = [r for r in live if r.status == "new"]
    cases = [c for c in disputes.summaries(TODAY)
             if c.is_open and c.next_due is not None and not c.paused]
    assert live and new and pending and cases, "the demo has every kind of deadline"
    assert len(events) == len(live) + len(new) + len(pending) + len(cases)
    assert str(Calendar.from_ical(target.read_bytes())["x-wr-timezone"]) == "Europe/London"

    by_uid = {str(e["uid"]): e for e in events}
    assert len(by_uid) == len(events)
    for row in live:
        event = by_uid[f"enquiry-{row.reference}-answer@ashcombe-parish-council.parishdesk"]
        assert event.decoded("dtstart") == row.answer_due  # a date: all day, no time zone
        assert event.decoded("dtend") == row.answer_due + dt.timedelta(days=1)
        assert row.reference in str(event["summary"]) and row.councillor_name in str(
            event["description"])
        assert str(event["transp"]) == "TRANSPARENT"
        [alarm] = event.walk("VALARM")
        assert alarm.decoded("trigger") == dt.timedelta(hours=-15)
    for row in pending:
        event = by_uid[f"information-request-{row.reference}-decision@ashcombe-parish-council"
                       ".parishdesk"]
        assert event.decoded("dtstart") == row.due_on
    closed = [r for r in rows if r.status not in {"new", "acknowledged", "in_progress"}]
    assert not any(r.reference in uid for r in closed for uid in by_uid)
    for case in cases:
        slug = case.reference.replace("/", "-")
        event = by_uid[f"dispute-case-{slug}-next-step@ashcombe-parish-council"
                       ".parishdesk"]
        assert event.decoded("dtstart") == case.next_due.due_on
        assert str(event["class"]) == "CONFIDENTIAL"
        words = str(event["summary"]) + str(event["description"])
        assert case.reference in words and case.next_due.label in words
        # Nothing about the people or the kind of case: the reference and the step only.
        assert not any(name in words for name in case.people)
        assert case.track_label not in words


def test_dispute_cases_can_be_left_out(demo, tmp_path):
    target = tmp_path / "no-cases.ics"
    calendar_export.export_deadlines(target, TODAY, NOW, disputes=False)
    assert not any(str(e["uid"]).startswith("dispute-case-") for e in _events(target))


def test_a_later_export_updates_the_same_entries(demo, tmp_path):
    first, second = tmp_path / "a.ics", tmp_path / "b.ics"
    calendar_export.export_deadlines(first, TODAY, NOW)
    calendar_export.export_deadlines(second, TODAY, NOW + dt.timedelta(hours=2))
    old = {str(e["uid"]): e for e in _events(first)}
    new = {str(e["uid"]): e for e in _events(second)}
    assert old.keys() == new.keys()
    for uid, event in new.items():
        assert int(event["sequence"]) > int(old[uid]["sequence"])
        assert event.decoded("dtstamp") > old[uid].decoded("dtstamp")


def test_plain_refusals(opened, tmp_path):
    with pytest.raises(ParishDeskError, match="no council set up"):
        calendar_export.export_deadlines(tmp_path / "d.ics", TODAY, NOW)
    with pytest.raises(ParishDeskError, match="ends in .ics"):
        calendar_export.export_deadlines(tmp_path / "d.txt", TODAY, NOW)


def test_calendar_command(demo, paths, tmp_path, capsys):
    from parishdesk.store import db

    db.close()
    target = tmp_path / "out" / "deadlines.ics"
    assert run(["--data-dir", str(paths.data_dir), "calendar", "--out", str(target)]) == 0
    out = capsys.readouterr().out
    assert f"written to {target}" in out
    assert len(_events(target)) == int(out.split()[0])


def test_the_years_meetings_with_uk_time_place_and_agenda(demo, tmp_path):
    from parishdesk.services.meetings import agenda

    target = tmp_path / "meetings.ics"
    held = [m for m in agenda.meetings() if m.on.year == 2026]
    assert held, "the demo has meetings in 2026"
    assert calendar_export.export_programme(2026, target, NOW) == len(held)
    raw = target.read_bytes()
    cal = Calendar.from_ical(raw)
    assert str(cal["x-wr-timezone"]) == "Europe/London"
    assert not cal.walk("VTIMEZONE") and b"TZID=" not in raw  # UTC times need no zone rules
    events = {str(e["uid"]): e for e in cal.walk("VEVENT")}
    uk = ZoneInfo("Europe/London")
    summer = winter = False
    for meeting in held:
        event = events[f"meeting-{meeting.id}@ashcombe-parish-council.parishdesk"]
        start, end = event.decoded("dtstart"), event.decoded("dtend")
        if meeting.at is not None:
            assert start.utcoffset() == dt.timedelta(0) and end.utcoffset() == dt.timedelta(0)
            assert event["dtstart"].to_ical().endswith(b"Z")
            local = start.astimezone(uk)
            assert (local.date(), local.time()) == (meeting.on, meeting.at)
            summer |= local.utcoffset() == dt.timedelta(hours=1)
            winter |= local.utcoffset() == dt.timedelta(0)
            assert end - start == dt.timedelta(hours=2)
        assert str(event["location"]) == meeting.place
        assert str(event["description"]).startswith(("Agenda:\n1. ", "The agenda"))
    assert summer and winter, "the demo's year has meetings either side of the clock change"
    # One meeting again later: the same entry, a newer version of it.
    first = held[0]
    single = tmp_path / "one.ics"
    calendar_export.export_meeting(first.id, single, NOW + dt.timedelta(days=1))
    [again] = Calendar.from_ical(single.read_bytes()).walk("VEVENT")
    old = events[str(again["uid"])]
    assert int(again["sequence"]) > int(old["sequence"])
    assert again.decoded("dtstart") == old.decoded("dtstart")


def test_calendar_command_for_meetings(demo, paths, tmp_path, capsys):
    from parishdesk.store import db

    db.close()
    target = tmp_path / "programme.ics"
    assert run(["--data-dir", str(paths.data_dir), "calendar", "--meetings", "2026",
                "--out", str(target)]) == 0
    assert "meetings of 2026 written to" in capsys.readouterr().out
    assert Calendar.from_ical(target.read_bytes()).walk("VEVENT")


def test_one_meeting_by_its_date_from_the_command_line(demo, paths, tmp_path, capsys):
    from parishdesk.services.meetings import agenda
    from parishdesk.store import db

    meeting = agenda.meetings()[0]
    db.close()
    target = tmp_path / "one.ics"
    assert run(["--data-dir", str(paths.data_dir), "calendar", "--meeting",
                f"{meeting.on:%d/%m/%Y}", "--out", str(target)]) == 0
    assert f"{meeting.title} written to {target}" in capsys.readouterr().out
    [event] = Calendar.from_ical(target.read_bytes()).walk("VEVENT")
    assert str(event["uid"]) == f"meeting-{meeting.id}@ashcombe-parish-council.parishdesk"
    assert run(["--data-dir", str(paths.data_dir), "calendar", "--meeting", "999",
                "--out", str(target)]) == 2
    assert "no meeting number 999" in capsys.readouterr().err
