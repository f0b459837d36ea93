"""Roles and offices (chair, vice-chair, committee places), committees and party groups."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

from parishdesk.domain import role_rules
from parishdesk.domain.member_rules import Problem
from parishdesk.domain.members import (
    Committee,
    PartyGroup,
    Role,
    format_date,
)
from parishdesk.domain.text_fields import single_line_problem
from parishdesk.errors import ParishDeskError, ValidationError
from parishdesk.services.members.common import MAX_NAME, _require, raise_problems
from parishdesk.store import members_store, register_store
from parishdesk.store.db import database

# --- Roles --------------------------------------------------------------------------------

def _names() -> dict[int, str]:
    return {c.id: c.display_name for c in members_store.list_councillors(include_former=True)
            if c.id is not None}


def add_role(role: Role, actor: str) -> Role:
    """Record a role or membership, after every role rule (one Chair, chair-is-member …)."""
    if register_store.person_kind(role.person_id) != "councillor":
        raise ValidationError({"person_id": "Roles and memberships are for councillors."})
    problems = list(role_rules.check_role(role, members_store.list_roles(), _names()))
    if role.committee_id is not None and register_store.committee_archived(role.committee_id):
        problems.append(Problem("committee_id", "That committee has been archived."))
    raise_problems(problems)
    with database.atomic():
        role_id = register_store.add_role(actor, role)
    return register_store.get_role(role_id)


def _open_holder(kind: str, on: dt.date, committee_id: int | None) -> Role | None:
    for r in members_store.list_roles(kinds=(kind,)):
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
    problems = list(role_rules.validate_role(ended))
    if role.kind == "committee_member":
        others = [r for r in members_store.list_roles(role.person_id) if r.id != role_id]
        memberships = [*others, ended]
        for office in others:
            if office.kind in ("committee_chair", "committee_vice_chair") \
                    and office.committee_id == role.committee_id:
                problems += role_rules.check_chair_is_member(office, memberships)
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
    if message := single_line_problem("The committee's name", c.name):
        problems.append(Problem("name", message))
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
    return next(x for x in members_store.list_committees(True) if x.id == committee_id)


def archive_committee(committee_id: int, actor: str, today: dt.date) -> None:
    """Archive a committee; memberships still open end today and stay in the history."""
    if register_store.committee_archived(committee_id):
        name = register_store.committee_names_by_id().get(committee_id, "That committee")
        raise ParishDeskError(f"{name} is already archived. Nothing was changed.")
    with database.atomic():
        for role in members_store.list_roles():
            if role.committee_id == committee_id and (role.end is None or role.end > today):
                assert role.id is not None
                if role.start < today:
                    register_store.set_role_end(role.id, today, actor, "Committee archived")
        register_store.archive_committee(committee_id, actor, "Archived")


def save_group(g: PartyGroup, actor: str) -> PartyGroup:
    problems: list[Problem] = []
    _require(problems, "name", g.name, "Give the party group a name.")
    if message := single_line_problem("The group's name", g.name):
        problems.append(Problem("name", message))
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
    if register_store.record_archived("party_group", group_id):
        name = register_store.group_names_by_id().get(group_id, "That party group")
        raise ParishDeskError(f"{name} is already archived. Nothing was changed.")
    with database.atomic():
        for role in members_store.list_roles(kinds=("group_member",)):
            if role.group_id == group_id and (role.end is None or role.end > today):
                assert role.id is not None
                if role.start < today:
                    register_store.set_role_end(role.id, today, actor, "Group archived")
                else:
                    register_store.archive_role(role.id, actor, "Group archived")
        register_store.archive_group(group_id, actor, "Archived")
