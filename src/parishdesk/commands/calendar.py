"""``parishdesk calendar --out FILE.ics``: the deadlines as a calendar file."""

from __future__ import annotations

import argparse
import datetime as dt
from pathlib import Path
from typing import Any

from parishdesk.commands._support import open_db
from parishdesk.paths import DataPaths


def register(sub: Any) -> None:
    p = sub.add_parser(
        "calendar", help="write the deadlines as a calendar file (.ics)",
        description="Write the deadlines of open enquiries (acknowledgement and answer) and of "
                    "information requests awaiting a decision as all-day entries in a calendar "
                    "file for Outlook or any other calendar. Importing a later export updates "
                    "the same entries instead of adding copies.")
    p.add_argument("--out", metavar="FILE.ics", type=Path, required=True,
                   help="where to write the calendar file")
    p.set_defaults(func=cmd_calendar)


def cmd_calendar(args: argparse.Namespace, paths: DataPaths) -> int:
    from parishdesk.services.calendar_export import export_deadlines

    now = dt.datetime.now(dt.UTC)
    with open_db(paths):
        count = export_deadlines(args.out, dt.date.today(), now)
    print(f"{count} deadline{'s' if count != 1 else ''} written to {args.out}")
    return 0
