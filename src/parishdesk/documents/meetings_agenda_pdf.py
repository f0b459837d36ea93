"""The summons and agenda: an A4 letter to every member, signed by the Proper Officer
(MEET-2), naming the business item by item; confidential items say why the press and
public will be asked to leave (MEET-6). The words come from ``meetings_text``, which the
Word copy shares."""

from __future__ import annotations

from reportlab.platypus import Flowable, KeepTogether, Paragraph, Spacer, Table, TableStyle

from parishdesk.documents.meetings_common import SummonsView
from parishdesk.documents.meetings_text import AGENDA, SIGNED, agenda_text
from parishdesk.documents.style import TEXT_WIDTH, DocumentInfo, build_pdf, styles, text


def agenda_flowables(view: SummonsView) -> list[Flowable]:
    st = styles()
    words = agenda_text(view)
    story: list[Flowable] = [
        Paragraph(text(words.heading), st.heading1),
        Paragraph(text(words.to_members), st.body),
        Paragraph(text(words.summons), st.body),
        Spacer(1, 10),
        KeepTogether([
            Paragraph(SIGNED, st.small),
            Spacer(1, 14),
            Paragraph(text(words.signed_name), st.subject),
            Paragraph(text(words.signed_post), st.body),
            Paragraph(text(words.issued), st.body),
        ]),
        Spacer(1, 4),
        Paragraph(text(words.public_welcome), st.small),
        Paragraph(AGENDA, st.heading1),
    ]
    rows = []
    for line in words.items:
        cell: list[Flowable] = [Paragraph(text(line.title), st.table_head)]
        cell.extend(Paragraph(text(note), st.small) for note in line.notes)
        rows.append([Paragraph(line.number, st.table_head), cell])
    if rows:
        # splitInRow: an item longer than a page (a document pasted into it) carries on over
        # the page instead of stopping the summons with a LayoutError.
        table = Table(rows, colWidths=[12 * 2.8346, TEXT_WIDTH - 12 * 2.8346], splitInRow=1)
        table.setStyle(TableStyle([
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("LEFTPADDING", (0, 0), (-1, -1), 0),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 7),
        ]))
        story.append(table)
    return story


def render_agenda(view: SummonsView) -> bytes:
    words = agenda_text(view)
    return build_pdf(agenda_flowables(view), DocumentInfo(
        title=words.title, author=view.proper_officer, subject="Summons and agenda",
        created=view.issued_on, letterhead=view.letterhead,
        running_header=words.running_header))
