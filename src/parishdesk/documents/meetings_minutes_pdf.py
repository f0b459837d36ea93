"""Minutes as an A4 PDF: a draft marked "Draft, subject to approval"; signed minutes with a
signature block and a box for the Chair's initials on every page (MEET-8). The public part
and the confidential part are separate documents (MEET-6); the minute book puts the signed
minutes of a date range together."""

from __future__ import annotations

from collections.abc import Sequence

from reportlab.platypus import Flowable, KeepTogether, PageBreak, Paragraph, Spacer

from parishdesk.documents.meetings_common import MinutesView, clock, long_date
from parishdesk.documents.style import DocumentInfo, build_pdf, styles, text
from parishdesk.domain.letters import Letterhead
from parishdesk.domain.meetings.minutes import DRAFT_MARK

PUBLIC = "public"
CONFIDENTIAL = "confidential"
INITIALS_MARK = "Initials of the person presiding: ________"


def _heading(view: MinutesView, part: str) -> list[Flowable]:
    st = styles()
    m = view.meeting
    at = clock(m.at)
    title = "Confidential minutes" if part == CONFIDENTIAL else "Minutes"
    story: list[Flowable] = [
        Paragraph(text(f"{title} of the {m.title.lower()}"), st.heading1),
        Paragraph(text(f"Held at {m.place} on {long_date(m.on)}" + (f" at {at}" if at else "")
                       + "."), st.body),
    ]
    if m.minutes_state in ("none", "draft"):
        story.insert(0, Paragraph(f"<b>{DRAFT_MARK}</b>", st.subject))
    if part == CONFIDENTIAL:
        story.append(Paragraph("<b>Confidential.</b> Business taken after the press and public "
                               "were excluded; not part of the public minutes.", st.body))
    return story


def _minute(number: str, title: str, body: str) -> list[Flowable]:
    st = styles()
    lead = f"{text(number)}\u2003{text(title)}" if number else text(title)
    paras: list[Flowable] = [Paragraph(lead, st.heading2)]
    for chunk in body.split("\n\n"):
        if chunk.strip():
            paras.append(Paragraph(text(chunk.strip()), st.body))
    return [KeepTogether(paras[:2]), *paras[2:]]


def _signature(view: MinutesView) -> list[Flowable]:
    st = styles()
    m = view.meeting
    if m.minutes_state != "signed":
        return []
    approved = ""
    if view.approved_on:
        approved = f"Approved as a correct record at the meeting on {long_date(view.approved_on)}"
        approved += f" (minute {view.approved_minute})." if view.approved_minute else "."
    block: list[Flowable] = [Spacer(1, 14)]
    if approved:
        block.append(Paragraph(text(approved), st.body))
    block += [
        Paragraph("Signed", st.small), Spacer(1, 12),
        Paragraph(text(m.signed_by), st.subject),
        Paragraph("Person presiding", st.body),
        Paragraph(text(f"Date: {long_date(m.signed_on)}" if m.signed_on else "Date:"), st.body),
    ]
    if view.chain_hash:
        block.append(Paragraph(text(f"Minute book seal (SHA-256): {view.chain_hash}"), st.small))
    return [KeepTogether(block)]


def minutes_flowables(view: MinutesView, part: str = PUBLIC) -> list[Flowable]:
    st = styles()
    story = _heading(view, part)
    confidential = [m for m in view.minutes if m.confidential]
    for minute in view.minutes:
        if minute.confidential != (part == CONFIDENTIAL):
            if part == PUBLIC and minute is confidential[0]:
                story.append(Paragraph(text(
                    "The business taken after the press and public were excluded is minuted "
                    "separately."), st.body))
            continue
        story.extend(_minute(minute.number, minute.title, minute.body))
    if part == CONFIDENTIAL and not confidential:
        story.append(Paragraph("No confidential business was taken.", st.body))
    story.extend(_signature(view))
    return story


def _info(view: MinutesView, part: str) -> DocumentInfo:
    m = view.meeting
    draft = m.minutes_state in ("none", "draft")
    label = "Confidential minutes" if part == CONFIDENTIAL else "Minutes"
    header = f"{view.letterhead.council_name}: {label.lower()} of {long_date(m.on)}"
    if draft:
        header += f" \u2014 {DRAFT_MARK}"
    if part == CONFIDENTIAL:
        header = "CONFIDENTIAL \u2014 " + header
    return DocumentInfo(
        title=f"{label}: {m.title}, {m.on:%d/%m/%Y}", author=view.letterhead.council_name,
        subject=DRAFT_MARK if draft else label, created=m.signed_on or m.on,
        letterhead=view.letterhead, running_header=header,
        page_mark=INITIALS_MARK if m.minutes_state == "signed" else "",
        watermark="DRAFT" if draft else "")


def render_minutes(view: MinutesView, part: str = PUBLIC) -> bytes:
    """The public minutes (``part="public"``) or the confidential part alone."""
    return build_pdf(minutes_flowables(view, part), _info(view, part))


def render_minute_book(letterhead: Letterhead, views: Sequence[MinutesView], title: str,
                       part: str = PUBLIC) -> bytes:
    """The signed minutes of several meetings, one after another, each from a new page."""
    st = styles()
    story: list[Flowable] = [Paragraph(text(title), st.heading1)]
    if not views:
        story.append(Paragraph("No signed minutes in this period.", st.body))
    for index, view in enumerate(views):
        if index:
            story.append(PageBreak())
        story.extend(minutes_flowables(view, part))
    return build_pdf(story, DocumentInfo(
        title=title, author=letterhead.council_name, subject="Minute book",
        created=views[-1].meeting.signed_on if views else None, letterhead=letterhead,
        running_header=f"{letterhead.council_name}: {title.lower()}", page_mark=INITIALS_MARK))
