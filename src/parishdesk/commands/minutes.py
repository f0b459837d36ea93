"""``parishdesk minutes verify``: check the signed minute book against its SHA-256 chain."""

from __future__ import annotations

import argparse
import sys
from typing import Any

from parishdesk.commands._support import open_db
from parishdesk.errors import ParishDeskError
from parishdesk.paths import DataPaths
from parishdesk.services.meetings import minutes


def register(sub: Any) -> None:
    p = sub.add_parser("minutes", help="check the signed minute book",
                       description="Signed minutes are never changed. Each signed set keeps a "
                                   "SHA-256 hash chained to the set signed before it.")
    actions = p.add_subparsers(dest="minutes_action", metavar="ACTION", required=True)
    verify = actions.add_parser("verify", help="check every signed minute against its hash",
                                description="Recompute the hash of every signed minute and "
                                            "of the chain; name any minute that has changed "
                                            "since it was signed. Exits 1 if any has.")
    verify.set_defaults(func=cmd_verify)


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
