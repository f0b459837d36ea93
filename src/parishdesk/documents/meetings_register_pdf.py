"""The decisions register as an A4 table: date, minute, decision, votes,
delegation and the action arising."""

from __future__ import annotations

from collections.abc import Sequence

from reportlab.platypus import Flowable, LongTable, Paragraph, Spacer

from parishdesk.documents.style import (
    TEXT_WIDTH,
    DocumentInfo,
    build_pdf,
    styles,
    table_style,
    text,
)
from parishdesk.domain.meetings.records import Resolution

HEADERS = ("Date", "Minute", "Decision", "Votes", "Action")
WIDTHS = (0.13, 0.11, 0.40, 0.18, 0.18)


def render_register(council: str, rows: Sequence[Resolution]) -> bytes:
    st = styles()
    story: list[Flowable] = [
        Paragraph("Register of decisions", st.heading1),
        Paragraph(text(f"{council}. {len(rows)} decision{'s' if len(rows) != 1 else ''}."),
                  st.small),
        Spacer(1, 6),
    ]
    if rows:
        data = [[Paragraph(h, st.table_head) for h in HEADERS]]
        for r in rows:
            decision = r.decision + ("" if r.outcome == "carried" else f" ({r.outcome})")
            if r.delegation:
                decision += f" Delegated to: {r.delegation}."
            action = r.action_owner
            if r.action_due:
                action += f", by {r.action_due:%d/%m/%Y}"
            if r.action_status:
                action += f" ({r.action_status})"
            data.append([Paragraph(text(v), st.table_cell) for v in (
                f"{r.meeting_on:%d/%m/%Y}", r.minute_number, decision, r.votes, action)])
        table = LongTable(data, colWidths=[w * TEXT_WIDTH for w in WIDTHS], repeatRows=1,
                          splitInRow=1)  # a resolution longer than a page carries on
        table.setStyle(table_style())
        story.append(table)
    else:
        story.append(Paragraph("No decisions match.", st.body))
    return build_pdf(story, DocumentInfo(title="Register of decisions", author=council))
