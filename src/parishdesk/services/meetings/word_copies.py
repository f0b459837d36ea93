"""Word copies (.docx) of a meeting's summons and agenda and of its minutes, for councils
that publish in Word. Same words as the PDFs; the PDF stays the record, so saving a copy
changes nothing in the register (the summons is recorded as issued only by its PDF)."""

from __future__ import annotations

import datetime as dt
import os
from pathlib import Path

from parishdesk.errors import ParishDeskError
from parishdesk.services.meetings import agenda, papers


def _write(target: Path, data: bytes, what: str) -> Path:
    if target.suffix.lower() != ".docx":
        raise ParishDeskError(f"A Word document's name ends in .docx: {target.name}")
    part = target.with_name(target.name + ".part")
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        part.write_bytes(data)
        os.replace(part, target)
    except OSError as exc:
        raise ParishDeskError(f"The {what} could not be saved to {target}: {exc.strerror}.") \
            from exc
    return target


def agenda_docx(meeting_id: int, today: dt.date) -> bytes:
    """The summons and agenda, dated the day the summons went out (today if not yet)."""
    from parishdesk.documents.meetings_docx import render_agenda_docx

    meeting = agenda.get_meeting(meeting_id)
    return render_agenda_docx(papers.summons_view(meeting_id,
                                                  meeting.summons_issued_on or today))


def save_agenda_word(meeting_id: int, target: Path, today: dt.date) -> Path:
    return _write(target, agenda_docx(meeting_id, today), "agenda")


def minutes_docx(meeting_id: int, part: str = "public") -> bytes:
    """The public minutes, or (``part="confidential"``) the confidential part alone."""
    from parishdesk.documents.meetings_docx import render_minutes_docx

    return render_minutes_docx(papers.minutes_with_text(meeting_id), part)


def save_minutes_word(meeting_id: int, target: Path, part: str = "public") -> Path:
    return _write(target, minutes_docx(meeting_id, part), "minutes")
