"""A councillor's protocol pack as one PDF, in the house style.

Page one is the Clerk's covering letter on the letterhead (unnumbered); then a
contents page, the adopted protocol with its document control and numbered
clauses (bullets and (a)/(i)/(1) sub-items indented beneath them), the
one-page summary of what each side can expect, key contacts, and an
acknowledgement form to sign and return. Every page after the cover says
"Page X of Y".

The contents page lists page numbers: the pack is laid out once to find where
each part falls, then again with those numbers filled in (the contents page
has the same rows both times, so nothing moves). The same content always
renders to the same bytes.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from reportlab.lib.units import mm
from reportlab.platypus import (
    Flowable,
    KeepTogether,
    PageBreak,
    Paragraph,
    Spacer,
    Table,
    TableStyle,
)

from parishdesk.documents import fonts
from parishdesk.documents.letter_pdf import letter_flowables
from parishdesk.documents.pack_parts import Contact, Marker, PackContent, pack_styles, short_date
from parishdesk.documents.pack_protocol import (
    para_text,
    protocol_flowables,
    section_heading,
    typographic,
)
from parishdesk.documents.style import (
    MUTED,
    TABLE_GRID,
    TABLE_HEADER,
    TEXT_WIDTH,
    DocumentInfo,
    build_pdf,
    styles,
    table_style,
    text,
)
from parishdesk.domain.letters import long_date
from parishdesk.domain.pack_summary import CLOSING_RULES, references

__all__ = ["Contact", "PackContent", "render_pack", "render_pack_laid_out", "typographic"]



# --- Contents, summary, contacts, acknowledgement ---------------------------------------------

def _contents(content: PackContent, pages: Mapping[str, int]) -> list[Flowable]:
    st = styles()
    s = pack_styles()

    def page_of(key: str) -> str:
        physical = pages.get(key)
        return str(physical - 1) if physical and physical > 1 else ""

    rows: list[list[Flowable]] = []
    styles_used: list[tuple[Any, ...]] = []

    def row(label: str, key: str, sub: bool = False) -> None:
        style = s.toc_sub if sub else s.toc
        rows.append([Paragraph(text(label), style),
                     Paragraph(page_of(key), s.toc_page)])
        if not sub:
            styles_used.append(("TOPPADDING", (0, len(rows) - 1), (-1, len(rows) - 1), 7))

    row(content.name_with_version, "protocol")
    for i, section in enumerate(content.protocol.sections):
        heading = section_heading(section)
        if heading:
            row(heading, f"section-{i}", sub=True)
    row(content.summary.title, "summary")
    row("Key contacts", "contacts")
    row("Acknowledgement form (please sign and return)", "acknowledgement")
    table = Table(rows, colWidths=[TEXT_WIDTH - 18 * mm, 18 * mm], hAlign="LEFT")
    table.setStyle(TableStyle([
        ("FONTNAME", (0, 0), (-1, -1), fonts.SERIF),
        ("VALIGN", (0, 0), (-1, -1), "BOTTOM"),
        ("LEFTPADDING", (0, 0), (-1, -1), 0),
        ("RIGHTPADDING", (0, 0), (-1, -1), 0),
        ("TOPPADDING", (0, 0), (-1, -1), 2),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 2),
        *styles_used,
    ]))
    return [
        Paragraph("Contents", s.title),
        Paragraph(
            f"This pack holds {text(content.council_name)}’s {text(content.protocol_name)} "
            "as adopted by the council. Section and paragraph numbers are the protocol’s own; "
            "letters from the Council refer to them (for example “paragraph 2.1”). "
            "The page numbers below are those printed at the foot of each page.",
            st.body.clone("pk-contents-intro", fontSize=10, leading=14, spaceAfter=10)),
        table,
    ]


def _summary(content: PackContent, pages: dict[str, int]) -> list[Flowable]:
    s = pack_styles()
    summary = content.summary
    ref_font = f'<font name="{fonts.SANS}" size="7.5" color="#555555">'

    def cited(rule_ids: tuple[str, ...]) -> str:
        where = references(rule_ids, content.rule_links)
        return f" {ref_font}[{text(where)}]</font>" if where else ""

    def points(items: Any) -> list[Flowable]:
        return [Paragraph(f"{para_text(pt.text)}{cited(pt.rule_ids)}",
                          s.summary, bulletText="\u2022") for pt in items]

    intro = styles().body.clone("pk-sum-intro", fontSize=10, leading=13.5, spaceAfter=6)
    return [
        Marker("summary", summary.title, 0, pages),
        Paragraph(text(summary.title), s.title),
        Paragraph(text(summary.introduction), intro),
        Paragraph(text(summary.councillors_heading), s.section),
        *points(summary.councillors_expect),
        Paragraph(text(summary.officers_heading), s.section),
        *points(summary.officers_expect),
        Spacer(1, 6),
        Paragraph(f"{para_text(summary.closing)}{cited(CLOSING_RULES)}", intro),
        Paragraph("The references in brackets are the paragraphs of the council's protocol "
                  "that say more, and the law a point rests on.", styles().small),
    ]


def _contacts(content: PackContent, pages: dict[str, int]) -> list[Flowable]:
    st = styles()
    data = [[Paragraph("Who", st.table_head), Paragraph("Name and how to reach them",
                                                         st.table_head)]]
    for c in content.contacts:
        detail = "<br/>".join([f"<b>{text(c.name)}</b>", *(text(x) for x in c.lines if x)])
        data.append([Paragraph(text(c.role), st.table_cell),
                     Paragraph(detail, st.table_cell)])
    table = Table(data, colWidths=[52 * mm, TEXT_WIDTH - 52 * mm], hAlign="LEFT",
                  repeatRows=1)
    ts = table_style()
    ts.add("TOPPADDING", (0, 1), (-1, -1), 5)
    ts.add("BOTTOMPADDING", (0, 1), (-1, -1), 6)
    table.setStyle(ts)
    return [
        Marker("contacts", "Key contacts", 0, pages),
        Paragraph("Key contacts", pack_styles().title),
        Paragraph("Questions about the protocol, and requests for work or information, go to "
                  "the Clerk first. The Monitoring Officer of the principal council deals "
                  "with complaints that a councillor has broken the Code of Conduct.",
                  st.body.clone("pk-contacts-intro", fontSize=10, leading=14, spaceAfter=10)),
        table,
    ]


def _acknowledgement(content: PackContent, pages: dict[str, int]) -> list[Flowable]:
    st = styles()
    s = pack_styles()
    m = content.protocol.metadata
    field_style = st.body.clone("pk-ack-field", spaceAfter=0)
    facts = [
        ("Councillor", content.councillor_name),
        ("Council", content.council_name),
        ("Protocol", content.protocol_name),
        ("Version", f"{content.version_label}, adopted {short_date(m.adopted)}")
        if content.version_suffix else ("Adopted", short_date(m.adopted)),
        ("Pack reference", content.letter.reference),
    ]
    facts_table = Table(
        [[Paragraph(text(k), st.table_head), Paragraph(text(v), st.table_cell)] for k, v in facts],
        colWidths=[32 * mm, TEXT_WIDTH - 32 * mm], hAlign="LEFT")
    ts = table_style(header_rows=0)
    ts.add("BACKGROUND", (0, 0), (0, -1), TABLE_HEADER)
    facts_table.setStyle(ts)
    lines = Table(
        [[Paragraph("Signature", field_style), ""], [Paragraph("Date", field_style), ""],
         [Paragraph("Name in capitals", field_style), ""]],
        colWidths=[40 * mm, TEXT_WIDTH - 40 * mm], rowHeights=[16 * mm, 16 * mm, 16 * mm],
        hAlign="LEFT")
    lines.setStyle(TableStyle([
        ("FONTNAME", (0, 0), (-1, -1), fonts.SERIF),
        ("VALIGN", (0, 0), (-1, -1), "BOTTOM"),
        ("LINEBELOW", (1, 0), (1, -1), 0.8, MUTED),
        ("LEFTPADDING", (0, 0), (-1, -1), 0),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 2),
    ]))
    office = Table(
        [[Paragraph("For the Clerk: form received on ____ /____ /________ and recorded in "
                    "ParishDesk.", st.small)]],
        colWidths=[TEXT_WIDTH], hAlign="LEFT")
    office.setStyle(TableStyle([("FONTNAME", (0, 0), (-1, -1), fonts.SERIF),
                                ("BOX", (0, 0), (-1, -1), 0.5, TABLE_GRID),
                                ("TOPPADDING", (0, 0), (-1, -1), 6),
                                ("BOTTOMPADDING", (0, 0), (-1, -1), 6)]))
    return [
        Marker("acknowledgement", "Acknowledgement form", 0, pages),
        KeepTogether([
            Paragraph("Acknowledgement form", s.title),
            Paragraph(f"Please sign this form and return it to the Clerk by "
                      f"{long_date(content.return_by)}. Keep the rest of the pack.", st.body),
            facts_table,
            Spacer(1, 12),
            Paragraph(
                "I confirm that I have received a copy of "
                + (f"version {text(content.version_label)} of " if content.version_suffix
                   else "")
                + f"the {text(content.protocol_name)} of {text(content.council_name)}, "
                "and that I will read it and work in line with it.", st.body),
            lines,
            Spacer(1, 14),
            Paragraph("Return to: " + text(", ".join(x for x in content.return_to if x)),
                      st.body.clone("pk-return", fontSize=10, leading=14)),
            Spacer(1, 18),
            office,
        ]),
    ]


# --- Building ---------------------------------------------------------------------------------

def _story(content: PackContent, pages_in: Mapping[str, int],
           pages_out: dict[str, int]) -> list[Flowable]:
    story: list[Flowable] = list(letter_flowables(content.letter))
    story.append(PageBreak())
    story += _contents(content, pages_in)
    story.append(PageBreak())
    story += protocol_flowables(content, pages_out)
    story.append(PageBreak())
    story += _summary(content, pages_out)
    story.append(PageBreak())
    story += _contacts(content, pages_out)
    story.append(PageBreak())
    story += _acknowledgement(content, pages_out)
    return story


def _info(content: PackContent) -> DocumentInfo:
    return DocumentInfo(
        title=f"{content.protocol_name} pack for {content.councillor_name}",
        author=content.council_name,
        subject=content.name_with_version,
        created=content.letter.date,
        letterhead=content.letter.letterhead,
        number_first_page=False,
        running_header=f"{content.council_name} \u2014 {content.protocol_name} "
                       + (f"(version {content.version_label}) " if content.version_suffix
                          else "")
                       + f"\u2014 pack for {content.councillor_name}",
    )


def render_pack_laid_out(content: PackContent, pages_hint: Mapping[str, int] | None = None,
                         ) -> tuple[bytes, dict[str, int]]:
    """The pack's bytes and where each part fell (physical page numbers).

    ``pages_hint`` is a guess at those pages, e.g. from the previous councillor's pack of the
    same protocol: when it proves right the pack is laid out once instead of twice.
    """
    guess: dict[str, int] = dict(pages_hint or {})
    if not guess:
        build_pdf(_story(content, {}, guess), _info(content))
    for _ in range(3):
        found: dict[str, int] = {}
        pdf = build_pdf(_story(content, guess, found), _info(content))
        if found == guess:
            return pdf, found
        guess = found
    return pdf, found  # pragma: no cover - the contents page has the same rows each time


def render_pack(content: PackContent) -> bytes:
    """The whole pack as PDF bytes (laid out twice so the contents show page numbers)."""
    return render_pack_laid_out(content)[0]
