"""Links from meetings: information requests, dispute cases, and interests declared off the
register."""

from __future__ import annotations

import pytest

from parishdesk.errors import ParishDeskError, ValidationError
from parishdesk.services import access, members
from parishdesk.services.meetings import links, register, table
from tests.conftest import DEMO_TODAY
from tests.fixtures.meetings import MEETING_DAY, Recorded


def test_an_information_request_is_tied_to_a_meeting(recorded: Recorded) -> None:
    request = access.list_requests(DEMO_TODAY)[0]
    link = links.link_access_request(recorded.meeting_id, request.id, "test", DEMO_TODAY)
    assert request.reference in link.label
    assert [x.record_id for x in links.linked(recorded.meeting_id, DEMO_TODAY)] == [request.id]
    assert [m.id for m in links.meetings_for("access_request", request.id)] == [
        recorded.meeting_id]
    with pytest.raises(ParishDeskError, match="already linked"):
        links.link_access_request(recorded.meeting_id, request.id, "test", DEMO_TODAY)
    with pytest.raises(ValidationError):
        links.link_access_request(recorded.meeting_id, 99999, "test", DEMO_TODAY)


def test_a_dispute_case_records_the_meeting_that_considered_it(recorded: Recorded) -> None:
    links.link_dispute(recorded.next_id, 3, "test", "Grievance hearing")
    assert [m.id for m in links.meetings_for("dispute", 3)] == [recorded.next_id]
    assert "Grievance hearing" in links.linked(recorded.next_id, DEMO_TODAY)[0].label


def test_declaration_off_the_register_goes_on_it_and_waits_for_the_notice(
        recorded: Recorded) -> None:
    declaration = next(d for d in table.declarations(recorded.meeting_id)
                       if d.person_id == recorded.cllr["Nowak"])
    assert not declaration.on_register
    links.add_to_register(declaration, "test", MEETING_DAY)
    assert "Tenant of allotment plot 14" in [
        i.description for i in members.interests_of(recorded.cllr["Nowak"])]
    assert [d.id for d, _ in links.notifications_due()] == [declaration.id]
    table.record_notified(declaration.id or 0, MEETING_DAY, "test")
    assert links.notifications_due() == []
    assert not [line for line in register.alerts(MEETING_DAY) if "Monitoring Officer" in line]
