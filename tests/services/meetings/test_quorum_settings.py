"""The council's seats and committee quorums, changed by the clerk and checked plainly."""

from __future__ import annotations

import datetime as dt

import pytest

from parishdesk.domain.meetings.records import Meeting
from parishdesk.errors import ValidationError
from parishdesk.services.meetings import common, quorum_settings
from parishdesk.store import audit

TODAY = dt.date(2026, 11, 23)


def test_seats_and_committee_quorums_are_saved_and_used(demo):
    now = quorum_settings.current(TODAY)
    assert now.committees and now.in_office > 0
    committee = now.committees[0]
    quorum_settings.save(12, {committee.committee_id: 2}, "tester", TODAY)
    assert common.council_seats(TODAY) == 12
    assert common.quorum_for(Meeting(on=TODAY)) == 4
    assert common.quorum_for(Meeting(committee_id=committee.committee_id, on=TODAY)) == 2
    assert quorum_settings.current(TODAY).council_quorum == 4
    assert any(e.table == "setting" for e in audit.entries())
    quorum_settings.save(0, {}, "tester", TODAY)  # back to counting councillors in office
    assert common.council_seats(TODAY) == now.in_office


def test_a_wrong_number_is_refused_by_its_field(demo):
    now = quorum_settings.current(TODAY)
    committee = next(c for c in now.committees if c.members)
    with pytest.raises(ValidationError) as caught:
        quorum_settings.save(now.in_office - 1, {committee.committee_id: committee.members + 1},
                             "tester", TODAY)
    problems = caught.value.problems
    assert set(problems) == {"council_seats", f"committee.{committee.committee_id}"}
    assert "in office" in problems["council_seats"]
    assert str(committee.members) in problems[f"committee.{committee.committee_id}"]
    with pytest.raises(ValidationError) as caught:
        quorum_settings.save(150, {committee.committee_id: 1}, "tester", TODAY)
    assert set(caught.value.problems) == {"council_seats", f"committee.{committee.committee_id}"}
    assert quorum_settings.council_quorum(5, 0) == 3 and quorum_settings.council_quorum(0, 11) == 4
