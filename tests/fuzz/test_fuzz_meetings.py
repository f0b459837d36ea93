"""The Meetings area's forms, fed what a clerk might type or paste (control characters, whole
documents, unlikely dates): the only exceptions that may escape are the project's own. The
examples share one demo council, and what they save must still print (summons, minutes)."""

from __future__ import annotations

import datetime as dt

from hypothesis import given, settings
from hypothesis import strategies as st

from parishdesk.domain.meetings import DECLARATION_ACTIONS, DECLARATION_KINDS
from parishdesk.domain.meetings.records import Meeting
from parishdesk.services.meetings import agenda, minutes, papers, table
from tests.conftest import DEMO_TODAY
from tests.fuzz.conftest import examples
from tests.fuzz.strategies import (
    assert_some_saved,
    form,
    lines,
    names,
    odd_dates,
    paras,
    pasted,
    recent,
    tolerate,
)

N = examples(40)
times = st.one_of(st.just(""), st.from_regex(r"\A[0-2][0-9][:.][0-5][0-9]\Z"), pasted)


def _meeting() -> Meeting:
    made = agenda.create_meeting(Meeting(on=dt.date(2026, 12, 10), place="Village Hall"),
                                 "fuzz")
    assert made.id is not None
    return made


def test_new_meeting(demo) -> None:  # type: ignore[no-untyped-def]
    committees = [None, *(c.id for c in demo.committees.values())]

    @settings(max_examples=N)
    @given(f=form(pasted, place=lines, on=st.one_of(recent, odd_dates),
                  kind=st.sampled_from(["annual", "ordinary", "extraordinary", "special"]),
                  committee_id=st.sampled_from(committees),
                  at=st.one_of(st.none(), st.times())))
    def run(f: dict) -> None:  # type: ignore[type-arg]
        made = tolerate(agenda.create_meeting, Meeting(**f), "fuzz")
        if made is not None:
            papers.summons_pdf(made.id, DEMO_TODAY)
            tolerate(agenda.update_meeting, made.id, "fuzz", place=f["place"])

    run()
    assert_some_saved("create_meeting", "update_meeting")


def test_agenda_item(demo) -> None:  # type: ignore[no-untyped-def]
    meeting = _meeting()
    councillors = [c.id for c in demo.councillors.values()]

    @settings(max_examples=N)
    @given(f=form(pasted, title=names, notes=paras, confidential_reason=paras),
           confidential=st.booleans(),
           requested=st.one_of(st.none(), st.sampled_from(councillors)),
           asked_on=st.one_of(recent, odd_dates),
           received=st.one_of(st.none(), recent, odd_dates))
    def run(f: dict, confidential: bool, requested: int | None, asked_on: dt.date,  # type: ignore[type-arg]
            received: dt.date | None) -> None:
        if requested is not None:
            item = tolerate(agenda.request_item, meeting.id, requested, f["title"], asked_on,
                            received, "fuzz")
        else:
            item = tolerate(agenda.add_item, meeting.id, f["title"], "fuzz", notes=f["notes"],
                            confidential=confidential,
                            confidential_reason=f["confidential_reason"])
        if item is not None:
            tolerate(agenda.update_item, item.id, "fuzz", title=f["title"], notes=f["notes"])
        agenda.agenda_checks(meeting.id)

    run()
    papers.summons_pdf(meeting.id, DEMO_TODAY)
    assert_some_saved("add_item", "request_item", "update_item")


def test_attendance_declaration_and_motion(demo) -> None:  # type: ignore[no-untyped-def]
    meeting = _meeting()
    item = agenda.add_item(meeting.id, "Bus shelter", "fuzz", decision_expected=True)
    members = [c.id for c in demo.councillors.values()]

    @settings(max_examples=N)
    @given(who=st.sampled_from(members),
           attendance=form(pasted, status=st.sampled_from(["present", "apologies", "absent",
                                                           "late"]),
                           reason=paras, arrived_at=times, left_at=times),
           declaration=form(pasted, description=paras, dispensation_ref=lines),
           kind=st.sampled_from([*DECLARATION_KINDS, "unknown"]),
           action=st.sampled_from([*DECLARATION_ACTIONS, "shouted"]),
           motion=form(pasted, text=paras, delegate_to=lines, exclusion_reason=paras),
           votes=st.tuples(*[st.integers(-3, 30)] * 3),
           casting=st.sampled_from([None, "for", "against", "maybe"]))
    def run(who: int, attendance: dict, declaration: dict, kind: str, action: str,  # type: ignore[type-arg]
            motion: dict, votes: tuple[int, int, int], casting: str | None) -> None:
        tolerate(table.set_attendance, meeting.id, who, "fuzz", **attendance)
        tolerate(table.declare, meeting.id, item.id, who, kind, action, "fuzz",
                 today=DEMO_TODAY, **declaration)
        made = tolerate(table.add_motion, meeting.id, item.id, "fuzz", text=motion["text"],
                        proposer_id=who)
        if made is not None:
            tolerate(table.update_motion, made.id, "fuzz", in_favour=votes[0],
                     against=votes[1], abstentions=votes[2], casting_vote=casting,
                     delegate_to=motion["delegate_to"],
                     exclusion_reason=motion["exclusion_reason"])
        table.live_quorum(meeting.id, item.id)

    run()
    assert_some_saved("set_attendance", "declare", "add_motion", "update_motion")


def test_minutes_edit(demo) -> None:  # type: ignore[no-untyped-def]
    meeting = _meeting()
    table.set_attendance(meeting.id, next(iter(demo.councillors.values())).id, "fuzz",
                         status="present")
    drafted = minutes.draft(meeting.id, "fuzz")
    ids = [m.id for m in drafted]

    @settings(max_examples=N)
    @given(minute=st.sampled_from(ids), f=form(pasted, title=lines, body=paras))
    def run(minute: int, f: dict) -> None:  # type: ignore[type-arg]
        tolerate(minutes.edit_minute, minute, "fuzz", **f)

    run()
    papers.minutes_pdf(meeting.id)
    assert_some_saved("edit_minute")
