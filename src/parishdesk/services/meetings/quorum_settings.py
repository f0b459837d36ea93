"""The quorum settings the clerk can change: the council's seats (its quorum is a third of
them, never fewer than three, MEET-1) and each committee's quorum from its terms of
reference. Each change is audited through the settings store."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from parishdesk.domain.meetings import quorum
from parishdesk.domain.meetings.records import Meeting
from parishdesk.errors import ValidationError
from parishdesk.services.meetings.common import COMMITTEE_QUORUM_DEFAULT, body_members
from parishdesk.store import members_store, settings
from parishdesk.store.db import database

SEATS_KEY = "meetings.council_seats"
MAX_SEATS = 99


def committee_key(committee_id: int) -> str:
    return f"meetings.committee_quorum.{committee_id}"


@dataclass(frozen=True)
class CommitteeQuorum:
    committee_id: int
    name: str
    quorum: int
    members: int  # members on the committee today (0 when none are recorded)


@dataclass(frozen=True)
class QuorumSettings:
    council_seats: int  # 0: count the councillors in office
    in_office: int
    committees: tuple[CommitteeQuorum, ...]

    @property
    def council_quorum(self) -> int:
        return council_quorum(self.council_seats, self.in_office)


def council_quorum(seats: int, in_office: int) -> int:
    """The council's quorum for a number of seats (0: the councillors in office)."""
    return quorum(seats or max(1, in_office))


def _in_office(today: dt.date) -> int:
    return sum(1 for c in members_store.list_councillors(on=today) if c.is_current(today))


def current(today: dt.date) -> QuorumSettings:
    committees = tuple(
        CommitteeQuorum(c.id, c.name, settings.get_int(committee_key(c.id),
                                                       COMMITTEE_QUORUM_DEFAULT),
                        len(body_members(Meeting(committee_id=c.id, on=today))))
        for c in members_store.list_committees() if c.id is not None)
    return QuorumSettings(settings.get_int(SEATS_KEY, 0), _in_office(today), committees)


def problems(seats: int, committee_quorums: dict[int, int],
             today: dt.date) -> dict[str, str]:
    """Plain problems by field: "council_seats" and "committee.<id>"."""
    found: dict[str, str] = {}
    in_office = _in_office(today)
    if seats < 0 or seats > MAX_SEATS:
        found["council_seats"] = f"Give the number of seats, from 1 to {MAX_SEATS}."
    elif 0 < seats < in_office:
        found["council_seats"] = (f"{in_office} councillors are in office, so the council has "
                                  f"at least {in_office} seats (vacant seats count too).")
    for c in current(today).committees:
        wanted = committee_quorums.get(c.committee_id, c.quorum)
        if wanted < 2:
            found[f"committee.{c.committee_id}"] = "A quorum is at least two members."
        elif c.members and wanted > c.members:
            found[f"committee.{c.committee_id}"] = (
                f"The {c.name} has {c.members} members, so its quorum cannot be {wanted}.")
    return found


def save(seats: int, committee_quorums: dict[int, int], actor: str,
         today: dt.date) -> QuorumSettings:
    found = problems(seats, committee_quorums, today)
    if found:
        raise ValidationError(found)
    with database.atomic():
        settings.put(SEATS_KEY, str(seats), actor)
        for committee_id, value in committee_quorums.items():
            settings.put(committee_key(committee_id), str(value), actor)
    return current(today)
