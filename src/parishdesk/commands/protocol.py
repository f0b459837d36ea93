"""``parishdesk protocol outline FILE [--json]`` and ``parishdesk protocol import FILE``."""

from __future__ import annotations

import argparse
import json
import os
import sys
import textwrap
from pathlib import Path
from typing import Any

from parishdesk.commands._support import actor_name, open_db
from parishdesk.domain.protocol import (
    Protocol,
    outline_warnings,
    preamble_paragraphs,
    protocol_to_outline,
)
from parishdesk.paths import DataPaths

PREVIEW_CHARS = 110


def register(sub: Any) -> None:
    p = sub.add_parser("protocol", help="read a council's Member/Officer Protocol",
                       description="Show how ParishDesk reads a protocol file (.docx, .pdf, "
                                   ".txt or .md), or save it as a draft version.")
    actions = p.add_subparsers(dest="protocol_command", metavar="ACTION", required=True)
    outline = actions.add_parser("outline", help="print the sections and clauses found",
                                 description="Print the outline found in FILE without saving "
                                             "anything.")
    outline.add_argument("file", metavar="FILE", type=Path)
    outline.add_argument("--json", action="store_true",
                         help="print the outline as JSON: title, metadata, preamble (the "
                              "paragraphs before the first section, only when there are "
                              "any), sections and clauses; a clause's number is null when "
                              "the clause is unnumbered")
    outline.set_defaults(func=cmd_outline)
    imp = actions.add_parser("import", help="save the protocol in FILE as a draft version",
                             description="Read FILE and save it as a new draft version of the "
                                         "protocol; the clerk adopts it in the app.")
    imp.add_argument("file", metavar="FILE", type=Path)
    imp.set_defaults(func=cmd_import)


def _date(value: Any) -> str:
    return value.strftime("%d/%m/%Y") if value else "not stated"


def format_outline(p: Protocol) -> str:
    """A readable, indented outline with the parser's warnings."""
    m = p.metadata
    lines = [p.title or "(no title found)",
             f"  Version: {m.version or 'not stated'}; adopted: {_date(m.adopted)}; "
             f"last reviewed: {_date(m.last_reviewed)}; next review: {_date(m.next_review)}"]
    warnings = outline_warnings(p)
    if warnings:
        lines.append(f"Warnings ({len(warnings)}):")
        lines += [f"  ! {w.message}" for w in warnings]
    paragraphs = preamble_paragraphs(p)
    if paragraphs:
        lines.append("")
        lines.append("Before the first section:")
        lines += [f"  {textwrap.shorten(x, PREVIEW_CHARS, placeholder=' …')}"
                  for x in paragraphs]
    clause_count = 0
    for section in p.sections:
        heading = " ".join(x for x in (section.number or "", section.title) if x) or "(untitled)"
        lines.append("")
        lines.append(heading)
        for clause in section.clauses:
            clause_count += 1
            depth = len(clause.number.split(".")) - 1 if clause.number else 1
            first = clause.text.splitlines()[0] if clause.text else ""
            preview = textwrap.shorten(first, PREVIEW_CHARS, placeholder=" …")
            label = clause.number or "-"
            lines.append(f"{'  ' * depth}{label}  {preview}")
            for block in clause.blocks[1:]:
                if block.kind == "para":
                    continue
                mark = "•" if block.kind == "bullet" else block.label or ""
                item = textwrap.shorten(block.text, PREVIEW_CHARS - 10, placeholder=" …")
                lines.append(f"{'  ' * (depth + 2 + block.level)}{mark} {item}")
    lines.append("")
    lines.append(f"{len(p.sections)} sections, {clause_count} clauses.")
    return "\n".join(lines)


def cmd_outline(args: argparse.Namespace, paths: DataPaths) -> int:
    from parishdesk.services import protocols

    protocol = protocols.read_protocol_file(args.file)
    if args.json:
        output = json.dumps(protocol_to_outline(protocol), ensure_ascii=False, indent=2)
    else:
        output = format_outline(protocol)
    try:
        print(output)
        sys.stdout.flush()
    except BrokenPipeError:
        # The reader stopped early (``outline FILE | head``): that is fine, say nothing.
        # Point stdout at nothing so Python's own flush at exit does not complain.
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        os.close(devnull)
    return 0


def cmd_import(args: argparse.Namespace, paths: DataPaths) -> int:
    from parishdesk.services import protocols

    protocol = protocols.read_protocol_file(args.file)
    with open_db(paths):
        version_id = protocols.save_draft(protocol, actor_name(), args.file.name)
    print(f"Saved {args.file.name} as draft protocol version {version_id}: "
          f"{protocol.title or '(no title found)'}.")
    warnings = outline_warnings(protocol)
    if warnings:
        print(f"Check these {len(warnings)} points in the Documents area before adopting it:")
        for w in warnings:
            print(f"  ! {w.message}")
    return 0
