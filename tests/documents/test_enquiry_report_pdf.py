"""The printable response-times report: figures, chart labels and house style."""

from __future__ import annotations

import datetime as dt
import io

from pypdf import PdfReader

from parishdesk.documents.enquiry_report_pdf import render_report
from parishdesk.domain.letters import Letterhead
from parishdesk.services.enquiry_report import ResponseReport, ResponseRow

ROWS = (ResponseRow("Catherine Brooks", 2, 1, 7.5), ResponseRow("Liam Hartley", 1, 1, 3.0))
REPORT = ResponseReport(
    start=dt.date(2026, 11, 1), end=dt.date(2026, 11, 30),
    overall=ResponseRow("All enquiries", 3, 2, 3.0), by_officer=ROWS,
    by_councillor=(ResponseRow("Cllr Owen Pritchard", 2, 2, 3.0),
                   ResponseRow("Cllr Tomasz Nowak", 1, 0, 12.0)),
)
HEAD = Letterhead("Ashcombe Parish Council", ("The Village Hall",))


def words(pdf: bytes) -> str:
    return " ".join(" ".join(p.extract_text() for p in PdfReader(io.BytesIO(pdf)).pages).split())


def test_report_pdf_has_the_figures_and_the_chart() -> None:
    pdf = render_report(REPORT, HEAD, dt.date(2026, 12, 1))
    text = words(pdf)
    assert "Enquiry response times" in text
    assert "01/11/2026 to 30/11/2026" in text
    assert "3 answered; 67% on time; median 3 working days" in text
    assert "Cllr Tomasz Nowak 1 0% 12" in text
    assert "Catherine Brooks 2 50% 7.5" in text
    assert "Median working days to answer" in text  # the chart's axis title
    assert "Page 1 of 1" in text
    assert PdfReader(io.BytesIO(pdf)).metadata.title == "Enquiry response times"  # type: ignore[union-attr]


def test_report_pdf_is_deterministic_and_says_when_empty() -> None:
    assert render_report(REPORT, HEAD, dt.date(2026, 12, 1)) == render_report(
        REPORT, HEAD, dt.date(2026, 12, 1))
    empty = ResponseReport(dt.date(2025, 1, 1), dt.date(2025, 1, 31),
                           ResponseRow("All enquiries", 0, 0, None), (), ())
    assert "No enquiry was answered in this period." in words(
        render_report(empty, HEAD, dt.date(2025, 2, 1)))
