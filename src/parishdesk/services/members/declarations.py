"""The register of interests and its forms (CONDUCT-1, CONDUCT-3), declared special
relationships, and training records (PROTO-3)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from typing import Any

from parishdesk.domain.member_rules import Problem
from parishdesk.domain.members import (
    INTEREST_CATEGORIES,
    Councillor,
    FormStatus,
    Interest,
    SpecialRelationship,
    Training,
    format_date,
    interests_form_due,
    interests_form_state,
)
from parishdesk.errors import ParishDeskError
from parishdesk.services.members.common import (
    _require,
    archive_record,
    known_councillor,
    raise_problems,
    still_on_register,
)
from parishdesk.store import register_restore, register_store
from parishdesk.store.db import database

# --- Interests (CONDUCT-1, CONDUCT-3) -----------------------------------------------------

def _check_councillor(person_id: int | None) -> list[Problem]:
    if person_id is None or register_store.person_kind(person_id) != "councillor":
        return [Problem("councillor_id", "Choose a councillor.")]
    return []


def save_interest(i: Interest, actor: str) -> Interest:
    """Add an interest to the register, or correct one (``i.id`` set)."""
    still_on_register("interest", i.id, "interest")
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
    archive_record("interest", register_store.archive_interest, interest_id,
                    actor, note, "interest")


def interests_form_status(person_id: int, today: dt.date) -> FormStatus:
    """Where the councillor's register-of-interests form stands (CONDUCT-3)."""
    forms = register_store.list_interests_forms(person_id)
    if forms:
        return max(forms, key=lambda f: f.due_on).status(today)
    c = known_councillor(person_id, today)
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
    c = known_councillor(person_id, today)
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
    still_on_register("special_relationship", r.id, "declared relationship")
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
    archive_record("special_relationship", register_store.archive_relationship,
                    relationship_id, actor, note, "declared relationship")


# --- Training (PROTO-3) -------------------------------------------------------------------

def save_training(t: Training, actor: str) -> Training:
    """Record a course attended (PROTO-3), or correct one (``t.id`` set)."""
    still_on_register("training_record", t.id, "training record")
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
    archive_record("training_record", register_store.archive_training, training_id,
                    actor, note, "training record")


def restore_entry(table: register_store.RegisterTable, record_id: int, actor: str) -> None:
    """Put an archived interest, special relationship or training record back on the
    register (Edit > Undo of archiving it); the restore is in its history."""
    if register_store.record_archived(table, record_id) is not True:
        raise ParishDeskError("That entry is on the register already; nothing was changed.")
    with database.atomic():
        register_restore.restore_entry(table, record_id, actor, "Archived by mistake: put back")
