"""A meeting of the demo council, recorded from agenda to signed minutes, for the tests."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

import pytest

from parishdesk.domain.meetings.records import Meeting
from parishdesk.services.meetings import agenda, minutes, table

MEETING_DAY = dt.date(2026, 12, 10)
NEXT_DAY = dt.date(2027, 1, 14)


@dataclass
class Recorded:
    meeting_id: int
    next_id: int
    rents_item: int
    staff_item: int
    tied_motion: int
    recorded_motion: int
    exclusion_motion: int
    cllr: dict[str, int]


def record_meeting(cllr: dict[str, int]) -> Recorded:
    """A full council meeting: attendance, a declaration with a member leaving, a tie settled
    by the Chair's casting vote, a recorded vote and the public excluded with a reason."""
    actor = "test"
    meeting = agenda.create_meeting(Meeting(on=MEETING_DAY, at=dt.time(19, 30),
                                            place="The Village Hall, Church Lane"), actor)
    assert meeting.id is not None
    rents = agenda.add_item(meeting.id, "Allotment rents for 2027", actor,
                            decision_expected=True, papers=("Allotment rents report",))
    shelter = agenda.add_item(meeting.id, "Bus shelter on the green", actor,
                              decision_expected=True)
    staff = agenda.add_item(meeting.id, "Clerk's salary review", actor, decision_expected=True,
                            confidential=True, confidential_reason="Staff matters")
    agenda.issue_summons(meeting.id, dt.date(2026, 12, 3), actor)
    for name in ("Ellwood", "Patel", "Pritchard", "Blackwood", "Nowak", "Whitlock", "Okafor",
                 "Hollins"):
        table.set_attendance(meeting.id, cllr[name], actor, status="present")
    table.set_attendance(meeting.id, cllr["Carey"], actor, status="apologies",
                         reason="Working away", reason_accepted=True)
    table.set_attendance(meeting.id, cllr["Hollins"], actor, left_at="20:45")
    assert rents.id and shelter.id and staff.id
    table.declare(meeting.id, rents.id, cllr["Nowak"], "pecuniary", "left", actor,
                  description="Tenant of allotment plot 14", today=MEETING_DAY)
    tied = table.add_motion(meeting.id, rents.id, actor, text="allotment rents rise by 5% "
                            "from 1 April 2027", proposer_id=cllr["Whitlock"],
                            seconder_id=cllr["Okafor"])
    assert tied.id
    table.update_motion(tied.id, actor, in_favour=3, against=3, abstentions=1)
    table.update_motion(tied.id, actor, casting_vote="for", casting_by_id=cllr["Ellwood"])
    named = table.add_motion(meeting.id, shelter.id, actor,
                             text="the bus shelter be replaced at a cost of up to £4,800",
                             proposer_id=cllr["Pritchard"], seconder_id=cllr["Blackwood"])
    assert named.id
    for name, vote in (("Ellwood", "for"), ("Patel", "against"), ("Pritchard", "for"),
                       ("Blackwood", "for"), ("Nowak", "abstain"), ("Whitlock", "against"),
                       ("Okafor", "for")):
        table.cast_recorded_vote(named.id, cllr[name], vote, actor)
    exclusion = table.add_motion(meeting.id, staff.id, actor, excludes_public=True,
                                 exclusion_reason="the item concerns staff matters",
                                 proposer_id=cllr["Ellwood"], seconder_id=cllr["Patel"])
    assert exclusion.id
    table.update_motion(exclusion.id, actor, in_favour=7)
    salary = table.add_motion(meeting.id, staff.id, actor,
                              text="the Clerk's salary rise to spinal point 28",
                              proposer_id=cllr["Patel"], seconder_id=cllr["Whitlock"])
    assert salary.id
    table.update_motion(salary.id, actor, in_favour=6, against=1)
    minutes.draft(meeting.id, actor)
    following = agenda.create_meeting(Meeting(on=NEXT_DAY, place="The Village Hall"), actor)
    assert following.id
    return Recorded(meeting.id, following.id, rents.id, staff.id, tied.id, named.id,
                    exclusion.id, cllr)


@pytest.fixture
def recorded(demo) -> Recorded:  # type: ignore[no-untyped-def]
    return record_meeting({name: p.id for name, p in demo.councillors.items()})
