"""What the member-register use cases share: checking input, reading the register for
windows and other areas, the election-year setting and archiving a simple record."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable

from parishdesk.domain.member_rules import Problem
from parishdesk.domain.members import (
    Committee,
    Councillor,
    Interest,
    Officer,
    PartyGroup,
    Role,
    SpecialRelationship,
    Training,
)
from parishdesk.errors import ParishDeskError, ValidationError
from parishdesk.store import members_store, register_store, settings
from parishdesk.store.council_store import get_council
from parishdesk.store.db import database

ELECTION_YEAR_KEY = "members.election_year"
#: Councils in England keep UK time; the audit log's UTC times are shown in it.
TIME_ZONE = "Europe/London"
MAX_NAME = 150


def raise_problems(problems: Iterable[Problem]) -> None:
    """Raise ValidationError if there are any problems (messages for one field joined)."""
    found: dict[str, str] = {}
    for p in problems:
        found[p.field] = f"{found[p.field]} {p.message}" if p.field in found else p.message
    if found:
        raise ValidationError(found)


def _require(problems: list[Problem], field: str, value: str, message: str) -> None:
    if not value.strip():
        problems.append(Problem(field, message))


# --- Reading the register (for windows and other areas) ----------------------------------

def councillors(on: dt.date, include_former: bool = False) -> list[Councillor]:
    """Councillors by surname, each with their party group on ``on``."""
    return members_store.list_councillors(include_former, on)


def officers(include_former: bool = False) -> list[Officer]:
    return members_store.list_officers(include_former)


def clerk() -> Officer | None:
    """The current Proper Officer (normally the Clerk)."""
    return members_store.clerk()


def committees(include_archived: bool = False) -> list[Committee]:
    return members_store.list_committees(include_archived)


def groups() -> list[PartyGroup]:
    return members_store.list_groups()


def roles(person_id: int | None = None) -> list[Role]:
    """Roles and memberships still on record (ended ones included), oldest first."""
    return members_store.list_roles(person_id)


def committee_names() -> dict[int, str]:
    """Every committee's name by id, archived ones included (for old records)."""
    return register_store.committee_names_by_id()


def group_names() -> dict[int, str]:
    """Every party group's name by id, archived ones included."""
    return register_store.group_names_by_id()


def interests_of(person_id: int) -> list[Interest]:
    return register_store.list_interests(person_id)


def relationships_of(person_id: int) -> list[SpecialRelationship]:
    return register_store.list_relationships(person_id)


def training_of(person_id: int) -> list[Training]:
    return register_store.list_training(person_id)


# --- Settings -----------------------------------------------------------------------------

def election_year() -> int:
    """Any year of the council's four-year ordinary election cycle."""
    council = get_council()
    default = council.election_year if council is not None else 2027
    return settings.get_int(ELECTION_YEAR_KEY, default)


def set_election_year(year: int, actor: str) -> None:
    if not 1990 <= year <= 2200:
        raise ValidationError({"election_year": "Give the year of an ordinary election, "
                                                "for example 2027."})
    settings.put(ELECTION_YEAR_KEY, str(year), actor)


def still_on_register(table: register_store.RegisterTable, record_id: int | None, what: str) -> None:
    """Refuse to change a record that has been archived (or never existed)."""
    if record_id is not None and register_store.record_archived(table, record_id) is not False:
        raise ParishDeskError(f"That {what} is no longer on the register.")


def archive_record(table: register_store.RegisterTable, archive: Callable[[int, str, str], None],
                    record_id: int,
                    actor: str, note: str, what: str) -> None:
    still_on_register(table, record_id, what)
    if not note.strip():
        raise ValidationError({"note": f"Say why the {what} is being archived."})
    with database.atomic():
        archive(record_id, actor, note.strip())


def known_councillor(person_id: int, today: dt.date) -> Councillor:
    """The councillor as on the register on ``today``; refused if no longer there."""
    found = members_store.get_councillor(person_id, today)
    if found is None:
        raise ParishDeskError("That councillor is no longer in the register.")
    return found

