"""Use cases of the member register: one function each, one transaction each, audited.

Every function checks its input with :mod:`parishdesk.domain.member_rules` (or,
for the simple records that have no rule of their own, for the fields that
must be filled) and raises :class:`~parishdesk.errors.ValidationError` with a
field → message mapping, so a dialog can show each message beside its field.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable, Sequence
from dataclasses import replace
from typing import Any
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from parishdesk.domain import member_rules
from parishdesk.domain.member_history import HistoryEntry, HistoryLine, HistoryNames, describe
from parishdesk.domain.member_rules import Problem
from parishdesk.domain.members import (
    INTEREST_CATEGORIES,
    Committee,
    Councillor,
    FormStatus,
    Interest,
    Officer,
    PartyGroup,
    Role,
    SpecialRelationship,
    Training,
    format_date,
    interests_form_due,
    interests_form_state,
)
from parishdesk.domain.reminders import Reminder, member_reminders
from parishdesk.errors import ParishDeskError, ValidationError
from parishdesk.services.meetings.register import attendance_reminders
from parishdesk.store import members_repo, register_store, settings
from parishdesk.store.audit import AuditRecord
from parishdesk.store.council_repo import get_council
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
    return members_repo.list_councillors(include_former, on)


def officers(include_former: bool = False) -> list[Officer]:
    return members_repo.list_officers(include_former)


def clerk() -> Officer | None:
    """The current Proper Officer (normally the Clerk)."""
    return members_repo.clerk()


def committees(include_archived: bool = False) -> list[Committee]:
    return members_repo.list_committees(include_archived)


def groups() -> list[PartyGroup]:
    return members_repo.list_groups()


def roles(person_id: int | None = None) -> list[Role]:
    """Roles and memberships still on record (ended ones included), oldest first."""
    return members_repo.list_roles(person_id)


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


# --- Councillors --------------------------------------------------------------------------

def _councillor_fields(c: Councillor) -> dict[str, Any]:
    return {
        "title": c.title.strip(), "first_name": c.first_name.strip(),
        "surname": c.surname.strip(), "preferred_name": c.preferred_name.strip(),
        "ward": c.ward.strip(), "address": c.address.strip(), "phone": c.phone.strip(),
        "email": c.email.strip(), "joined_how": c.joined_how, "joined_on": c.joined_on,
        "accepted_office_on": c.accepted_office_on, "term_ends_on": c.term_ends_on,
    }


def _group_id(name: str | None, actor: str, create: bool = False) -> int | None:
    if name is None or not name.strip():
        return None
    group = register_store.group_by_name(name)
    if group is not None:
        assert group.id is not None
        return group.id
    if not create:
        raise ValidationError({"group": f"There is no party group called \u201c{name}\u201d. "
                                        "Add the group first."})
    return register_store.add_group(actor, name)


def create_councillor_unchecked(c: Councillor, actor: str, today: dt.date,
                                committee_ids: Sequence[int] = (),
                                create_group: bool = False) -> int:
    """Save a councillor already checked by the caller (used by add and import)."""
    person_id = register_store.add_person(actor, kind="councillor", **_councillor_fields(c))
    start = c.joined_on or today
    group_id = _group_id(c.group, actor, create_group)
    if group_id is not None:
        register_store.add_role(actor, Role(person_id=person_id, kind="group_member",
                                            group_id=group_id, start=start))
    for committee_id in committee_ids:
        register_store.add_role(actor, Role(person_id=person_id, kind="committee_member",
                                            committee_id=committee_id, start=start))
    if c.accepted_office_on is not None:
        register_store.add_interests_form(actor, person_id,
                                          interests_form_due(c.accepted_office_on))
    return person_id


def create_councillors_unchecked(
    items: Sequence[tuple[Councillor, Sequence[int]]], actor: str, today: dt.date,
) -> list[int]:
    """Save many councillors already checked (an import), creating unknown party groups.

    The same records and audit entries as :func:`create_councillor_unchecked`
    for each, written table by table so 300 rows take a fraction of a second.
    """
    groups: dict[str, int | None] = {}
    for c, _ in items:
        if c.group and c.group.strip().casefold() not in groups:
            groups[c.group.strip().casefold()] = _group_id(c.group, actor, create=True)
    person_ids = register_store.bulk_create(
        register_store.Person, actor,
        [{"kind": "councillor", **_councillor_fields(c)} for c, _ in items])
    roles: list[dict[str, Any]] = []
    forms: list[dict[str, Any]] = []
    for person_id, (c, committee_ids) in zip(person_ids, items, strict=True):
        start = c.joined_on or today
        if c.group and groups.get(c.group.strip().casefold()) is not None:
            roles.append({"person": person_id, "kind": "group_member", "committee": None,
                          "group": groups[c.group.strip().casefold()], "start_on": start})
        for committee_id in committee_ids:
            roles.append({"person": person_id, "kind": "committee_member",
                          "committee": committee_id, "group": None, "start_on": start})
        if c.accepted_office_on is not None:
            forms.append({"person": person_id,
                          "due_on": interests_form_due(c.accepted_office_on)})
    register_store.bulk_create(register_store.RoleRow, actor, roles)
    register_store.bulk_create(register_store.InterestsFormRow, actor, forms)
    return person_ids


def add_councillor(c: Councillor, actor: str, today: dt.date,
                   committee_ids: Sequence[int] = ()) -> Councillor:
    """Add a councillor, with their party group and any committee memberships."""
    raise_problems(member_rules.validate_councillor(c, today))
    with database.atomic():
        _group_id(c.group, actor)  # an unknown group is a problem, not a new group
        person_id = create_councillor_unchecked(c, actor, today, committee_ids)
    found = members_repo.get_councillor(person_id, today)
    assert found is not None
    return found


def _councillor(person_id: int, today: dt.date) -> Councillor:
    found = members_repo.get_councillor(person_id, today)
    if found is None:
        raise ParishDeskError("That councillor is no longer in the register.")
    return found


def update_councillor(c: Councillor, actor: str, today: dt.date) -> Councillor:
    """Save changes to a councillor; a change of party group starts a new membership today."""
    assert c.id is not None
    before = _councillor(c.id, today)
    raise_problems(member_rules.validate_councillor(c, today))
    with database.atomic():
        register_store.update_person(c.id, actor, **_councillor_fields(c))
        if (before.group or "") != (c.group or ""):
            _change_group(c.id, c.group, today, actor)
        if c.accepted_office_on != before.accepted_office_on and c.accepted_office_on:
            forms = register_store.list_interests_forms(c.id)
            open_forms = [f for f in forms if f.returned_on is None]
            due = interests_form_due(c.accepted_office_on)
            if open_forms:
                assert open_forms[-1].id is not None
                register_store.update_interests_form(actor, open_forms[-1].id, due_on=due)
            elif not forms:
                register_store.add_interests_form(actor, c.id, due)
    return _councillor(c.id, today)


def _change_group(person_id: int, group: str | None, on: dt.date, actor: str) -> None:
    for role in members_repo.list_roles(person_id, ("group_member",)):
        if role.end is None or role.end > on:
            assert role.id is not None
            if role.start < on:
                register_store.set_role_end(role.id, on, actor, "Changed party group")
            else:
                register_store.archive_role(role.id, actor, "Replaced on the day it began")
    group_id = _group_id(group, actor)
    if group_id is not None:
        register_store.add_role(actor, Role(person_id=person_id, kind="group_member",
                                            group_id=group_id, start=on))


def set_group(person_id: int, group: str | None, on: dt.date, actor: str) -> None:
    """Record that a councillor joined ``group`` (or became independent) on ``on``."""
    with database.atomic():
        _change_group(person_id, group, on, actor)


def _end_open_roles(person_id: int, on: dt.date, actor: str, why: str) -> None:
    for role in members_repo.list_roles(person_id):
        if role.end is None or role.end > on:
            assert role.id is not None
            if role.start < on:
                register_store.set_role_end(role.id, on, actor, why)
            else:
                register_store.archive_role(role.id, actor, why)


def archive_councillor(person_id: int, left_on: dt.date, reason: str, actor: str,
                       today: dt.date) -> Councillor:
    """A councillor leaves: archived with the date and reason, never deleted.

    Their roles that are still open end on the leaving date, so the history of
    who held what stays in the register.
    """
    current = _councillor(person_id, today)
    if register_store.is_archived(person_id):
        raise ParishDeskError(f"{current.display_name} is already archived: they left on "
                              f"{format_date(current.left_on)}. Nothing was changed.")
    leaving = replace(current, left_on=left_on, left_reason=reason.strip())
    problems = list(member_rules.validate_councillor(leaving, today))
    if not reason.strip():
        problems = [p for p in problems if p.field != "left_reason"]
        problems.append(Problem("left_reason", "Give a reason for leaving (for example: "
                                               "resigned, not re-elected, died)."))
    raise_problems(problems)
    with database.atomic():
        _end_open_roles(person_id, left_on, actor, f"Left the council: {reason.strip()}")
        register_store.archive_person(person_id, actor, f"Left on {format_date(left_on)}: "
                                      f"{reason.strip()}", left_on=left_on,
                                      left_reason=reason.strip())
    return _councillor(person_id, today)


# --- Officers -----------------------------------------------------------------------------

def _officer_fields(o: Officer) -> dict[str, Any]:
    return {
        "title": o.title.strip(), "first_name": o.first_name.strip(),
        "surname": o.surname.strip(), "post": o.post, "post_other": o.post_other.strip(),
        "is_proper_officer": o.is_proper_officer,
        "working_days": ",".join(str(d) for d in sorted(o.working_days)),
        "hours_from": o.hours_from, "hours_to": o.hours_to, "started_on": o.started_on,
        "ended_on": o.ended_on, "line_manager": o.line_manager_id, "email": o.email.strip(),
        "phone": o.phone.strip(),
    }


def _officer(person_id: int) -> Officer:
    found = members_repo.get_officer(person_id)
    if found is None:
        raise ParishDeskError("That officer is no longer in the register.")
    return found


def add_officer(o: Officer, actor: str, today: dt.date) -> Officer:
    """Add an officer; only one current Proper Officer, and ROLE-7 line management."""
    raise_problems(member_rules.validate_officer(o, members_repo.list_officers(), today))
    with database.atomic():
        person_id = register_store.add_person(actor, kind="officer", **_officer_fields(o))
    return _officer(person_id)


def update_officer(o: Officer, actor: str, today: dt.date) -> Officer:
    assert o.id is not None
    _officer(o.id)
    raise_problems(member_rules.validate_officer(o, members_repo.list_officers(), today))
    with database.atomic():
        register_store.update_person(o.id, actor, **_officer_fields(o))
    return _officer(o.id)


def archive_officer(person_id: int, ended_on: dt.date, reason: str, actor: str,
                    today: dt.date) -> Officer:
    """An officer leaves: their end date is recorded and the record archived."""
    current = _officer(person_id)
    if register_store.is_archived(person_id):
        raise ParishDeskError(f"{current.full_name} is already archived: they left on "
                              f"{format_date(current.ended_on)}. Nothing was changed.")
    leaving = replace(current, ended_on=ended_on)
    # Checked as on the day after they leave, so taking away the only Proper Officer shows.
    check_day = max(today, ended_on)
    problems = [p for p in member_rules.validate_officer(leaving, members_repo.list_officers(),
                                                         check_day)
                # A leaver recorded before ROLE-7 was checked may have no line manager.
                if not p.message.startswith(member_rules.NO_LINE_MANAGER)]
    if not reason.strip():
        problems.append(Problem("left_reason", "Give a reason for leaving (for example: "
                                               "resigned, retired, contract ended)."))
    reports = [x for x in members_repo.list_officers() if x.line_manager_id == person_id]
    if reports:
        problems.append(Problem("line_manager_id", "Other staff report to this officer: "
                                + ", ".join(x.full_name for x in reports)
                                + ". Give them another line manager first."))
    raise_problems(problems)
    with database.atomic():
        register_store.archive_person(person_id, actor, f"Left on {format_date(ended_on)}: "
                                      f"{reason.strip()}", ended_on=ended_on,
                                      left_on=ended_on, left_reason=reason.strip())
    return _officer(person_id)


# --- Roles --------------------------------------------------------------------------------

def _names() -> dict[int, str]:
    return {c.id: c.display_name for c in members_repo.list_councillors(include_former=True)
            if c.id is not None}


def add_role(role: Role, actor: str) -> Role:
    """Record a role or membership, after every role rule (one Chair, chair-is-member …)."""
    if register_store.person_kind(role.person_id) != "councillor":
        raise ValidationError({"person_id": "Roles and memberships are for councillors."})
    problems = list(member_rules.check_role(role, members_repo.list_roles(), _names()))
    if role.committee_id is not None and register_store.committee_archived(role.committee_id):
        problems.append(Problem("committee_id", "That committee has been archived."))
    raise_problems(problems)
    with database.atomic():
        role_id = register_store.add_role(actor, role)
    return register_store.get_role(role_id)


def _open_holder(kind: str, on: dt.date, committee_id: int | None) -> Role | None:
    for r in members_repo.list_roles(kinds=(kind,)):
        if r.committee_id == committee_id and r.end is None and r.start < on:
            return r
    return None


def set_office(kind: str, person_id: int, start: dt.date, actor: str,
               committee_id: int | None = None) -> Role:
    """Make someone Chair or Vice-Chair (of the council or a committee) from ``start``.

    The previous holder's open-ended term ends on the same day; every rule is
    then checked on the new role, and nothing changes if one fails.
    """
    if kind not in ("council_chair", "council_vice_chair", "committee_chair",
                    "committee_vice_chair"):
        raise ValueError(kind)
    role = Role(person_id=person_id, kind=kind, committee_id=committee_id, start=start)
    with database.atomic():
        previous = _open_holder(kind, start, committee_id)
        if previous is not None and previous.person_id != person_id:
            assert previous.id is not None
            register_store.set_role_end(previous.id, start, actor, "Succeeded")
        return add_role(role, actor)


def end_role(role_id: int, end: dt.date, actor: str) -> Role:
    """End a role or membership (``end`` is the first day it is no longer held)."""
    role = register_store.get_role(role_id)
    ended = replace(role, end=end)
    problems = list(member_rules.validate_role(ended))
    if role.kind == "committee_member":
        others = [r for r in members_repo.list_roles(role.person_id) if r.id != role_id]
        memberships = [*others, ended]
        for office in others:
            if office.kind in ("committee_chair", "committee_vice_chair") \
                    and office.committee_id == role.committee_id:
                problems += member_rules.check_chair_is_member(office, memberships)
        problems = [Problem("end", p.message) if p.field == "person_id" else p
                    for p in problems]
    raise_problems(problems)
    with database.atomic():
        register_store.set_role_end(role_id, end, actor)
    return register_store.get_role(role_id)


def end_role_after(role_id: int, last_day: dt.date, actor: str) -> Role:
    """End a role or membership whose last day held was ``last_day``.

    The clerk thinks in last days ("she chaired the meeting of 14 May"); the
    register keeps the first day no longer held, so this stores the day after.
    Problems come back under ``last_day``.
    """
    role = register_store.get_role(role_id)
    if last_day < role.start:
        raise ValidationError({"last_day": "The last day cannot be before the role began "
                                           f"({format_date(role.start)})."})
    try:
        return end_role(role_id, last_day + dt.timedelta(days=1), actor)
    except ValidationError as exc:
        raise ValidationError({"last_day" if k == "end" else k: v
                               for k, v in exc.problems.items()}) from exc


def archive_role(role_id: int, actor: str, note: str = "Entered by mistake") -> None:
    """Take a role recorded by mistake out of the register (it stays in the audit log)."""
    with database.atomic():
        register_store.archive_role(role_id, actor, note)


# --- Committees and party groups ----------------------------------------------------------

def save_committee(c: Committee, actor: str) -> Committee:
    problems: list[Problem] = []
    _require(problems, "name", c.name, "Give the committee a name.")
    if len(c.name.strip()) > MAX_NAME:
        problems.append(Problem("name", f"The name is too long: at most {MAX_NAME} characters."))
    if c.name.strip() and register_store.committee_name_taken(c.name.strip(), c.id):
        problems.append(Problem("name", f"There is already a committee called "
                                        f"\u201c{c.name.strip()}\u201d."))
    raise_problems(problems)
    with database.atomic():
        if c.id is None:
            committee_id = register_store.add_committee(actor, c)
        else:
            register_store.update_committee(actor, c)
            committee_id = c.id
    return next(x for x in members_repo.list_committees(True) if x.id == committee_id)


def archive_committee(committee_id: int, actor: str, today: dt.date) -> None:
    """Archive a committee; memberships still open end today and stay in the history."""
    if register_store.committee_archived(committee_id):
        name = register_store.committee_names_by_id().get(committee_id, "That committee")
        raise ParishDeskError(f"{name} is already archived. Nothing was changed.")
    with database.atomic():
        for role in members_repo.list_roles():
            if role.committee_id == committee_id and (role.end is None or role.end > today):
                assert role.id is not None
                if role.start < today:
                    register_store.set_role_end(role.id, today, actor, "Committee archived")
        register_store.archive_committee(committee_id, actor, "Archived")


def save_group(g: PartyGroup, actor: str) -> PartyGroup:
    problems: list[Problem] = []
    _require(problems, "name", g.name, "Give the party group a name.")
    if g.name.strip() and register_store.group_name_taken(g.name.strip(), g.id):
        problems.append(Problem("name", f"There is already a group called "
                                        f"\u201c{g.name.strip()}\u201d."))
    raise_problems(problems)
    with database.atomic():
        if g.id is None:
            group_id = register_store.add_group(actor, g.name)
        else:
            register_store.rename_group(actor, g.id, g.name)
            group_id = g.id
    return PartyGroup(id=group_id, name=g.name.strip())


def archive_group(group_id: int, actor: str, today: dt.date) -> None:
    """Archive a party group; its members' memberships end today."""
    if register_store.record_archived(register_store.GroupRow, group_id):
        name = register_store.group_names_by_id().get(group_id, "That party group")
        raise ParishDeskError(f"{name} is already archived. Nothing was changed.")
    with database.atomic():
        for role in members_repo.list_roles(kinds=("group_member",)):
            if role.group_id == group_id and (role.end is None or role.end > today):
                assert role.id is not None
                if role.start < today:
                    register_store.set_role_end(role.id, today, actor, "Group archived")
                else:
                    register_store.archive_role(role.id, actor, "Group archived")
        register_store.archive_group(group_id, actor, "Archived")


