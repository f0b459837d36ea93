"""``parishdesk members import FILE [--dry-run]`` and ``parishdesk members export FILE``."""

from __future__ import annotations

import argparse
import datetime as dt
import sys
from pathlib import Path
from typing import Any

from parishdesk.commands._support import actor_name, open_db
from parishdesk.errors import ParishDeskError
from parishdesk.paths import DataPaths
from parishdesk.services import member_io
from parishdesk.services.council import current_council


def register(sub: Any) -> None:
    p = sub.add_parser("members", help="import or export the member register",
                       description="Import councillors from a CSV or .xlsx file, or export "
                                   "the register as CSV, .xlsx or a PDF.")
    actions = p.add_subparsers(dest="members_action", metavar="ACTION", required=True)
    imp = actions.add_parser("import", help="import councillors from FILE (.csv or .xlsx)",
                             description="Every row is checked first. If any row is wrong, "
                                         "nothing is imported and each problem is listed "
                                         "with its row, column and reason.")
    imp.add_argument("file", metavar="FILE", type=Path)
    imp.add_argument("--dry-run", action="store_true",
                     help="only say what would be imported; change nothing")
    imp.set_defaults(func=cmd_import)
    exp = actions.add_parser("export", help="export the register to FILE",
                             description="The format follows the file's ending: .csv, .xlsx "
                                         "or .pdf (an A4 landscape register).")
    exp.add_argument("file", metavar="FILE", type=Path)
    exp.set_defaults(func=cmd_export)


def cmd_import(args: argparse.Namespace, paths: DataPaths) -> int:
    today = dt.date.today()
    with open_db(paths):
        preview = member_io.preview_import(args.file, today)
        plan = preview.plan
        if plan.errors:
            print(f"{args.file.name}: {len(plan.errors)} problem(s); nothing was imported.",
                  file=sys.stderr)
            for error in plan.errors:
                print(error.describe(), file=sys.stderr)
            return 2
        for line in member_io.describe_plan(plan):
            print(line)
        if args.dry_run:
            for row in plan.rows_to_add:
                print(f"Row {row.row}: would add {member_io.councillor_label(row.councillor)}")
            print("Dry run: nothing was changed.")
            return 0
        result = member_io.apply_import(preview, actor_name(), today)
    print(f"Imported {result.added} councillor(s) from {args.file.name}.")
    return 0


def _no_council(paths: DataPaths) -> ParishDeskError:
    return ParishDeskError(f"There is no council set up in {paths.data_dir}, so there is no "
                           "register to export. Start ParishDesk and set up the council first, "
                           "or give --data-dir the folder that holds it.")


def cmd_export(args: argparse.Namespace, paths: DataPaths) -> int:
    # Checked before opening: opening an empty folder would create a database in it.
    if not paths.db_file.is_file():
        raise _no_council(paths)
    with open_db(paths):
        if current_council() is None:
            raise _no_council(paths)
        kind = member_io.export_file(args.file, dt.date.today())
    print(f"Member register written to {args.file} ({kind.upper()}).")
    return 0
