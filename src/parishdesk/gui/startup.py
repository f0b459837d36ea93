"""Starting the desktop app: the lock, the database, first-time set-up, the main window.

``app.py`` hands over to :func:`run_desktop` when no command is given. The
database is opened with SQLite's quick check, so opening does not grow with the
file; the full integrity check (and then the day's first backup) runs in the
background once the window shows, with the same message and offer of the newest
good backup if it finds damage. On quit, background work is cancelled or waited
for before the database closes.
"""

from __future__ import annotations

import gc
import logging
import sys
import threading
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QSize, Qt, QTimer
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from parishdesk import APP_NAME, logging_setup
from parishdesk.errors import AlreadyRunning, DatabaseDamaged, ParishDeskError
from parishdesk.gui.areas import AREAS, load_area_module
from parishdesk.gui.common import background, errors
from parishdesk.gui.common.context import AppContext
from parishdesk.gui.main_window import MainWindow
from parishdesk.instance_lock import InstanceLock
from parishdesk.paths import DataPaths
from parishdesk.resources import resource_path
from parishdesk.services import maintenance

log = logging.getLogger("parishdesk")

#: Waits for a quick check started earlier and gives its answer (None: the file is sound).
QuickAnswer = Callable[[], str | None]


def offer_restore(ctx: AppContext, damage: DatabaseDamaged, parent: QWidget | None = None) -> bool:
    """The database is damaged: offer the newest good backup and restore it if the clerk
    agrees. True if a backup was restored; False if the clerk chose to quit (or none exists).
    """
    paths = ctx.paths
    log.error("Database damaged (%s)", type(damage).__name__)
    good = maintenance.newest_good_backup(paths)
    from parishdesk.gui.common import dialogs  # only when something is wrong

    if not dialogs.ask_restore_damaged(parent, str(damage), good.label if good else None):
        return False
    assert good is not None
    kept = maintenance.restore(paths, good.path, ctx.today())
    log.warning("Restored a backup; the damaged database was kept at %s", kept)
    return True


def open_or_recover(ctx: AppContext, parent: QWidget | None = None,
                    quick_answer: QuickAnswer | None = None) -> bool:
    """Open the database (quick check); if it is damaged, offer the newest good backup.

    ``quick_answer``: the quick check already started (``maintenance.start_quick_check``).
    False: the clerk gave up. The full check follows with :func:`check_in_background`.
    """
    paths = ctx.paths
    from parishdesk.services import encryption

    if encryption.is_protected(paths):
        from parishdesk.gui.common.password_dialogs import unlock_at_start

        if not unlock_at_start(paths, parent):
            return False
        quick_answer = None  # the early check could not read the encrypted file
    try:
        maintenance.open_data(paths, ctx.today(), thorough=False, quick_answer=quick_answer)
    except DatabaseDamaged as exc:
        if exc.empty and maintenance.newest_good_backup(paths) is None:
            # An empty file holds nothing to lose: keep it aside and start afresh.
            kept = maintenance.set_aside_damaged(paths)
            from parishdesk.gui.common import dialogs

            dialogs.tell_empty_database_set_aside(parent, kept)
            maintenance.open_data(paths, ctx.today(), thorough=False)
        elif not offer_restore(ctx, exc, parent):
            return False
    read_only = maintenance.read_only_reason()
    if read_only is not None:
        errors.show_expected(parent, read_only)
    return True


