"""The meeting's copies for other programs: the summons and agenda and the minutes in Word,
the meeting or the year's programme in a calendar file. The PDFs stay the record."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QWidget

from parishdesk.gui.common.context import AppContext
from parishdesk.gui.common.exports import (
    CALENDAR_FILES,
    OPEN_IN_OUTLOOK,
    WORD_COPY,
    WORD_FILES,
    ask_path,
    now_here,
    save,
)
from parishdesk.services import calendar_export
from parishdesk.services.meetings import agenda, word_copies


def save_agenda_word(parent: QWidget, ctx: AppContext, meeting_id: int,
                     path: Path | None = None) -> Path | None:
    m = agenda.get_meeting(meeting_id)
    target = path or ask_path(parent, "Save the summons and agenda as Word",
                              ctx.paths.data_dir / f"Agenda {m.on:%Y-%m-%d}.docx", WORD_FILES)
    if target is None:
        return None

    def work() -> str:
        word_copies.save_agenda_word(meeting_id, target, ctx.today())
        return f"The summons and agenda saved to {target}."

    return target if save(parent, work, WORD_COPY) else None


def save_minutes_word(parent: QWidget, ctx: AppContext, meeting_id: int, part: str = "public",
                      path: Path | None = None) -> Path | None:
    m = agenda.get_meeting(meeting_id)
    label = "Confidential minutes" if part == "confidential" else "Minutes"
    target = path or ask_path(parent, f"Save the {label.lower()} as Word",
                              ctx.paths.data_dir / f"{label} {m.on:%Y-%m-%d}.docx", WORD_FILES)
    if target is None:
        return None

    def work() -> str:
        word_copies.save_minutes_word(meeting_id, target, part)
        return f"{label} saved to {target}."

    return target if save(parent, work, WORD_COPY) else None


def meeting_to_calendar(parent: QWidget, ctx: AppContext, meeting_id: int,
                        path: Path | None = None) -> Path | None:
    m = agenda.get_meeting(meeting_id)
    target = path or ask_path(parent, "Add the meeting to a calendar",
                              ctx.paths.data_dir / f"Meeting {m.on:%Y-%m-%d}.ics",
                              CALENDAR_FILES)
    if target is None:
        return None

    def work() -> str:
        title = calendar_export.export_meeting(meeting_id, target, now_here(ctx))
        return f"The {title.lower()} of {m.on:%d/%m/%Y} saved to {target} as a calendar entry."

    return target if save(parent, work, OPEN_IN_OUTLOOK) else None


def programme_to_calendar(parent: QWidget, ctx: AppContext, year: int,
                          path: Path | None = None) -> Path | None:
    target = path or ask_path(parent, f"Save the meetings of {year} as a calendar",
                              ctx.paths.data_dir / f"Meetings {year}.ics", CALENDAR_FILES)
    if target is None:
        return None

    def work() -> str:
        count = calendar_export.export_programme(year, target, now_here(ctx))
        return f"{count} meeting{'s' if count != 1 else ''} of {year} saved to {target}."

    return target if save(parent, work, OPEN_IN_OUTLOOK) else None