# --- Interests (CONDUCT-1, CONDUCT-3) -----------------------------------------------------

def _check_councillor(person_id: int | None) -> list[Problem]:
    if person_id is None or register_store.person_kind(person_id) != "councillor":
        return [Problem("councillor_id", "Choose a councillor.")]
    return []


def save_interest(i: Interest, actor: str) -> Interest:
    """Add an interest to the register, or correct one (``i.id`` set)."""
    _still_on_register(register_store.InterestRow, i.id, "interest")
    problems = _check_councillor(i.councillor_id)
    if i.category not in INTEREST_CATEGORIES:
        problems.append(Problem("category", "Choose the kind of interest."))
    _require(problems, "description", i.description, "Describe the interest.")
    if i.registered_on is None:
        problems.append(Problem("registered_on", "Give the date it was registered."))
    elif i.removed_on is not None and i.removed_on < i.registered_on:
        problems.append(Problem("removed_on", "Removed on cannot be before it was registered."))
    raise_problems(problems)
    with database.atomic():
        if i.id is None:
            interest_id = register_store.add_interest(actor, i)
        else:
            register_store.update_interest(actor, i)
            interest_id = i.id
    return next(x for x in register_store.list_interests(i.councillor_id) if x.id == interest_id)


def archive_interest(interest_id: int, actor: str, note: str) -> None:
    """Take an entry made by mistake off the register of interests (kept, archived, in the
    history). An interest the councillor no longer has is not archived: it gets the date it
    was removed, so the register shows when it ended."""
    _archive_record(register_store.InterestRow, register_store.archive_interest, interest_id,
                    actor, note, "interest")


