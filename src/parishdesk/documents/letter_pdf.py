"""A formal letter as a PDF, in the house style.

Letterhead, reference and date on the right, the recipient's address, "Dear
…", a bold subject line, the body, "Yours sincerely", room to sign, the
signatory's name and capacity, and a visible "cc" line when anyone is copied
(CORR-1). Every page says "Page X of Y"; the same letter always renders to the
same bytes.
"""

from __future__ import annotations

from reportlab.platypus import Flowable, KeepTogether, Paragraph, Spacer

from parishdesk.documents.style import DocumentInfo, build_pdf, styles, text
from parishdesk.domain.letters import Letter, cc_line, long_date

SIGNATURE_SPACE = 40  # points left blank for a handwritten signature


def _closing(letter: Letter) -> list[Flowable]:
    st = styles()
    closing: list[Flowable] = [
        Paragraph("Yours sincerely,", st.body_keep.clone("pd-closing", spaceBefore=4)),
        Spacer(1, SIGNATURE_SPACE),
        Paragraph(f"<b>{text(letter.signatory.name)}</b>", st.body_keep.clone(
            "pd-sig-name", spaceAfter=0)),
        Paragraph(text(letter.signatory.capacity), st.body),
    ]
    copies = cc_line(letter.cc)
    if copies:
        closing += [Spacer(1, 6), Paragraph(text(copies), st.body)]
    return closing


def letter_flowables(letter: Letter) -> list[Flowable]:
    """The letter's content as flowables (the letterhead is drawn by the page itself)."""
    st = styles()
    story: list[Flowable] = [
        Paragraph(
            f"Our reference: {text(letter.reference)}<br/>{long_date(letter.date)}", st.right
        ),
        Spacer(1, 14),
    ]
    address = [letter.recipient.name, *letter.recipient.address_lines]
    story += [
        Paragraph("<br/>".join(text(line) for line in address if line.strip()),
                  st.body.clone("pd-address", spaceAfter=0)),
        Spacer(1, 22),
        Paragraph(text(letter.salutation), st.body_keep),
        Paragraph(text(letter.subject), st.subject),
    ]
    body = [Paragraph(text(p), st.body) for p in letter.body if p.strip()]
    closing = _closing(letter)
    if body:
        # The last paragraph travels with the sign-off so "Yours sincerely" is never alone.
        story += body[:-1]
        story.append(KeepTogether([body[-1], *closing]))
    else:
        story.append(KeepTogether(closing))
    return story


def _running_header(letter: Letter) -> str:
    return f"{letter.recipient.name} \u2014 {letter.reference} \u2014 {long_date(letter.date)}"


def render_letter(letter: Letter) -> bytes:
    """The letter as PDF bytes, identical every time for the same letter."""
    info = DocumentInfo(
        title=letter.document_title,
        author=letter.letterhead.council_name,
        subject=letter.subject,
        created=letter.date,
        letterhead=letter.letterhead,
        running_header=_running_header(letter),
    )
    return build_pdf(letter_flowables(letter), info)
