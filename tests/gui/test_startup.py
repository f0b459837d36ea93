"""Start-up: only the first area is built, no heavy library is loaded, app.py stays Qt-free,
the full integrity check runs after the window shows, and quitting waits for background work."""

from __future__ import annotations

import ast
import datetime as dt
import os
import shutil
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from parishdesk.gui.areas import AREAS, FILE_MENU

SRC = Path(__file__).resolve().parents[2] / "src" / "parishdesk"
HEAVY = ("reportlab", "pypdf", "openpyxl", "docx", "PySide6.QtPdf", "PySide6.QtPrintSupport")
#: Loaded only when the clerk asks for what they do: the package metadata (the version),
#: the Members area's other parts, the letters, import/export and protocol parsing, the
#: date fields of the dialogs, the migrations (not needed by an up-to-date file), and the
#: standard library's log handlers (sockets, pickling: the log rotates by itself), the
#: History sentences, the password dialogs, the field-error labels and the file chooser,
#: the About, log and restore dialogs, the enquiry rules (for Undo) and the ``html`` module
#: (its table of named characters: the windows escape text with ``gui.common.markup``),
#: the rule catalogue (read when a problem cites a rule), the dialog for a bug and the
#: health check of ``parishdesk check``, and the meetings tables other than those the
#: six-month attendance rule reads, the other areas' overview (read once it shows) and the
#: Switch user dialog.
LATER = ("importlib.metadata", "parishdesk.gui.members.committees",
         "parishdesk.gui.members.dialogs", "parishdesk.gui.members.import_dialog",
         "parishdesk.gui.members.transfer",
         "parishdesk.services.member_io", "parishdesk.services.letters",
         "parishdesk.services.protocols", "parishdesk.domain.protocol.parser",
         "parishdesk.gui.common.date_field", "parishdesk.store.migrations.m0001_core",
         "playhouse.migrate", "parishdesk.services.meetings.register",
         "parishdesk.domain.meetings.records", "parishdesk.domain.protocol.model",
         "logging.handlers", "parishdesk.domain.member_history",
         "parishdesk.gui.common.password_forms", "parishdesk.gui.common.labels",
         "parishdesk.gui.common.file_chooser", "parishdesk.gui.common.dialogs",
         "parishdesk.domain.enquiry", "html", "parishdesk.domain.rules",
         "parishdesk.gui.common.error_dialog", "parishdesk.store.health",
         "parishdesk.store.meetings_models", "parishdesk.services.overview",
         "parishdesk.gui.common.user_switch_dialog")


def _file_menu(window) -> list[tuple[str, str]]:
    from parishdesk.gui.menus import menu_bar_entries

    return [(a.text(), a.shortcut().toString()) for a in menu_bar_entries(window)]


def _entries(window):
    from parishdesk.gui.menus import menu_bar_entries

    return menu_bar_entries(window)


def _nav(window) -> list[str]:
    nav = window.ui.navList
    return [nav.item(i).text() for i in range(nav.count())]


def test_app_py_imports_no_qt():
    tree = ast.parse((SRC / "app.py").read_text(encoding="utf-8"))
    imported = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            imported.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            imported.add(node.module or "")
    assert not any(name.split(".")[0] == "PySide6" for name in imported), imported
    at_top = {node.module for node in tree.body if isinstance(node, ast.ImportFrom)}
    at_top |= {a.name for node in tree.body if isinstance(node, ast.Import) for a in node.names}
    assert not any(str(name).startswith("parishdesk.gui") for name in at_top), at_top
    out = subprocess.run(
        [sys.executable, "-c", "import sys, parishdesk.app, parishdesk.cli; "
         "print(any(m.startswith('PySide6') for m in sys.modules))"],
        capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"


def _run(script: str) -> str:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    out = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True,
                         env=env, timeout=120)
    assert out.returncode == 0, out.stderr
    return out.stdout.strip().splitlines()[-1]


def _report(modules: tuple[str, ...]) -> str:
    """A script's last line: which of ``modules`` are loaded, whether the world's holiday
    calendars are, and which areas' page code is."""
    return (f"print(sorted(m for m in {modules!r} if m in sys.modules),\n"
            "      'holidays.countries' in sys.modules,\n"
            "      sorted({m.split('.')[2] for m in sys.modules if m.count('.') >= 3\n"
            "              and m.split('.')[2] in ('members', 'enquiries', 'access',\n"
            "                                      'documents')\n"
            "              and m.startswith('parishdesk.gui.')}))\n")