def _still_on_register(model: Any, record_id: int | None, what: str) -> None:
    """Refuse to change a record that has been archived (or never existed)."""
    if record_id is not None and register_store.record_archived(model, record_id) is not False:
        raise ParishDeskError(f"That {what} is no longer on the register.")


def _archive_record(model: Any, archive: Callable[[int, str, str], None], record_id: int,
                    actor: str, note: str, what: str) -> None:
    _still_on_register(model, record_id, what)
    if not note.strip():
        raise ValidationError({"note": f"Say why the {what} is being archived."})
    with database.atomic():
        archive(record_id, actor, note.strip())


def interests_form_status(person_id: int, today: dt.date) -> FormStatus:
    """Where the councillor's register-of-interests form stands (CONDUCT-3)."""
    forms = register_store.list_interests_forms(person_id)
    if forms:
        return max(forms, key=lambda f: f.due_on).status(today)
    c = _councillor(person_id, today)
    return interests_form_state(c.accepted_office_on, None, today)


def form_statuses(councillors: Sequence[Councillor], today: dt.date) -> dict[int, FormStatus]:
    """Each councillor's interests-form status, read in one go (for tables)."""
    latest: dict[int, Any] = {}
    for form in register_store.list_interests_forms():
        if form.councillor_id is None:
            continue
        held = latest.get(form.councillor_id)
        if held is None or form.due_on >= held.due_on:
            latest[form.councillor_id] = form
    found: dict[int, FormStatus] = {}
    for c in councillors:
        if c.id is None:
            continue
        mine = latest.get(c.id)
        found[c.id] = (mine.status(today) if mine is not None
                       else interests_form_state(c.accepted_office_on, None, today))
    return found


