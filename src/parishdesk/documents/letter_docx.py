"""A formal letter as a Word document (.docx), for councils that publish or file in Word.

The same text as the PDF (``letter_pdf.py``) laid out the same way: the
council's letterhead centred at the top of page one, the recipient's address
with the reference and long date beside it on the right, "Dear …", the subject
in bold, the body, "Yours sincerely," with room to sign, the signatory, and the
visible "cc" line. Later pages carry the running header, and every page "Page X
of Y". A4, British English, a serif body as in the PDF. The PDF stays the
record; this is a copy to edit or publish.
"""

from __future__ import annotations

from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Cm, Pt

from parishdesk.documents.docx_common import finish, new_document
from parishdesk.domain.letters import Letter, cc_line, long_date


def render_letter_docx(letter: Letter) -> bytes:
    """The letter as .docx bytes."""
    document = new_document(letter.letterhead, f"{letter.recipient.name} \u2014 "
                            f"{letter.reference} \u2014 {long_date(letter.date)}")

    # The address on the left, the reference and date on the right, side by side.
    table = document.add_table(rows=1, cols=2)
    table.autofit = False
    widths = (Cm(9.5), Cm(6.5))
    for cell, width in zip(table.rows[0].cells, widths, strict=True):
        cell.width = width
    address = table.cell(0, 0).paragraphs[0]
    lines = [x for x in (letter.recipient.name, *letter.recipient.address_lines) if x.strip()]
    for i, line in enumerate(lines):
        if i:
            address.add_run().add_break()
        address.add_run(line)
    reference = table.cell(0, 1).paragraphs[0]
    reference.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    reference.add_run(f"Our reference: {letter.reference}")
    reference.add_run().add_break()
    reference.add_run(long_date(letter.date))

    dear = document.add_paragraph(letter.salutation)
    dear.paragraph_format.space_before = Pt(18)
    dear.paragraph_format.keep_with_next = True
    subject = document.add_paragraph()
    subject.add_run(letter.subject).bold = True
    subject.paragraph_format.keep_with_next = True
    body = [p for p in letter.body if p.strip()]
    for i, text in enumerate(body):
        para = document.add_paragraph(text)
        if i == len(body) - 1:
            para.paragraph_format.keep_with_next = True  # never a sign-off alone on a page
    closing = document.add_paragraph("Yours sincerely,")
    closing.paragraph_format.keep_with_next = True
    closing.paragraph_format.space_after = Pt(36)  # room to sign
    name = document.add_paragraph()
    name.add_run(letter.signatory.name).bold = True
    name.paragraph_format.space_after = Pt(0)
    name.paragraph_format.keep_with_next = True
    document.add_paragraph(letter.signatory.capacity)
    copies = cc_line(letter.cc)
    if copies:
        document.add_paragraph(copies)

    return finish(document, title=letter.document_title, subject=letter.subject,
                  author=letter.letterhead.council_name,
                  comments=f"A copy of letter {letter.reference}; the PDF is the record.",
                  created=letter.date)
