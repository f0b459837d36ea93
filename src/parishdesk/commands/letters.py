"""``parishdesk letters word REFERENCE --out FILE.docx``: a Word copy of an issued letter."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from parishdesk.commands._support import open_db
from parishdesk.paths import DataPaths


def register(sub: Any) -> None:
    p = sub.add_parser("letters", help="work with the letters register",
                       description="Letters the council has issued.")
    inner = p.add_subparsers(dest="letters_command", metavar="ACTION", required=True)
    w = inner.add_parser(
        "word", help="save a Word (.docx) copy of an issued letter",
        description="Save the letter with this reference (e.g. PD/2026/0016) as a Word "
                    "document: the same letterhead and text as the PDF, which stays the record.")
    w.add_argument("reference", metavar="REFERENCE")
    w.add_argument("--out", metavar="FILE.docx", type=Path, required=True)
    w.set_defaults(func=cmd_word)


def cmd_word(args: argparse.Namespace, paths: DataPaths) -> int:
    from parishdesk.services.letter_word import find_letter_id, save_word_copy

    with open_db(paths):
        target = save_word_copy(find_letter_id(args.reference), args.out)
    print(f"Word copy of letter {args.reference.strip().upper()} written to {target}")
    return 0