def record_form_returned(person_id: int, returned_on: dt.date, actor: str,
                         today: dt.date) -> FormStatus:
    """The councillor's register-of-interests form came back on ``returned_on``."""
    c = _councillor(person_id, today)
    problems: list[Problem] = []
    if returned_on > today:
        problems.append(Problem("returned_on", "The date it came back cannot be in the future."))
    if c.accepted_office_on is not None and returned_on < c.accepted_office_on:
        problems.append(Problem("returned_on", "It cannot have come back before they accepted "
                                               f"office ({format_date(c.accepted_office_on)})."))
    raise_problems(problems)
    forms = register_store.list_interests_forms(person_id)
    open_forms = [f for f in forms if f.returned_on is None]
    with database.atomic():
        if open_forms and open_forms[-1].id is not None:
            register_store.update_interests_form(actor, open_forms[-1].id,
                                                 returned_on=returned_on)
        else:
            due = interests_form_due(c.accepted_office_on or returned_on)
            register_store.add_interests_form(actor, person_id, due, returned_on)
    return interests_form_status(person_id, today)


def save_relationship(r: SpecialRelationship, actor: str) -> SpecialRelationship:
    """Record a declared relationship (CONDUCT-1), or correct one (``r.id`` set)."""
    _still_on_register(register_store.RelationshipRow, r.id, "declared relationship")
    problems = _check_councillor(r.councillor_id)
    _require(problems, "with_whom", r.with_whom, "Say with whom.")
    _require(problems, "nature", r.nature, "Describe the relationship.")
    if r.declared_on is None:
        problems.append(Problem("declared_on", "Give the date it was declared."))
    raise_problems(problems)
    with database.atomic():
        if r.id is None:
            rel_id = register_store.add_relationship(actor, r)
        else:
            register_store.update_relationship(actor, r)
            rel_id = r.id
    return next(x for x in register_store.list_relationships(r.councillor_id) if x.id == rel_id)


