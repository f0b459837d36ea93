"""The demo council's meetings: signed, draft and coming, with warnings worth showing."""

from __future__ import annotations

from parishdesk.services.meetings import agenda, minutes, register
from tests.conftest import DEMO_TODAY


def test_demo_has_signed_past_draft_last_and_an_agenda_next(demo) -> None:  # type: ignore[no-untyped-def]
    council = [m for m in agenda.meetings() if m.committee_id is None]
    past = [m for m in council if m.on < DEMO_TODAY]
    upcoming = [m for m in council if m.on >= DEMO_TODAY]
    assert [m.minutes_state for m in sorted(past, key=lambda m: m.on)] == [
        "signed", "signed", "draft"]
    assert len(upcoming) == 1 and upcoming[0].minutes_state == "none"
    titles = [i.title for i in agenda.items(upcoming[0].id or 0)]
    assert "To consider approving the reasons for absence of Cllr Eleanor Fairweather" in titles
    assert minutes.verify_minute_book() == ()


def test_demo_shows_interests_attendance_and_request_checks(demo) -> None:  # type: ignore[no-untyped-def]
    upcoming = next(m for m in agenda.meetings() if m.on >= DEMO_TODAY)
    forecast = agenda.interest_forecast(upcoming.id or 0)
    suggested = {(f.item.title.split()[0], s.name) for f in forecast for s in f.suggestions}
    assert ("Parking", "Cllr Margaret Ellwood") in suggested
    assert ("Grant", "Cllr Margaret Ellwood") in suggested
    rows = {r.name: r for r in register.member_attendance(DEMO_TODAY)}
    assert rows["Cllr Eleanor Fairweather"].status == "warning"
    assert all(r.status in ("ok", "warning") for r in rows.values())
    checks = agenda.agenda_checks(upcoming.id or 0)
    assert checks.notice and any("papers" in " ".join(p) for p in checks.items.values())
    assert register.resolutions("bus shelter")[0].votes.endswith("casting vote for")


def test_attendance_warnings_reach_the_members_reminders(demo) -> None:  # type: ignore[no-untyped-def]
    from parishdesk.services import members

    found = [r for r in members.reminders(DEMO_TODAY) if r.kind == "attendance"]
    assert len(found) == 1 and found[0].severity == "warning"
    assert found[0].text.startswith("Cllr Eleanor Fairweather last attended on 09/07/2026")
    assert "MEET-" not in found[0].text and found[0].rule_id == "MEET-9"
