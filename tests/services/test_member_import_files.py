"""Realistic bad or unusual register files: each is read correctly or refused with a
message that names the file and the problem, never a traceback (issue 12, item 6)."""

from __future__ import annotations

import csv
import io
import zipfile
from pathlib import Path

import openpyxl
import pytest

from parishdesk.errors import ParishDeskError
from parishdesk.services import member_io
from tests.conftest import DEMO_TODAY

HEADERS = ["First name", "Surname", "E-mail", "Ward"]
ROWS = [["Zoë", "Ní Bhriain", "zoe@example.org", "North"],
        ["Ahmed", "Khan", "ahmed@example.org", "South"],
        ["Dafydd", "O'Brien", "", "East"]]


def _csv_text(rows=ROWS, delimiter: str = ",") -> str:  # type: ignore[no-untyped-def]
    out = io.StringIO()
    csv.writer(out, delimiter=delimiter, lineterminator="\n").writerows([HEADERS, *rows])
    return out.getvalue()


def _names(path: Path) -> list[tuple[str, str]]:
    preview = member_io.preview_import(path, DEMO_TODAY)
    assert preview.plan.ok, preview.plan.errors
    return [(r.councillor.first_name, r.councillor.surname) for r in preview.plan.rows]


EXPECTED = [(r[0], r[1]) for r in ROWS]


def test_csv_macintosh_with_cr_line_ends_is_read(demo, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    path = tmp_path / "mac.csv"
    path.write_bytes(_csv_text().replace("\n", "\r").encode("cp1252"))
    assert _names(path) == EXPECTED


@pytest.mark.parametrize("encoding", ["utf-16", "utf-16-le", "utf-16-be"])
def test_utf16_files_from_excel_and_notepad_are_read(demo, tmp_path: Path,  # type: ignore[no-untyped-def]
                                                    encoding: str) -> None:
    # Excel's "Unicode Text" is tab-separated UTF-16 with a byte-order mark; utf-16-le/-be
    # here have none, as some tools write them.
    path = tmp_path / "unicode.csv"
    path.write_bytes(_csv_text(delimiter="\t").replace("\n", "\r\n").encode(encoding))
    assert _names(path) == EXPECTED


def test_a_cell_over_128_kb_is_refused_naming_the_line(demo, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    rows = [ROWS[0], [*ROWS[1][:3], "x" * 200_000], ROWS[2]]
    path = tmp_path / "big-cell.csv"
    path.write_text(_csv_text(rows), encoding="utf-8")
    with pytest.raises(ParishDeskError, match=r"big-cell\.csv could not be read: a cell "
                                              r"starting on line 3 is longer than 131,072"):
        member_io.preview_import(path, DEMO_TODAY)


def test_an_unbalanced_quote_is_refused_not_merged(demo, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    text = _csv_text().replace("Ahmed,", '"Ahmed,', 1)
    path = tmp_path / "quote.csv"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(ParishDeskError, match=r"quote\.csv could not be read: a quotation "
                                              r"mark \(\"\) opened on line 3 is never closed"):
        member_io.preview_import(path, DEMO_TODAY)


def _xlsx(path: Path) -> Path:
    book = openpyxl.Workbook()
    sheet = book.active
    assert sheet is not None
    for row in [HEADERS, *ROWS]:
        sheet.append(row)
    book.save(path)
    return path


def _damage_part(source: Path, target: Path, part: str, cut: bool) -> Path:
    with zipfile.ZipFile(source) as old, zipfile.ZipFile(target, "w") as new:
        for name in old.namelist():
            body = old.read(name)
            if name == part:
                if not cut:
                    continue
                body = body[: len(body) // 2]
            new.writestr(name, body)
    return target


@pytest.mark.parametrize("part,cut", [("xl/worksheets/sheet1.xml", True),
                                      ("xl/worksheets/sheet1.xml", False),
                                      ("xl/workbook.xml", True),
                                      ("xl/styles.xml", True)])
def test_damaged_xlsx_parts_get_a_message(demo, tmp_path: Path, part: str,  # type: ignore[no-untyped-def]
                                         cut: bool) -> None:
    good = _xlsx(tmp_path / "good.xlsx")
    assert _names(good) == EXPECTED
    names = zipfile.ZipFile(good).namelist()
    if part not in names:
        pytest.skip(f"openpyxl wrote no {part}")
    bad = _damage_part(good, tmp_path / "damaged.xlsx", part, cut)
    # A missing sheet is named as missing, with the sheets that are there.
    expected = r"damaged\.xlsx: the sheet “[^”]+” is missing from the workbook " \
        r"\(sheets found: none\)" if not cut else r"damaged\.xlsx could not be read"
    with pytest.raises(ParishDeskError, match=expected):
        member_io.preview_import(bad, DEMO_TODAY)


def test_an_empty_first_sheet_without_a_councillors_sheet_names_the_sheets(  # type: ignore[no-untyped-def]
        demo, tmp_path: Path) -> None:
    import openpyxl

    book = openpyxl.Workbook()
    assert book.active is not None
    book.active.title = "Notes"
    other = book.create_sheet("Members & Staff")
    other.append(["First name", "Surname"])
    other.append(["Ann", "Jones"])
    path = tmp_path / "two-sheets.xlsx"
    book.save(path)
    with pytest.raises(ParishDeskError) as caught:
        member_io.preview_import(path, DEMO_TODAY)
    message = str(caught.value)
    assert "the sheet “Notes” is empty" in message and "is empty:" not in message
    assert "sheets found: “Notes”, “Members & Staff”" in message
    # Named "Councillors", the sheet is read wherever it stands.
    other.title = "Councillors"
    book.save(path)
    headers, rows = member_io.read_table(path)
    assert headers == ["First name", "Surname"] and rows == [["Ann", "Jones"]]


def test_a_file_far_bigger_than_a_register_is_refused(demo, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    path = tmp_path / "huge.csv"
    with path.open("wb") as handle:
        handle.truncate(member_io.MAX_IMPORT_BYTES + 1)
    with pytest.raises(ParishDeskError, match=r"huge\.csv is 20 MB, far bigger than"):
        member_io.preview_import(path, DEMO_TODAY)
