"""The officer form: the rows the Add and Edit officer dialogs ask for, and the officer
they make."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from typing import Any

from parishdesk.domain.members import POSTS, Officer
from parishdesk.gui.members.dialogs import Field

#: The working hours an officer's form offers until they are set.
DEFAULT_HOURS = (dt.time(9, 0), dt.time(17, 0))


def officer_fields(o: Officer | None, managers: Sequence[tuple[str, int | None]],
                   today: dt.date, clerk_id: int | None = None) -> list[Field]:
    """The officer form. Staff other than the Clerk report to the Clerk (ROLE-7), so a new
    officer, or one with no line manager yet, is offered the Clerk (``clerk_id``)."""
    o = o or Officer(post="Assistant", working_days=frozenset(range(5)), started_on=today)
    manager = o.line_manager_id
    if manager is None and o.id != clerk_id and not (o.is_clerk or o.is_proper_officer):
        manager = clerk_id
    return [
        Field("title", "&Title:", value=o.title),
        Field("first_name", "&First name:", value=o.first_name),
        Field("surname", "&Surname:", value=o.surname),
        Field("post", "&Post:", "combo", tuple((p, p) for p in POSTS), o.post),
        Field("post_other", "Post &name if other:", value=o.post_other),
        Field("is_proper_officer", "Proper Officer:", "check", value=o.is_proper_officer,
              hint="The council's Proper Officer (only one at a time)"),
        Field("working_days", "Working &days:", "days", value=o.working_days),
        Field("hours_set", "Hours:", "check", value=o.hours_from is not None,
              hint="Has set working hours"),
        Field("hours_from", "Hours &from:", "time", value=o.hours_from or DEFAULT_HOURS[0]),
        Field("hours_to", "Hours &to:", "time", value=o.hours_to or DEFAULT_HOURS[1]),
        Field("started_on", "St&arted on:", "optdate", value=o.started_on),
        Field("line_manager_id", "&Line manager:", "combo",
              (("None (the Clerk: managed by the council)", None), *managers), manager),
        Field("email", "&E-mail:", value=o.email),
        Field("phone", "Tele&phone:", value=o.phone),
    ]


def officer_from_values(base: Officer | None, v: dict[str, Any]) -> Officer:
    hours = bool(v.pop("hours_set"))
    return Officer(
        id=base.id if base else None, title=v["title"], first_name=v["first_name"],
        surname=v["surname"], post=v["post"], post_other=v["post_other"],
        is_proper_officer=v["is_proper_officer"], working_days=v["working_days"],
        hours_from=v["hours_from"] if hours else None, hours_to=v["hours_to"] if hours else None,
        started_on=v["started_on"], ended_on=base.ended_on if base else None,
        line_manager_id=v["line_manager_id"], email=v["email"], phone=v["phone"],
    )
