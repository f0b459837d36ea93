"""Importing councillors from CSV or .xlsx, and exporting the register (CSV, .xlsx, PDF).

An import is previewed first (:func:`preview_import`): every row is checked by
:mod:`parishdesk.domain.member_import` against the register as it stands. Only
a preview without errors can be applied (:func:`apply_import`), and it is
applied in one transaction: every row or none.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
from collections.abc import Sequence
from dataclasses import dataclass, replace
from pathlib import Path
from typing import TYPE_CHECKING

from parishdesk.domain.member_import import (
    ImportPlan,
    RowError,
    councillor_to_row,
    export_headers,
    guess_mapping,
    validate_rows,
)
from parishdesk.domain.members import Councillor, effective_term_end, format_date
from parishdesk.domain.spreadsheet import from_cell, to_cell
from parishdesk.domain.text_decoding import decode_text
from parishdesk.errors import ParishDeskError
from parishdesk.services import members
from parishdesk.services.letters import letterhead
from parishdesk.store import members_store
from parishdesk.store.db import database

if TYPE_CHECKING:  # reportlab is loaded only when a register is written
    from parishdesk.documents.member_register_pdf import RegisterContent

FORMATS = {".csv": "csv", ".xlsx": "xlsx", ".pdf": "pdf"}


class ImportRejected(ParishDeskError):
    """The file has rows that cannot be imported; nothing was changed."""

    title = "Nothing was imported"

    def __init__(self, errors: Sequence[RowError]) -> None:
        self.errors = tuple(errors)
        shown = "\n".join(e.describe() for e in self.errors[:20])
        more = f"\n… and {len(self.errors) - 20} more." if len(self.errors) > 20 else ""
        super().__init__("Nothing was imported: correct these rows and try again.\n"
                         f"{shown}{more}")


# --- Reading ------------------------------------------------------------------------------

def _cell(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, dt.datetime):
        return format_date(value.date())
    if isinstance(value, dt.date):
        return format_date(value)
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return from_cell(str(value).strip())


#: Bigger than any council's register; a larger file is refused, not read.
MAX_IMPORT_BYTES = 20 * 1024 * 1024


def _csv_problem(path: Path, exc: csv.Error, first_line: int) -> ParishDeskError:
    reason = str(exc)
    if "field larger than field limit" in reason:
        detail = (f"a cell starting on line {first_line} is longer than "
                  f"{csv.field_size_limit():,} characters, which no councillor's details need. "
                  "A quotation mark (\") left open there makes the rest of the file one cell")
    elif "unexpected end of data" in reason:
        detail = (f"a quotation mark (\") opened on line {first_line} is never closed, so the "
                  "rest of the file would be read as one cell")
    elif "expected after" in reason:
        detail = (f"on line {first_line} a quotation mark (\") closes a cell but more text "
                  "follows it in the same cell")
    else:
        detail = f"line {first_line} is not valid CSV ({reason})"
    return ParishDeskError(f"{path.name} could not be read: {detail}. Open the file in a "
                           "spreadsheet program, correct that line and save it as CSV again.")


def _read_csv(path: Path) -> list[list[str]]:
    content = decode_text(_read_bytes(path))
    try:
        dialect: type[csv.Dialect] | csv.Dialect = csv.Sniffer().sniff(content[:4096],
                                                                         delimiters=",;\t")
    except csv.Error:
        dialect = csv.excel
    # newline="": a cell may hold line breaks, and Excel's "CSV (Macintosh)" ends lines
    # with CR alone. strict: an unbalanced quotation mark is an error, not a merged row.
    reader = csv.reader(io.StringIO(content, newline=""), dialect, strict=True)
    rows: list[list[str]] = []
    last_good_line = 0
    try:
        for row in reader:
            rows.append([from_cell(value) for value in row])
            last_good_line = reader.line_num
    except csv.Error as exc:
        raise _csv_problem(path, exc, last_good_line + 1) from exc
    return rows


def _read_bytes(path: Path) -> bytes:
    try:
        size = path.stat().st_size
        if size > MAX_IMPORT_BYTES:
            raise ParishDeskError(
                f"{path.name} is {size / 1024 / 1024:.0f} MB, far bigger than a register of "
                f"councillors; ParishDesk reads files up to {MAX_IMPORT_BYTES // 1024 // 1024} MB. "
                "Check it is the right file.")
        return path.read_bytes()
    except OSError as exc:
        raise ParishDeskError(f"{path.name} could not be opened ({exc.strerror}).") from exc


EXPECTED_SHEET = "Councillors"  # the sheet an export writes


def _declared_sheets(path: Path) -> list[str]:
    """The sheet names the workbook's index lists, whether or not their parts survive."""
    import html
    import re
    import zipfile

    try:
        with zipfile.ZipFile(path) as archive:
            index = archive.read("xl/workbook.xml").decode("utf-8", "replace")
    except (OSError, KeyError, zipfile.BadZipFile, RuntimeError):
        return []
    return [html.unescape(n) for n in re.findall(r'<(?:\w+:)?sheet\b[^>]*\bname="([^"]*)"',
                                                 index)]


