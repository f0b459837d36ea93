"""Response-time figures on a small dataset whose answers are worked out by hand."""

from __future__ import annotations

import datetime as dt

import pytest

from parishdesk.services import enquiries as svc
from parishdesk.services.enquiries import EnquiryInput
from parishdesk.services.enquiry_report import ResponseReport, response_times

MONDAY = dt.datetime(2026, 11, 2, 10, 0)


@pytest.fixture
def demo(opened, monkeypatch):  # type: ignore[no-untyped-def]
    """The demo council without its demo inbox, so references and counts start from scratch."""
    from parishdesk.services.demo import create_demo_council, m20_enquiries

    monkeypatch.setattr(m20_enquiries, "populate", lambda *args: None)
    return create_demo_council("test", dt.date(2026, 11, 22))


def known_dataset(demo) -> None:  # type: ignore[no-untyped-def]
    """Four enquiries received Monday 02/11/2026 (answer due 16/11/2026).

    1. Pritchard, the Clerk, answered Thu 05/11: 3 working days, on time.
    2. Nowak, the Clerk, answered Wed 18/11: 12 working days, late.
    3. Pritchard, the assistant, waiting 03/11 to 06/11 (3 working days stopped),
       answered Tue 10/11: 6 - 3 = 3 working days, on time.
    4. Nowak, answered 01/12: outside the period.
    """
    clerk, assistant = demo.officers["clerk"].id, demo.officers["assistant"].id

    def log(surname: str, subject: str) -> int:
        return svc.log_enquiry(EnquiryInput(councillor_id=demo.councillors[surname].id,
                                            received_at=MONDAY, subject=subject), "clerk").id

    first = log("Pritchard", "Bench")
    svc.transition(first, "answered", "clerk", dt.datetime(2026, 11, 5, 12))
    second = log("Nowak", "Bins")
    svc.transition(second, "answered", "clerk", dt.datetime(2026, 11, 18, 12),
                   late_reason="Contractor slow")
    third = log("Pritchard", "Hedge")
    svc.assign(third, assistant, clerk, "clerk")
    svc.transition(third, "waiting", "clerk", dt.datetime(2026, 11, 3, 9))
    svc.transition(third, "in_progress", "clerk", dt.datetime(2026, 11, 6, 9))
    svc.transition(third, "answered", "clerk", dt.datetime(2026, 11, 10, 9))
    fourth = log("Nowak", "Lights")
    svc.transition(fourth, "answered", "clerk", dt.datetime(2026, 12, 1, 9),
                   late_reason="Waiting for the district council")


def report(demo) -> ResponseReport:  # type: ignore[no-untyped-def]
    known_dataset(demo)
    return response_times(dt.date(2026, 11, 1), dt.date(2026, 11, 30))


def test_overall_figures(demo) -> None:
    result = report(demo)
    assert result.overall.answered == 3
    assert result.overall.median_days == 3.0
    assert result.overall.on_time_percent == pytest.approx(200 / 3)
    assert result.period_text == "01/11/2026 to 30/11/2026"


def test_by_officer_and_by_councillor(demo) -> None:
    result = report(demo)
    officers = {r.name: (r.answered, r.median_days, r.on_time_percent) for r in result.by_officer}
    assert officers == {"Catherine Brooks": (2, 7.5, 50.0), "Liam Hartley": (1, 3.0, 100.0)}
    councillors = {r.name: (r.answered, r.median_days, r.on_time_percent)
                   for r in result.by_councillor}
    assert councillors == {"Cllr Owen Pritchard": (2, 3.0, 100.0),
                           "Cllr Tomasz Nowak": (1, 12.0, 0.0)}


def test_an_empty_period_has_no_figures(demo) -> None:
    empty = response_times(dt.date(2025, 1, 1), dt.date(2025, 1, 31))
    assert empty.overall.answered == 0
    assert empty.overall.median_days is None and empty.overall.on_time_percent is None
    assert empty.by_officer == ()


def test_the_report_prints_to_an_a4_pdf_on_the_letterhead(demo, tmp_path) -> None:
    from pypdf import PdfReader

    from parishdesk.services.enquiry_report import save_report_pdf

    target = save_report_pdf(report(demo), tmp_path / "times.pdf", dt.date(2026, 12, 1), "clerk")
    pdf = PdfReader(str(target))
    words = " ".join((page.extract_text() or "") for page in pdf.pages)
    assert "Enquiry response times" in words
    assert "Catherine Brooks" in words and "Ashcombe Parish Council" in words
    box = pdf.pages[0].mediabox
    assert (round(float(box.width)), round(float(box.height))) == (595, 842)