def test_starting_on_the_demo_loads_no_document_library(demo_template, tmp_path):
    """The whole start, as `parishdesk --quit-when-shown` runs it, in a fresh interpreter;
    then the window with every area's badge and reminders filled in."""
    data = tmp_path / "data"
    data.mkdir()
    shutil.copy(demo_template, data / "parishdesk.sqlite3")
    line = _run("import sys\n"
                "from parishdesk.cli import run\n"
                f"assert run(['--data-dir', {str(data)!r}, '--quit-when-shown']) == 0\n"
                + _report(HEAVY + LATER))
    # No heavy library, not the world's holiday calendars, only the first area, and of
    # that area only what its first page shows.
    assert line == "[] False ['members']", line
    line = _run("import sys\n"
                "from PySide6.QtWidgets import QApplication\n"
                "from parishdesk.gui.common.context import AppContext\n"
                "from parishdesk.gui.startup import start\n"
                "from parishdesk.paths import resolve_paths\n"
                "app = QApplication([])\n"
                f"window = start(AppContext(resolve_paths({str(data)!r})))\n"
                "window.show()\n"
                "window.refresh_alerts()\n"
                "app.processEvents()\n"
                "assert 'overdue' in window.ui.navList.item(1).text()\n"
                + _report(HEAVY))
    assert line == "[] False ['members']", line


def test_the_cycle_collector_is_on_again_once_the_window_is_built(demo_template, tmp_path):
    """Switched off while the program loads, and on again (the start-up's objects set
    aside) before the window is shown."""
    data = tmp_path / "data"
    data.mkdir()
    shutil.copy(demo_template, data / "parishdesk.sqlite3")
    line = _run("import gc, sys\n"
                "import parishdesk.gui.startup as startup\n"
                "shown = []\n"
                "real_start = startup.start\n"
                "def start(*args, **kwargs):\n"
                "    window = real_start(*args, **kwargs)\n"
                "    shown.append(gc.isenabled())\n"
                "    return window\n"
                "startup.start = start\n"
                "from parishdesk.cli import run\n"
                f"assert run(['--data-dir', {str(data)!r}, '--quit-when-shown']) == 0\n"
                "print(shown, gc.isenabled(), gc.get_freeze_count() > 0)\n")
    assert line == "[False] True True", line


def test_the_first_windows_controls_are_wheel_guarded_once_it_shows(demo_template, tmp_path):
    """The wheel guard comes first once the window is painted (as the event loop starts,
    before the clerk can reach the window): the first window's combos one by one, so the
    wheel cannot focus them, then the filter on the whole application."""
    data = tmp_path / "data"
    data.mkdir()
    shutil.copy(demo_template, data / "parishdesk.sqlite3")
    line = _run("from PySide6.QtCore import Qt, QTimer\n"
                "from PySide6.QtWidgets import QApplication, QComboBox\n"
                "import parishdesk.gui.startup as startup\n"
                "seen = []\n"
                "guard_window = startup.guard_window\n"
                "def guard_then_look(window):\n"
                "    seen.append(window.isVisible())\n"
                "    guard_window(window)\n"
                "    combos = window.findChildren(QComboBox)\n"
                "    seen.append(len(combos) > 0 and all(\n"
                "        c.focusPolicy() == Qt.FocusPolicy.StrongFocus for c in combos))\n"
                "    seen.append(QApplication.instance().property('parishdeskWheelGuard')\n"
                "                is not None)\n"
                "    QTimer.singleShot(0, QApplication.quit)\n"
                "startup.guard_window = guard_then_look\n"
                "from parishdesk.cli import run\n"
                f"assert run(['--data-dir', {str(data)!r}]) == 0\n"
                "print(seen)\n")
    assert line == "[True, True, True]", line


def test_only_the_first_area_is_built_and_the_others_on_their_first_visit(main_window):
    assert list(main_window.pages) == ["members"]
    assert main_window.ui.areaStack.currentWidget() is main_window.pages["members"]
    page = main_window.show_area("access")
    assert list(main_window.pages) == ["members", "access"]
    assert main_window.ui.areaStack.currentWidget() is page
    assert main_window.page("access") is page  # built once
    main_window.ui.menuView.actions()[5].trigger()  # Ctrl+6: Documents
    assert main_window.current_area() == "documents" and "documents" in main_window.pages
    assert main_window.ui.areaStack.count() == len(AREAS)


