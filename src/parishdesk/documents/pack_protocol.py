"""The adopted protocol inside a pack: document control, sections and numbered clauses with
their bullets and (a)/(i)/(1) sub-items hung beneath them, in typographic quotes."""

import re

from reportlab.lib.units import mm
from reportlab.platypus import (
    CondPageBreak,
    Flowable,
    Paragraph,
    Spacer,
    Table,
)

from parishdesk.documents import fonts
from parishdesk.documents.pack_parts import (
    BULLET_STEP,
    DEPTH_STEP,
    ITEM_LABEL,
    NUMBER_WIDTH,
    Marker,
    PackContent,
    pack_styles,
    short_date,
)
from parishdesk.documents.style import (
    TABLE_HEADER,
    TEXT_WIDTH,
    styles,
    table_style,
    text,
)
from parishdesk.domain.protocol import Block, Clause, Section

# --- Protocol text ----------------------------------------------------------------------------

_DOUBLE_OPEN = re.compile(r'(^|[\s(\[\u2014\u2013-])"')
_SINGLE_OPEN = re.compile(r"(^|[\s(\[\u2014\u2013-])'")


def typographic(value: str) -> str:
    """Straight quotes and apostrophes as printers set them (“need to know”, officer’s)."""
    value = _DOUBLE_OPEN.sub("\\1\u201c", value).replace('"', "\u201d")
    value = _SINGLE_OPEN.sub("\\1\u2018", value).replace("'", "\u2019")
    return value


def para_text(value: str) -> str:
    return text(typographic(value))


def _depth(number: str | None) -> int:
    return max(0, len(number.split(".")) - 2) if number else 0


def _block_flowable(block: Block, base: float, number: str | None) -> Paragraph:
    s = pack_styles().clause
    if block.kind == "bullet":
        indent = base + block.level * BULLET_STEP
        style = s.clone("pk-bullet", bulletFontName=fonts.SERIF, leftIndent=indent + 5 * mm,
                        bulletIndent=indent, spaceAfter=3)
        return Paragraph(para_text(block.text), style, bulletText="\u2022")
    if block.kind == "item":
        indent = base + block.level * ITEM_LABEL
        style = s.clone("pk-item", bulletFontName=fonts.SERIF, leftIndent=indent + ITEM_LABEL,
                        bulletIndent=indent, spaceAfter=3)
        return Paragraph(para_text(block.text), style, bulletText=block.label or "")
    style = s.clone("pk-para", leftIndent=base, bulletIndent=base - NUMBER_WIDTH)
    if number:
        return Paragraph(para_text(block.text), style, bulletText=number)
    return Paragraph(para_text(block.text), style)


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
        return [Paragraph(para_text(clause.blocks[0].text), pack_styles().subheading)]
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
        out.append(Paragraph("", pack_styles().clause.clone("pk-num", leftIndent=base,
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


def section_heading(section: Section) -> str:
    return " ".join(p for p in (section.number or "", section.title) if p).strip()


def _document_control(content: PackContent) -> Table:
    st = styles()
    m = content.protocol.metadata
    rows = [
        ("Version", m.version or "Not numbered"),
        ("Adopted on", short_date(m.adopted)),
        ("Adopted by", m.adopted_by or "—"),
        ("Last reviewed", short_date(m.last_reviewed)),
        ("Next review due", short_date(m.next_review)),
    ]
    data = [[Paragraph(text(k), st.table_head), Paragraph(text(v), st.table_cell)]
            for k, v in rows]
    table = Table(data, colWidths=[40 * mm, TEXT_WIDTH - 40 * mm], hAlign="LEFT")
    ts = table_style(header_rows=0)
    ts.add("BACKGROUND", (0, 0), (0, -1), TABLE_HEADER)
    table.setStyle(ts)
    return table


def protocol_flowables(content: PackContent, pages: dict[str, int]) -> list[Flowable]:
    st = styles()
    p = content.protocol
    out: list[Flowable] = [
        Marker("protocol", content.protocol_name, 0, pages),
        Paragraph(text(content.protocol_name), pack_styles().title),
        Paragraph("<b>Document control</b>", st.body_keep.clone("pk-dc", spaceAfter=4)),
        _document_control(content),
        Spacer(1, 10),
    ]
    for block in p.preamble:
        out.append(_block_flowable(block, 0, None))
    for i, section in enumerate(p.sections):
        heading = section_heading(section)
        if heading:
            # The break comes first: a marker left before it would note the page the heading
            # was about to go on, not the one it is moved to.
            out.append(CondPageBreak(40 * mm))
            out.append(Marker(f"section-{i}", heading, 1, pages))
            out.append(Paragraph(text(heading), pack_styles().section))
        for clause in section.clauses:
            out.extend(_clause_flowables(clause))
    return out
