"""The command line: ``parishdesk [--data-dir DIR] [COMMAND …]``.

With no command the desktop app starts. Commands are discovered from
``parishdesk.commands``; each prints plain messages and returns an exit status.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence

from parishdesk.errors import ParishDeskError
from parishdesk.paths import make_private, resolve_paths


def _options(parser: argparse.ArgumentParser) -> None:
    """The options that come before any command."""
    parser.add_argument("--data-dir", metavar="DIR",
                        help="keep the database, backups and logs in DIR "
                             "(default: PARISHDESK_HOME, else your user data folder)")
    parser.add_argument("--quit-when-shown", action="store_true",
                        help="quit as soon as the main window is shown "
                             "(for measuring how long ParishDesk takes to start)")


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="parishdesk",
        description="ParishDesk: member/officer relations for a parish or town council clerk. "
                    "With no command, the desktop app starts.",
    )
    _options(parser)
    from parishdesk import __version__  # read from the metadata only for the full parser

    parser.add_argument("--version", action="version", version=f"ParishDesk {__version__}")
    from parishdesk.commands import command_modules

    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    for module in command_modules():
        module.register(sub)
    return parser


def run(argv: Sequence[str] | None = None) -> int:
    """Parse ``argv``; run a command, or start the desktop app. Returns the exit status."""
    words = list(sys.argv[1:] if argv is None else argv)
    # The desktop app (no command) is told apart first, so that starting it does not
    # import every command module (and the libraries they use).
    plain = argparse.ArgumentParser(prog="parishdesk", add_help=False)
    _options(plain)
    args, rest = plain.parse_known_args(words)
    if rest:
        args = build_parser().parse_args(words)
    else:
        args.command = None
    paths = resolve_paths(args.data_dir)
    make_private(paths)
    if args.command is None:
        from parishdesk.app import run_gui

        return run_gui(paths, quit_when_shown=args.quit_when_shown)
    from parishdesk import logging_setup

    logging_setup.configure(paths.log_file)
    try:
        return int(args.func(args, paths))
    except ParishDeskError as exc:
        print(f"{exc.title}: {exc}", file=sys.stderr)
        return 2
    except OSError as exc:
        print(f"ParishDesk could not use a file: {exc}", file=sys.stderr)
        return 2
