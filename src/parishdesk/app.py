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
    """Run the desktop app until the clerk quits; return the exit status."""
    from parishdesk.gui.startup import run_desktop

    return run_desktop(paths, quit_when_shown=quit_when_shown)
