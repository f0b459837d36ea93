"""The menu bar a Word or Outlook user knows: File, Edit, View, Tools, Help.

File holds New, Import and Export submenus (each area's entries, see
``gui.areas.FILE_MENU``), Print, the backups, password, personal data, Switch user and
Quit; Edit holds Undo, Copy and Find; View one entry per area (Ctrl+1 … Ctrl+6); Tools
each area's settings, staff leave, council details and, for the demo only, leaving it.

An area's entries stand in for its page's own actions until the page is built (used,
a stand-in builds the page and runs the real action), so no area module is imported to
draw the menus.

To add a File > Export entry that belongs to no one area, add a :class:`WindowEntry`
to :data:`EXPORTS` (text, a shortcut no other action uses, and a function handed the main
window), as "Deadlines to a calendar (.ics)…" is.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMenu, QWidget

from parishdesk.gui.areas import AREAS, FILE_MENU, MenuEntry
from parishdesk.gui.common import edit_actions

if TYPE_CHECKING:
    from parishdesk.gui.main_window import MainWindow


@dataclass(frozen=True)
class WindowEntry:
    """A menu entry of the window itself (not of an area)."""

    text: str
    shortcut: str
    run: Callable[[MainWindow], object]
    status_tip: str = ""


def _deadlines_calendar(window: MainWindow) -> object:
    from parishdesk.gui.common.exports import export_deadlines_calendar

    disputes = window.pages.get("disputes")  # opened with its password in this session?
    return export_deadlines_calendar(window, window.ctx,
                                     disputes_unlocked=bool(getattr(disputes, "unlocked", False)))


#: File > Export entries that belong to no area: shown after the areas' own exports.
EXPORTS: list[WindowEntry] = [
    WindowEntry("Deadlines to a &calendar (.ics)…", "Ctrl+Alt+A", _deadlines_calendar,
                "Open enquiries, information requests and dispute steps due, for Outlook "
                "or any calendar"),
]


class Menus:
    """Builds the menus of one main window and keeps the areas' entries in place."""

    def __init__(self, window: MainWindow) -> None:
        self.window = window
        ui = window.ui
        self.places: dict[str, QMenu] = {"new": ui.menuNew, "import": ui.menuImport,
                                         "export": ui.menuExport, "tools": ui.menuTools}
        #: Each place's last entry before which an area's entries go (None: at the end).
        self._tools_end = ui.menuTools.actions()[0]  # the separator before Council details
        self._stand_ins: dict[str, list[QAction]] = {}
        self._find_actions: dict[str, list[QAction]] = {}
        self._file_actions()
        self._view_actions()
        for spec in AREAS:
            entries = FILE_MENU.get(spec.key, ())
            self._stand_ins[spec.key] = [self._stand_in(spec.key, position, entry)
                                         for position, entry in enumerate(entries)]
            for entry, stand_in in zip(entries, self._stand_ins[spec.key], strict=True):
                self._insert(entry.place, stand_in)
        for extra in EXPORTS:
            self.window_action(ui.menuExport, extra)
        edit_actions.wire(window)

    # -- the window's own entries -------------------------------------------------------
    def window_action(self, menu: QMenu, entry: WindowEntry,
                      before: QAction | None = None) -> QAction:
        action = QAction(entry.text, self.window)
        action.setShortcut(QKeySequence(entry.shortcut))
        if entry.status_tip:
            action.setStatusTip(entry.status_tip)
        action.triggered.connect(lambda _checked=False, e=entry: e.run(self.window))
        if before is None:
            menu.addAction(action)
        else:
            menu.insertAction(before, action)
        return action

    def _file_actions(self) -> None:
        window, ui = self.window, self.window.ui
        file_menu = ui.menuFile
        window.print_action = self.window_action(
            file_menu, WindowEntry("&Print…", QKeySequence(QKeySequence.StandardKey.Print)
                                   .toString(), lambda w: w.print_current(),
                                   "Print the letter, register or minutes on screen"),
            before=ui.actionBackUp)
        file_menu.insertSeparator(ui.actionBackUp)
        from parishdesk.gui.common import password_dialogs

        window.password_action = self.window_action(
            file_menu, WindowEntry(password_dialogs.menu_text(window.ctx.paths), "Ctrl+Alt+K",
                                   lambda w: w.protect_with_password()),
            before=ui.actionSwitchUser)
        window.personal_data_action = self.window_action(
            file_menu, WindowEntry("Personal &data…", "Ctrl+Alt+Y",
                                   lambda w: w.show_personal_data(),
                                   "Personal data kept past its time, and what to do"),
            before=ui.actionSwitchUser)
        file_menu.insertSeparator(ui.actionSwitchUser)

    def _view_actions(self) -> None:
        for index, spec in enumerate(AREAS):
            action = QAction(spec.label, self.window)
            action.setShortcut(QKeySequence(f"Ctrl+{index + 1}"))
            action.setStatusTip(spec.description)
            action.triggered.connect(lambda _=False, key=spec.key: self.window.show_area(key))
            self.window.ui.menuView.addAction(action)

    # -- the areas' entries -------------------------------------------------------------
    def _insert(self, place: str, action: QAction, before: QAction | None = None) -> None:
        menu = self.places[place]
        if before is None and place == "tools":
            before = self._tools_end
        if before is None:
            menu.addAction(action)
        else:
            menu.insertAction(before, action)

    def _stand_in(self, key: str, position: int, entry: MenuEntry) -> QAction:
        """An area's entry while its page is not built: used, it builds the page and runs
        the page's own action (or, if that cannot run now, shows the area).

        An entry whose page key is scoped to the page stays a stand-in for good, with a
        window-wide key of its own (``menu_key``); used, it shows the area first."""
        action = QAction(entry.text, self.window)
        action.setShortcut(QKeySequence(entry.menu_key or entry.shortcut))
        action.setData(key)

        def run() -> None:
            page = self.window.page(key)
            if entry.menu_key:
                self.window.show_area(key)
            menu_actions = getattr(page, "menu_actions", None)
            real = menu_actions()["File"][position] if callable(menu_actions) else None
            if real is not None and real.isEnabled():
                real.trigger()
            else:
                self.window.show_area(key)

        action.triggered.connect(lambda _checked=False: run())
        return action

    def stand_ins(self, key: str) -> list[QAction]:
        return list(self._stand_ins.get(key, []))

    def page_built(self, key: str, page: QWidget) -> None:
        """The area's page exists: its own actions take the stand-ins' places, and its
        Find (Ctrl+F) becomes Edit > Find's to run while the area is on screen."""
        menu_actions = getattr(page, "menu_actions", None)
        actions = menu_actions().get("File", []) if callable(menu_actions) else []
        entries = FILE_MENU.get(key, ())
        stand_ins = self._stand_ins.pop(key, [])
        kept: list[QAction] = []
        for position, action in enumerate(actions):
            entry = entries[position] if position < len(entries) else None
            stand_in = stand_ins[position] if position < len(stand_ins) else None
            if entry is not None and entry.menu_key and stand_in is not None:
                kept.append(stand_in)  # stays, with its own window-wide key
                continue
            place = entry.place if entry is not None else "tools"
            if stand_in is not None:
                self.places[place].insertAction(stand_in, action)
            else:
                self._insert(place, action)
        for stand_in in stand_ins:
            if stand_in in kept:
                continue
            for menu in self.places.values():
                menu.removeAction(stand_in)
            stand_in.setShortcut(QKeySequence())  # its keys belong to the page's action now
            stand_in.deleteLater()
        if kept:
            self._stand_ins[key] = kept
        self._find_actions[key] = edit_actions.adopt_find(page)

    def find_actions(self, key: str) -> list[QAction]:
        return self._find_actions.get(key, [])


def entries(menu: QMenu) -> list[QAction]:
    """Every action in ``menu`` and its submenus, in order (submenus' own titles left out)."""
    found: list[QAction] = []
    for action in menu.actions():
        submenu = action.menu()
        if isinstance(submenu, QMenu):
            found.extend(entries(submenu))
        elif not action.isSeparator():
            found.append(action)
    return found


def menu_bar_entries(window: MainWindow) -> list[QAction]:
    """Every action of every menu of the window's menu bar."""
    found: list[QAction] = []
    for action in window.ui.menuBar.actions():
        submenu = action.menu()
        if isinstance(submenu, QMenu):
            found.extend(entries(submenu))
    return found
