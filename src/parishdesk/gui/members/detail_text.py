"""What the Members detail panel says about a person, and the fields its small forms ask
for: the details as a table of words, the interests form's state, and the rows of the
interest, relationship and training forms."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from parishdesk.domain.members import (
    INTEREST_CATEGORIES,
    INTEREST_CATEGORY_LABELS,
    Councillor,
    Interest,
    Officer,
    SpecialRelationship,
    Training,
    effective_term_end,
    format_date,
)
from parishdesk.gui.common.markup import escape
from parishdesk.services import members as svc

if TYPE_CHECKING:
    from parishdesk.gui.members.dialogs import Field


def details_html(lines: list[tuple[str, str]]) -> str:
    return "<table cellspacing='4'>" + "".join(
        f"<tr><td><b>{escape(k)}</b></td><td>"
        f"{escape(v).replace(chr(10), '<br>')}</td></tr>"
        for k, v in lines if v) + "</table>"


def councillor_lines(c: Councillor) -> list[tuple[str, str]]:
    end = effective_term_end(c, svc.election_year())
    lines = [("Name", c.full_name), ("Known as", c.preferred_name), ("Ward", c.ward),
             ("Address", c.address), ("Telephone", c.phone), ("E-mail", c.email),
             ("Joined", f"{c.joined_how_label} on {format_date(c.joined_on)}"),
             ("Accepted office", format_date(c.accepted_office_on)),
             ("Term ends", format_date(end) + ("" if c.term_ends_on else
                                               " (next ordinary election)")),
             ("Party group", c.group or "Independent")]
    if c.left_on:
        lines.append(("Left", f"{format_date(c.left_on)}: {c.left_reason}"))
    return lines


def officer_lines(o: Officer) -> list[tuple[str, str]]:
    managers = {x.id: x.full_name for x in svc.officers(include_former=True)}
    hours = (f"{o.hours_from:%H:%M} to {o.hours_to:%H:%M}"
             if o.hours_from and o.hours_to else "")
    return [("Name", o.full_name), ("Post", o.post_label),
            ("Proper Officer", "Yes" if o.is_proper_officer else "No"),
            ("Working days", o.working_days_label), ("Hours", hours),
            ("Started", format_date(o.started_on)), ("Ended", format_date(o.ended_on)),
            ("Line manager", managers.get(o.line_manager_id, "")
             if o.line_manager_id else "The council"),
            ("E-mail", o.email), ("Telephone", o.phone)]


def form_text(person_id: int, today: dt.date) -> str:
    status = svc.interests_form_status(person_id, today)
    if status.state == "due":
        return (f"Register of interests form: due by {format_date(status.due_on)} "
                f"({status.days_left} day(s) left).")
    if status.state == "overdue":
        return f"\u26a0 Register of interests form: OVERDUE since {format_date(status.due_on)}."
    return {"returned": "Register of interests form: returned.",
            "not_applicable": "Register of interests form: not due yet (no acceptance "
                              "of office recorded)."}.get(status.state, "")


def interest_fields(i: Interest) -> list[Field]:
    from parishdesk.gui.members.dialogs import Field  # with the dialog, when it opens

    options = tuple((INTEREST_CATEGORY_LABELS[c], c) for c in INTEREST_CATEGORIES)
    return [Field("category", "&Category:", "combo", options, i.category),
            Field("description", "&Description:", "multiline", value=i.description),
            Field("registered_on", "&Registered on:", "date", value=i.registered_on),
            Field("removed_on", "Re&moved on:", "optdate", value=i.removed_on)]


def relationship_fields(r: SpecialRelationship) -> list[Field]:
    from parishdesk.gui.members.dialogs import Field

    return [Field("with_whom", "&With whom:", value=r.with_whom),
            Field("nature", "&Nature:", "multiline", value=r.nature),
            Field("declared_on", "&Declared on:", "date", value=r.declared_on)]


def training_fields(t: Training) -> list[Field]:
    from parishdesk.gui.members.dialogs import Field

    return [Field("course", "&Course:", value=t.course),
            Field("provider", "&Provider:", value=t.provider),
            Field("on", "&Date:", "date", value=t.on),
            Field("certificate_held", "Certificate:", "check", value=t.certificate_held,
                  hint="A certificate is held")]


def cell_text(table: Any, row: int, column: int) -> str:
    item = table.item(row, column)
    return item.text() if item is not None else ""


def person_to_kind(problems: dict[str, str]) -> dict[str, str]:
    moved = dict(problems)
    if "person_id" in moved:
        moved["kind"] = " ".join(x for x in (moved.get("kind", ""), moved.pop("person_id")) if x)
    return moved


def archived(archive: Callable[[str], None], note: str) -> bool:
    archive(note)
    return True
