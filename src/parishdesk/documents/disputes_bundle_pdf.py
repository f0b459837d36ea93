"""A case bundle as one PDF, for the Monitoring Officer, ACAS or an adviser (DISP-12).

The case at a glance, the people, a chronology, the time limits, the letters, the notes and a
list of the attached documents. Every page says "Confidential" at its head and foot.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from reportlab.platypus import Flowable, Paragraph, Spacer, Table

from parishdesk.documents.style import (
    TEXT_WIDTH,
    DocumentInfo,
    build_pdf,
    styles,
    table_style,
    text,
)
from parishdesk.domain.letters import Letterhead

MARKING = "Confidential"


@dataclass(frozen=True)
class BundleContent:
    """Everything the bundle prints, as plain text (rows are tuples of cells)."""

    reference: str
    title: str
    facts: tuple[tuple[str, str], ...]
    parties: tuple[tuple[str, str], ...]
    chronology: tuple[tuple[str, str, str], ...]
    deadlines: tuple[tuple[str, str, str], ...]
    letters: tuple[tuple[str, str, str, str], ...]
    notes: tuple[tuple[str, str], ...]
    attachments: tuple[tuple[str, str, str], ...]
    warnings: tuple[str, ...]
    rules: tuple[str, ...]
    account: str
    #: Each letter in full: a heading line, its subject and its paragraphs.
    letters_in_full: tuple[tuple[str, str, tuple[str, ...]], ...] = ()


def _table(head: tuple[str, ...], rows: tuple[tuple[str, ...], ...], widths: tuple[float, ...],
           empty: str) -> Flowable:
    st = styles()
    if not rows:
        return Paragraph(text(empty), st.body)
    data = [[Paragraph(text(h), st.table_head) for h in head]] if head else []
    data += [[Paragraph(text(cell), st.table_cell) for cell in row] for row in rows]
    # splitInRow: a note or statement longer than a page carries on over it.
    table = Table(data, colWidths=[TEXT_WIDTH * w for w in widths], repeatRows=1 if head else 0,
                  splitInRow=1)
    table.setStyle(table_style(1 if head else 0))
    return table


def render_bundle(content: BundleContent, letterhead: Letterhead, created: dt.date) -> bytes:
    st = styles()
    title = f"Case bundle {content.reference}"
    story: list[Flowable] = [
        Paragraph(text(title), st.heading1),
        Paragraph(text(f"Prepared on {created:%d/%m/%Y}. This bundle is confidential: it is "
                       "for the people who need it to deal with the case, and for no one "
                       "else."), st.small),
        _table((), content.facts, (0.28, 0.72), ""),
        Spacer(1, 8),
        Paragraph("Account", st.heading2),
        Paragraph(text(content.account or "No account recorded."), st.body),
        Paragraph("People in the case", st.heading2),
        _table(("Role", "Name"), content.parties, (0.3, 0.7), "No one recorded."),
        Paragraph("Chronology", st.heading2),
        _table(("Date", "Step", "Detail"), content.chronology, (0.15, 0.33, 0.52),
               "No steps recorded."),
        Paragraph("Time limits", st.heading2),
        _table(("Limit", "Due", "Met or left"), content.deadlines, (0.5, 0.17, 0.33),
               "No time limit applies yet."),
    ]
    if content.warnings:
        story.append(Paragraph("Warnings", st.heading2))
        story += [Paragraph(text(w), st.body) for w in content.warnings]
    story += [
        Paragraph("Letters", st.heading2),
        _table(("Reference", "Date", "To", "Subject"), content.letters,
               (0.2, 0.14, 0.26, 0.4), "No letters issued."),
        Paragraph("Notes", st.heading2),
        _table(("Date", "Note"), content.notes, (0.15, 0.85), "No notes."),
        Paragraph("Attached documents", st.heading2),
        _table(("Added", "Title", "File"), content.attachments, (0.15, 0.45, 0.4),
               "No documents attached."),
        Paragraph("Rules relied on", st.heading2),
        *[Paragraph(text(r), st.body) for r in content.rules],
    ]
    if content.letters_in_full:
        story.append(Paragraph("The letters in full", st.heading2))
    for heading, subject, paragraphs in content.letters_in_full:
        story += [Paragraph(text(heading), st.small),
                  Paragraph(text(subject), st.subject),
                  *[Paragraph(text(p), st.body) for p in paragraphs],
                  Spacer(1, 8)]
    info = DocumentInfo(title=f"{title} ({MARKING})", author=letterhead.council_name,
                        subject=content.title, created=created, letterhead=letterhead,
                        running_header=f"{letterhead.council_name}: {title}",
                        marking=MARKING)
    return build_pdf(story, info)
