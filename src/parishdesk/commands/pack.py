"""``parishdesk pack --councillor NAME --out FILE.pdf``: one councillor's protocol pack."""

from __future__ import annotations

import argparse
import datetime as dt
import sys
from pathlib import Path
from typing import Any

from parishdesk.commands._support import actor_name, open_db
from parishdesk.domain.members import Councillor
from parishdesk.errors import ParishDeskError
from parishdesk.paths import DataPaths


def register(sub: Any) -> None:
    p = sub.add_parser("pack", help="print a councillor's protocol pack",
                       description="Issue the covering letter and write the protocol pack "
                                   "(adopted protocol, summary, contacts and acknowledgement "
                                   "form) for one councillor as a PDF. A councillor who "
                                   "already has a pack for the adopted protocol gets the "
                                   "same pack again unless --new is given.")
    p.add_argument("--councillor", metavar="NAME", required=True,
                   help='"First Surname" (any case), or a surname only one councillor has')
    p.add_argument("--out", metavar="FILE.pdf", type=Path, required=True,
                   help="where to write the PDF")
    p.add_argument("--new", action="store_true",
                   help="issue a new, newly numbered covering letter even if the councillor "
                        "already has a pack for the adopted protocol (by default that pack "
                        "is printed again, with the same letter and reference)")
    p.set_defaults(func=cmd_pack)


def _norm(text: str) -> str:
    words = text.lower().replace(".", " ").split()
    if words and words[0] in ("cllr", "councillor"):
        words = words[1:]
    return " ".join(words)


def match_councillors(name: str, councillors: list[Councillor]) -> list[Councillor]:
    """Councillors called ``name``: "First Surname" (or preferred name), else the surname."""
    wanted = _norm(name)
    full = [c for c in councillors
            if wanted in {_norm(f"{c.first_name} {c.surname}"),
                          _norm(f"{c.preferred_name} {c.surname}") if c.preferred_name else ""}]
    if full:
        return full
    return [c for c in councillors if _norm(c.surname) == wanted]


def cmd_pack(args: argparse.Namespace, paths: DataPaths) -> int:
    from parishdesk.services import members, packs

    if args.out.suffix.lower() != ".pdf":
        raise ParishDeskError(f"The pack is a PDF, so --out must name a .pdf file "
                              f"(not {args.out.name}); for example --out pack.pdf.")
    today = dt.date.today()
    with open_db(paths):
        current = [c for c in members.councillors(today) if c.left_on is None]
        found = match_councillors(args.councillor, current)
        if len(found) != 1:
            listed = found or current
            if found:
                print(f'"{args.councillor}" matches {len(found)} councillors; give the first '
                      "name as well:", file=sys.stderr)
            else:
                print(f'No current councillor is called "{args.councillor}". '
                      "The councillors are:", file=sys.stderr)
            for c in listed:
                print(f"  {c.first_name} {c.surname}", file=sys.stderr)
            return 1
        councillor = found[0]
        assert councillor.id is not None
        result = packs.make_pack(paths, councillor.id, actor_name(), today, out=args.out,
                                 reprint=not args.new)
    if result.reprinted:
        print(f"{councillor.display_name} already has a pack for the adopted protocol: "
              f"printed it again to {result.path} (covering letter {result.letter_reference}; "
              "use --new for a newly numbered one).")
    else:
        print(f"Pack for {councillor.display_name} written to {result.path} "
              f"(covering letter {result.letter_reference}).")
    return 0