def _quoted(names: Sequence[str]) -> str:
    return ", ".join(f"“{n}”" for n in names) if names else "none"


def _read_xlsx(path: Path) -> list[list[str]]:
    import openpyxl

    _read_bytes(path)  # the size check, and a plain message if it cannot be opened
    try:
        book = openpyxl.load_workbook(path, read_only=True, data_only=True)
    except Exception as exc:  # noqa: BLE001 - any unreadable workbook is the same problem
        raise ParishDeskError(f"{path.name} could not be read as an Excel workbook; the file "
                              "may be damaged or not really an .xlsx file.") from exc
    try:
        found = list(book.sheetnames)
        if EXPECTED_SHEET in found:
            sheet = book[EXPECTED_SHEET]
        else:
            sheet = book.active if found else None
        if sheet is None:
            missing = [n for n in _declared_sheets(path) if n not in found]
            wanted = missing[0] if missing else EXPECTED_SHEET
            raise ParishDeskError(
                f"{path.name}: the sheet “{wanted}” is missing from the workbook "
                f"(sheets found: {_quoted(found)}). Open it in Excel, check the councillors "
                "are on a sheet, save a copy and import that.")
        # read_only parses each sheet lazily, while the rows are read: a damaged sheet
        # fails here, not in load_workbook.
        rows = [[_cell(v) for v in row] for row in sheet.iter_rows(values_only=True)]
        if not any(c.strip() for r in rows for c in r) and len(found) > 1:
            raise ParishDeskError(
                f"{path.name}: the sheet “{sheet.title}” is empty and there is no "
                f"sheet called “{EXPECTED_SHEET}” (sheets found: {_quoted(found)}). "
                f"Put the councillors on the first sheet, or name their sheet "
                f"“{EXPECTED_SHEET}”, and import again.")
        return rows
    except ParishDeskError:
        raise
    except Exception as exc:  # noqa: BLE001 - zip, XML or cell damage inside the workbook
        raise ParishDeskError(f"{path.name} could not be read: part of the workbook is "
                              "damaged. Open it in Excel, save a copy and import that.") from exc
    finally:
        book.close()


def read_table(path: Path) -> tuple[list[str], list[list[str]]]:
    """The header row and the data rows of a CSV or .xlsx file, as text."""
    kind = FORMATS.get(path.suffix.lower())
    if kind not in ("csv", "xlsx"):
        raise ParishDeskError(f"{path.name}: import reads .csv and .xlsx files only.")
    if not path.is_file():
        raise ParishDeskError(f"{path} does not exist.")
    rows = _read_csv(path) if kind == "csv" else _read_xlsx(path)
    while rows and not any(c.strip() for c in rows[0]):
        rows.pop(0)
    if not rows:
        raise ParishDeskError(f"{path.name} is empty: it needs a header row and one row per "
                              "councillor.")
    headers = [c.strip() for c in rows[0]]
    return headers, [list(r) for r in rows[1:]]


# --- Import -------------------------------------------------------------------------------

@dataclass(frozen=True)
class ImportPreview:
    """A file read and checked, with the column mapping used."""

    source: Path
    headers: tuple[str, ...]
    rows: tuple[tuple[str, ...], ...]
    mapping: dict[int, str | None]
    plan: ImportPlan


@dataclass(frozen=True)
class ImportResult:
    added: int
    duplicates_skipped: int
    groups_created: tuple[str, ...]


def _plan(headers: Sequence[str], rows: Sequence[Sequence[str]],
          mapping: dict[int, str | None], today: dt.date) -> ImportPlan:
    return validate_rows(
        headers, rows, mapping, members_store.list_councillors(include_former=True, on=today),
        [g.name for g in members_store.list_groups()],
        [c.name for c in members_store.list_committees()], today=today,
    )


def preview_import(path: Path, today: dt.date,
                   mapping: dict[int, str | None] | None = None) -> ImportPreview:
    """Read ``path`` and say what importing it would do; the register is not touched."""
    headers, rows = read_table(path)
    used = dict(mapping) if mapping is not None else guess_mapping(headers)
    return ImportPreview(path, tuple(headers), tuple(tuple(r) for r in rows), used,
                         _plan(headers, rows, used, today))


def remap(preview: ImportPreview, mapping: dict[int, str | None],
          today: dt.date) -> ImportPreview:
    """The same file checked again with a changed column mapping."""
    return replace(preview, mapping=dict(mapping),
                   plan=_plan(preview.headers, preview.rows, mapping, today))


def apply_import(preview: ImportPreview, actor: str, today: dt.date) -> ImportResult:
    """Import every row that is not a likely duplicate, all in one transaction.

    The rows are checked again against the register as it is now; if any row
    has a problem, :class:`ImportRejected` is raised and nothing changes.
    """
    with database.atomic():
        plan = _plan(preview.headers, preview.rows, preview.mapping, today)
        if plan.errors:
            raise ImportRejected(plan.errors)
        committee_ids = {c.name: c.id for c in members_store.list_committees()}
        items = [(row.councillor, [i for i in (committee_ids.get(n) for n in row.committees)
                                   if i is not None])
                 for row in plan.rows_to_add]
        members.create_councillors_unchecked(items, actor, today)
    return ImportResult(len(plan.rows_to_add), len(plan.duplicates), plan.new_groups)