def test_badges_banner_and_menus_are_the_same_before_and_after_building(qtbot, paths,
                                                                       demo_template):
    from parishdesk.gui.common.context import AppContext
    from parishdesk.gui.startup import start
    from parishdesk.store import db
    from tests.conftest import install_demo

    install_demo(demo_template, paths.db_file)
    # A day with reminders in every area: members' terms ended, the protocol's review due.
    ctx = AppContext(paths, actor="test", today=lambda: dt.date(2027, 5, 10))
    window = start(ctx)
    try:
        qtbot.addWidget(window)
        window.show()
        lazy_nav, lazy_banner, lazy_menu = (_nav(window), window.ui.alertBanner.text(),
                                            _file_menu(window))
        assert list(window.pages) == ["members"]
        assert "Enquiries (" in lazy_nav[1] and "Information requests (" in lazy_nav[2]
        assert "Documents (review due)" == lazy_nav[5]
        assert "Member/Officer Protocol" in lazy_banner and "enquiries are overdue" in lazy_banner
        for spec in AREAS:
            window.page(spec.key)
        qtbot.wait(50)  # pages that say their badge on a timer
        window.refresh_alerts()
        assert _nav(window)[1:] == lazy_nav[1:]
        assert window.ui.alertBanner.text() == lazy_banner
        assert _file_menu(window) == lazy_menu
    finally:
        window.close()
        db.close()


def test_stand_ins_match_each_areas_own_file_menu_actions(main_window):
    for key, entries in FILE_MENU.items():
        stand_ins = [a for a in _entries(main_window) if a.data() == key]
        assert sorted((a.text(), a.shortcut().toString()) for a in stand_ins) == sorted(
            (e.text, e.menu_key or e.shortcut) for e in entries) or key == "members"
        page = main_window.page(key)
        real = page.menu_actions()["File"]
        assert [(a.text(), a.shortcut().toString()) for a in real] == [
            (e.text, e.shortcut) for e in entries]
        scoped = Qt.ShortcutContext.WidgetWithChildrenShortcut
        assert [a.shortcutContext() == scoped for a in real] == [e.scoped for e in entries]
        # A page-scoped entry keeps its stand-in, with a window-wide key of its own.
        assert sorted((a.text(), a.shortcut().toString()) for a in _entries(main_window)
                      if a.data() == key) == sorted((e.text, e.menu_key) for e in entries
                                                    if e.menu_key)
        places = {"new": main_window.ui.menuNew, "import": main_window.ui.menuImport,
                  "export": main_window.ui.menuExport, "tools": main_window.ui.menuTools}
        for action, entry in zip(real, entries, strict=True):
            assert (action in places[entry.place].actions()) != bool(entry.menu_key), entry
            assert not entry.scoped or entry.menu_key, entry  # no scoped key in the menus


def test_a_stand_in_builds_its_area_and_runs_the_real_action(main_window, monkeypatch):
    from parishdesk.gui.access.settings_dialog import AccessSettingsDialog

    asked = []
    monkeypatch.setattr(AccessSettingsDialog, "ask",
                        classmethod(lambda cls, ctx, parent=None: asked.append(parent) or False))
    stand_in = next(a for a in _entries(main_window)
                    if a.text() == "Information request &settings…")
    assert stand_in.data() == "access" and "access" not in main_window.pages
    stand_in.trigger()
    assert "access" in main_window.pages
    assert asked == [main_window.pages["access"]]
    assert main_window.current_area() == "members"  # like the page's own menu entry


# -- the integrity check --------------------------------------------------------------------

def _damage(db_file: Path) -> None:
    raw = bytearray(db_file.read_bytes())
    raw[4096:4096 * 5] = b"\xa5" * (4096 * 4)
    db_file.write_bytes(bytes(raw))


def test_opening_runs_the_quick_check_and_leaves_the_full_one_for_later(ctx, demo_template,
                                                                      monkeypatch):
    from parishdesk.gui.startup import open_or_recover
    from parishdesk.store import db
    from tests.conftest import install_demo

    install_demo(demo_template, ctx.paths.db_file)
    ran: list[str] = []
    original = db.IntegrityCheck.run

    def spy(self):
        ran.append(self.pragma)
        return original(self)

    monkeypatch.setattr(db.IntegrityCheck, "run", spy)
    try:
        assert open_or_recover(ctx) is True
        assert ran == ["quick_check"]
        assert not list(ctx.paths.backups_dir.glob("daily-*"))  # made after the full check
    finally:
        db.close()


