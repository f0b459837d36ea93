"""Starting the desktop app: the lock, the database, first-time set-up, the main window.

``app.py`` hands over to :func:`run_desktop` when no command is given. The
database is opened with SQLite's quick check, so opening does not grow with the
file; the full integrity check (and then the day's first backup) runs in the
background once the window shows, with the same message and offer of the newest
good backup if it finds damage. On quit, background work is cancelled or waited
for before the database closes.
"""

from __future__ import annotations

import logging
import sys
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from parishdesk import APP_NAME, logging_setup
from parishdesk.errors import AlreadyRunning, DatabaseDamaged, ParishDeskError
from parishdesk.gui.areas import AREAS, load_area_module
from parishdesk.gui.common import background, dialogs, errors, wheel_guard
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
    ``overview_later``: see :class:`MainWindow`; ``quick_answer``: see :func:`open_or_recover`.
    """
    from parishdesk.services.council import current_council

    if quick_answer is not None:
        # While SQLite checks the file, load the first area's code (it reads nothing yet).
        load_area_module(AREAS[0])
    if not open_or_recover(ctx, quick_answer=quick_answer):
        return None
    council = current_council()
    if council is None:
        from parishdesk.gui.setup_dialog import SetupDialog
        from parishdesk.services.council import setup_council

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
    try:
        app.setWindowIcon(QIcon(str(resource_path("icons", "parishdesk.svg"))))
    except FileNotFoundError:
        pass
    errors.install()
    wheel_guard.install(app)
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
        if window is None:
            return 1
        log.info("ParishDesk started on %s", paths.data_dir)
        window.show()
        if quit_when_shown:  # shown with its first area, painted: that is start-up done
            app.processEvents()
            return 0
        # Once the window is on the screen: the other areas' badges and reminders, then
        # the full integrity check and the day's first backup in the background.
        QTimer.singleShot(0, window.refresh_alerts)
        QTimer.singleShot(0, lambda: check_in_background(window))
        return int(app.exec())
    finally:
        shut_down()
        lock.release()
