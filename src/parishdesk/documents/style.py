"""One house style for every ParishDesk document, and the builder that prints it.

Everything a document looks like lives here: A4 page, margins, the embedded
fonts, paragraph and table styles, the council letterhead on page one, and
"Page X of Y" at the foot of each page. Letters, protocol packs and registers
all build through :func:`build_pdf`, so they share one look.

Builds are deterministic: reportlab's invariant mode is on and the PDF's
creation date is the document's own date, so the same input always gives
byte-identical output (a reprint matches the original).
"""

from __future__ import annotations

import io
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from functools import cache
from typing import Any

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_LEFT, TA_RIGHT
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import BaseDocTemplate, Flowable, Frame, PageTemplate, Paragraph
from reportlab.platypus.tables import TableStyle

from parishdesk.documents import fonts
from parishdesk.documents.text_markup import text
from parishdesk.domain.letters import Letterhead

PAGE_SIZE = A4
PAGE_WIDTH, PAGE_HEIGHT = A4
MARGIN_LEFT = 25 * mm
MARGIN_RIGHT = 20 * mm
MARGIN_TOP = 20 * mm
MARGIN_BOTTOM = 22 * mm
TEXT_WIDTH = PAGE_WIDTH - MARGIN_LEFT - MARGIN_RIGHT
#: A wide register (many columns) is printed on A4 turned sideways, with narrower margins.
LANDSCAPE_SIZE = landscape(A4)
LANDSCAPE_MARGIN = 15 * mm
LANDSCAPE_TEXT_WIDTH = LANDSCAPE_SIZE[0] - 2 * LANDSCAPE_MARGIN

INK = colors.HexColor("#1a1a1a")
MUTED = colors.HexColor("#555555")
RULE = colors.HexColor("#8a8a8a")
TABLE_HEADER = colors.HexColor("#e6e6e6")
TABLE_GRID = colors.HexColor("#b0b0b0")

FOOTER_GAP = 10 * mm  # from the bottom edge of the page to the page-number baseline
LETTERHEAD_GAP = 9 * mm  # between the letterhead rule and the first line of text


@dataclass(frozen=True)
class Styles:
    """The paragraph styles of the house style."""

    body: ParagraphStyle
    body_keep: ParagraphStyle  # a body line that must stay with what follows
    heading1: ParagraphStyle
    heading2: ParagraphStyle
    subject: ParagraphStyle
    small: ParagraphStyle
    right: ParagraphStyle
    table_cell: ParagraphStyle
    table_head: ParagraphStyle
    letterhead_name: ParagraphStyle
    letterhead_detail: ParagraphStyle
    footer: ParagraphStyle


@cache
def styles() -> Styles:
    """The stylesheet (fonts are registered on first use)."""
    fonts.register_fonts()
    body = ParagraphStyle(
        "pd-body", fontName=fonts.SERIF, fontSize=11, leading=15.5,
        textColor=INK, spaceAfter=8, alignment=TA_LEFT,
    )
    return Styles(
        body=body,
        body_keep=ParagraphStyle("pd-body-keep", parent=body, keepWithNext=1),
        heading1=ParagraphStyle(
            "pd-h1", parent=body, fontName=fonts.SERIF_BOLD, fontSize=15, leading=19,
            spaceBefore=10, spaceAfter=8, keepWithNext=1,
        ),
        heading2=ParagraphStyle(
            "pd-h2", parent=body, fontName=fonts.SERIF_BOLD, fontSize=12, leading=16,
            spaceBefore=8, spaceAfter=5, keepWithNext=1,
        ),
        subject=ParagraphStyle(
            "pd-subject", parent=body, fontName=fonts.SERIF_BOLD, spaceBefore=2,
            spaceAfter=10, keepWithNext=1,
        ),
        small=ParagraphStyle(
            "pd-small", parent=body, fontName=fonts.SANS, fontSize=8.5, leading=11,
            textColor=MUTED, spaceAfter=4,
        ),
        right=ParagraphStyle("pd-right", parent=body, alignment=TA_RIGHT, spaceAfter=0),
        table_cell=ParagraphStyle(
            "pd-cell", parent=body, fontSize=9.5, leading=12, spaceAfter=0,
        ),
        table_head=ParagraphStyle(
            "pd-cell-head", parent=body, fontName=fonts.SERIF_BOLD, fontSize=9.5,
            leading=12, spaceAfter=0,
        ),
        letterhead_name=ParagraphStyle(
            "pd-lh-name", fontName=fonts.SERIF_BOLD, fontSize=21, leading=25,
            textColor=INK, alignment=TA_CENTER,
        ),
        letterhead_detail=ParagraphStyle(
            "pd-lh-detail", fontName=fonts.SANS, fontSize=9, leading=12.5,
            textColor=MUTED, alignment=TA_CENTER,
        ),
        footer=ParagraphStyle(
            "pd-footer", fontName=fonts.SANS, fontSize=8.5, leading=10,
            textColor=MUTED, alignment=TA_CENTER,
        ),
    )


