"""A council meeting recorded through the services, from agenda to signed minutes."""

from __future__ import annotations

import datetime as dt
import sqlite3

import pytest

from parishdesk.domain.meetings import plain_problem, rule_ids
from parishdesk.errors import ParishDeskError
from parishdesk.services.meetings import agenda, minutes, register, table
from parishdesk.store import audit
from tests.fixtures.meetings import (
    MEETING_DAY,
    NEXT_DAY,
    Recorded,
)


def test_new_meeting_has_the_standard_opening_items_and_presiding_chair(recorded: Recorded) -> None:
    items = agenda.items(recorded.meeting_id)
    assert [i.standard for i in items[:4]] == ["apologies", "declarations", "minutes", "public"]
    meeting = agenda.get_meeting(recorded.meeting_id)
    assert meeting.presiding_id == recorded.cllr["Ellwood"] and meeting.presiding_as == "chair"


def test_notice_check_turns_green_once_the_summons_is_issued_in_time(recorded: Recorded) -> None:
    assert agenda.agenda_checks(recorded.meeting_id).notice == ()
    late = agenda.issue_summons(recorded.next_id, dt.date(2027, 1, 12), "test")
    checks = agenda.agenda_checks(late.id or 0)
    assert rule_ids(checks.notice[0]) == ("MEET-2",)


def test_tie_settled_by_the_chairs_casting_vote(recorded: Recorded) -> None:
    motion = next(m for m in table.motions(recorded.meeting_id) if m.id == recorded.tied_motion)
    assert motion.outcome == "carried" and motion.casting_vote == "for"
    assert table.motion_checks(recorded.tied_motion).problems == ()


def test_a_casting_vote_by_someone_not_presiding_is_flagged_but_kept(recorded: Recorded) -> None:
    saved = table.update_motion(recorded.tied_motion, "test",
                                casting_by_id=recorded.cllr["Patel"])
    assert saved.casting_by_id == recorded.cllr["Patel"]
    problems = table.motion_checks(recorded.tied_motion).problems
    assert any("Only the person presiding" in p for p in problems)


def test_recorded_vote_counts_and_declared_member_voting_is_flagged(recorded: Recorded) -> None:
    motion = next(m for m in table.motions(recorded.meeting_id)
                  if m.id == recorded.recorded_motion)
    assert (motion.in_favour, motion.against, motion.abstentions) == (4, 2, 1)
    assert motion.recorded and motion.outcome == "carried" and len(motion.votes) == 7


def test_declaration_takes_the_member_out_of_the_count(recorded: Recorded) -> None:
    assert recorded.cllr["Nowak"] not in table.entitled(recorded.meeting_id, recorded.rents_item)
    quorum = table.live_quorum(recorded.meeting_id, recorded.rents_item)
    assert quorum.counted == 7 and quorum.quorate


def test_interest_off_the_register_starts_the_28_day_reminder(recorded: Recorded) -> None:
    lines = register.alerts(MEETING_DAY)
    notice = [line for line in lines if "Monitoring Officer" in line]
    assert notice and "07/01/2027" in notice[0]
    assert "CONDUCT-3" not in plain_problem(notice[0])


def test_exclusion_without_a_reason_is_flagged(recorded: Recorded) -> None:
    table.update_motion(recorded.exclusion_motion, "test", exclusion_reason="")
    problems = table.motion_checks(recorded.exclusion_motion).problems
    assert any(rule_ids(p) == ("MEET-6",) for p in problems)


def test_delegation_to_a_councillor_is_flagged_never_refused(recorded: Recorded) -> None:
    saved = table.update_motion(recorded.recorded_motion, "test", delegate_kind="councillor",
                                delegate_to="Cllr Pritchard")
    assert saved.delegate_kind == "councillor"
    problems = table.motion_checks(recorded.recorded_motion).problems
    assert any(rule_ids(p) == ("MEET-7", "ROLE-2") for p in problems)


def test_every_write_leaves_an_audit_entry(recorded: Recorded) -> None:
    before = audit.count()
    table.set_attendance(recorded.meeting_id, recorded.cllr["Okafor"], "test", arrived_at="19.40")
    assert audit.count() == before + 1
    history = audit.history("meeting_attendance", table.attendance(recorded.meeting_id)[0].id)
    assert history