def start(ctx: AppContext, overview_later: bool = False,
          quick_answer: QuickAnswer | None = None) -> MainWindow | None:
    """Open the data, run first-time set-up if needed, and return the main window (not shown).

    Returns None if the clerk cancelled set-up or declined to recover a damaged file.
    ``overview_later``: see :class:`MainWindow`.

    ``quick_answer``: SQLite's quick check, started before Qt was loaded. It runs on its
    own thread while the window is built (which only reads), and its answer is awaited
    before the window is returned, so the window is never shown, and nothing can be
    changed, before the file is known to be sound. If it is not, the window is thrown
    away and the clerk gets the same message and offer of the newest good backup as
    when the check comes first (:func:`open_or_recover`).
    """
    from parishdesk.services.council import current_council

    if quick_answer is not None:
        load_area_module(AREAS[0])  # the first area's code, while SQLite reads the file
    # A schema change still waits for a full check (in open_data); reading does not wait.
    if not open_or_recover(ctx, quick_answer=_checked_later if quick_answer else None):
        return None
    council = current_council()
    if council is None:
        gc.enable()  # the clerk may take a while over the set-up form
        from parishdesk.gui.setup_dialog import SetupDialog
        from parishdesk.services.council import setup_council

        install_wheel_guard()  # the set-up form has combo boxes
        choice = SetupDialog.ask()
        if choice is None:
            return None
        if choice.demo:
            from parishdesk.services.demo import create_demo_council

            QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)  # about two seconds
            try:
                council = create_demo_council(ctx.actor, ctx.today()).council
            finally:
                QApplication.restoreOverrideCursor()
        else:
            assert choice.details is not None
            council = setup_council(choice.details, choice.clerk_name, choice.clerk_name,
                                    ctx.today())
    ctx.council = council
    from parishdesk.gui.common.user_switch import take_seat

    take_seat(ctx)  # the audit log names the officer at the keyboard, not the login
    try:
        window = MainWindow(ctx, overview_later=overview_later)
    except Exception:
        if quick_answer is not None and (problem := quick_answer()):
            return _damaged_after_all(ctx, problem, overview_later)
        raise
    if quick_answer is not None and (problem := quick_answer()):
        window.deleteLater()
        return _damaged_after_all(ctx, problem, overview_later)
    return window


def _checked_later() -> None:
    """Stands for the quick check's answer while the window is built: :func:`start`
    waits for the real one before the window is shown."""
    return None


def _damaged_after_all(ctx: AppContext, problem: str,
                       overview_later: bool) -> MainWindow | None:
    """The quick check found damage while the window was being built: the same message
    and offer as at opening; on the restored data, a new window."""
    damage = DatabaseDamaged(ctx.paths.db_file, problem)
    if not offer_restore(ctx, damage):
        return None
    council = ctx.council
    from parishdesk.services.council import current_council

    ctx.council = current_council() or council
    return MainWindow(ctx, overview_later=overview_later)


def check_in_background(window: MainWindow) -> background.Progress:
    """The full integrity check, then the day's first backup, off the GUI thread.

    If the check finds damage the clerk gets the same message and offer of the
    newest good backup as at start; ParishDesk then closes (to be opened again on
    the restored data), as it does after any restore.
    """
    ctx = window.ctx
    check = maintenance.full_check(ctx.paths)
    today = ctx.today()

    def work(progress: background.Progress) -> Path | None:
        progress.on_cancel(check.interrupt)
        return maintenance.finish_opening(ctx.paths, check, today)

    def done(made: Path | None) -> None:
        if made is not None:
            log.info("Daily backup made: %s", made)
            window.refresh_status()

    def failed(exc: BaseException) -> None:
        if isinstance(exc, (background.Cancelled, maintenance.CheckInterrupted)):
            return
        if isinstance(exc, DatabaseDamaged):
            if offer_restore(ctx, exc, window):
                QMessageBox.information(
                    window, "Restored",
                    "The backup has been restored. ParishDesk will now close; open it again "
                    "to carry on from the restored data.")
            window.close()
            return
        if errors.is_expected(exc):
            errors.show_expected(window, exc)
            return
        raise exc

    return background.run_in_background(window, work, done, failed,
                                        label="Checking the database…", quiet=True)


def make_files_private_in_background(paths: DataPaths) -> threading.Thread:
    """Make the files already in the data folder private (see ``paths.make_private``) on
    a thread of its own: the folder itself was made private before anything was read."""
    from parishdesk.paths import make_files_private

    thread = threading.Thread(target=make_files_private, args=(paths,),
                              name="parishdesk-private-files", daemon=True)
    thread.start()
    return thread


