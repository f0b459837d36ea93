"""A Word protocol's version and adoption date, written in its page header, are read into
document control on import (the body's own document control, where it has one, wins)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import docx

from parishdesk.domain.protocol.header_control import control_from_header
from parishdesk.importers.docx_header import read_docx_header_text
from parishdesk.services import protocol_import

BODY = [
    ("Member/Officer Protocol", "Title"),
    ("1 PURPOSE", None),
    ("1.1 Councillors and staff work together with courtesy and trust.", None),
    ("1.2 The Clerk is the head of the paid service.", None),
    ("2 ENQUIRIES", None),
    ("2.1 A councillor's request for work goes to the Clerk.", None),
]


def _protocol_docx(path: Path, header: str, body_control: list[tuple[str, str]] = (),
                   first_page_header: str = "") -> Path:
    document = docx.Document()
    section = document.sections[0]
    section.header.paragraphs[0].text = header
    if first_page_header:
        section.different_first_page_header_footer = True
        section.first_page_header.paragraphs[0].text = first_page_header
    section.footer.paragraphs[0].text = "Page 1"
    for text, style in BODY[:1]:
        document.add_paragraph(text, style=style)
    if body_control:
        table = document.add_table(rows=0, cols=2)
        for key, value in body_control:
            cells = table.add_row().cells
            cells[0].text, cells[1].text = key, value
    for text, style in BODY[1:]:
        document.add_paragraph(text, style=style)
    document.save(str(path))
    return path


def test_the_version_and_adoption_date_in_the_header_reach_document_control(tmp_path):
    path = _protocol_docx(tmp_path / "protocol.docx",
                          "Ashcombe Parish Council\tVersion 3 \u2014 adopted 12 May 2025")
    assert "Version 3 \u2014 adopted 12 May 2025" in read_docx_header_text(path)
    protocol = protocol_import.read_for_import(path)
    assert protocol.metadata.version == "3"
    assert protocol.metadata.adopted == dt.date(2025, 5, 12)
    assert [s.number for s in protocol.sections] == ["1", "2"]
    assert "Version 3" not in " ".join(c.text for s in protocol.sections for c in s.clauses)


def test_a_first_page_header_counts_and_the_body_table_wins(tmp_path):
    path = _protocol_docx(tmp_path / "protocol.docx", "Member/Officer Protocol",
                          [("Version", "4.1"), ("Next review date", "01/06/2026")],
                          first_page_header="v4 | Adopted: 02/06/2025 | Next review: May 2026")
    metadata = protocol_import.read_for_import(path).metadata
    assert metadata.version == "4.1"  # the body's table
    assert metadata.next_review == dt.date(2026, 6, 1)  # the body's table
    assert metadata.adopted == dt.date(2025, 6, 2)  # only the header says it


def test_a_header_without_document_control_changes_nothing(tmp_path):
    path = _protocol_docx(tmp_path / "protocol.docx", "Ashcombe Parish Council")
    metadata = protocol_import.read_for_import(path).metadata
    assert metadata.version is None and metadata.adopted is None


def test_header_wordings_councils_use():
    cases = {
        "Version 3 (adopted 12 May 2025)": ("3", dt.date(2025, 5, 12)),
        "Issue 4, approved by council on 3rd March 2024": ("4", dt.date(2024, 3, 3)),
        "Protocol v2.1 | Adopted: 01/04/2024": ("2.1", dt.date(2024, 4, 1)),
        "Page 1 of 5": (None, None),
    }
    for text, (version, adopted) in cases.items():
        found = control_from_header(text)
        assert (found.version, found.adopted) == (version, adopted), text
    later = control_from_header("Version 2.0. Adopted 14/05/2024. Reviewed 13 May 2025. "
                                "Next review May 2026")
    assert later.last_reviewed == dt.date(2025, 5, 13)
    assert later.next_review == dt.date(2026, 5, 1)
