"""``parishdesk open-backup FILE``: what double-clicking a backup file does.

Asks the clerk in a window, restores the backup (the current records are kept
first, as ``restore`` does), then starts the desktop program. Refuses, changing
nothing, when the file is not a ParishDesk backup or ParishDesk is already open.
"""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from parishdesk.commands._support import locked
from parishdesk.errors import ParishDeskError
from parishdesk.paths import DataPaths
from parishdesk.services import maintenance
from parishdesk.services.backup_files import backup_council


def register(sub: Any) -> None:
    p = sub.add_parser(
        "open-backup", help="ask, restore a backup, then start the desktop app",
        description="What opening a .parishdesk-backup file does: ask in a window, restore "
                    "FILE (the current records are kept as a backup first), then start "
                    "ParishDesk. A file that is not a ParishDesk backup changes nothing.")
    p.add_argument("file", metavar="FILE", type=Path, help="the backup to restore")
    p.set_defaults(func=cmd_open_backup)


def cmd_open_backup(args: argparse.Namespace, paths: DataPaths) -> int:
    from parishdesk.app import run_gui
    from parishdesk.gui import open_backup

    source: Path = args.file
    try:
        in_backup = backup_council(source)
        current = maintenance.council_in_folder(paths)
        if not open_backup.confirm_restore(source, in_backup, current):
            return 1
        with locked(paths):
            kept = maintenance.restore_closed(paths, source)
    except (ParishDeskError, OSError) as exc:
        open_backup.show_problem(exc)
        return 2
    open_backup.show_restored(source, kept)
    return run_gui(paths)
