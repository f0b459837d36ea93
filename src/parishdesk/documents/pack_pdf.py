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

import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from reportlab.lib.units import mm
from reportlab.platypus import (
    CondPageBreak,
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
from parishdesk.domain.letters import Letter, long_date
from parishdesk.domain.pack_summary import CLOSING_RULES, PackSummary, references
from parishdesk.domain.protocol import Block, Clause, Protocol, Section


@dataclass(frozen=True)
class Contact:
    """One entry on the key-contacts page."""

    role: str
    name: str
    lines: tuple[str, ...] = ()


@dataclass(frozen=True)
class PackContent:
    """Everything one councillor's pack shows."""

    letter: Letter
    councillor_name: str
    council_name: str
    protocol: Protocol  # its metadata carries the document control
    summary: PackSummary
    contacts: tuple[Contact, ...]
    return_by: date
    return_to: tuple[str, ...]  # the Clerk's name and address
    rule_links: Mapping[str, str] = field(default_factory=dict)  # rule ID → clause number

    @property
    def protocol_name(self) -> str:
        return self.protocol.title or "Member/Officer Protocol"

    @property
    def version_label(self) -> str:
        return self.protocol.metadata.version or "—"

    @property
    def version_suffix(self) -> str:
        """", version 1.0" after the protocol's name, or "" for a protocol with no number."""
        version = (self.protocol.metadata.version or "").strip()
        return f", version {version}" if version else ""

    @property
    def name_with_version(self) -> str:
        return f"{self.protocol_name}{self.version_suffix}"


def _fmt(d: date | None) -> str:
    return d.strftime("%d/%m/%Y") if d else "—"


# --- Styles particular to the pack ------------------------------------------------------------

NUMBER_WIDTH = 14 * mm  # the hanging column for "6.10"
DEPTH_STEP = 8 * mm  # "2.3.1" sits this much further in than "2.3"
BULLET_STEP = 6 * mm
ITEM_LABEL = 9 * mm


class _Styles:
    def __init__(self) -> None:
        st = styles()
        self.clause = st.body.clone("pk-clause", fontSize=10.5, leading=14.5, spaceAfter=6,
                                    bulletFontName=fonts.SERIF_BOLD, bulletFontSize=10.5,
                                    allowWidows=0, allowOrphans=0)
        self.title = st.heading1.clone("pk-title", fontSize=17, leading=22, spaceBefore=0,
                                       spaceAfter=10)
        self.section = st.heading2.clone("pk-section", spaceBefore=10, spaceAfter=6)
        self.subheading = st.body.clone("pk-subheading", fontName=fonts.SERIF_BOLD,
                                        fontSize=10.5, leading=14.5, spaceBefore=4,
                                        spaceAfter=4, keepWithNext=1)
        self.summary = st.body.clone("pk-summary", fontSize=10, leading=13.5, spaceAfter=4,
                                     leftIndent=5 * mm, bulletIndent=0,
                                     bulletFontName=fonts.SERIF)
        self.toc = st.body.clone("pk-toc", spaceAfter=0, leading=14)
        self.toc_sub = st.body.clone("pk-toc-sub", spaceAfter=0, fontSize=10, leading=13,
                                     leftIndent=6 * mm)
        self.toc_page = st.body.clone("pk-toc-page", spaceAfter=0, alignment=2, leading=14)


_STYLES: _Styles | None = None


def _st() -> _Styles:
    global _STYLES
    if _STYLES is None:
        _STYLES = _Styles()
    return _STYLES


# --- Page markers for the contents page ------------------------------------------------------

class _Marker(Flowable):
    """Invisible: notes the page it lands on, and adds a PDF bookmark there."""

    def __init__(self, key: str, title: str, level: int, pages: dict[str, int]) -> None:
        super().__init__()
        self.key = key
        self.title = title
        self.level = level
        self.pages = pages
        self.keepWithNext = 1  # travel with the heading that follows

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        return 0, 0

    def draw(self) -> None:
        self.pages[self.key] = self.canv.getPageNumber()
        self.canv.bookmarkPage(self.key)
        self.canv.addOutlineEntry(self.title, self.key, level=self.level, closed=True)


# --- Protocol text ----------------------------------------------------------------------------

_DOUBLE_OPEN = re.compile(r'(^|[\s(\[\u2014\u2013-])"')
_SINGLE_OPEN = re.compile(r"(^|[\s(\[\u2014\u2013-])'")


def typographic(value: str) -> str:
    """Straight quotes and apostrophes as printers set them (“need to know”, officer’s)."""
    value = _DOUBLE_OPEN.sub("\\1\u201c", value).replace('"', "\u201d")
    value = _SINGLE_OPEN.sub("\\1\u2018", value).replace("'", "\u2019")
    return value


def _para_text(value: str) -> str:
    return text(typographic(value))


def _depth(number: str | None) -> int:
    return max(0, len(number.split(".")) - 2) if number else 0


def _block_flowable(block: Block, base: float, number: str | None) -> Paragraph:
    s = _st().clause
    if block.kind == "bullet":
        indent = base + block.level * BULLET_STEP
        style = s.clone("pk-bullet", bulletFontName=fonts.SERIF, leftIndent=indent + 5 * mm,
                        bulletIndent=indent, spaceAfter=3)
        return Paragraph(_para_text(block.text), style, bulletText="\u2022")
    if block.kind == "item":
        indent = base + block.level * ITEM_LABEL
        style = s.clone("pk-item", bulletFontName=fonts.SERIF, leftIndent=indent + ITEM_LABEL,
                        bulletIndent=indent, spaceAfter=3)
        return Paragraph(_para_text(block.text), style, bulletText=block.label or "")
    style = s.clone("pk-para", leftIndent=base, bulletIndent=base - NUMBER_WIDTH)
    if number:
        return Paragraph(_para_text(block.text), style, bulletText=number)
    return Paragraph(_para_text(block.text), style)


def _is_subheading(clause: Clause) -> bool:
    blocks = clause.blocks
    if clause.number or len(blocks) != 1 or blocks[0].kind != "para":
        return False
    t = blocks[0].text.strip()
    return 0 < len(t) <= 80 and t[-1:] not in ".;:," and t[:1].isupper()


def _heads_what_follows(clause: Clause) -> bool:
    """A one-paragraph clause that only introduces what comes next, so it must never be left
    alone at the foot of a page: an unnumbered lead-in ending in a colon ("Procedure for
    officers:") or a numbered clause that is just a short title ("2.2 Councillors")."""
    blocks = clause.blocks
    if len(blocks) != 1 or blocks[0].kind != "para":
        return False
    t = blocks[0].text.strip()
    if not clause.number:
        return t.endswith(":")
    return 0 < len(t) <= 60 and t[-1:] not in ".;:,!?"


def _clause_flowables(clause: Clause) -> list[Flowable]:
    if _is_subheading(clause):
        return [Paragraph(_para_text(clause.blocks[0].text), _st().subheading)]
    if _heads_what_follows(clause):
        only = _block_flowable(clause.blocks[0], NUMBER_WIDTH + _depth(clause.number)
                               * DEPTH_STEP, clause.number)
        only.keepWithNext = 1
        return [only]
    base = NUMBER_WIDTH + _depth(clause.number) * DEPTH_STEP
    blocks = clause.blocks or (Block("para", clause.text),)
    out: list[Flowable] = []
    number = clause.number
    if blocks[0].kind != "para" and number:
        out.append(Paragraph("", _st().clause.clone("pk-num", leftIndent=base,
                                                     bulletIndent=base - NUMBER_WIDTH,
                                                     spaceAfter=0),
                             bulletText=number))
        number = None
    for i, block in enumerate(blocks):
        flow = _block_flowable(block, base, number if i == 0 else None)
        out.append(flow)
    if len(out) > 1:
        # A lead-in ending in a colon stays with the first item of its list.
        lead = out[0]
        if isinstance(lead, Paragraph) and blocks[0].text.rstrip().endswith(":"):
            lead.keepWithNext = 1
    return out


def _section_heading(section: Section) -> str:
    return " ".join(p for p in (section.number or "", section.title) if p).strip()


def _document_control(content: PackContent) -> Table:
    st = styles()
    m = content.protocol.metadata
    rows = [
        ("Version", m.version or "Not numbered"),
        ("Adopted on", _fmt(m.adopted)),
        ("Adopted by", m.adopted_by or "—"),
        ("Last reviewed", _fmt(m.last_reviewed)),
        ("Next review due", _fmt(m.next_review)),
    ]
    data = [[Paragraph(text(k), st.table_head), Paragraph(text(v), st.table_cell)]
            for k, v in rows]
    table = Table(data, colWidths=[40 * mm, TEXT_WIDTH - 40 * mm], hAlign="LEFT")
    ts = table_style(header_rows=0)
    ts.add("BACKGROUND", (0, 0), (0, -1), TABLE_HEADER)
    table.setStyle(ts)
    return table


def _protocol_flowables(content: PackContent, pages: dict[str, int]) -> list[Flowable]:
    st = styles()
    p = content.protocol
    out: list[Flowable] = [
        _Marker("protocol", content.protocol_name, 0, pages),
        Paragraph(text(content.protocol_name), _st().title),
        Paragraph("<b>Document control</b>", st.body_keep.clone("pk-dc", spaceAfter=4)),
        _document_control(content),
        Spacer(1, 10),
    ]
    for block in p.preamble:
        out.append(_block_flowable(block, 0, None))
    for i, section in enumerate(p.sections):
        heading = _section_heading(section)
        if heading:
            # The break comes first: a marker left before it would note the page the heading
            # was about to go on, not the one it is moved to.
            out.append(CondPageBreak(40 * mm))
            out.append(_Marker(f"section-{i}", heading, 1, pages))
            out.append(Paragraph(text(heading), _st().section))
        for clause in section.clauses:
            out.extend(_clause_flowables(clause))
    return out


# --- Contents, summary, contacts, acknowledgement ---------------------------------------------

def _contents(content: PackContent, pages: Mapping[str, int]) -> list[Flowable]:
    st = styles()
    s = _st()

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
        heading = _section_heading(section)
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
    s = _st()
    summary = content.summary
    ref_font = f'<font name="{fonts.SANS}" size="7.5" color="#555555">'

    def cited(rule_ids: tuple[str, ...]) -> str:
        where = references(rule_ids, content.rule_links)
        return f" {ref_font}[{text(where)}]</font>" if where else ""

    def points(items: Any) -> list[Flowable]:
        return [Paragraph(f"{_para_text(pt.text)}{cited(pt.rule_ids)}",
                          s.summary, bulletText="\u2022") for pt in items]

    intro = styles().body.clone("pk-sum-intro", fontSize=10, leading=13.5, spaceAfter=6)
    return [
        _Marker("summary", summary.title, 0, pages),
        Paragraph(text(summary.title), s.title),
        Paragraph(text(summary.introduction), intro),
        Paragraph(text(summary.councillors_heading), s.section),
        *points(summary.councillors_expect),
        Paragraph(text(summary.officers_heading), s.section),
        *points(summary.officers_expect),
        Spacer(1, 6),
        Paragraph(f"{_para_text(summary.closing)}{cited(CLOSING_RULES)}", intro),
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
        _Marker("contacts", "Key contacts", 0, pages),
        Paragraph("Key contacts", _st().title),
        Paragraph("Questions about the protocol, and requests for work or information, go to "
                  "the Clerk first. The Monitoring Officer of the principal council deals "
                  "with complaints that a councillor has broken the Code of Conduct.",
                  st.body.clone("pk-contacts-intro", fontSize=10, leading=14, spaceAfter=10)),
        table,
    ]


def _acknowledgement(content: PackContent, pages: dict[str, int]) -> list[Flowable]:
    st = styles()
    s = _st()
    m = content.protocol.metadata
    field_style = st.body.clone("pk-ack-field", spaceAfter=0)
    facts = [
        ("Councillor", content.councillor_name),
        ("Council", content.council_name),
        ("Protocol", content.protocol_name),
        ("Version", f"{content.version_label}, adopted {_fmt(m.adopted)}")
        if content.version_suffix else ("Adopted", _fmt(m.adopted)),
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
        _Marker("acknowledgement", "Acknowledgement form", 0, pages),
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
    story += _protocol_flowables(content, pages_out)
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
