"""The meeting that considered a case: recorded from the case file, shown there, and seen by
the meeting as the case reference only (cases are confidential)."""

from __future__ import annotations

import datetime as dt

import pytest

from parishdesk.errors import ParishDeskError, ValidationError
from parishdesk.services.disputes import case_file, cases
from parishdesk.services.disputes import meetings as case_meetings
from parishdesk.services.meetings import links

TODAY = dt.date(2026, 11, 23)


def test_a_case_records_the_meeting_that_considered_it(demo):
    case = cases.filtered(TODAY, "open")[0]
    meeting = case_meetings.meeting_choices()[0]
    with pytest.raises(ValidationError) as caught:
        case_meetings.record_meeting(case.id, None, "tester")
    assert set(caught.value.problems) == {"meeting"}
    case_meetings.record_meeting(case.id, meeting.id, "tester")
    assert [m.id for m in case_meetings.considered_at(case.id)] == [meeting.id]
    cf = case_file.case_file(case.id, TODAY)
    assert cf.meetings == (case_meetings.meeting_label(meeting),)
    assert f"{meeting.on:%d/%m/%Y}" in cf.meetings[0]
    with pytest.raises(ValidationError):  # the same meeting twice
        case_meetings.record_meeting(case.id, meeting.id, "tester")
    # The meeting's side: the reference, and nothing else of the case.
    labels = [x.label for x in links.linked(meeting.id or 0, TODAY) if x.kind == "dispute"]
    assert labels == [f"Dispute case {case.reference} (confidential: see Disputes)"]
    full = case_file.case_file(case.id, TODAY).case
    for secret in (full.title, full.account):
        assert not secret or secret not in labels[0]
    for party in cf.parties:
        assert party.name not in labels[0]


def test_an_archived_case_takes_no_meeting(demo):
    case = cases.filtered(TODAY, "open")[0]
    cases.archive_case(case.id, "Opened twice by mistake", "tester", TODAY)
    with pytest.raises(ParishDeskError):
        case_meetings.record_meeting(case.id, case_meetings.meeting_choices()[0].id, "tester")
