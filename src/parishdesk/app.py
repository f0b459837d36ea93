"""Start-up: logging, paths, the lock, the database, the excepthook, the main window."""

from __future__ import annotations

import logging
import sys
from collections.abc import Sequence

from parishdesk import APP_NAME, logging_setup
from parishdesk.paths import DataPaths

log = logging.getLogger("parishdesk")


def main(argv: Sequence[str] | None = None) -> int:
    """Entry point of the ``parishdesk`` command and ``python -m parishdesk``."""
    from parishdesk.cli import run

    return run(argv)


def open_or_recover(ctx: object, parent: object = None) -> bool:
    """Open the database; if it is damaged, offer the newest good backup. False: give up."""
    from parishdesk.errors import DatabaseDamaged
    from parishdesk.gui.common import dialogs
    from parishdesk.gui.common.context import AppContext
    from parishdesk.services import maintenance

    assert isinstance(ctx, AppContext)
    paths = ctx.paths
    try:
        maintenance.open_data(paths, ctx.today())
        return True
    except DatabaseDamaged as exc:
        log.error("Database damaged: %s", exc.detail)
        good = maintenance.newest_good_backup(paths)
        if not dialogs.ask_restore_damaged(None, str(exc), good.label if good else None):
            return False
        assert good is not None
        kept = maintenance.restore(paths, good.path, ctx.today())
        log.warning("Restored %s; the damaged database was kept at %s", good.path, kept)
        return True


def start(ctx: object) -> object | None:
    """Open the data, run first-time setup if needed, and return the main window (not shown).

    Returns None if the clerk cancelled set-up or declined to recover a damaged file.
    """
    from parishdesk.gui.common.context import AppContext
    from parishdesk.gui.main_window import MainWindow
    from parishdesk.gui.setup_dialog import SetupDialog
    from parishdesk.services.council import setup_council
    from parishdesk.services.demo import create_demo_council
    from parishdesk.store.council_store import get_council

    assert isinstance(ctx, AppContext)
    if not open_or_recover(ctx):
        return None
    council = get_council()
    if council is None:
        choice = SetupDialog.ask()
        if choice is None:
            return None
        if choice.demo:
            from PySide6.QtCore import Qt
            from PySide6.QtWidgets import QApplication

            QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)  # about two seconds
            try:
                council = create_demo_council(ctx.actor, ctx.today()).council
            finally:
                QApplication.restoreOverrideCursor()
        else:
            assert choice.details is not None
            council = setup_council(choice.details, choice.clerk_name, ctx.actor, ctx.today())
    ctx.council = council
    return MainWindow(ctx)


def run_gui(paths: DataPaths) -> int:
    """Run the desktop app until the clerk quits; return the exit status."""
    from PySide6.QtGui import QIcon
    from PySide6.QtWidgets import QApplication, QMessageBox

    from parishdesk.errors import AlreadyRunning, ParishDeskError
    from parishdesk.gui.common import errors
    from parishdesk.gui.common.context import AppContext
    from parishdesk.instance_lock import InstanceLock
    from parishdesk.resources import resource_path
    from parishdesk.store import db

    app = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(app, QApplication)
    app.setApplicationName(APP_NAME)
    app.setOrganizationName(APP_NAME)
    try:
        app.setWindowIcon(QIcon(str(resource_path("icons", "parishdesk.svg"))))
    except FileNotFoundError:
        pass
    errors.install()
    lock = InstanceLock(paths.lock_file)
    try:
        paths.ensure()
        logging_setup.configure(paths.log_file)
        lock.acquire()
    except AlreadyRunning as exc:
        print(str(exc), file=sys.stderr)
        QMessageBox.warning(None, exc.title, str(exc))
        return 3
    except OSError as exc:
        print(f"ParishDesk cannot use its data folder {paths.data_dir}: {exc}", file=sys.stderr)
        errors.show_expected(None, exc, "ParishDesk cannot use its data folder")
        return 1
    try:
        ctx = AppContext(paths)
        try:
            window = start(ctx)
        except ParishDeskError as exc:
            errors.show_expected(None, exc)
            return 1
        if window is None:
            return 1
        log.info("ParishDesk started on %s", paths.data_dir)
        window.show()  # type: ignore[attr-defined]
        return int(app.exec())
    finally:
        db.close()
        lock.release()