def test_minutes_lifecycle_and_signed_minutes_are_never_edited(recorded: Recorded) -> None:
    drafted = minutes.minutes(recorded.meeting_id)
    numbers = [m.number for m in drafted if m.number]
    assert numbers[0].startswith("26/")
    with pytest.raises(ParishDeskError):
        minutes.sign_minutes(recorded.meeting_id, "Cllr Margaret Ellwood", NEXT_DAY, "test")
    approved = minutes.approve(recorded.meeting_id, recorded.next_id, "test")
    assert approved.minutes_state == "approved" and approved.approved_by_motion_id
    signed = minutes.sign_minutes(recorded.meeting_id, "Cllr Margaret Ellwood", NEXT_DAY, "test")
    assert signed.minutes_state == "signed"
    minute = drafted[2]
    refused = [
        lambda: minutes.edit_minute(minute.id or 0, "test", body="changed"),
        lambda: minutes.draft(recorded.meeting_id, "test"),
        lambda: table.update_motion(recorded.tied_motion, "test", text="something else"),
        lambda: table.set_attendance(recorded.meeting_id, recorded.cllr["Carey"], "test",
                                     status="present"),
        lambda: table.declare(recorded.meeting_id, recorded.rents_item, recorded.cllr["Patel"],
                              "other", "took-part", "test"),
        lambda: agenda.update_item(recorded.rents_item, "test", title="changed"),
        lambda: agenda.add_item(recorded.meeting_id, "Late item", "test"),
    ]
    for attempt in refused:
        with pytest.raises(ParishDeskError, match="never changed|correction"):
            attempt()
    assert minutes.minutes(recorded.meeting_id) == [
        m for m in minutes.minutes(recorded.meeting_id)]
    assert minutes.minutes(recorded.meeting_id)[2].body == minute.body
    correction = minutes.add_correction(recorded.next_id, minute.id or 0,
                                        "Cllr Nowak's plot is number 41, not 14.", "test")
    assert correction.corrects_id == minute.id and correction.number.startswith("27/")
    assert minutes.verify_minute_book() == ()


def test_changing_a_signed_row_in_the_database_is_found(recorded: Recorded, paths) -> None:  # type: ignore[no-untyped-def]
    minutes.approve(recorded.meeting_id, recorded.next_id, "test")
    minutes.sign_minutes(recorded.meeting_id, "Cllr Margaret Ellwood", NEXT_DAY, "test")
    target = next(m for m in minutes.minutes(recorded.meeting_id)
                  if m.item_id == recorded.rents_item)
    conn = sqlite3.connect(paths.db_file)
    conn.execute("UPDATE minute SET body = replace(body, '5%', '15%') WHERE id = ?",
                 (target.id,))
    conn.commit()
    conn.close()
    problems = minutes.verify_minute_book()
    assert [p.minute_number for p in problems] == [target.number]


def test_decisions_register_search_and_csv(recorded: Recorded, tmp_path) -> None:  # type: ignore[no-untyped-def]
    rows = register.resolutions("allotment")
    assert len(rows) == 1 and rows[0].minute_number and "casting vote for" in rows[0].votes
    everything = register.resolutions()
    assert any(r.confidential for r in everything)
    count = register.export_csv(tmp_path / "decisions.csv")
    text = (tmp_path / "decisions.csv").read_text(encoding="utf-8-sig")
    assert count == len([r for r in everything if not r.confidential])
    assert "bus shelter" in text and "salary" not in text
    register.set_action(recorded.recorded_motion, "Clerk", dt.date(2027, 2, 1), "open", "test")
    shelter = register.resolutions("bus shelter")[0]
    assert shelter.action_owner == "Clerk" and shelter.action_status == "open"


def test_reversing_a_recent_resolution_is_flagged(recorded: Recorded) -> None:
    assert register.reversal_problems(recorded.tied_motion, dt.date(2027, 1, 14))
    assert register.reversal_problems(recorded.tied_motion, dt.date(2027, 6, 10)) == ()
    earlier = table.recent_resolutions(recorded.next_id)
    assert recorded.tied_motion in [m.id for m in earlier]


def test_attendance_warning_and_absence_item(recorded: Recorded) -> None:
    from parishdesk.domain.meetings.records import Meeting

    earlier = agenda.create_meeting(Meeting(on=dt.date(2026, 11, 12), place="Hall"), "test")
    table.set_attendance(earlier.id or 0, recorded.cllr["Carey"], "test", status="present")
    today = dt.date(2027, 4, 20)
    rows = {r.person_id: r for r in register.member_attendance(today)}
    carey = rows[recorded.cllr["Carey"]]
    assert carey.status == "warning" and carey.last_attended == dt.date(2026, 11, 12)
    item = agenda.add_absence_item(recorded.next_id, recorded.cllr["Carey"], "test")
    assert item.title == "To consider approving the reasons for absence of Cllr Siobhan Carey"
    register.approve_absence(recorded.cllr["Carey"], dt.date(2027, 1, 14), recorded.next_id,
                             "Working away", "test")
    rows = {r.person_id: r for r in register.member_attendance(today)}
    assert rows[recorded.cllr["Carey"]].status == "excused"
    assert rows[recorded.cllr["Ellwood"]].last_attended == MEETING_DAY


