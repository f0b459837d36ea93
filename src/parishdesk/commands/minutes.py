"""``parishdesk minutes verify``: check the signed minute book against its SHA-256 chain;
``parishdesk minutes word MEETING --out FILE.docx``: a Word copy of a meeting's minutes."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from parishdesk.commands._support import open_db
from parishdesk.errors import ParishDeskError
from parishdesk.paths import DataPaths
from parishdesk.services.meetings import minutes


def register(sub: Any) -> None:
    p = sub.add_parser("minutes", help="check the signed minute book, or save minutes in Word",
                       description="Signed minutes are never changed. Each signed set keeps a "
                                   "SHA-256 hash chained to the set signed before it.")
    actions = p.add_subparsers(dest="minutes_action", metavar="ACTION", required=True)
    verify = actions.add_parser("verify", help="check every signed minute against its hash",
                                description="Recompute the hash of every signed minute and "
                                            "of the chain; name any minute that has changed "
                                            "since it was signed. Exits 1 if any has.")
    verify.set_defaults(func=cmd_verify)
    word = actions.add_parser(
        "word", help="save a Word (.docx) copy of a meeting's minutes",
        description="Save the minutes of a meeting as a Word document, with the council's "
                    "letterhead and the same words as the PDF, which stays the record. The "
                    "public minutes leave the confidential business out; --confidential "
                    "saves that part alone.")
    word.add_argument("meeting", metavar="MEETING",
                      help="the meeting's number, or its date (dd/mm/yyyy)")
    word.add_argument("--confidential", action="store_true",
                      help="the confidential part only (not for publishing)")
    word.add_argument("--out", metavar="FILE.docx", type=Path, required=True)
    word.set_defaults(func=cmd_word)


def cmd_verify(args: argparse.Namespace, paths: DataPaths) -> int:
    if not paths.db_file.is_file():
        raise ParishDeskError(f"There is no ParishDesk database in {paths.data_dir}, so there "
                              "are no minutes to check.")
    with open_db(paths):
        problems = minutes.verify_minute_book()
        signed = minutes.signed_count()
    if problems:
        for problem in problems:
            print(problem.message, file=sys.stderr)
        print(f"The minute book does NOT match its signatures: {len(problems)} problem(s) in "
              f"{signed} signed set(s).", file=sys.stderr)
        return 1
    print(f"The minute book is intact: {signed} signed set(s) match their signatures.")
    return 0


def cmd_word(args: argparse.Namespace, paths: DataPaths) -> int:
    from parishdesk.services.meetings import agenda, word_copies

    part = "confidential" if args.confidential else "public"
    with open_db(paths):
        meeting_id = agenda.find_meeting(args.meeting)
        target = word_copies.save_minutes_word(meeting_id, args.out, part)
    what = "Confidential minutes" if args.confidential else "Minutes"
    print(f"{what} of meeting {meeting_id} written to {target} (a Word copy; the PDF is the "
          "record)")
    return 0
