"""What every Word copy shares: A4 pages, the fonts, British English, the council's
letterhead at the top of page one, a running header on later pages and "Page X of Y"
at the foot. The PDF stays the record; a Word copy is for councils that publish or
edit in Word."""

from __future__ import annotations

import datetime as dt
import io

import docx
from docx.enum.section import WD_SECTION
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor

from parishdesk.domain.letters import Letterhead

# Word's own fonts, on every Windows and Mac computer: a serif body as in the PDF, and a
# plain sans serif for the letterhead's details and the page numbers.
FONT = "Cambria"
SANS = "Arial"
INK = RGBColor(0x1A, 0x1A, 0x1A)
MUTED = RGBColor(0x55, 0x55, 0x55)


def new_document(letterhead: Letterhead, running_header: str,
                 page_mark: str = "") -> docx.document.Document:
    """An empty A4 document with the letterhead on page one, ``running_header`` on later
    pages, and "Page X of Y" (after ``page_mark``, if any) at the foot of every page."""
    document = docx.Document()
    set_language(document)
    section = document.sections[0]
    section.start_type = WD_SECTION.NEW_PAGE
    section.page_width, section.page_height = Cm(21.0), Cm(29.7)
    section.left_margin = section.right_margin = Cm(2.5)
    section.top_margin, section.bottom_margin = Cm(2.5), Cm(2.0)
    section.different_first_page_header_footer = True
    add_letterhead(section, letterhead)
    if running_header:
        small(section.header.paragraphs[0].add_run(running_header), 8.5)
    for footer in (section.footer, section.first_page_footer):
        para = footer.paragraphs[0]
        para.alignment = WD_ALIGN_PARAGRAPH.CENTER
        if page_mark:
            small(para.add_run(page_mark + "\u2003\u2003"), 8.5)
        small(para.add_run("Page "), 8.5)
        field(para, "PAGE")
        small(para.add_run(" of "), 8.5)
        field(para, "NUMPAGES")
        for run in para.runs:
            small(run, 8.5)
    return document


def set_language(document: docx.document.Document) -> None:
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


def field(paragraph, code: str) -> None:  # type: ignore[no-untyped-def]
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


def rule_below(paragraph) -> None:  # type: ignore[no-untyped-def]
    ppr = paragraph._p.get_or_add_pPr()
    borders = OxmlElement("w:pBdr")
    bottom = OxmlElement("w:bottom")
    for key, value in (("w:val", "single"), ("w:sz", "8"), ("w:space", "4"),
                       ("w:color", "8A8A8A")):
        bottom.set(qn(key), value)
    borders.append(bottom)
    ppr.append(borders)


def small(run, size: float) -> None:  # type: ignore[no-untyped-def]
    run.font.name = SANS
    run.font.size = Pt(size)
    run.font.color.rgb = MUTED


def add_letterhead(section, head: Letterhead) -> None:  # type: ignore[no-untyped-def]
    """The council's name, address and contacts centred at the top of page one, ruled off."""
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
        small(last.add_run(line), 9)
    rule_below(last)


def finish(document: docx.document.Document, *, title: str, subject: str, author: str,
           comments: str, created: dt.date) -> bytes:
    """Fill in the document's properties and return it as .docx bytes."""
    props = document.core_properties
    props.title = title
    props.subject = subject
    props.author = props.last_modified_by = author
    props.comments = comments
    props.language = "en-GB"
    props.created = props.modified = dt.datetime.combine(created, dt.time(9, 0))
    props.revision = 1
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()
