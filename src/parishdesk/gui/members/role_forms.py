"""The forms that add a role to a councillor and end one.

A new Chair or Vice-Chair of the council or of a committee takes over from the
present holder on the first day (``set_office``); any other role is added as it
is. The forms ask for the last day a role is held; the register keeps the day
after, when it no longer is.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtWidgets import QWidget

from parishdesk.domain.members import ROLE_KIND_LABELS, Role
from parishdesk.errors import ValidationError
from parishdesk.gui.members.detail_text import person_to_kind
from parishdesk.gui.members.dialogs import Field, RecordDialog
from parishdesk.gui.members.model import PersonRow
from parishdesk.services import members as svc

OFFICES = ("council_chair", "council_vice_chair", "committee_chair", "committee_vice_chair")


def ask_add_role(parent: QWidget, row: PersonRow, today: dt.date, actor: str) -> bool:
    """Ask for a role for the councillor ``row`` and add it; True if one was added."""
    kinds = tuple((label, kind) for kind, label in ROLE_KIND_LABELS.items()
                  if kind != "group_member")
    committees = tuple((c.name, c.id) for c in svc.committees())
    person_id = row.id

    def save(v: dict[str, Any]) -> Any:
        kind = v["kind"]
        committee = v["committee_id"] if kind.startswith("committee") else None
        end = v["end"] + dt.timedelta(days=1) if v["end"] is not None else None
        try:
            if kind in OFFICES and end is None:
                return svc.set_office(kind, person_id, v["start"], actor, committee)
            return svc.add_role(Role(person_id=person_id, kind=kind, committee_id=committee,
                                     start=v["start"], end=end), actor)
        except ValidationError as exc:
            # The person is fixed here, so a problem with them is shown by the role.
            raise ValidationError(person_to_kind(exc.problems)) from exc

    return RecordDialog.ask(parent, f"Add a role for {row.name}", [
        Field("kind", "&Role:", "combo", kinds, "committee_member"),
        Field("committee_id", "&Committee:", "combo", committees),
        Field("start", "&First day:", "date", value=today),
        Field("end", "&Last day:", "optdate", hint="Still held"),
    ], save, intro="A new Chair or Vice-Chair takes over from the present one on the "
                   "first day. Leave the last day as \u201cStill held\u201d for a role "
                   "that has not ended.") is not None


def ask_end_role(parent: QWidget, role_id: int, role_text: str, name: str, today: dt.date,
                 actor: str) -> bool:
    """Ask for the last day ``name`` held the role and end it; True if it was ended."""
    return RecordDialog.ask(
        parent, "End role", [Field("last_day", "&Last day held:", "date", value=today)],
        lambda v: svc.end_role_after(role_id, v["last_day"], actor),
        intro=f"{role_text}: give the last day {name} held it. From the next day it shows "
              "as ended; the history keeps when it was held.",
        save_text="&End role") is not None
