"""A formal letter as a PDF, in the house style.

Letterhead, reference and date on the right, the recipient's address, "Dear
…", a bold subject line, the body, "Yours sincerely", room to sign, the
signatory's name and capacity, and a visible "cc" line when anyone is copied
(CORR-1). Every page says "Page X of Y"; the same letter always renders to the
same bytes.
"""

from __future__ import annotations

from typing import Any

from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Flowable, KeepTogether, Paragraph, Spacer, Table, TableStyle

from parishdesk.documents import fonts
from parishdesk.documents.style import TEXT_WIDTH, DocumentInfo, build_pdf, styles, text
from parishdesk.domain.letters import LETTER_TYPES, Letter, cc_line, long_date

SIGNATURE_SPACE = 40  # points left blank for a handwritten signature (older layouts)
COMPACT_SIGNATURE_SPACE = 32  # enough for a signature, and a 300-word letter fits one page
TAIL_LINES = 3  # lines of the last paragraph that travel with the sign-off


class _TailWithClosing(KeepTogether):
    """The last paragraph and the sign-off: together when they fit, and otherwise only the
    paragraph's last few lines go over with "Yours sincerely", so a long last paragraph
    fills the page instead of leaving it mostly blank.

    A short paragraph (too few lines to split) moves over whole with the sign-off.
    """

    def __init__(self, paragraph: Paragraph, closing: list[Flowable]) -> None:
        super().__init__([paragraph, *closing])
        self.paragraph = paragraph
        self.closing = closing

    def split(self, aW: float, aH: float) -> list[Any]:  # noqa: N803 - reportlab names
        if getattr(self, "_wrapInfo", None) != (aW, aH):
            self.wrap(aW, aH)
        if self._H > aH:
            head = self._head(aW, aH)
            if head is not None:
                first, rest = head
                return [first, _TailWithClosing(rest, self.closing)]
        return list(super().split(aW, aH))

    def _head(self, aW: float, aH: float) -> tuple[Paragraph, Paragraph] | None:
        """The paragraph split so that all but its last TAIL_LINES lines stay on this page."""
        para = self.paragraph
        para.wrap(aW, aH)
        lines = len(getattr(para.blPara, "lines", ()))
        leading = float(para.style.leading)
        keep = min(lines - TAIL_LINES, int(aH // leading))
        if keep < 2:  # never a lone first line at the foot of the page
            return None
        parts = para.split(aW, keep * leading + leading / 2)
        if len(parts) != 2:
            return None
        return parts[0], parts[1]


def _closing(letter: Letter, body: ParagraphStyle, signature_space: float) -> list[Flowable]:
    keep = ParagraphStyle("pd-closing-keep", parent=body, keepWithNext=1)
    closing: list[Flowable] = [
        Paragraph("Yours sincerely,", keep.clone("pd-closing", spaceBefore=4)),
        Spacer(1, signature_space),
        Paragraph(f"<b>{text(letter.signatory.name)}</b>", keep.clone(
            "pd-sig-name", spaceAfter=0)),
        Paragraph(text(letter.signatory.capacity), body),
    ]
    copies = cc_line(letter.cc)
    if copies:
        closing += [Spacer(1, 6), Paragraph(text(copies), body)]
    return closing


SIGN_OFF_LAYOUTS = ("compact", "tail", "whole")
"""The letter layouts, today's first. "compact" (now): the reference and date beside the
address and a 10.5-point body, so an ordinary letter fits one A4 page; the last lines of the
last paragraph travel with the sign-off. "tail" and "whole" are the earlier layouts (the
sign-off keeping the last paragraph's tail, or the whole paragraph). Reprints try each, so an
old letter still reprints byte for byte."""


def _compact_body() -> ParagraphStyle:
    return styles().body.clone("pd-letter-body", fontSize=10.5, leading=14, spaceAfter=6)


def _compact_heading(letter: Letter, body: ParagraphStyle) -> list[Flowable]:
    """The recipient's address on the left and the reference and date on the right, side by
    side, so the address block takes no extra height."""
    address = [letter.recipient.name, *letter.recipient.address_lines]
    left = Paragraph("<br/>".join(text(line) for line in address if line.strip()),
                     body.clone("pd-address-compact", spaceAfter=0))
    right = Paragraph(f"Our reference: {text(letter.reference)}<br/>{long_date(letter.date)}",
                      styles().right.clone("pd-right-compact", fontSize=10.5, leading=14))
    ref_width = 62 * 72 / 25.4  # 62 mm: room for "Our reference: PD/2026/0001"
    # splitInRow: an address longer than the page (pasted by mistake) carries on over it.
    table = Table([[left, right]], colWidths=[TEXT_WIDTH - ref_width, ref_width], splitInRow=1)
    table.setStyle(TableStyle([
        ("FONTNAME", (0, 0), (-1, -1), fonts.SERIF),  # only embedded fonts in the file
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), 0),
        ("RIGHTPADDING", (0, 0), (-1, -1), 0),
        ("TOPPADDING", (0, 0), (-1, -1), 0),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 0),
    ]))
    return [
        table,
        Spacer(1, 16),
        Paragraph(text(letter.salutation), body.clone("pd-salutation", keepWithNext=1)),
        Paragraph(text(letter.subject), styles().subject.clone(
            "pd-subject-compact", fontSize=10.5, leading=14, spaceAfter=8)),
    ]


