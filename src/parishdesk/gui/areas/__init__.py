"""The areas the navigation list switches between.

Each area is its own module exposing ``create(ctx, parent) -> QWidget``. An area
whose module does not exist yet shows an honest "not built yet" page. An area
widget may have a ``badgeChanged = Signal(str)`` to put a count (e.g. overdue
items) beside its name in the navigation list, and ``badge() -> str`` for the
text it shows at start-up; ``alertsChanged`` + ``alerts()`` for the reminder
banner; and ``menu_actions()`` for entries in the File menu.
"""

from __future__ import annotations

import importlib
from dataclasses import dataclass
from types import ModuleType


@dataclass(frozen=True)
class AreaSpec:
    key: str
    label: str
    module: str
    description: str


AREAS: tuple[AreaSpec, ...] = (
    AreaSpec("members", "Members", "parishdesk.gui.areas.members",
             "The member register: councillors, officers, committees, roles, interests "
             "and training."),
    AreaSpec("enquiries", "Enquiries", "parishdesk.gui.areas.enquiries",
             "Councillors' requests to staff, with working-day deadlines and protocol checks."),
    AreaSpec("access", "Information requests", "parishdesk.gui.areas.access",
             "Councillors' requests to see council documents, decided on \"need to know\"."),
    AreaSpec("disputes", "Disputes", "parishdesk.gui.areas.disputes",
             "A step-by-step guide when the relationship between members and staff goes wrong."),
    AreaSpec("meetings", "Meetings", "parishdesk.gui.meetings",
             "Decisions recorded at council and committee meetings."),
    AreaSpec("documents", "Documents", "parishdesk.gui.areas.documents",
             "The Member/Officer Protocol, protocol packs and formal letters."),
)


def load_area_module(spec: AreaSpec) -> ModuleType | None:
    """The area's module, or None if that area has not been built yet."""
    try:
        return importlib.import_module(spec.module)
    except ModuleNotFoundError as exc:
        if exc.name == spec.module:
            return None
        raise
