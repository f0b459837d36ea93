"""Councillors and officers: add, correct, move between party groups, archive."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import replace
from typing import Any

from parishdesk.domain import member_rules
from parishdesk.domain.member_rules import Problem
from parishdesk.domain.members import (
    Councillor,
    Officer,
    Role,
    format_date,
    interests_form_due,
)
from parishdesk.errors import ParishDeskError, ValidationError
from parishdesk.services.members.common import known_councillor, raise_problems
from parishdesk.store import members_store, register_restore, register_store
from parishdesk.store.db import database

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
        "person", actor,
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
    register_store.bulk_create("role", actor, roles)
    register_store.bulk_create("interests_form", actor, forms)
    return person_ids


def add_councillor(c: Councillor, actor: str, today: dt.date,
                   committee_ids: Sequence[int] = ()) -> Councillor:
    """Add a councillor, with their party group and any committee memberships."""
    raise_problems(member_rules.validate_councillor(c, today))
    with database.atomic():
        _group_id(c.group, actor)  # an unknown group is a problem, not a new group
        person_id = create_councillor_unchecked(c, actor, today, committee_ids)
    found = members_store.get_councillor(person_id, today)
    assert found is not None
    return found


def update_councillor(c: Councillor, actor: str, today: dt.date) -> Councillor:
    """Save changes to a councillor; a change of party group starts a new membership today."""
    assert c.id is not None
    before = known_councillor(c.id, today)
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
    return known_councillor(c.id, today)


def _change_group(person_id: int, group: str | None, on: dt.date, actor: str) -> None:
    for role in members_store.list_roles(person_id, ("group_member",)):
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
    for role in members_store.list_roles(person_id):
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
    current = known_councillor(person_id, today)
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
    return known_councillor(person_id, today)


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
    found = members_store.get_officer(person_id)
    if found is None:
        raise ParishDeskError("That officer is no longer in the register.")
    return found


def add_officer(o: Officer, actor: str, today: dt.date) -> Officer:
    """Add an officer; only one current Proper Officer, and ROLE-7 line management."""
    raise_problems(member_rules.validate_officer(o, members_store.list_officers(), today))
    with database.atomic():
        person_id = register_store.add_person(actor, kind="officer", **_officer_fields(o))
    return _officer(person_id)


def update_officer(o: Officer, actor: str, today: dt.date) -> Officer:
    assert o.id is not None
    _officer(o.id)
    raise_problems(member_rules.validate_officer(o, members_store.list_officers(), today))
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
    problems = [p for p in member_rules.validate_officer(leaving, members_store.list_officers(),
                                                         check_day)
                # A leaver recorded before ROLE-7 was checked may have no line manager.
                if not p.message.startswith(member_rules.NO_LINE_MANAGER)]
    if not reason.strip():
        problems.append(Problem("left_reason", "Give a reason for leaving (for example: "
                                               "resigned, retired, contract ended)."))
    reports = [x for x in members_store.list_officers() if x.line_manager_id == person_id]
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


# --- Putting back someone archived by mistake (Edit > Undo) --------------------------------

def reinstate(person_id: int, left_on: dt.date | None, left_reason: str,
              ended_on: dt.date | None, roles_before: Sequence[Role], actor: str) -> None:
    """Undo archiving a councillor or an officer: back on the register with the leaving
    date and reason they had before, and the roles their leaving ended or archived as they
    were. One transaction; every change audited."""
    if not register_store.is_archived(person_id):
        raise ParishDeskError("They are on the register already; nothing was changed.")
    note = "Archived by mistake: put back"
    now = {role.id: role for role in members_store.list_roles(person_id)}
    with database.atomic():
        register_restore.restore_person(person_id, actor, note, left_on=left_on,
                                      left_reason=left_reason, ended_on=ended_on)
        for role in roles_before:
            assert role.id is not None
            current = now.get(role.id)
            if current is None:
                register_restore.restore_role(role.id, actor, note)
            elif current.end != role.end:
                register_store.set_role_end(role.id, role.end, actor, note)
