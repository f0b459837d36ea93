"""``parishdesk agenda word MEETING --out FILE.docx``: the summons and agenda in Word."""

from __future__ import annotations

import argparse
import datetime as dt
from pathlib import Path
from typing import Any

from parishdesk.commands._support import open_db
from parishdesk.paths import DataPaths


def register(sub: Any) -> None:
    p = sub.add_parser("agenda", help="save a meeting's summons and agenda in Word",
                       description="A meeting's summons and agenda.")
    actions = p.add_subparsers(dest="agenda_action", metavar="ACTION", required=True)
    word = actions.add_parser(
        "word", help="save a Word (.docx) copy of the summons and agenda",
        description="Save the summons and agenda of a meeting as a Word document, with the "
                    "council's letterhead and the same words as the PDF, which stays the "
                    "record. Saving a Word copy does not record the summons as issued: only "
                    "issuing the PDF does.")
    word.add_argument("meeting", metavar="MEETING",
                      help="the meeting's number, or its date (dd/mm/yyyy)")
    word.add_argument("--out", metavar="FILE.docx", type=Path, required=True)
    word.set_defaults(func=cmd_word)


def cmd_word(args: argparse.Namespace, paths: DataPaths) -> int:
    from parishdesk.services.meetings import agenda, word_copies

    with open_db(paths):
        meeting_id = agenda.find_meeting(args.meeting)
        target = word_copies.save_agenda_word(meeting_id, args.out, dt.date.today())
    print(f"Summons and agenda of meeting {meeting_id} written to {target} (a Word copy; the "
          "PDF is the record)")
    return 0
