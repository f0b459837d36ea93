"""Saving copies for other programs: a calendar file (.ics) for Outlook or any calendar, and
Word (.docx) copies. The choice of file, the plain message when it cannot be saved, and a
word on what to do next. ``export_deadlines_calendar`` is File > Export's "Deadlines to a
calendar (.ics)…"."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path

from PySide6.QtWidgets import QMessageBox, QWidget

from parishdesk.errors import ParishDeskError
from parishdesk.gui.common import file_chooser
from parishdesk.gui.common.context import AppContext
from parishdesk.gui.common.errors import show_expected

CALENDAR_FILES = "Calendar files (*.ics)"
WORD_FILES = "Word documents (*.docx)"
OPEN_IN_OUTLOOK = ("To add it to Outlook, double-click the file, or in Outlook choose File, "
                   "Open & Export, Open Calendar. Google Calendar: Settings, Import & export. "
                   "Saving again later and importing the new file updates the same entries "
                   "instead of adding copies.")
WORD_COPY = "This is a copy to edit or publish; the PDF stays the record."


def ask_path(parent: QWidget | None, title: str, suggested: Path, kind: str) -> Path | None:
    """Where to save (``kind``: ``CALENDAR_FILES`` or ``WORD_FILES``); None if cancelled."""
    chosen, _ = file_chooser.get_save_file_name(parent, title, str(suggested), kind)
    if not chosen:
        return None
    path = Path(chosen)
    suffix = ".ics" if kind == CALENDAR_FILES else ".docx"
    return path if path.suffix.lower() == suffix else path.with_name(path.name + suffix)


def save(parent: QWidget | None, work: Callable[[], str], done: str = "") -> bool:
    """Run ``work`` (it returns what was saved, in words); say so, or say plainly why not."""
    try:
        said = work()
    except (ParishDeskError, OSError) as exc:
        show_expected(parent, exc)
        return False
    QMessageBox.information(parent, "Saved", f"{said}\n\n{done}".strip())
    return True


def now_here(ctx: AppContext) -> dt.datetime:
    """The context's clock with its time zone, for the calendar's export stamp."""
    now = ctx.now()
    return now if now.tzinfo is not None else now.astimezone()


#: Said when the Disputes area's password keeps its cases out of the calendar file.
DISPUTES_LOCKED = ("Dispute cases were left out: the Disputes area is locked with its "
                   "password. Open Disputes with the password, then export again to include "
                   "them.")


def export_deadlines_calendar(parent: QWidget | None, context: AppContext,
                              path: Path | None = None,
                              disputes_unlocked: bool = False) -> Path | None:
    """File > Export > Deadlines to a calendar (.ics)…: open enquiries, information requests
    and dispute cases (their reference and the step due only) as all-day entries.

    Where the Disputes area has a password, its cases go in only once the area has been
    opened with it in this session (``disputes_unlocked``): the calendar file must not show
    what the lock keeps from whoever is at the keyboard."""
    from parishdesk.services import calendar_export
    from parishdesk.services.disputes import gate

    target = path or ask_path(parent, "Save the deadlines as a calendar file",
                              context.paths.data_dir / "ParishDesk deadlines.ics",
                              CALENDAR_FILES)
    if target is None:
        return None
    disputes = disputes_unlocked or not gate.password_required()

    def work() -> str:
        count = calendar_export.export_deadlines(target, context.today(), now_here(context),
                                                 disputes=disputes)
        saved = f"{count} deadline{'s' if count != 1 else ''} saved to {target}."
        if not disputes:
            return f"{saved} {DISPUTES_LOCKED}"
        return f"{saved} Dispute cases show only their reference and the step that is due."

    return target if save(parent, work, OPEN_IN_OUTLOOK) else None
