"""Minutes as an A4 PDF: a draft marked "Draft, subject to approval"; signed minutes with a
signature block and a box for the Chair's initials on every page (MEET-8). The public part
and the confidential part are separate documents (MEET-6); the minute book puts the signed
minutes of a date range together. The words come from ``meetings_text``, which the Word
copy shares."""

from __future__ import annotations

from collections.abc import Sequence

from reportlab.platypus import Flowable, KeepTogether, PageBreak, Paragraph, Spacer

from parishdesk.documents.meetings_common import MinutesView
from parishdesk.documents.meetings_text import (
    CONFIDENTIAL,
    CONFIDENTIAL_LEAD,
    INITIALS_MARK,
    PRESIDING,
    PUBLIC,
    SIGNED,
    MinutesText,
    MinuteText,
    SignatureText,
    minutes_text,
)
from parishdesk.documents.style import DocumentInfo, build_pdf, styles, text
from parishdesk.domain.letters import Letterhead

__all__ = ["CONFIDENTIAL", "INITIALS_MARK", "PUBLIC", "minutes_flowables", "render_minute_book",
           "render_minutes"]


def _heading(words: MinutesText) -> list[Flowable]:
    st = styles()
    story: list[Flowable] = []
    if words.draft_mark:
        story.append(Paragraph(f"<b>{text(words.draft_mark)}</b>", st.subject))
    story += [Paragraph(text(words.heading), st.heading1), Paragraph(text(words.held), st.body)]
    if words.confidential_note:
        story.append(Paragraph(f"<b>{CONFIDENTIAL_LEAD}</b> {text(words.confidential_note)}",
                               st.body))
    return story


def _minute(entry: MinuteText) -> list[Flowable]:
    st = styles()
    if not entry.title:
        return [Paragraph(text(p), st.body) for p in entry.paragraphs]
    lead = f"{text(entry.number)}\u2003{text(entry.title)}" if entry.number else text(entry.title)
    paras: list[Flowable] = [Paragraph(lead, st.heading2)]
    paras.extend(_paragraph(p) for p in entry.paragraphs)
    return [KeepTogether(paras[:2]), *paras[2:]]


class _Whole(Paragraph):
    """A paragraph that moves to the next page whole rather than split, unless it is too tall
    for one (then it carries on over the page as any paragraph does)."""

    def split(self, availWidth: float, availHeight: float) -> list[Flowable]:  # noqa: N803
        if self.height <= _WHOLE_UP_TO:
            return []
        return list(super().split(availWidth, availHeight))


_WHOLE_UP_TO = 300.0  # points: about a third of the page


def _paragraph(words: str) -> Flowable:
    """One paragraph of a minute. A resolution and its vote are lines of one paragraph: kept
    whole so that a page never starts with a vote parted from what was voted on."""
    if "\n" in words:
        return _Whole(text(words), styles().body)
    return Paragraph(text(words), styles().body)


def _signature(sign: SignatureText | None) -> list[Flowable]:
    st = styles()
    if sign is None:
        return []
    block: list[Flowable] = [Spacer(1, 14)]
    if sign.approved:
        block.append(Paragraph(text(sign.approved), st.body))
    block += [
        Paragraph(SIGNED, st.small), Spacer(1, 12),
        Paragraph(text(sign.signed_by), st.subject),
        Paragraph(PRESIDING, st.body),
        Paragraph(text(sign.signed_on), st.body),
    ]
    if sign.seal:
        block.append(Paragraph(text(sign.seal), st.small))
    return [KeepTogether(block)]


def minutes_flowables(view: MinutesView, part: str = PUBLIC) -> list[Flowable]:
    words = minutes_text(view, part)
    story = _heading(words)
    for entry in words.entries:
        story.extend(_minute(entry))
    story.extend(_signature(words.signature))
    return story


def _info(view: MinutesView, part: str) -> DocumentInfo:
    m = view.meeting
    words = minutes_text(view, part)
    return DocumentInfo(
        title=words.title, author=view.letterhead.council_name,
        subject=words.draft_mark or words.label, created=m.signed_on or m.on,
        letterhead=view.letterhead, running_header=words.running_header,
        page_mark=words.page_mark, watermark="DRAFT" if words.draft_mark else "")


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
