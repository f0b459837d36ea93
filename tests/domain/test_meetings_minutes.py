"""Minutes drafted from what was recorded, the council's numbering, and the hash chain."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from parishdesk.domain.enquiry_key_phrases import matching_phrase
from parishdesk.domain.meetings.interests import forecast, suggest_interests
from parishdesk.domain.meetings.minutes import (
    GENESIS,
    MeetingRecord,
    draft_minutes,
    minute_number,
    next_sequence,
    sign,
    verify_chain,
)
from parishdesk.domain.meetings.records import (
    AgendaItem,
    Attendance,
    Declaration,
    Meeting,
    Motion,
)
from parishdesk.domain.members import Interest, SpecialRelationship

NAMES = {1: "Cllr Ellwood", 2: "Cllr Patel", 3: "Cllr Nowak", 4: "Cllr Carey"}


def _record() -> MeetingRecord:
    meeting = Meeting(id=7, on=date(2026, 11, 12), presiding_id=1)
    items = (
        AgendaItem(id=10, meeting_id=7, position=1, title="Apologies for absence",
                   standard="apologies"),
        AgendaItem(id=11, meeting_id=7, position=2, title="Declarations of interest",
                   standard="declarations"),
        AgendaItem(id=12, meeting_id=7, position=3, title="Allotment rents",
                   decision_expected=True),
        AgendaItem(id=13, meeting_id=7, position=4, title="Clerk's appraisal",
                   confidential=True, confidential_reason="Staff matters"),
    )
    attendance = (
        Attendance(meeting_id=7, person_id=1, status="present"),
        Attendance(meeting_id=7, person_id=2, status="present", left_at="20:15"),
        Attendance(meeting_id=7, person_id=3, status="present"),
        Attendance(meeting_id=7, person_id=4, status="apologies", reason="illness",
                   reason_accepted=True),
    )
    declarations = (Declaration(meeting_id=7, item_id=12, person_id=3,
                                description="allotment tenant", action="left"),)
    motions = (
        Motion(meeting_id=7, item_id=12, text="allotment rents rise by 5%", proposer_id=1,
               seconder_id=2, in_favour=1, against=1, outcome="carried", casting_vote="for",
               casting_by_id=1, recorded=True, votes=((1, "for"), (2, "against"))),
        Motion(meeting_id=7, item_id=13, text="", excludes_public=True,
               exclusion_reason="it concerns staff matters", outcome="carried",
               in_favour=3),
    )
    return MeetingRecord(meeting, items, attendance, declarations, motions, NAMES, "Cllr Ellwood")


def test_numbering_in_the_councils_style() -> None:
    assert minute_number(2026, 101) == "26/101"
    assert next_sequence(["26/1", "26/7", "25/99", ""], 2026) == 8
    assert next_sequence([], 2027) == 1


def test_draft_minutes_say_what_was_done() -> None:
    minutes = draft_minutes(_record(), 101)
    assert [m.number for m in minutes] == ["", "26/101", "26/102", "26/103", "26/104", "26/105"]
    present = minutes[0].body
    assert "Cllr Ellwood (in the chair)" in present
    assert "Cllr Patel left the meeting at 20:15" in present
    assert "Cllr Carey (illness; reason accepted)" in present
    declarations = minutes[2].body
    assert "Cllr Nowak declared a disclosable pecuniary interest" in declarations
    assert "left the room" in declarations
    rents = minutes[3].body
    assert "RESOLVED that allotment rents rise by 5%." in rents
    assert "Cllr Ellwood, presiding, gave a casting vote for" in rents
    assert "Recorded vote" in rents and "Against: Cllr Patel" in rents
    exclusion, confidential = minutes[4], minutes[5]
    assert not exclusion.confidential and "staff matters" in exclusion.body
    assert "RESOLVED that the press and public be excluded" in exclusion.body
    assert confidential.confidential and confidential.title == "Clerk's appraisal"
    assert "excluded" not in confidential.body


def test_signing_chains_and_verify_names_the_changed_minute() -> None:
    first, sig1 = sign(draft_minutes(_record(), 1), "Cllr Ellwood", date(2026, 12, 10))
    assert sig1.previous_hash == GENESIS and len(sig1.chain_hash) == 64
    record2 = replace(_record(), meeting=replace(_record().meeting, id=8))
    second, sig2 = sign([replace(m, meeting_id=8) for m in draft_minutes(record2, 5)],
                        "Cllr Ellwood", date(2027, 1, 14), sig1.chain_hash)
    names = {7: "meeting on 12/11/2026", 8: "meeting on 10/12/2026"}
    assert verify_chain([(sig1, first), (sig2, second)], names) == ()
    tampered = list(first)
    tampered[3] = replace(tampered[3], body=tampered[3].body.replace("5%", "50%"))
    problems = verify_chain([(sig1, tampered), (sig2, second)], names)
    assert [p.minute_number for p in problems] == ["26/3"]
    assert "Minute 26/3 of the meeting on 12/11/2026 has changed" in problems[0].message
    broken = replace(sig2, previous_hash=GENESIS)
    assert "chain is broken" in verify_chain([(sig1, first), (broken, second)], names)[0].message


def test_interest_suggestions_and_quorum_forecast() -> None:
    items = (AgendaItem(id=1, meeting_id=1, position=1, title="Lease of Mill Cottage paddock",
                        decision_expected=True),
             AgendaItem(id=2, meeting_id=1, position=2, title="Bus shelter repairs"))
    interests = [Interest(id=1, councillor_id=3, description="Owner of Mill Cottage, Ashcombe"),
                 Interest(id=2, councillor_id=2, category="other",
                          description="Member of the bus users' group")]
    relationships = [SpecialRelationship(id=1, councillor_id=4, with_whom="Mr Tom Baxter",
                                         nature="brother-in-law")]
    found = suggest_interests(items, NAMES, interests, relationships, "Ashcombe Parish Council")
    assert [(s.item_id, s.person_id, s.pecuniary) for s in found] == [(1, 3, True)]
    assert matching_phrase(items[0].title, interests[0].description, "Ashcombe Parish Council")
    forecasted = forecast(items, found, expected=3, needed=3)
    assert not forecasted[0].quorum.quorate and forecasted[1].quorum.quorate


def test_a_motion_agreed_without_a_vote_has_no_count_in_the_minutes() -> None:
    record = _record()
    consent = Motion(meeting_id=7, item_id=12, text="the minutes of 12/10/2026 be approved",
                     outcome="carried")
    minutes = draft_minutes(replace(record, motions=(consent,)), 101)
    body = minutes[3].body
    assert "RESOLVED that the minutes of 12/10/2026 be approved." in body
    assert "For 0" not in body and "abstentions" not in body
    voted = replace(consent, in_favour=5, against=4)
    assert "For 5, against 4, abstentions 0." in draft_minutes(
        replace(record, motions=(voted,)), 101)[3].body
