"""Who is using ParishDesk: the officer whose name goes into the audit log and history.

The name comes from the register, never from the computer's login: at set-up it is the
Clerk's; with more than one officer in post, the person at the keyboard chooses among
them (File > Switch user…) and the choice is remembered. Commands typed at a prompt are
recorded as the Clerk's "(command line)" work.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from parishdesk.domain.members import Officer
from parishdesk.store import db, members_store

#: The actor when no officer is on the register yet (before set-up, or an empty register).
NOBODY_YET = "ParishDesk user"
COMMAND_LINE = "command line"


@dataclass(frozen=True)
class User:
    """An officer who may use ParishDesk, as the menus and the status bar show them."""

    person_id: int
    name: str
    post: str

    @property
    def label(self) -> str:
        return f"{self.name} ({self.post})" if self.post else self.name


def _user(officer: Officer) -> User:
    assert officer.id is not None
    name = f"{officer.first_name} {officer.surname}".strip() or officer.full_name
    return User(officer.id, name, officer.post_label)


def current_officers(today: dt.date) -> list[User]:
    """The officers in post on ``today`` (former ones are not offered), the Proper Officer
    first."""
    officers = [o for o in members_store.list_officers()
                if o.ended_on is None or o.ended_on >= today]
    officers.sort(key=lambda o: (not o.is_proper_officer, o.post != "Clerk",
                                 o.surname, o.first_name))
    return [_user(o) for o in officers]


def choose_user(remembered_id: int | None, today: dt.date) -> User | None:
    """Who is at the keyboard at start: the officer remembered from last time if still in
    post, else the Clerk (the Proper Officer), else the first officer; None if there is none.
    """
    users = current_officers(today)
    return next((u for u in users if u.person_id == remembered_id), None) or \
        (users[0] if users else None)


def command_line_actor(today: dt.date) -> str:
    """The actor of a command typed at a prompt: the Clerk's name, marked as such
    (just "command line" when no database is open or no officer is on the register)."""
    if db.database.obj is None or db.database.obj.is_closed():
        return COMMAND_LINE
    users = current_officers(today)
    return f"{users[0].name} ({COMMAND_LINE})" if users else COMMAND_LINE
