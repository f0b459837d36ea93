"""The Members table's rows, built from register records without a database."""

import datetime as dt

from parishdesk.domain.members import Councillor, Role
from parishdesk.gui.members.model import person_rows

DAY = dt.date(2026, 5, 14)


def _row(role: Role):
    councillor = Councillor(id=1, first_name="Ann", surname="Hale", joined_on=dt.date(2023, 5, 4))
    [row] = person_rows([councillor], [], [role], {7: "Planning"}, {}, DAY)
    return row


def test_a_role_counts_from_its_first_day_and_not_on_the_day_it_ends():
    starts_today = Role(person_id=1, kind="council_chair", start=DAY)
    ended_today = Role(person_id=1, kind="council_chair", start=dt.date(2025, 5, 15), end=DAY)
    ends_tomorrow = Role(person_id=1, kind="committee_member", committee_id=7,
                         start=dt.date(2025, 5, 15), end=DAY + dt.timedelta(days=1))
    assert _row(starts_today).role == "Chair of the council"
    assert _row(ended_today).role == "Councillor"
    assert _row(ends_tomorrow).committees == ("Planning",)


def test_the_councils_offices_come_before_committee_offices():
    councillor = Councillor(id=1, first_name="Ann", surname="Hale", joined_on=dt.date(2023, 5, 4))
    roles = [Role(person_id=1, kind="committee_vice_chair", committee_id=7, start=DAY),
             Role(person_id=1, kind="committee_member", committee_id=7, start=DAY),
             Role(person_id=1, kind="council_chair", start=DAY)]
    [row] = person_rows([councillor], [], roles, {7: "Planning"}, {}, DAY)
    assert row.role == "Chair of the council; Committee vice-chair, Planning"
