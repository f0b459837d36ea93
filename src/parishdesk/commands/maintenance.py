"""``parishdesk backup | restore | check | demo``: support and scripting commands."""

from __future__ import annotations

import argparse
import datetime as dt
import sys
from pathlib import Path
from typing import Any

from parishdesk.commands._support import actor_name, locked, open_db
from parishdesk.paths import DataPaths
from parishdesk.services import maintenance


def register(sub: Any) -> None:
    p = sub.add_parser("backup", help="back up the database now",
                       description="Make a backup of the database with SQLite's online backup "
                                   "API. Safe while ParishDesk is open.")
    p.add_argument("--to", metavar="FILE", type=Path,
                   help="where to write the backup (default: the backups folder)")
    _password_option(p)
    p.set_defaults(func=cmd_backup)

    p = sub.add_parser("restore", help="replace the database with a backup",
                       description="Replace the database with FILE. The current database is "
                                   "backed up first; a file that is not a valid ParishDesk "
                                   "database is refused and nothing changes.")
    p.add_argument("file", metavar="FILE", type=Path, help="the backup to restore")
    _password_option(p)
    p.set_defaults(func=cmd_restore)

    p = sub.add_parser("check", help="check the database's health",
                       description="Report integrity, schema version and audit-log size. "
                                   "Exits non-zero on any problem.")
    _password_option(p)
    p.set_defaults(func=cmd_check)

    p = sub.add_parser("demo", help="create the demo council in an empty data folder",
                       description="Create the fictional demo council. Refuses, changing "
                                   "nothing, where the data folder already holds data.")
    p.set_defaults(func=cmd_demo)


def _password_option(p: Any) -> None:
    p.add_argument("--password-stdin", action="store_true",
                   help="read the data's password (if it is protected with one) from the "
                        "first line of standard input; for restore, a second line gives the "
                        "backup's own password if it was made under another one")


def _unlock(args: argparse.Namespace, paths: DataPaths) -> None:
    if getattr(args, "password_stdin", False):
        from parishdesk.services.encryption import unlock

        unlock(paths, sys.stdin.readline().rstrip("\r\n"))


def cmd_backup(args: argparse.Namespace, paths: DataPaths) -> int:
    _unlock(args, paths)
    made = maintenance.back_up_now(paths, to=args.to)
    print(f"Backup written to {made}")
    return 0


def cmd_restore(args: argparse.Namespace, paths: DataPaths) -> int:
    _unlock(args, paths)
    # An optional second line: the backup's own password, if it was made under another.
    other = sys.stdin.readline().rstrip("\r\n") if args.password_stdin else ""
    with locked(paths):
        kept = maintenance.restore_closed(paths, args.file, source_password=other or None)
    print(f"Restored {args.file} into {paths.db_file}")
    if kept:
        print(f"The database as it was is kept at {kept}")
    return 0


def cmd_check(args: argparse.Namespace, paths: DataPaths) -> int:
    _unlock(args, paths)
    report = maintenance.health_check(paths)
    for line in report.lines:
        print(line)
    return 0 if report.ok else 1


def cmd_demo(args: argparse.Namespace, paths: DataPaths) -> int:
    from parishdesk.services.demo import create_demo_council

    existing = maintenance.council_in_folder(paths)
    if existing is not None:
        print(f"{paths.data_dir} already holds data ({existing}); the demo was not "
              "created and nothing was changed. Choose an empty folder with --data-dir.",
              file=sys.stderr)
        return 1
    with open_db(paths):
        demo = create_demo_council(actor_name(), dt.date.today())
    print(f"Created the demo council \"{demo.council.name}\" (fictional) in {paths.data_dir}")
    return 0