def install_wheel_guard() -> None:
    """No combo, spin box or date field changes on a mouse wheel unless it has the focus."""
    from parishdesk.gui.common import wheel_guard

    app = QApplication.instance()
    assert isinstance(app, QApplication)
    wheel_guard.install(app)


def guard_window(window: QWidget) -> None:
    """The wheel guard for the window shown at start: its controls one by one (they were
    polished before any guard, so their focus policy is set here), then the filter on the
    whole application for every control made later."""
    from parishdesk.gui.common import wheel_guard

    wheel_guard.guard_controls(window)
    install_wheel_guard()


#: The window icon's sizes, drawn from the SVG by packaging/make_icons.py.
WINDOW_ICON_SIZES = (16, 32, 48, 256)


def window_icon() -> QIcon:
    """The program's icon for its windows, from PNG files: Qt reads PNG itself, where the
    SVG would load its SVG plugin and library at every start (about 2 ms). Each size is read
    when the window system first asks for it; the SVG is the fallback."""
    icon = QIcon()
    for size in WINDOW_ICON_SIZES:
        try:
            icon.addFile(str(resource_path("icons", f"parishdesk-{size}.png")), QSize(size, size))
        except FileNotFoundError:
            continue
    if icon.isNull():
        try:
            icon = QIcon(str(resource_path("icons", "parishdesk.svg")))
        except FileNotFoundError:
            pass
    return icon


def shut_down() -> None:
    """Stop or wait for background work (packs, exports, the check), then close the database."""
    if not background.wait_for_tasks():
        log.warning("Background work still running at quit: %s", background.running_tasks())
    maintenance.close_data()


def run_desktop(paths: DataPaths, quit_when_shown: bool = False,
                quick_answer: QuickAnswer | None = None) -> int:
    """Run the desktop app until the clerk quits; return the exit status.

    ``quit_when_shown``: quit as soon as the main window is shown (for measuring start-up).
    ``quick_answer``: the database's quick check, started before Qt was loaded.
    """
    app = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(app, QApplication)
    app.setApplicationName(APP_NAME)
    app.setOrganizationName(APP_NAME)
    app.setWindowIcon(window_icon())
    errors.install()
    lock = InstanceLock(paths.lock_file)
    try:
        paths.ensure()
        logging_setup.configure(paths.log_file)
        lock.acquire()
    except AlreadyRunning as exc:
        print(str(exc), file=sys.stderr)
        QMessageBox.warning(None, exc.title, errors.as_plain_text(str(exc)))
        return 3
    except OSError as exc:
        print(f"ParishDesk cannot use its data folder {paths.data_dir}: {exc}", file=sys.stderr)
        errors.show_expected(None, exc, "ParishDesk cannot use its data folder")
        return 1
    try:
        ctx = AppContext(paths)
        try:
            window = start(ctx, overview_later=True, quick_answer=quick_answer)
        except ParishDeskError as exc:
            errors.show_expected(None, exc)
            return 1
        finally:
            # Switched off while the program loaded (app.run_gui). What was made meanwhile
            # lives as long as the program: set it aside (gc.freeze) rather than have the
            # collector's first run go through all of it while the window is painted.
            gc.freeze()
            gc.enable()
        if window is None:
            return 1
        log.info("ParishDesk started on %s", paths.data_dir)
        window.show()
        if quit_when_shown:  # shown with its first area, painted: that is start-up done
            app.processEvents()
            return 0
        # First thing once the window is painted, before the clerk can reach it: the wheel
        # guard (walking the window for its controls wraps each of its widgets in Python,
        # about 3 ms, which the first paint need not wait for).
        QTimer.singleShot(0, lambda: guard_window(window))
        make_files_private_in_background(paths)
        # Once the window is on the screen: the other areas' badges and reminders, then
        # the full integrity check and the day's first backup in the background.
        QTimer.singleShot(0, window.refresh_alerts)
        QTimer.singleShot(0, lambda: check_in_background(window))
        return int(app.exec())
    finally:
        shut_down()
        lock.release()
