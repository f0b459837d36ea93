"""``parishdesk case-bundle CASE_REF --out FILE.pdf``: a dispute case's confidential bundle."""

from __future__ import annotations

import argparse
import datetime as dt
from pathlib import Path
from typing import Any

from parishdesk.commands._support import actor_name, open_db
from parishdesk.errors import ParishDeskError
from parishdesk.paths import DataPaths


def register(sub: Any) -> None:
    p = sub.add_parser("case-bundle", help="print a dispute case's bundle (confidential)",
                       description="Write one dispute case as a confidential PDF bundle: "
                                   "chronology, people, steps with their dates and time "
                                   "limits, letters and attached documents.")
    p.add_argument("reference", metavar="CASE_REF", help="the case reference, e.g. DC/2026/001")
    p.add_argument("--out", metavar="FILE.pdf", type=Path, required=True,
                   help="where to write the PDF")
    p.set_defaults(func=cmd_case_bundle)


def cmd_case_bundle(args: argparse.Namespace, paths: DataPaths) -> int:
    from parishdesk.services.disputes import bundle, case_file

    if args.out.suffix.lower() != ".pdf":
        raise ParishDeskError(f"The bundle is a PDF, so --out must name a .pdf file (not "
                              f"{args.out.name}); for example --out case.pdf.")
    today = dt.date.today()
    with open_db(paths):
        case_id = case_file.find_reference(args.reference)
        written = bundle.make_bundle(paths, case_id, args.out, actor_name(), today)
    print(f"Case bundle {args.reference.strip().upper()} written to {written} "
          "(confidential: keep it safe).")
    return 0
