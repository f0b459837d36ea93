"""Demo meetings, wholly fictional like the rest of the demo: the annual meeting in May and
a meeting some weeks ago with signed minutes, the last meeting with draft minutes, a
staffing committee whose chair has not been back since, and the next meeting's agenda."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from parishdesk.domain.meetings.records import Meeting
from parishdesk.services.meetings import agenda, minutes, table

if TYPE_CHECKING:
    from parishdesk.services.demo.council import DemoCouncil

HALL = "The Village Hall, Church Lane, Ashcombe"


def _thursday(day: dt.date) -> dt.date:
    """The Thursday on or before ``day`` (the council meets on Thursdays)."""
    return day - dt.timedelta(days=(day.weekday() - 3) % 7)


def _annual_day(today: dt.date) -> dt.date:
    year = today.year if today.month >= 6 else today.year - 1
    return _thursday(dt.date(year, 5, 14))


def populate(demo: DemoCouncil, actor: str, today: dt.date) -> None:
    cllr = {name: demo.councillor_id(name) for name in demo.councillors}
    members = [n for n in cllr if n != "Marchetti"]  # co-opted three weeks ago

    def meeting(on: dt.date, kind: str = "ordinary", committee: str | None = None,
                summons_days: int | None = 7) -> int:
        committee_id = demo.committee_id(committee) if committee else None
        saved = agenda.create_meeting(Meeting(on=on, at=dt.time(19, 30), place=HALL, kind=kind,
                                              committee_id=committee_id), actor)
        assert saved.id is not None
        if summons_days is not None:
            agenda.issue_summons(saved.id, on - dt.timedelta(days=summons_days), actor)
        return saved.id

    def attend(meeting_id: int, present: list[str], apologies: dict[str, str]) -> None:
        for name in present:
            table.set_attendance(meeting_id, cllr[name], actor, status="present")
        for name, reason in apologies.items():
            table.set_attendance(meeting_id, cllr[name], actor, status="apologies",
                                 reason=reason, reason_accepted=True)

    def resolve(meeting_id: int, item_id: int, text: str, proposer: str, seconder: str,
                votes: tuple[int, int, int], **fields: object) -> int:
        motion = table.add_motion(meeting_id, item_id, actor, text=text,
                                  proposer_id=cllr[proposer], seconder_id=cllr[seconder],
                                  **fields)
        assert motion.id is not None
        table.update_motion(motion.id, actor, in_favour=votes[0], against=votes[1],
                            abstentions=votes[2])
        return motion.id

    # The annual meeting in May: Chair and Vice-Chair elected, committees appointed.
    annual_on = _annual_day(today)
    annual = meeting(annual_on, "annual")
    attend(annual, members, {})
    item = agenda.add_item(annual, "Election of the Chair of the council for the year",
                           actor, decision_expected=True)
    resolve(annual, item.id or 0, "Cllr Margaret Ellwood be elected Chair of the council",
            "Patel", "Whitlock", (9, 0, 1))
    item = agenda.add_item(annual, "Appointment of committees and their terms of reference",
                           actor, decision_expected=True)
    resolve(annual, item.id or 0, "the committees and their terms of reference be confirmed "
            "for the year", "Ellwood", "Pritchard", (10, 0, 0))
    minutes.draft(annual, actor)

    # The staffing committee in early summer: Dr Fairweather's last meeting so far.
    staffing_on = _thursday(today - dt.timedelta(days=135))
    staffing = meeting(staffing_on, committee="Staffing Committee")
    attend(staffing, ["Fairweather", "Ellwood", "Patel"], {})
    item = agenda.add_item(staffing, "The Clerk's annual appraisal", actor,
                           decision_expected=True, confidential=True,
                           confidential_reason="Staff matters: an individual's appraisal")
    resolve(staffing, item.id or 0, "", "Fairweather", "Patel", (3, 0, 0), excludes_public=True,
            exclusion_reason="the item concerns an individual member of staff")
    resolve(staffing, item.id or 0, "the Clerk's appraisal be recorded as completed, with "
            "the training plan agreed", "Fairweather", "Ellwood", (3, 0, 0))
    minutes.draft(staffing, actor)

    # A meeting some weeks ago: minutes signed at the last meeting.
    past_on = _thursday(today - dt.timedelta(days=70))
    past = meeting(past_on)
    minutes.approve(annual, past, actor)
    minutes.sign_minutes(annual, "Cllr Margaret Ellwood", past_on, actor)
    attend(past, [n for n in members if n != "Fairweather"],
           {"Fairweather": "Working abroad for her firm"})
    item = agenda.add_item(past, "Grass cutting contract for 2027 to 2029", actor,
                           decision_expected=True, papers=("Three quotations",
                                                           "Clerk's report on the quotations"))
    resolve(past, item.id or 0, "the grass cutting contract be awarded to Greenway Grounds "
            "for three years at £6,840 a year", "Whitlock", "Okafor", (7, 2, 0),
            action_owner="Clerk", action_due=past_on + dt.timedelta(days=14),
            action_status="done")
    item = agenda.add_item(past, "Planning application for an extension at Nowak Joinery, "
                           "Unit 4, Quarry Lane", actor, decision_expected=True)
    table.declare(past, item.id or 0, cllr["Nowak"], "pecuniary", "left", actor,
                  description="Owner of Nowak Joinery, Unit 4, Quarry Lane", today=past_on)
    resolve(past, item.id or 0, "the council raise no objection to the application",
            "Pritchard", "Blackwood", (5, 4, 0))
    minutes.draft(past, actor)

    # The last meeting: minutes drafted, to be approved at the next.
    last_on = _thursday(today - dt.timedelta(days=24))
    last = meeting(last_on)
    minutes.approve(past, last, actor)
    minutes.sign_minutes(past, "Cllr Margaret Ellwood", last_on, actor)
    attend(last, [n for n in members if n not in ("Fairweather", "Hollins")],
           {"Fairweather": "Working abroad for her firm", "Hollins": "Family holiday"})
    item = agenda.add_item(last, "Bus shelter on the green", actor, decision_expected=True)
    tied = resolve(last, item.id or 0, "the bus shelter be replaced at a cost of up to £4,800",
                   "Pritchard", "Carey", (4, 4, 0))
    table.update_motion(tied, actor, casting_vote="for", casting_by_id=cllr["Ellwood"],
                        action_owner="Clerk", action_due=last_on + dt.timedelta(days=42),
                        action_status="open")
    item = agenda.add_item(last, "Budget and precept for 2027/28: first reading", actor,
                           decision_expected=True, papers=("Draft budget 2027/28",))
    named = table.add_motion(last, item.id or 0, actor, text="the draft budget be referred to "
                             "the Finance and General Purposes Committee for detailed review",
                             proposer_id=cllr["Whitlock"], seconder_id=cllr["Patel"],
                             delegate_kind="committee",
                             delegate_to="Finance and General Purposes Committee")
    for name in [n for n in members if n not in ("Fairweather", "Hollins")]:
        table.cast_recorded_vote(named.id or 0, cllr[name],
                                 "against" if name in ("Carey", "Nowak") else "for", actor)
    minutes.draft(last, actor)

    # The next meeting: its agenda, with items that touch members' registered interests.
    upcoming_on = _thursday(today + dt.timedelta(days=20))
    upcoming = meeting(upcoming_on, summons_days=None)
    agenda.add_item(upcoming, "Budget and precept for 2027/28", actor, decision_expected=True,
                    papers=("Finance committee's recommended budget",))
    agenda.add_item(upcoming, "Grant request from the Ashcombe Village Hall charity for "
                    "roof repairs", actor, decision_expected=True,
                    papers=("Letter from the Village Hall trustees", "Roofing quotation"))
    agenda.add_item(upcoming, "Parking by holiday lets at Mill Cottage", actor,
                    decision_expected=True)
    agenda.add_absence_item(upcoming, cllr["Fairweather"], actor)
    agenda.request_item(upcoming, cllr["Carey"], "A wildflower verge on Church Lane",
                        today - dt.timedelta(days=3), None, actor)
