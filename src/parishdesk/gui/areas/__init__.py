"""The areas the navigation list switches between.

Each area is its own package ``parishdesk.gui.<area>`` exposing
``create(ctx, parent) -> QWidget`` (from its ``page`` module, imported only when
called). An area whose package does not exist yet shows an honest "not built
yet" page. An area widget may have a
``badgeChanged = Signal(str)`` to put a count (e.g. overdue items) beside its name
in the navigation list, and ``badge() -> str`` for the text it shows at start-up;
``alertsChanged`` + ``alerts()`` for the reminder banner; and ``menu_actions()``
for its entries in the menus (under the ``"File"`` key, in the order of
:data:`FILE_MENU`, whose ``place`` says where each goes: File > New, Import or
Export, or Tools).

The main window builds an area's page only when the clerk first goes to it.
Until then its badge and banner lines come from ``parishdesk.services.overview``,
and its File-menu entries from :data:`FILE_MENU` below: each stands in for the
page's own action with the same words and keys, and builds the page when used.
"""

from __future__ import annotations

import importlib
from dataclasses import dataclass
from types import ModuleType


@dataclass(frozen=True)
class AreaSpec:
    """One area of the main window: its key, its name in the list, the package that
    builds its page, and the tooltip that says what it is for."""

    key: str
    label: str
    module: str
    description: str


AREAS: tuple[AreaSpec, ...] = (
    AreaSpec("members", "Members", "parishdesk.gui.members",
             "The member register: councillors, officers, committees, roles, interests "
             "and training."),
    AreaSpec("enquiries", "Enquiries", "parishdesk.gui.enquiries",
             "Councillors' requests to staff, with working-day deadlines and protocol checks."),
    AreaSpec("access", "Information requests", "parishdesk.gui.access",
             "Councillors' requests to see council documents, decided on \"need to know\"."),
    AreaSpec("disputes", "Disputes", "parishdesk.gui.disputes",
             "A step-by-step guide when the relationship between members and staff goes wrong."),
    AreaSpec("meetings", "Meetings", "parishdesk.gui.meetings",
             "Decisions recorded at council and committee meetings."),
    AreaSpec("documents", "Documents", "parishdesk.gui.documents",
             "The Member/Officer Protocol, protocol packs and formal letters."),
)


def load_area_module(spec: AreaSpec) -> ModuleType | None:
    """The area's package with its page code loaded, or None if that area has not been
    built yet."""
    try:
        module = importlib.import_module(spec.module)
    except ModuleNotFoundError as exc:
        # The area's package is missing: not built yet. Anything else its page
        # imports that is missing is a real fault and is raised.
        if exc.name == spec.module:
            return None
        raise
    _page_factory = module.create  # loads the page's code now, for a package that defers it
    return module


@dataclass(frozen=True)
class MenuEntry:
    """A menu entry an area adds, as it looks before the area's page is built."""

    text: str
    shortcut: str
    #: Where it goes: "new", "import" or "export" (submenus of File), or "tools".
    place: str
    scoped: bool = False  # the key works only while the keyboard is in the area's page
    #: For a scoped entry: the window-wide key of its menu entry, which stays a stand-in
    #: (so that, in the menus, no key means one thing in one area and another elsewhere).
    menu_key: str = ""


#: Each area's File-menu entries, in the order of its ``menu_actions()["File"]``
#: (a test checks that they match the page's own actions).
FILE_MENU: dict[str, tuple[MenuEntry, ...]] = {
    "members": (MenuEntry("&Import members…", "Ctrl+Shift+I", "import"),
                MenuEntry("E&xport members…", "Ctrl+Shift+E", "export")),
    "enquiries": (MenuEntry("New &enquiry (from any area)…", "Ctrl+Alt+N", "new"),
                  MenuEntry("Enquiry &response times…", "Ctrl+Alt+T", "tools"),
                  MenuEntry("Party-&group advice log…", "Ctrl+Alt+G", "tools"),
                  MenuEntry("Inbo&x settings…", "Ctrl+Alt+I", "tools"),
                  MenuEntry("Sta&ff leave…", "Ctrl+Alt+L", "tools"),
                  MenuEntry("Export en&quiries (CSV or Excel)…", "Ctrl+Alt+X", "export")),
    "access": (MenuEntry("Export information requests as CSV…", "Ctrl+Alt+C", "export"),
               MenuEntry("Export information requests as PDF…", "Ctrl+Alt+P", "export"),
               MenuEntry("Information request &settings…", "Ctrl+Alt+S", "tools")),
    "disputes": (MenuEntry("New dispute &concern (from any area)…", "Ctrl+Alt+D", "new"),
                 MenuEntry("D&isputes settings…", "Ctrl+Alt+U", "tools")),
    "meetings": (MenuEntry("New meeting…", "Ctrl+N", "new", scoped=True, menu_key="Ctrl+Alt+J"),
                 MenuEntry("&Meetings settings…", "Ctrl+Alt+M", "tools")),
    "documents": (MenuEntry("&Import protocol…", "Ctrl+I", "import", scoped=True,
                            menu_key="Ctrl+Shift+O"),
                  MenuEntry("Make protocol &packs…", "Ctrl+Shift+K", "new", scoped=True,
                            menu_key="Ctrl+Alt+H"),
                  MenuEntry("New &general letter…", "Ctrl+L", "new", scoped=True,
                            menu_key="Ctrl+Shift+T")),
}
