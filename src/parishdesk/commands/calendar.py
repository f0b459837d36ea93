"""``parishdesk calendar --out FILE.ics``: deadlines or meetings as a calendar file."""

from __future__ import annotations

import argparse
import datetime as dt
from pathlib import Path
from typing import Any

from parishdesk.commands._support import open_db
from parishdesk.paths import DataPaths


def register(sub: Any) -> None:
    p = sub.add_parser(
        "calendar", help="write deadlines or meetings as a calendar file (.ics)",
        description="Write a calendar file for Outlook or any other calendar. Without an "
                    "option: the deadlines of open enquiries (acknowledgement and answer), "
                    "of information requests awaiting a decision and the next time limit of "
                    "each open dispute case (its reference and the step due, nothing more), "
                    "as all-day entries. With --meeting or --meetings: meetings, written in "
                    "UTC for a calendar in UK time, with their place and agenda. Importing a "
                    "later export updates the same entries instead of adding copies.")
    which = p.add_mutually_exclusive_group()
    which.add_argument("--meeting", metavar="ID",
                       help="one meeting: its number, or its date (dd/mm/yyyy)")
    which.add_argument("--meetings", metavar="YEAR", type=int,
                       help="every meeting in that year: the year's programme")
    p.add_argument("--without-disputes", action="store_true",
                   help="leave the dispute cases out of the deadlines")
    p.add_argument("--out", metavar="FILE.ics", type=Path, required=True,
                   help="where to write the calendar file")
    p.set_defaults(func=cmd_calendar)


def cmd_calendar(args: argparse.Namespace, paths: DataPaths) -> int:
    from parishdesk.services import calendar_export

    now = dt.datetime.now(dt.UTC)
    with open_db(paths):
        if args.meeting is not None:
            from parishdesk.services.meetings.agenda import find_meeting

            title = calendar_export.export_meeting(find_meeting(args.meeting), args.out, now)
            print(f"{title} written to {args.out}")
            return 0
        if args.meetings is not None:
            count = calendar_export.export_programme(args.meetings, args.out, now)
            print(f"{count} meeting{'s' if count != 1 else ''} of {args.meetings} "
                  f"written to {args.out}")
            return 0
        count = calendar_export.export_deadlines(args.out, dt.date.today(), now,
                                                 disputes=not args.without_disputes)
    print(f"{count} deadline{'s' if count != 1 else ''} written to {args.out}")
    return 0
