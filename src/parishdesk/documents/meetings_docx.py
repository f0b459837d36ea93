"""The summons and agenda, and the minutes, as Word documents (.docx).

The words are the PDF's own (both come from ``meetings_text``), on the council's
letterhead, A4. The public minutes leave the confidential minutes out exactly as the
public PDF does; the confidential part is a document of its own. The PDF stays the
record: signed minutes are sealed in the minute book as PDFs, and a Word copy says
in its properties that it is a copy.
"""

from __future__ import annotations

from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Cm, Pt, RGBColor

from parishdesk.documents.docx_common import MUTED, SANS, finish, new_document
from parishdesk.documents.meetings_common import MinutesView, SummonsView
from parishdesk.documents.meetings_text import (
    AGENDA,
    CONFIDENTIAL_LEAD,
    PRESIDING,
    PUBLIC,
    SIGNED,
    MinutesText,
    agenda_text,
    minutes_text,
)

COPY_NOTE = "A Word copy; the PDF is the record."


def _heading(document, words: str, size: float = 15):  # type: ignore[no-untyped-def]
    para = document.add_paragraph()
    run = para.add_run(words)
    run.bold = True
    run.font.size = Pt(size)
    para.paragraph_format.space_before = Pt(10)
    para.paragraph_format.keep_with_next = True
    return para


def _small(document, words: str, indent: float = 0.0):  # type: ignore[no-untyped-def]
    para = document.add_paragraph()
    run = para.add_run(words)
    run.font.name = SANS
    run.font.size = Pt(9)
    run.font.color.rgb = MUTED
    para.paragraph_format.space_after = Pt(3)
    if indent:
        para.paragraph_format.left_indent = Cm(indent)
    return para


def _bold(document, words: str):  # type: ignore[no-untyped-def]
    para = document.add_paragraph()
    para.add_run(words).bold = True
    para.paragraph_format.space_after = Pt(0)
    para.paragraph_format.keep_with_next = True
    return para


def render_agenda_docx(view: SummonsView) -> bytes:
    """The summons and agenda as .docx bytes."""
    words = agenda_text(view)
    document = new_document(view.letterhead, words.running_header)
    _heading(document, words.heading)
    document.add_paragraph(words.to_members)
    document.add_paragraph(words.summons)
    signed = _small(document, SIGNED)
    signed.paragraph_format.space_after = Pt(18)  # room for the signature
    signed.paragraph_format.keep_with_next = True
    _bold(document, words.signed_name)
    post = document.add_paragraph(words.signed_post)
    post.paragraph_format.space_after = Pt(0)
    post.paragraph_format.keep_with_next = True
    document.add_paragraph(words.issued)
    _small(document, words.public_welcome)
    _heading(document, AGENDA)
    for line in words.items:
        para = document.add_paragraph()
        para.paragraph_format.left_indent = Cm(1.2)
        para.paragraph_format.first_line_indent = Cm(-1.2)
        para.paragraph_format.tab_stops.add_tab_stop(Cm(1.2))
        para.paragraph_format.space_after = Pt(2 if line.notes else 8)
        para.paragraph_format.keep_with_next = bool(line.notes)
        para.add_run(f"{line.number}\t{line.title}").bold = True
        for index, note in enumerate(line.notes):
            last = _small(document, note, indent=1.2)
            if index == len(line.notes) - 1:
                last.paragraph_format.space_after = Pt(8)
    return finish(document, title=words.title, subject="Summons and agenda",
                  author=view.proper_officer, comments=COPY_NOTE, created=view.issued_on)


def _minutes_body(document, words: MinutesText) -> None:  # type: ignore[no-untyped-def]
    if words.draft_mark:
        _bold(document, words.draft_mark).paragraph_format.space_after = Pt(6)
    _heading(document, words.heading)
    document.add_paragraph(words.held)
    if words.confidential_note:
        para = document.add_paragraph()
        para.add_run(CONFIDENTIAL_LEAD).bold = True
        para.add_run(" " + words.confidential_note)
    for entry in words.entries:
        if entry.title:
            lead = f"{entry.number}\u2003{entry.title}" if entry.number else entry.title
            _heading(document, lead, size=12)
        for text in entry.paragraphs:
            document.add_paragraph(text)
    sign = words.signature
    if sign is None:
        return
    if sign.approved:
        document.add_paragraph(sign.approved).paragraph_format.space_before = Pt(14)
    signed = _small(document, SIGNED)
    signed.paragraph_format.space_after = Pt(18)
    signed.paragraph_format.keep_with_next = True
    _bold(document, sign.signed_by)
    presiding = document.add_paragraph(PRESIDING)
    presiding.paragraph_format.space_after = Pt(0)
    presiding.paragraph_format.keep_with_next = True
    document.add_paragraph(sign.signed_on)
    if sign.seal:
        _small(document, sign.seal)


def render_minutes_docx(view: MinutesView, part: str = PUBLIC) -> bytes:
    """The public minutes (``part="public"``) or the confidential part alone, as .docx."""
    words = minutes_text(view, part)
    document = new_document(view.letterhead, words.running_header, words.page_mark)
    if words.draft_mark:
        # The PDF's "DRAFT" watermark: here a grey word at the head of every page.
        for header in (document.sections[0].header, document.sections[0].first_page_header):
            mark = header.add_paragraph()
            mark.alignment = WD_ALIGN_PARAGRAPH.RIGHT
            run = mark.add_run("DRAFT")
            run.bold = True
            run.font.size = Pt(14)
            run.font.color.rgb = RGBColor(0xB0, 0xB0, 0xB0)
    _minutes_body(document, words)
    m = view.meeting
    return finish(document, title=words.title, subject=words.draft_mark or words.label,
                  author=view.letterhead.council_name, comments=COPY_NOTE,
                  created=m.signed_on or m.on)