def test_interest_forecast_finds_members_and_inquorate_items(demo) -> None:  # type: ignore[no-untyped-def]
    from parishdesk.domain.meetings.records import Meeting
    from parishdesk.services import members

    ellwood = demo.councillors["Ellwood"].id
    interests = members.interests_of(ellwood)
    assert interests, "the demo gives Cllr Ellwood register entries"
    entry = interests[0].description
    meeting = agenda.create_meeting(Meeting(on=MEETING_DAY, place="Hall"), "test")
    item = agenda.add_item(meeting.id or 0, f"Request concerning {entry}", "test")
    forecast = agenda.interest_forecast(meeting.id or 0)
    mine = next(f for f in forecast if f.item.id == item.id)
    assert ellwood in [s.person_id for s in mine.suggestions]


def test_officer_decisions_need_reasons(demo) -> None:  # type: ignore[no-untyped-def]
    from parishdesk.domain.meetings.records import OfficerDecision

    clerk = demo.officers["clerk"].id
    saved, problems = register.record_officer_decision(OfficerDecision(
        officer_id=clerk, decided_on=MEETING_DAY, decision="Emergency tree work",
        authority="Resolution 26/12"), "test")
    assert saved.officer_name.endswith("Brooks") and rule_ids(problems[0]) == ("MEET-7", "ROLE-3")


def test_who_presides(recorded: Recorded) -> None:
    vice = agenda.set_presiding(recorded.next_id, recorded.cllr["Patel"], "test")
    assert vice.presiding_as == "vice-chair"
    chosen = agenda.set_presiding(recorded.next_id, recorded.cllr["Carey"], "test")
    assert chosen.presiding_as == "chosen"
    chair = agenda.set_presiding(recorded.next_id, recorded.cllr["Ellwood"], "test")
    assert chair.presiding_as == "chair"


def test_minutes_not_drafted_within_a_month_are_flagged(recorded: Recorded) -> None:
    from parishdesk.domain.meetings.records import Meeting

    agenda.create_meeting(Meeting(on=dt.date(2026, 12, 1), place="Hall"), "test")
    lines = register.alerts(dt.date(2027, 1, 5))
    assert any("01/12/2026 are not drafted" in line for line in lines)


def test_papers_are_copied_in_never_over_another(recorded: Recorded, paths, tmp_path) -> None:  # type: ignore[no-untyped-def]
    paper = tmp_path / "Quote.pdf"
    paper.write_bytes(b"%PDF-1.4 a quotation")
    first = agenda.attach_paper(recorded.rents_item, paper, paths.attachments_dir, "test")
    second = agenda.attach_paper(recorded.rents_item, paper, paths.attachments_dir, "test")
    added = [p for p in second.papers if p.startswith("meetings/")]
    assert added == [f"meetings/{recorded.meeting_id}/Quote.pdf",
                     f"meetings/{recorded.meeting_id}/Quote (2).pdf"]
    assert (paths.attachments_dir / added[1]).read_bytes() == b"%PDF-1.4 a quotation"
    assert first.papers[0] == "Allotment rents report"
    with pytest.raises(ParishDeskError):
        agenda.attach_paper(recorded.rents_item, tmp_path / "missing.pdf",
                            paths.attachments_dir, "test")


def test_a_decision_under_any_other_business_is_flagged(recorded: Recorded) -> None:
    item = agenda.add_item(recorded.next_id, "Any other business", "test")
    motion = table.add_motion(recorded.next_id, item.id or 0, "test", text="buy a bench")
    assert any(rule_ids(p) == ("MEET-2",) for p in table.motion_checks(motion.id or 0).problems)


def test_a_council_set_up_late_in_the_year_is_not_told_off_for_that_year(opened) -> None:  # type: ignore[no-untyped-def]
    """A new council with no meetings, set up on 23/11/2026, hears nothing about 2026's
    annual meeting or its count of meetings (they came before ParishDesk)."""
    lines = register.alerts(dt.date(2026, 11, 23))
    assert not [line for line in lines if "MEET-11" in rule_ids(line)]
    assert not [line for line in lines if "annual meeting" in line or "at least three" in line]