def test_a_damaged_file_found_by_the_early_quick_check_offers_a_backup(ctx, demo_template,
                                                                      monkeypatch):
    from parishdesk.gui.common import dialogs
    from parishdesk.gui.startup import start
    from parishdesk.services import maintenance
    from parishdesk.store import backup, db
    from tests.conftest import install_demo

    install_demo(demo_template, ctx.paths.db_file)
    backup.manual_backup(ctx.paths.db_file, ctx.paths.backups_dir)
    _damage(ctx.paths.db_file)
    answer = maintenance.start_quick_check(ctx.paths)  # as app.run_gui does, before Qt loads
    asked = []
    monkeypatch.setattr(dialogs, "ask_restore_damaged",
                        lambda parent, message, label: asked.append(message) or False)
    try:
        assert start(ctx, quick_answer=answer) is None  # the clerk chose Quit
        assert asked and "damaged" in asked[0]
        assert not ctx.paths.damaged_dir.exists() or not any(ctx.paths.damaged_dir.iterdir())
    finally:
        db.close()


@pytest.mark.parametrize("agrees", [True, False])
def test_the_window_is_built_while_the_quick_check_runs_and_kept_only_if_it_passes(
        ctx, demo_template, monkeypatch, agrees):
    """The quick check's answer is awaited once the window is built, before it is shown; if
    it finds damage the window is dropped and the clerk gets the usual offer."""
    from PySide6.QtWidgets import QApplication

    from parishdesk.gui.common import dialogs
    from parishdesk.gui.main_window import MainWindow
    from parishdesk.gui.startup import start
    from parishdesk.store import backup, db
    from tests.conftest import install_demo

    install_demo(demo_template, ctx.paths.db_file)
    backup.manual_backup(ctx.paths.db_file, ctx.paths.backups_dir)
    built_first: list[bool] = []

    def answer() -> str | None:  # damage in pages the first window does not read
        built_first.append(any(isinstance(w, MainWindow) for w in QApplication.topLevelWidgets()))
        return "row 12 missing from index enquiry_status"

    asked: list[str] = []
    monkeypatch.setattr(dialogs, "ask_restore_damaged",
                        lambda parent, message, label: asked.append(message) or agrees)
    try:
        window = start(ctx, quick_answer=answer)
        assert built_first and built_first[0]  # built while the check ran, then asked
        assert asked and "row 12 missing" in asked[0] and "damaged" in asked[0]
        if agrees:  # restored: a new window on the restored data
            assert isinstance(window, MainWindow) and window.ctx.council is not None
            assert ctx.paths.damaged_dir.exists() or list(ctx.paths.backups_dir.iterdir())
            window.deleteLater()
        else:
            assert window is None
    finally:
        db.close()


@pytest.mark.parametrize("agrees", [True, False])
def test_damage_found_after_the_window_shows_offers_the_newest_good_backup(
        qtbot, main_window, ctx, monkeypatch, agrees):
    from parishdesk.gui.common import dialogs
    from parishdesk.gui.startup import check_in_background
    from parishdesk.services import maintenance
    from parishdesk.store.council_store import get_council

    maintenance.back_up_now(ctx.paths)
    _damage(ctx.paths.db_file)  # the disk goes bad under the open window
    asked = []
    monkeypatch.setattr(dialogs, "ask_restore_damaged",
                        lambda parent, message, label: asked.append((parent, message, label))
                        or agrees)
    told = []
    monkeypatch.setattr(QMessageBox, "information",
                        staticmethod(lambda parent, title, text: told.append(text)))
    check_in_background(main_window)
    assert asked and asked[0][0] is main_window
    assert asked[0][1].startswith("The ParishDesk database at") and "damaged" in asked[0][1]
    assert asked[0][2]  # the newest good backup is named
    assert not main_window.isVisible()  # ParishDesk closes either way
    if agrees:
        assert list(ctx.paths.damaged_dir.iterdir())
        assert get_council().name == "Ashcombe Parish Council"
        assert "restored" in told[0]
    else:
        assert not ctx.paths.damaged_dir.exists() or not list(ctx.paths.damaged_dir.iterdir())
        assert told == []


