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

import datetime as dt
import io

import docx
from docx.enum.section import WD_SECTION
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor

from parishdesk.domain.letters import Letter, cc_line, long_date

# Word's own fonts, on every Windows and Mac computer: a serif body as in the PDF, and a
# plain sans serif for the letterhead's details and the page numbers.
FONT = "Cambria"
SANS = "Arial"
INK = RGBColor(0x1A, 0x1A, 0x1A)
MUTED = RGBColor(0x55, 0x55, 0x55)


def _set_language(document: docx.document.Document) -> None:
    normal = document.styles["Normal"]
    normal.font.name = FONT
    normal.font.size = Pt(10.5)
    normal.font.color.rgb = INK
    rpr = normal.element.get_or_add_rPr()
    fonts = rpr.find(qn("w:rFonts"))
    if fonts is None:
        fonts = OxmlElement("w:rFonts")
        rpr.append(fonts)
    for attr in ("w:ascii", "w:hAnsi", "w:cs", "w:eastAsia"):
        fonts.set(qn(attr), FONT)
    lang = OxmlElement("w:lang")
    lang.set(qn("w:val"), "en-GB")
    rpr.append(lang)
    normal.paragraph_format.space_after = Pt(8)


def _field(paragraph, code: str) -> None:  # type: ignore[no-untyped-def]
    """A Word field such as PAGE or NUMPAGES (Word fills in the number)."""
    run = paragraph.add_run()
    for kind, text in (("begin", None), ("instr", code), ("separate", None), ("text", "1"),
                       ("end", None)):
        if kind == "instr":
            instr = OxmlElement("w:instrText")
            instr.set(qn("xml:space"), "preserve")
            instr.text = f" {text} "
            run._r.append(instr)
        elif kind == "text":
            t = OxmlElement("w:t")
            t.text = text
            run._r.append(t)
        else:
            char = OxmlElement("w:fldChar")
            char.set(qn("w:fldCharType"), kind)
            run._r.append(char)


def _rule_below(paragraph) -> None:  # type: ignore[no-untyped-def]
    ppr = paragraph._p.get_or_add_pPr()
    borders = OxmlElement("w:pBdr")
    bottom = OxmlElement("w:bottom")
    for key, value in (("w:val", "single"), ("w:sz", "8"), ("w:space", "4"),
                       ("w:color", "8A8A8A")):
        bottom.set(qn(key), value)
    borders.append(bottom)
    ppr.append(borders)


def _small(run, size: float) -> None:  # type: ignore[no-untyped-def]
    run.font.name = SANS
    run.font.size = Pt(size)
    run.font.color.rgb = MUTED


def _letterhead(section, letter: Letter) -> None:  # type: ignore[no-untyped-def]
    head = letter.letterhead
    header = section.first_page_header
    name = header.paragraphs[0]
    name.alignment = WD_ALIGN_PARAGRAPH.CENTER
    run = name.add_run(head.council_name)
    run.bold = True
    run.font.size = Pt(21)
    lines = []
    address = ", ".join(x.strip() for x in head.address_lines if x.strip())
    if address:
        lines.append(address)
    contact = []
    if head.telephone.strip():
        contact.append(f"Telephone {head.telephone.strip()}")
    if head.email.strip():
        contact.append(f"E-mail {head.email.strip()}")
    if contact:
        lines.append("\u2003\u2022\u2003".join(contact))
    last = name
    for line in lines:
        last = header.add_paragraph()
        last.alignment = WD_ALIGN_PARAGRAPH.CENTER
        detail = last.add_run(line)
        _small(detail, 9)
    _rule_below(last)


def _footers(section, letter: Letter) -> None:  # type: ignore[no-untyped-def]
    running = section.header.paragraphs[0]
    _small(running.add_run(f"{letter.recipient.name} \u2014 {letter.reference} \u2014 "
                           f"{long_date(letter.date)}"), 8.5)
    for footer in (section.footer, section.first_page_footer):
        para = footer.paragraphs[0]
        para.alignment = WD_ALIGN_PARAGRAPH.CENTER
        _small(para.add_run("Page "), 8.5)
        _field(para, "PAGE")
        _small(para.add_run(" of "), 8.5)
        _field(para, "NUMPAGES")
        for run in para.runs:
            _small(run, 8.5)


def render_letter_docx(letter: Letter) -> bytes:
    """The letter as .docx bytes."""
    document = docx.Document()
    _set_language(document)
    section = document.sections[0]
    section.start_type = WD_SECTION.NEW_PAGE
    section.page_width, section.page_height = Cm(21.0), Cm(29.7)
    section.left_margin = section.right_margin = Cm(2.5)
    section.top_margin, section.bottom_margin = Cm(2.5), Cm(2.0)
    section.different_first_page_header_footer = True
    _letterhead(section, letter)
    _footers(section, letter)

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

    props = document.core_properties
    props.title = letter.document_title
    props.subject = letter.subject
    props.author = letter.letterhead.council_name
    props.last_modified_by = letter.letterhead.council_name
    props.comments = f"A copy of letter {letter.reference}; the PDF is the record."
    props.language = "en-GB"
    stamp = dt.datetime.combine(letter.date, dt.time(9, 0))
    props.created = props.modified = stamp
    props.revision = 1
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()
