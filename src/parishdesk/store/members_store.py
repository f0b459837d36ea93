"""Reading the member register as domain records (councillors, officers, committees …).

Every area that needs to know who is who reads through here, so the mapping
from rows to ``parishdesk.domain.members`` dataclasses is written once.
"""

from __future__ import annotations

import datetime as dt

from parishdesk.domain.members import Committee, Councillor, Officer, PartyGroup, Role
from parishdesk.store.models import Committee as CommitteeRow
from parishdesk.store.models import PartyGroup as GroupRow
from parishdesk.store.models import Person
from parishdesk.store.models import Role as RoleRow
from parishdesk.store.read_cache import cached_list


def _days(text: str) -> frozenset[int]:
    return frozenset(int(part) for part in text.split(",") if part.strip().isdigit())


def _current_groups(on: dt.date) -> dict[int, str]:
    """person id → the party group they belong to on ``on``."""
    query = (RoleRow.select(RoleRow.person, GroupRow.name.alias("group_name"))
             .join(GroupRow, on=(RoleRow.group == GroupRow.id))
             .where((RoleRow.kind == "group_member") & RoleRow.archived_at.is_null()
                    & (RoleRow.start_on <= on)
                    & (RoleRow.end_on.is_null() | (RoleRow.end_on > on)))
             .dicts())
    return {row["person"]: row["group_name"] for row in query}  # type: ignore[index]


def councillor_from_row(row: Person, group: str | None = None) -> Councillor:
    return Councillor(
        id=row.get_id(), title=row.title, first_name=row.first_name, surname=row.surname,
        preferred_name=row.preferred_name, ward=row.ward, address=row.address, phone=row.phone,
        email=row.email, joined_how=row.joined_how or "elected", joined_on=row.joined_on,
        accepted_office_on=row.accepted_office_on, term_ends_on=row.term_ends_on, group=group,
        left_on=row.left_on, left_reason=row.left_reason,
    )


def officer_from_row(row: Person) -> Officer:
    return Officer(
        id=row.get_id(), title=row.title, first_name=row.first_name, surname=row.surname,
        post=row.post or "Other", post_other=row.post_other,
        is_proper_officer=bool(row.is_proper_officer), working_days=_days(row.working_days),
        hours_from=row.hours_from, hours_to=row.hours_to, started_on=row.started_on,
        ended_on=row.ended_on, line_manager_id=row.__data__.get("line_manager"),
        email=row.email, phone=row.phone,
    )


def list_councillors(include_former: bool = False, on: dt.date | None = None) -> list[Councillor]:
    """Councillors by surname; former (archived) ones only when asked for."""
    return _councillors(include_former, on or dt.date.today())


@cached_list
def _councillors(include_former: bool, on: dt.date) -> list[Councillor]:
    query = Person.select().where(Person.kind == "councillor")
    if not include_former:
        query = query.where(Person.archived_at.is_null())
    groups = _current_groups(on)
    return [councillor_from_row(row, groups.get(row.get_id()))
            for row in query.order_by(Person.surname, Person.first_name)]


def get_councillor(person_id: int, on: dt.date | None = None) -> Councillor | None:
    row = Person.get_or_none((Person.id == person_id) & (Person.kind == "councillor"))
    if row is None:
        return None
    return councillor_from_row(row, _current_groups(on or dt.date.today()).get(person_id))


@cached_list
def list_officers(include_former: bool = False) -> list[Officer]:
    query = Person.select().where(Person.kind == "officer")
    if not include_former:
        query = query.where(Person.archived_at.is_null())
    return [officer_from_row(row) for row in query.order_by(Person.surname, Person.first_name)]


def get_officer(person_id: int) -> Officer | None:
    row = Person.get_or_none((Person.id == person_id) & (Person.kind == "officer"))
    return officer_from_row(row) if row else None


def clerk() -> Officer | None:
    """The current Proper Officer (normally the Clerk)."""
    officers = list_officers()
    for officer in officers:
        if officer.is_proper_officer:
            return officer
    return next((o for o in officers if o.post == "Clerk"), None)


@cached_list
def list_committees(include_archived: bool = False) -> list[Committee]:
    query = CommitteeRow.select()
    if not include_archived:
        query = query.where(CommitteeRow.archived_at.is_null())
    return [Committee(id=row.get_id(), name=row.name, functions=row.functions,
                      delegated_powers=row.delegated_powers, is_staffing=bool(row.is_staffing),
                      subjects=tuple(s.strip() for s in row.subjects.split(";") if s.strip()))
            for row in query.order_by(CommitteeRow.name)]


@cached_list
def list_groups(include_archived: bool = False) -> list[PartyGroup]:
    query = GroupRow.select()
    if not include_archived:
        query = query.where(GroupRow.archived_at.is_null())
    return [PartyGroup(id=row.get_id(), name=row.name) for row in query.order_by(GroupRow.name)]


@cached_list
def list_roles(person_id: int | None = None, kinds: tuple[str, ...] = ()) -> list[Role]:
    """Roles and memberships (archived ones left out), oldest first."""
    query = RoleRow.select().where(RoleRow.archived_at.is_null())
    if person_id is not None:
        query = query.where(RoleRow.person == person_id)
    if kinds:
        query = query.where(RoleRow.kind.in_(kinds))
    return [Role(id=row.get_id(), person_id=row.__data__["person"], kind=row.kind,
                 committee_id=row.__data__.get("committee"), group_id=row.__data__.get("group"),
                 start=row.start_on, end=row.end_on)
            for row in query.order_by(RoleRow.start_on, RoleRow.id)]


def holder_of(kind: str, on: dt.date, committee_id: int | None = None) -> Councillor | None:
    """Who holds a single-holder role (e.g. ``council_chair``) on a day."""
    for role in list_roles(kinds=(kind,)):
        if committee_id is not None and role.committee_id != committee_id:
            continue
        if role.start <= on and (role.end is None or role.end > on):
            return get_councillor(role.person_id, on)
    return None


def committees_of(person_id: int, on: dt.date) -> list[Committee]:
    """The committees a councillor sits on, on a day."""
    ids = {r.committee_id for r in list_roles(person_id, ("committee_member",))
           if r.start <= on and (r.end is None or r.end > on)}
    return [c for c in list_committees() if c.id in ids]
