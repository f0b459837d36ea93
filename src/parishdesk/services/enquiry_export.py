"""The enquiry inbox as a spreadsheet (CSV or Excel), like the other registers.

The rows are the inbox as the clerk has it filtered and sorted. Every cell is written as
text that a spreadsheet never runs as a formula (``domain.spreadsheet.to_cell`` for CSV;
cells typed as text in Excel), so a subject such as ``=HYPERLINK(…)`` stays words.
"""

from __future__ import annotations

import csv
import datetime as dt
from pathlib import Path

from parishdesk.domain.enquiry import PRIORITY_LABELS, STATUS_LABELS, Priority, Status
from parishdesk.domain.enquiry_records import InboxQuery, InboxRow
from parishdesk.domain.spreadsheet import to_cell
from parishdesk.errors import ParishDeskError
from parishdesk.store import enquiry_inbox

HEADERS = ["Reference", "Received", "From", "Subject", "Assigned to", "Status", "Priority",
           "Acknowledge by", "Answer by", "Waiting since", "Answered on", "Warnings"]
FORMATS = {".csv": "csv", ".xlsx": "xlsx"}


def _date(day: dt.date | None) -> str:
    return f"{day:%d/%m/%Y}" if day else ""


def _label(labels: dict, kind: type, value: str) -> str:  # type: ignore[type-arg]
    try:
        return str(labels[kind(value)])
    except (ValueError, KeyError):
        return value


def row_cells(row: InboxRow) -> list[str]:
    return [row.reference, f"{row.received_at:%d/%m/%Y %H:%M}", row.councillor_name,
            row.subject, row.assigned_name, _label(STATUS_LABELS, Status, row.status),
            _label(PRIORITY_LABELS, Priority, row.priority), _date(row.ack_due),
            _date(row.answer_due), _date(row.waiting_since), _date(row.answered_on),
            str(row.warning_count) if row.warning_count else ""]


def rows(query: InboxQuery) -> list[list[str]]:
    """Every enquiry the query finds (not just the page on screen), as cells."""
    found = enquiry_inbox.inbox_page(query, 0, max(enquiry_inbox.inbox_count(query), 1))
    return [row_cells(r) for r in found]


def _write_csv(path: Path, cells: list[list[str]]) -> None:
    with path.open("w", encoding="utf-8-sig", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(HEADERS)
        writer.writerows([to_cell(value) for value in row] for row in cells)


def _write_xlsx(path: Path, cells: list[list[str]]) -> None:
    import openpyxl

    book = openpyxl.Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.title = "Enquiries"
    sheet.append(HEADERS)
    for row in cells:
        sheet.append(row)
        for cell in sheet[sheet.max_row]:
            cell.data_type = "s"  # text, even when it looks like a formula
    for index, header in enumerate(HEADERS, start=1):
        width = max([len(header), *(len(r[index - 1]) for r in cells)]) + 2
        sheet.column_dimensions[openpyxl.utils.get_column_letter(index)].width = min(width, 60)
    sheet.freeze_panes = "A2"
    book.save(path)


def export_file(path: Path, query: InboxQuery) -> int:
    """Write the inbox to ``path`` (.csv or .xlsx, by its ending); return how many rows."""
    kind = FORMATS.get(path.suffix.lower())
    if kind is None:
        raise ParishDeskError(f"{path.name}: enquiries are exported as .csv or .xlsx files; "
                              "give the file one of those endings.")
    cells = rows(query)
    path.parent.mkdir(parents=True, exist_ok=True)
    (_write_csv if kind == "csv" else _write_xlsx)(path, cells)
    return len(cells)
