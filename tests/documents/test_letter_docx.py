"""Word copies of letters: read back with python-docx, the same text as the PDF."""

from __future__ import annotations

import io
import re
from datetime import date

import docx
from docx.shared import Cm
from pypdf import PdfReader

from parishdesk.documents.letter_docx import render_letter_docx
from parishdesk.documents.letter_pdf import render_letter
from parishdesk.domain.letters import Letter, Letterhead, Recipient, Signatory

LETTER = Letter(
    reference="PD/2026/0107",
    date=date(2026, 3, 9),
    letterhead=Letterhead("Little Ashby Parish Council", ("The Old School", "Mill Lane",
                                                           "Little Ashby LA1 2BC"),
                          "01632 960555", "clerk@littleashby.example"),
    recipient=Recipient("Cllr Ann Hale", ("4 Vicarage Close", "Little Ashby", "LA1 3DE"),
                        "Councillor Hale"),
    subject="Your request to see the grass-cutting contract",
    body=("Thank you for your request of 2 March 2026 to see the council’s grass-cutting "
          "contract with its schedule of rates.",
          "As you sit on the Open Spaces Committee, which oversees the contract, you need the "
          "document for your work as a councillor, and a copy is enclosed.",
          "Please keep the rates confidential while the contract is being retendered: they "
          "are commercially sensitive until the new contract is let."),
    signatory=Signatory("Sam Reed", "Clerk and Proper Officer"),
    cc=("Cllr Bo Lee (Chair of the Open Spaces Committee)",),
)


def _flat(text: str) -> str:
    return " ".join(text.replace("\u2003", " ").split())


def _read(data: bytes) -> docx.document.Document:
    return docx.Document(io.BytesIO(data))


def test_the_word_copy_has_the_letter_in_order():
    document = _read(render_letter_docx(LETTER))
    [table] = document.tables  # the address, with the reference and date beside it
    address, reference = (cell.text for cell in table.rows[0].cells)
    assert address == "Cllr Ann Hale\n4 Vicarage Close\nLittle Ashby\nLA1 3DE"
    assert reference == "Our reference: PD/2026/0107\n9 March 2026"
    texts = [p.text for p in document.paragraphs]
    assert texts[0:3] == ["Dear Councillor Hale,", LETTER.subject, LETTER.body[0]]
    assert texts[-4:] == ["Yours sincerely,", "Sam Reed", "Clerk and Proper Officer",
                          "cc Cllr Bo Lee (Chair of the Open Spaces Committee)"]
    subject = document.paragraphs[1]
    assert all(run.bold for run in subject.runs)


def test_letterhead_on_page_one_running_header_and_page_numbers_after():
    document = _read(render_letter_docx(LETTER))
    section = document.sections[0]
    assert section.different_first_page_header_footer
    assert (round(section.page_width.cm, 1), round(section.page_height.cm, 1)) == (21.0, 29.7)
    assert abs(section.left_margin - Cm(2.5)) < Cm(0.01)
    head = [p.text for p in section.first_page_header.paragraphs]
    assert head == ["Little Ashby Parish Council", "The Old School, Mill Lane, Little Ashby LA1 2BC",
                    "Telephone 01632 960555\u2003\u2022\u2003E-mail clerk@littleashby.example"]
    assert section.header.paragraphs[0].text == "Cllr Ann Hale \u2014 PD/2026/0107 \u2014 9 March 2026"
    footer_xml = section.footer.paragraphs[0]._p.xml
    assert "PAGE" in footer_xml and "NUMPAGES" in footer_xml
    assert "en-GB" in document.styles["Normal"].element.xml
    props = document.core_properties
    assert props.title == LETTER.subject and props.author == "Little Ashby Parish Council"


def test_the_same_words_as_the_pdf():
    document = _read(render_letter_docx(LETTER))
    pdf = _flat(" ".join(page.extract_text() for page in PdfReader(io.BytesIO(
        render_letter(LETTER))).pages))
    for line in document.sections[0].first_page_header.paragraphs:
        assert _flat(line.text) in pdf, f"letterhead line not in the PDF: {line.text!r}"
    # The letter itself: every paragraph of the Word copy in the PDF, in the same order.
    for cell in document.tables[0].rows[0].cells:
        for line in cell.text.split("\n"):
            assert _flat(line) in pdf, f"not in the PDF: {line!r}"
    position = 0
    for para in document.paragraphs:
        for line in filter(None, (_flat(x) for x in para.text.split("\n"))):
            found = pdf.find(line, position)
            assert found >= 0, f"not in the PDF (or out of order): {line!r}"
            position = found + len(line)
    # And every sentence of the body is in the Word copy.
    docx_text = _flat(" ".join(p.text for p in document.paragraphs))
    for sentence in re.split(r"(?<=[.:])\s", _flat(" ".join(LETTER.body))):
        assert sentence in docx_text