def table_style(header_rows: int = 1) -> TableStyle:
    """Grid, padding and a shaded header for every table in every document."""
    commands: list[tuple[Any, ...]] = [
        ("FONTNAME", (0, 0), (-1, -1), fonts.SERIF),
        ("FONTSIZE", (0, 0), (-1, -1), 9.5),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("GRID", (0, 0), (-1, -1), 0.5, TABLE_GRID),
        ("LEFTPADDING", (0, 0), (-1, -1), 5),
        ("RIGHTPADDING", (0, 0), (-1, -1), 5),
        ("TOPPADDING", (0, 0), (-1, -1), 3),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
    ]
    if header_rows:
        commands += [
            ("BACKGROUND", (0, 0), (-1, header_rows - 1), TABLE_HEADER),
            ("FONTNAME", (0, 0), (-1, header_rows - 1), fonts.SERIF_BOLD),
        ]
    return TableStyle(commands)


# --- Letterhead ---------------------------------------------------------------------------

def _letterhead_paragraphs(letterhead: Letterhead) -> list[Paragraph]:
    st = styles()
    paras = [Paragraph(text(letterhead.council_name), st.letterhead_name)]
    address = ", ".join(line.strip() for line in letterhead.address_lines if line.strip())
    if address:
        paras.append(Paragraph(text(address), st.letterhead_detail))
    contact = []
    if letterhead.telephone.strip():
        contact.append("Telephone " + text(letterhead.telephone.strip()))
    if letterhead.email.strip():
        contact.append("E-mail " + text(letterhead.email.strip()))
    if contact:
        paras.append(Paragraph("\u2003\u2022\u2003".join(contact), st.letterhead_detail))
    return paras


def letterhead_height(letterhead: Letterhead, width: float = TEXT_WIDTH) -> float:
    """Height the letterhead takes below the top margin, its rule and gap included."""
    height = 0.0
    for i, para in enumerate(_letterhead_paragraphs(letterhead)):
        _, h = para.wrap(width, PAGE_HEIGHT)
        height += h + (4 if i == 0 else 0)
    return height + 5 + LETTERHEAD_GAP


def draw_letterhead(canvas: Canvas, letterhead: Letterhead, wide: bool = False) -> None:
    """Draw the council's name, address and contacts, then a thin rule, at the top of the page
    (``wide``: on a landscape page)."""
    page_width, page_height, left, right = _page(wide)
    y = page_height - MARGIN_TOP
    for i, para in enumerate(_letterhead_paragraphs(letterhead)):
        _, h = para.wrap(page_width - left - right, page_height)
        y -= h
        para.drawOn(canvas, left, y)
        if i == 0:
            y -= 4
    y -= 5
    canvas.saveState()
    canvas.setStrokeColor(RULE)
    canvas.setLineWidth(0.6)
    canvas.line(left, y, page_width - right, y)
    canvas.restoreState()


def _page(wide: bool) -> tuple[float, float, float, float]:
    """Page width and height and the left and right margins, portrait or landscape."""
    if wide:
        return (LANDSCAPE_SIZE[0], LANDSCAPE_SIZE[1], LANDSCAPE_MARGIN, LANDSCAPE_MARGIN)
    return (PAGE_WIDTH, PAGE_HEIGHT, MARGIN_LEFT, MARGIN_RIGHT)


# --- Numbered document builder ------------------------------------------------------------

@dataclass(frozen=True)
class DocumentInfo:
    """What the builder needs besides the content.

    ``number_first_page=False`` leaves page one unnumbered (a pack's cover
    letter): later pages then say "Page X of Y" counting numbered pages only.
    ``running_header`` is printed small at the top of every page after the
    first (for example a letter's recipient and reference).
    """

    title: str
    author: str
    subject: str = ""
    created: date | None = None
    letterhead: Letterhead | None = None
    number_first_page: bool = True
    running_header: str = ""
    landscape: bool = False
    #: Printed at the head and foot of every page, e.g. "Confidential" for a case (DISP-12).
    marking: str = ""
    #: Printed small at the bottom right of every page (e.g. a box for the Chair's initials).
    page_mark: str = ""
    #: Printed large and pale across every page (e.g. "DRAFT").
    watermark: str = ""


def page_label(page: int, total: int, number_first_page: bool = True) -> str:
    """The footer text for a physical page (1-based) of a ``total``-page document."""
    if number_first_page:
        return f"Page {page} of {total}"
    if page == 1:
        return ""
    return f"Page {page - 1} of {total - 1}"