def letter_flowables(letter: Letter, sign_off: str = "compact") -> list[Flowable]:
    """The letter's content as flowables (the letterhead is drawn by the page itself)."""
    st = styles()
    if sign_off == "compact":
        body_style = _compact_body()
        story = _compact_heading(letter, body_style)
        closing = _closing(letter, body_style, COMPACT_SIGNATURE_SPACE)
    else:
        body_style = st.body
        address = [letter.recipient.name, *letter.recipient.address_lines]
        story = [
            Paragraph(
                f"Our reference: {text(letter.reference)}<br/>{long_date(letter.date)}",
                st.right,
            ),
            Spacer(1, 14),
            Paragraph("<br/>".join(text(line) for line in address if line.strip()),
                      st.body.clone("pd-address", spaceAfter=0)),
            Spacer(1, 22),
            Paragraph(text(letter.salutation), st.body_keep),
            Paragraph(text(letter.subject), st.subject),
        ]
        closing = _closing(letter, st.body, SIGNATURE_SPACE)
    body = [Paragraph(text(p), body_style) for p in letter.body if p.strip()]
    if body:
        # The last paragraph (or, when it is long, its last lines) travels with the sign-off
        # so "Yours sincerely" is never alone.
        story += body[:-1]
        if sign_off == "whole":
            story.append(KeepTogether([body[-1], *closing]))
        else:
            story.append(_TailWithClosing(body[-1], closing))
    else:
        story.append(KeepTogether(closing))
    return story


def _confidential(letter: Letter) -> bool:
    kind = LETTER_TYPES.get(letter.letter_type)
    return kind is not None and kind.confidential


def _running_header(letter: Letter) -> str:
    return f"{letter.recipient.name} \u2014 {letter.reference} \u2014 {long_date(letter.date)}"


def render_letter(letter: Letter, sign_off: str = "compact") -> bytes:
    """The letter as PDF bytes, identical every time for the same letter (and layout)."""
    if sign_off not in SIGN_OFF_LAYOUTS:
        raise ValueError(f"Unknown sign-off layout {sign_off!r}")
    info = DocumentInfo(
        title=letter.document_title,
        author=letter.letterhead.council_name,
        subject=letter.subject,
        created=letter.date,
        letterhead=letter.letterhead,
        running_header=_running_header(letter),
        marking="Confidential" if _confidential(letter) else "",
    )
    return build_pdf(letter_flowables(letter, sign_off), info)
