"""The inbox exported to CSV and Excel, read back from the real files."""

from __future__ import annotations

import csv
import datetime as dt

import openpyxl
import pytest

from parishdesk.errors import ParishDeskError
from parishdesk.services import enquiries as svc
from parishdesk.services import enquiry_export
from tests.services.enquiries.conftest import plain

TODAY = dt.date(2026, 11, 22)
RISKY = "=HYPERLINK(\"http://example.com\",\"Bench\")"


def _two(demo):  # type: ignore[no-untyped-def]
    first = svc.log_enquiry(plain(demo), "Catherine Brooks")
    second = svc.log_enquiry(plain(demo, subject=RISKY), "Catherine Brooks")
    return first, second


def test_csv_holds_every_enquiry_and_no_formula(demo, tmp_path) -> None:
    first, second = _two(demo)
    target = tmp_path / "out" / "enquiries.csv"
    assert enquiry_export.export_file(target, svc.inbox_query(TODAY)) == 2
    with target.open(encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.reader(handle))
    assert rows[0] == enquiry_export.HEADERS
    by_ref = {r[0]: r for r in rows[1:]}
    assert set(by_ref) == {first.reference, second.reference}
    line = by_ref[first.reference]
    assert line[2].endswith("Pritchard") and line[3] == "Bench on the green"
    assert line[5] == "New" and line[6] == "Normal"
    assert line[8] == "16/11/2026"  # answer by, dd/mm/yyyy
    assert by_ref[second.reference][3] == "'" + RISKY  # text, never run as a formula


def test_xlsx_cells_are_text_and_read_back(demo, tmp_path) -> None:
    first, second = _two(demo)
    target = tmp_path / "enquiries.xlsx"
    enquiry_export.export_file(target, svc.inbox_query(TODAY))
    sheet = openpyxl.load_workbook(target).active
    values = [[c.value for c in row] for row in sheet.iter_rows()]
    assert values[0] == enquiry_export.HEADERS
    assert {v[0] for v in values[1:]} == {first.reference, second.reference}
    risky = next(row for row in sheet.iter_rows(min_row=2) if row[3].value == RISKY)
    assert risky[3].data_type == "s"  # a string cell, not a formula
    assert sheet.title == "Enquiries" and sheet.freeze_panes == "A2"


def test_the_export_follows_the_filter(demo, tmp_path) -> None:
    _two(demo)
    target = tmp_path / "closed.csv"
    assert enquiry_export.export_file(target, svc.inbox_query(TODAY, "closed")) == 0
    assert target.read_text(encoding="utf-8-sig").splitlines() == [
        ",".join(enquiry_export.HEADERS)]


def test_another_ending_is_refused_plainly(demo, tmp_path) -> None:
    with pytest.raises(ParishDeskError, match=r"\.csv or \.xlsx"):
        enquiry_export.export_file(tmp_path / "enquiries.pdf", svc.inbox_query(TODAY))
    assert not (tmp_path / "enquiries.pdf").exists()