def test_the_background_check_makes_the_days_first_backup(qtbot, main_window, ctx):
    made = list(ctx.paths.backups_dir.glob("daily-*.sqlite3"))
    assert [p.name for p in made] == [f"daily-{ctx.today().isoformat()}.sqlite3"]
    assert main_window.backup_label.text().startswith("Last backup: ")


# -- quitting ----------------------------------------------------------------------------

def test_quitting_cancels_background_work_and_waits_before_the_database_closes(
        qtbot, opened, monkeypatch):
    from parishdesk.gui import startup
    from parishdesk.gui.common import background
    from parishdesk.store import db

    monkeypatch.setattr(background, "SYNCHRONOUS", False)
    events: list[str] = []
    started = threading.Event()

    def pack_like(progress: background.Progress) -> None:
        started.set()
        deadline = time.monotonic() + 20
        try:
            while time.monotonic() < deadline:
                progress.update(1, 10, "Making packs…")  # raises Cancelled once cancelled
                time.sleep(0.01)
        finally:
            time.sleep(0.2)  # rolling back takes a moment
            events.append("pack ended")

    def backup_like(_progress: background.Progress) -> None:
        started.wait(5)
        time.sleep(0.3)
        events.append("backup ended")  # cannot be cancelled: waited for

    background.run_in_background(None, pack_like, lambda _r: None, lambda _e: None,
                                 label="Making packs", quiet=True)
    background.run_in_background(None, backup_like, lambda _r: None, lambda _e: None,
                                 label="Backing up", cancellable=False, quiet=True)
    assert started.wait(5)
    original_close = db.close
    monkeypatch.setattr(db, "close", lambda: (events.append("database closed"),
                                              original_close()))
    startup.shut_down()
    assert sorted(events[:2]) == ["backup ended", "pack ended"]
    assert events[2:] == ["database closed"]
    assert background.running_tasks() == []


def test_pyside_is_told_which_of_our_modules_use_it_without_reading_them(monkeypatch):
    """PySide's import hook would read the whole source of each module imported after it;
    ParishDesk's own modules and the standard library's are answered by name instead."""
    import linecache

    import shibokensupport.feature as feature  # type: ignore[import-not-found]

    import parishdesk.gui  # noqa: F401 - installs the answer by name
    from parishdesk.gui.common import markup
    from parishdesk.services import overview

    read: list[str] = []
    original = linecache.getlines
    monkeypatch.setattr(linecache, "getlines",
                        lambda name, *args: read.append(name) or original(name, *args))
    uses = feature._mod_uses_pyside
    assert uses(markup) is True and uses(overview) is False and uses(ast) is False
    assert read == []
    assert uses(pytest) is False  # any other module: read as before
    assert read


@pytest.mark.skipif(not Path("/proc/self/task").is_dir(), reason="threads listed by /proc")
def test_the_first_paint_starts_no_helper_threads(demo_template, tmp_path):
    """Qt's pool of painting threads stays off (it cost more than it saved on the first
    window), unless whoever starts ParishDesk has set the switch themselves."""
    data = tmp_path / "data"
    data.mkdir()
    shutil.copy(demo_template, data / "parishdesk.sqlite3")
    threads = ("import os\n"
               "names = [open(f'/proc/self/task/{t}/comm').read().strip()\n"
               "         for t in os.listdir('/proc/self/task')]\n"
               "print(os.environ.get('QT_NO_GUI_THREADPOOL'), len(names),\n"
               "      sum('pooled' in name for name in names))\n")
    line = _run("import os\n"
                "os.environ.pop('QT_NO_GUI_THREADPOOL', None)\n"
                "from parishdesk.cli import run\n"
                f"assert run(['--data-dir', {str(data)!r}, '--quit-when-shown']) == 0\n"
                + threads)
    assert line == "1 1 0", line  # the switch set; one thread (the window's), none pooled


def test_the_window_icon_comes_in_four_sizes_from_png(qapp):
    from parishdesk.gui.startup import WINDOW_ICON_SIZES, window_icon

    icon = window_icon()
    assert sorted(s.width() for s in icon.availableSizes()) == list(WINDOW_ICON_SIZES)
    assert not icon.pixmap(32, 32).isNull()