def _numbered_canvas(info: DocumentInfo) -> type[Canvas]:
    """A canvas class that holds every page back until the end, then writes "Page X of Y"."""
    created = info.created or date(2000, 1, 1)
    stamp = f"D:{created.year:04d}{created.month:02d}{created.day:02d}000000+00'00'"

    class NumberedCanvas(Canvas):
        def __init__(self, *args: Any, **kwargs: Any) -> None:
            kwargs["invariant"] = 1
            super().__init__(*args, **kwargs)
            self.setDateFormatter(lambda *_: stamp)
            self._held_pages: list[dict[str, Any]] = []
            self._page_bookmarks: list[tuple[str, dict[str, Any]]] = []

        def bookmarkPage(self, key: str, **kwargs: Any) -> Any:  # noqa: N802 - reportlab name
            # The PDF page a bookmark points at is the one being written when it is made, and
            # pages are held back until save(): so bookmarks wait with their page.
            self._page_bookmarks.append((key, kwargs))

        def showPage(self) -> None:
            self._held_pages.append(dict(self.__dict__))
            self._page_bookmarks = []
            self._startPage()

        def save(self) -> None:
            total = len(self._held_pages)
            for number, state in enumerate(self._held_pages, start=1):
                self.__dict__.update(state)
                label = page_label(number, total, info.number_first_page)
                if info.marking:
                    self._draw_marking(info.marking)
                    label = f"{info.marking} \u2014 {label}" if label else info.marking
                if label:
                    self._draw_footer(label)
                for key, kwargs in state["_page_bookmarks"]:
                    super().bookmarkPage(key, **kwargs)
                super().showPage()
            super().save()

        def _draw_marking(self, marking: str) -> None:
            self.saveState()
            self.setFont(fonts.SANS_BOLD, 9)
            self.setFillColor(INK)
            page_width, page_height, _, right = _page(info.landscape)
            self.drawRightString(page_width - right, page_height - 11 * mm, marking.upper())
            self.restoreState()

        def _draw_footer(self, label: str) -> None:
            page_width, _, left, right = _page(info.landscape)
            para = Paragraph(label, styles().footer)
            _, h = para.wrap(page_width - left - right, 20 * mm)
            para.drawOn(self, left, FOOTER_GAP)

    return NumberedCanvas


def _first_page_top(info: DocumentInfo) -> float:
    if info.letterhead is None:
        return MARGIN_TOP
    page_width, _, left, right = _page(info.landscape)
    return MARGIN_TOP + letterhead_height(info.letterhead, page_width - left - right)


def _later_page_top(info: DocumentInfo) -> float:
    return MARGIN_TOP + (8 * mm if info.running_header else 0)


def build_pdf(flowables: Sequence[Flowable], info: DocumentInfo) -> bytes:
    """Lay ``flowables`` out in the house style and return the PDF's bytes."""
    st = styles()
    buffer = io.BytesIO()
    page_width, page_height, left, right = _page(info.landscape)
    width = page_width - left - right

    def marks(canvas: Canvas) -> None:
        if info.watermark:
            canvas.saveState()
            canvas.setFillColor(colors.HexColor("#d9d9d9"))
            canvas.setFont(fonts.SANS_BOLD, 64)
            canvas.translate(page_width / 2, page_height / 2)
            canvas.rotate(45)
            canvas.drawCentredString(0, 0, info.watermark)
            canvas.restoreState()
        if info.page_mark:
            canvas.saveState()
            canvas.setFont(fonts.SANS, 8.5)
            canvas.setFillColor(MUTED)
            canvas.drawRightString(page_width - right, FOOTER_GAP, info.page_mark)
            canvas.restoreState()

    def first_page(canvas: Canvas, _doc: BaseDocTemplate) -> None:
        marks(canvas)
        if info.letterhead is not None:
            draw_letterhead(canvas, info.letterhead, info.landscape)

    def later_page(canvas: Canvas, _doc: BaseDocTemplate) -> None:
        marks(canvas)
        if info.running_header:
            para = Paragraph(text(info.running_header), st.small)
            _, h = para.wrap(width, 20 * mm)
            para.drawOn(canvas, left, page_height - MARGIN_TOP - h)

    def frame(top: float, frame_id: str) -> Frame:
        return Frame(
            left, MARGIN_BOTTOM, width, page_height - top - MARGIN_BOTTOM,
            leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0, id=frame_id,
        )

    doc = BaseDocTemplate(
        buffer,
        pagesize=(page_width, page_height),
        leftMargin=left, rightMargin=right,
        topMargin=MARGIN_TOP, bottomMargin=MARGIN_BOTTOM,
        title=info.title, author=info.author, subject=info.subject,
        creator="ParishDesk", producer="ParishDesk",
        invariant=1, lang="en-GB", displayDocTitle=1,
        initialFontName=fonts.SERIF, initialFontSize=11, initialLeading=15.5,
    )
    doc.addPageTemplates([
        PageTemplate("first", [frame(_first_page_top(info), "first")],
                     onPage=first_page, autoNextPageTemplate="later"),
        PageTemplate("later", [frame(_later_page_top(info), "later")], onPage=later_page),
    ])
    doc.build(list(flowables), canvasmaker=_numbered_canvas(info))
    return buffer.getvalue()
