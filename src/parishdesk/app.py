"""Start-up: the command line, or the desktop app.

This module imports no Qt (a test checks): the command line runs without it,
and the desktop app's start (lock, database, set-up, main window) is in
``parishdesk.gui.startup``, loaded only when the app is wanted.
"""

from __future__ import annotations

from collections.abc import Sequence

from parishdesk.paths import DataPaths


def main(argv: Sequence[str] | None = None) -> int:
    """Entry point of the ``parishdesk`` command and ``python -m parishdesk``."""
    from parishdesk.cli import run

    return run(argv)


def run_gui(paths: DataPaths, quit_when_shown: bool = False) -> int:
    """Run the desktop app until the clerk quits; return the exit status.

    SQLite's quick check of the database starts first, on a thread of its own: it
    reads the file while Qt and the windows load (it changes nothing, so it may
    run before the instance lock is taken), and the start waits for its answer
    before it reads any data.
    """
    import gc

    # Python's cycle collector would run dozens of times while the program loads and find
    # next to nothing to free: it is switched on again once the main window is built.
    gc.disable()
    from parishdesk.services.quick_check import start_quick_check  # no peewee, no Qt yet

    quick_answer = start_quick_check(paths)
    _load_services_before_qt()
    from parishdesk.gui.startup import run_desktop

    return run_desktop(paths, quit_when_shown=quit_when_shown, quick_answer=quick_answer)


def _load_services_before_qt() -> None:
    """Load the services the first window reads (the store, peewee, the Members area's
    rules) before Qt. They are needed anyway; but once PySide is loaded it reads the
    source of every module imported after it (to see whether it names PySide), and
    these modules need not pay for that."""
    from parishdesk.services import (  # noqa: F401
        council,
        encryption,
        maintenance,
        members,
        protocol_acks,
    )