def archive_relationship(relationship_id: int, actor: str, note: str) -> None:
    """Take a declared relationship off the register (kept, archived, in the history)."""
    _archive_record(register_store.RelationshipRow, register_store.archive_relationship,
                    relationship_id, actor, note, "declared relationship")


# --- Training (PROTO-3) -------------------------------------------------------------------

def save_training(t: Training, actor: str) -> Training:
    """Record a course attended (PROTO-3), or correct one (``t.id`` set)."""
    _still_on_register(register_store.TrainingRow, t.id, "training record")
    problems: list[Problem] = []
    if t.person_id is None or register_store.person_kind(t.person_id) is None:
        problems.append(Problem("person_id", "Choose who attended."))
    _require(problems, "course", t.course, "Give the name of the course.")
    if t.on is None:
        problems.append(Problem("on", "Give the date of the course."))
    raise_problems(problems)
    with database.atomic():
        if t.id is None:
            training_id = register_store.add_training(actor, t)
        else:
            register_store.update_training(actor, t)
            training_id = t.id
    return next(x for x in register_store.list_training(t.person_id) if x.id == training_id)


def archive_training(training_id: int, actor: str, note: str) -> None:
    """Take a training record off the register (kept, archived, in the history)."""
    _archive_record(register_store.TrainingRow, register_store.archive_training, training_id,
                    actor, note, "training record")


