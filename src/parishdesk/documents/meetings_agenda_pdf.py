"""The summons and agenda: an A4 letter to every member, signed by the Proper Officer
(MEET-2), naming the business item by item; confidential items say why the press and
public will be asked to leave (MEET-6)."""

from __future__ import annotations

from reportlab.platypus import Flowable, KeepTogether, Paragraph, Spacer, Table, TableStyle

from parishdesk.documents.meetings_common import SummonsView, clock, long_date
from parishdesk.documents.style import TEXT_WIDTH, DocumentInfo, build_pdf, styles, text


def _when(view: SummonsView) -> str:
    m = view.meeting
    at = clock(m.at)
    return f"on {long_date(m.on)}" + (f" at {at}" if at else "")


def agenda_flowables(view: SummonsView) -> list[Flowable]:
    st = styles()
    m = view.meeting
    body = "the council" if m.committee_id is None else f"the {m.body}"
    story: list[Flowable] = [
        Paragraph(text(f"Summons to attend the {m.title.lower()}"), st.heading1),
        Paragraph(text(f"To the members of {body}"
                       + (": " + ", ".join(view.members) if view.members else "") + "."),
                  st.body),
        Paragraph(text(f"You are summoned to attend the {m.title.lower()}, to be held at "
                       f"{m.place} {_when(view)}, to transact the business set out in the "
                       "agenda below."), st.body),
        Spacer(1, 10),
        KeepTogether([
            Paragraph("Signed", st.small),
            Spacer(1, 14),
            Paragraph(text(view.proper_officer), st.subject),
            Paragraph(text(f"{view.proper_officer_post} and Proper Officer"), st.body),
            Paragraph(text(f"Issued on {long_date(view.issued_on)}"), st.body),
        ]),
        Spacer(1, 4),
        Paragraph("Members of the press and public are welcome to attend, except for any "
                  "item for which the council resolves to exclude them.", st.small),
        Paragraph("Agenda", st.heading1),
    ]
    rows = []
    for number, item in enumerate(view.items, start=1):
        cell: list[Flowable] = [Paragraph(text(item.title), st.table_head)]
        if item.papers:
            cell.append(Paragraph(text("Papers: " + "; ".join(item.papers)), st.small))
        if item.decision_expected and not item.standard:
            cell.append(Paragraph("For decision.", st.small))
        if item.confidential:
            cell.append(Paragraph(text(
                "The council will be asked to resolve that the press and public be excluded "
                f"for this item because of its confidential nature: {item.confidential_reason}"
                " (Public Bodies (Admission to Meetings) Act 1960, s.1(2))."), st.small))
        rows.append([Paragraph(f"{number}.", st.table_head), cell])
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
    m = view.meeting
    return build_pdf(agenda_flowables(view), DocumentInfo(
        title=f"Summons and agenda: {m.title}, {m.on:%d/%m/%Y}",
        author=view.proper_officer, subject="Summons and agenda", created=view.issued_on,
        letterhead=view.letterhead,
        running_header=f"{view.letterhead.council_name}: agenda for {long_date(m.on)}"))
