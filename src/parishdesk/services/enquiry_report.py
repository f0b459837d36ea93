"""Response times for a period: how quickly enquiries were answered, by officer and councillor.

Days to answer are working days from receipt to answer, less the working days
the clock was stopped while waiting for the councillor. "On time" means
answered on or before the due date the inbox showed (which already allows for
waiting).
"""

from __future__ import annotations

import datetime as dt
import statistics
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from parishdesk.domain.enquiry import waiting_periods
from parishdesk.domain.enquiry_report import ResponseReport, ResponseRow
from parishdesk.domain.workdays import working_days_between
from parishdesk.errors import ParishDeskError
from parishdesk.services.enquiries.settings import nation
from parishdesk.store import enquiry_inbox


@dataclass(frozen=True)
class _Answer:
    officer: str
    councillor: str
    days: int
    on_time: bool


def _row(name: str, answers: list[_Answer]) -> ResponseRow:
    days = [a.days for a in answers]
    return ResponseRow(name=name, answered=len(answers),
                       on_time=sum(1 for a in answers if a.on_time),
                       median_days=float(statistics.median(days)) if days else None)


def _grouped(answers: Iterable[_Answer], key: str) -> tuple[ResponseRow, ...]:
    groups: dict[str, list[_Answer]] = {}
    for answer in answers:
        groups.setdefault(getattr(answer, key) or "(not assigned)", []).append(answer)
    return tuple(_row(name, items) for name, items in sorted(groups.items()))


def response_times(start: dt.date, end: dt.date) -> ResponseReport:
    """The figures for enquiries answered from ``start`` to ``end`` (both included)."""
    if end < start:
        raise ParishDeskError("The end of the period comes before its start.")
    where = nation()
    rows = enquiry_inbox.answered_between(start, end)
    waits = enquiry_inbox.histories_with_waiting([r.id for r in rows])
    answers: list[_Answer] = []
    for row in rows:
        received = row.received_at.date()
        answered = row.answered_on
        days = working_days_between(received, answered, where)
        for spell_start, spell_end in waiting_periods(waits.get(row.id, []), as_of=answered):
            days -= max(0, working_days_between(max(spell_start, received),
                                                min(spell_end, answered), where))
        answers.append(_Answer(row.assigned_name, row.councillor_name, max(days, 0),
                               answered <= row.answer_due))
    return ResponseReport(start=start, end=end, overall=_row("All enquiries", answers),
                          by_officer=_grouped(answers, "officer"),
                          by_councillor=_grouped(answers, "councillor"))


def format_days(value: float | None) -> str:
    if value is None:
        return "–"
    return f"{value:g}"


def format_percent(value: float | None) -> str:
    return "–" if value is None else f"{value:.0f}%"


def save_report_pdf(report: ResponseReport, target: Path, today: dt.date, actor: str) -> Path:
    """Print the report to an A4 PDF at ``target`` (on the council's letterhead)."""
    from parishdesk.documents.enquiry_report_pdf import render_report  # only when printing
    from parishdesk.services.letters import letterhead

    target.write_bytes(render_report(report, letterhead(), today, actor))
    return target