# --- Reminders and history ----------------------------------------------------------------

def reminders(today: dt.date) -> tuple[Reminder, ...]:
    """Interests forms due or overdue, terms ending, no Chair or Proper Officer, and members
    near or past the six-month attendance limit (from the meetings area)."""
    return member_reminders(
        members_repo.list_councillors(on=today), members_repo.list_officers(),
        members_repo.list_roles(), today, election_year(), register_store.list_interests_forms(),
    ) + attendance_reminders(today)


def person_audit(person_id: int) -> list[AuditRecord]:
    """Every audit entry about a person and their roles and register records, oldest first."""
    wanted: list[tuple[str, int | None]] = [("person", person_id)]
    wanted += [("role", r.id) for r in register_store.all_roles_of(person_id)]
    wanted += [("interest", x.id)
               for x in register_store.list_interests(person_id, include_archived=True)]
    wanted += [("special_relationship", x.id)
               for x in register_store.list_relationships(person_id, include_archived=True)]
    wanted += [("training_record", x.id)
               for x in register_store.list_training(person_id, include_archived=True)]
    wanted += [("interests_form", x.id) for x in register_store.list_interests_forms(person_id)]
    return register_store.history_of(wanted)


def council_time_zone() -> dt.tzinfo:
    """The time zone the History shows times in (the audit log keeps UTC)."""
    try:
        return ZoneInfo(TIME_ZONE)
    except ZoneInfoNotFoundError:  # no time zone data on this computer: its own clock
        return dt.datetime.now().astimezone().tzinfo or dt.UTC


def person_history(person_id: int) -> list[HistoryLine]:
    """A person's History tab, oldest first: each change as a plain-English sentence, with
    names instead of ids, dd/mm/yyyy dates and the local time."""
    names = HistoryNames(
        committees=register_store.committee_names_by_id(),
        groups=register_store.group_names_by_id(),
        people={o.id: o.full_name for o in members_repo.list_officers(include_former=True)
                if o.id is not None},
        roles={r.id: r for r in register_store.all_roles_of(person_id) if r.id is not None},
        interests={x.id: x for x in register_store.list_interests(person_id, True)
                   if x.id is not None},
        relationships={x.id: x for x in register_store.list_relationships(person_id, True)
                       if x.id is not None},
        training={x.id: x for x in register_store.list_training(person_id, True)
                  if x.id is not None},
        subject_kind=register_store.person_kind(person_id) or "councillor",
    )
    zone = council_time_zone()
    return [describe(HistoryEntry(h.at, h.actor, h.table, h.record_id, h.action, h.changes,
                                  h.note), names, zone)
            for h in person_audit(person_id)]