# --- Export -------------------------------------------------------------------------------

def export_table(today: dt.date) -> tuple[list[str], list[list[str]]]:
    """The current councillors as rows that :func:`preview_import` reads back."""
    rows = []
    for c in members_store.list_councillors(on=today):
        assert c.id is not None
        committees = [cm.name for cm in members_store.committees_of(c.id, today)]
        rows.append(councillor_to_row(c, committees))
    return export_headers(), rows


def write_csv(path: Path, today: dt.date) -> None:
    headers, rows = export_table(today)
    with path.open("w", encoding="utf-8-sig", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(headers)
        writer.writerows([to_cell(value) for value in row] for row in rows)


def write_xlsx(path: Path, today: dt.date) -> None:
    import openpyxl

    headers, rows = export_table(today)
    book = openpyxl.Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.title = EXPECTED_SHEET
    sheet.append(headers)
    for row in rows:
        sheet.append(row)
        for cell in sheet[sheet.max_row]:
            cell.data_type = "s"  # text, even when it looks like a formula
    for index, header in enumerate(headers, start=1):
        width = max([len(header), *(len(r[index - 1]) for r in rows)]) + 2
        sheet.column_dimensions[openpyxl.utils.get_column_letter(index)].width = min(width, 50)
    sheet.freeze_panes = "A2"
    book.save(path)


def _offices(today: dt.date) -> dict[int, list[str]]:
    names = {c.id: c.name for c in members_store.list_committees(True)}
    labels = {"council_chair": "Chair of the council",
              "council_vice_chair": "Vice-Chair of the council",
              "committee_chair": "Chair", "committee_vice_chair": "Vice-chair"}
    found: dict[int, list[str]] = {}
    for r in members_store.list_roles():
        if r.kind in labels and r.start <= today and (r.end is None or r.end > today):
            label = labels[r.kind]
            if r.committee_id is not None:
                label = f"{label}, {names.get(r.committee_id, '')}"
            found.setdefault(r.person_id, []).append(label)
    return found


def register_content(today: dt.date) -> RegisterContent:
    """What the PDF register shows, read from the store."""
    from parishdesk.documents.member_register_pdf import RegisterContent

    year = members.election_year()
    everyone = members_store.list_councillors(include_former=True, on=today)
    current = [c for c in everyone if c.is_current(today) and c.left_on is None]
    former = [c for c in everyone if c not in current]
    committees = members_store.list_committees()
    by_committee: dict[int, tuple[str, list[str]]] = {}
    names = {c.id: c.display_name for c in everyone}
    for cm in committees:
        assert cm.id is not None
        chair = members_store.holder_of("committee_chair", today, cm.id)
        people = [names[r.person_id] for r in members_store.list_roles(kinds=("committee_member",))
                  if r.committee_id == cm.id and r.start <= today
                  and (r.end is None or r.end > today) and r.person_id in names]
        by_committee[cm.id] = (chair.display_name if chair else "", people)
    return RegisterContent(
        letterhead=letterhead(), as_at=today, councillors=current,
        officers=members_store.list_officers(), committees=committees, former=former,
        term_ends={c.id: effective_term_end(c, year) for c in current if c.id is not None},
        offices=_offices(today),
        committees_of={c.id: [cm.name for cm in members_store.committees_of(c.id, today)]
                       for c in current if c.id is not None},
        committee_members=by_committee,
    )


def register_pdf(today: dt.date) -> bytes:
    """The member register as a PDF (to print or to save)."""
    from parishdesk.documents.member_register_pdf import render_register

    return render_register(register_content(today))


def write_pdf(path: Path, today: dt.date) -> None:
    path.write_bytes(register_pdf(today))


def export_file(path: Path, today: dt.date) -> str:
    """Write the register to ``path`` in the format its extension names; return the format."""
    kind = FORMATS.get(path.suffix.lower())
    if kind is None:
        raise ParishDeskError(f"{path.name}: export writes .csv, .xlsx or .pdf files; "
                              "give the file one of those endings.")
    {"csv": write_csv, "xlsx": write_xlsx, "pdf": write_pdf}[kind](path, today)
    return kind


def describe_plan(plan: ImportPlan) -> list[str]:
    """Plain lines saying what an import would do (for the command line and the preview)."""
    lines = [f"{len(plan.rows_to_add)} councillor(s) would be added."]
    for dup in plan.duplicates:
        lines.append(f"Row {dup.row}: likely duplicate, not imported again: {dup.reason}")
    if plan.new_groups:
        lines.append("New party groups would be created: " + ", ".join(plan.new_groups) + ".")
    if plan.ignored_columns:
        lines.append("Columns ignored: " + ", ".join(plan.ignored_columns) + ".")
    return lines


def councillor_label(c: Councillor) -> str:
    return f"{c.full_name}" + (f" ({c.ward})" if c.ward else "")
