"""Use cases for the council itself: first-run setup and the demo council."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

from parishdesk.domain.council import CouncilDetails, validate_council
from parishdesk.errors import ParishDeskError, ValidationError
from parishdesk.store import council_store, register_store
from parishdesk.store.db import database


def split_name(full_name: str) -> tuple[str, str]:
    """"Jane Mary Doe" → ("Jane Mary", "Doe"); a single word is taken as the surname."""
    parts = full_name.strip().split()
    if len(parts) == 1:
        return "", parts[0]
    return " ".join(parts[:-1]), parts[-1]


def setup_council(details: CouncilDetails, clerk_name: str, actor: str,
                  today: dt.date) -> CouncilDetails:
    """Record the council and its Clerk (as Proper Officer) in one transaction."""
    problems = validate_council(details, clerk_name)
    if problems:
        raise ValidationError(problems)
    if council_store.get_council() is not None:
        raise ParishDeskError("A council is already set up in this data folder.")
    first, surname = split_name(clerk_name)
    with database.atomic():
        saved = council_store.save_council(details, actor)
        register_store.add_person(
            actor, kind="officer", first_name=first, surname=surname, post="Clerk",
            is_proper_officer=True, started_on=today,
        )
    return saved


def update_council(details: CouncilDetails, actor: str) -> CouncilDetails:
    """Correct the council's details (letterhead, Monitoring Officer, nation …), audited."""
    problems = validate_council(details)
    if problems:
        raise ValidationError(problems)
    current = council_store.get_council()
    if current is None:
        raise ParishDeskError("No council is set up yet.")
    return council_store.save_council(replace(details, id=current.id, is_demo=current.is_demo),
                                     actor)


def current_council() -> CouncilDetails | None:
    """The council this data folder holds, or None before set-up."""
    return council_store.get_council()
