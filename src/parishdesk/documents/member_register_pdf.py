"""The member register as a PDF: A4 landscape, the council's letterhead, "Page X of Y".

Uses the house stylesheet from :mod:`parishdesk.documents.style` (fonts,
paragraph and table styles). ``style.build_pdf`` lays out portrait pages only,
so this module has its own small landscape builder with the same footer.
"""

from __future__ import annotations

import io
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date
from functools import cache
from typing import Any

from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    BaseDocTemplate,
    CondPageBreak,
    Flowable,
    Frame,
    LongTable,
    PageTemplate,
    Paragraph,
    Spacer,
    TableStyle,
)
from reportlab.platypus.flowables import HRFlowable

from parishdesk.documents import fonts
from parishdesk.documents.style import RULE, page_label, styles, table_style, text
from parishdesk.domain.letters import Letterhead
from parishdesk.domain.members import Committee, Councillor, Officer, format_date

PAGE = landscape(A4)
MARGIN = 15 * mm
WIDTH = PAGE[0] - 2 * MARGIN


@dataclass(frozen=True)
class RegisterContent:
    """Everything the register shows, already read from the store."""

    letterhead: Letterhead
    as_at: date
    councillors: Sequence[Councillor]
    officers: Sequence[Officer]
    committees: Sequence[Committee]
    former: Sequence[Councillor] = ()
    #: person id → end of term (the recorded one or the next ordinary election)
    term_ends: Mapping[int, date | None] = field(default_factory=dict)
    #: person id → offices held today ("Chair of the council", "Chair, Staffing Committee")
    offices: Mapping[int, Sequence[str]] = field(default_factory=dict)
    #: person id → committees they sit on today
    committees_of: Mapping[int, Sequence[str]] = field(default_factory=dict)
    #: committee id → (chair's name, members' names)
    committee_members: Mapping[int, tuple[str, Sequence[str]]] = field(default_factory=dict)


#: The register's tables are denser than a letter's: 8 pt type, so 15 or more
#: councillors fit on a page.
CELL_SIZE = 8
CELL_LEADING = 9.6
#: E-mail addresses are set in the sans face, smaller still, and never broken inside.
CONTACT_SIZE = 7.5
SMALLEST_CONTACT_SIZE = 5.5
PADDING = 4
#: The contact column is as wide as the longest address needs, within these bounds (pt).
CONTACT_WIDTH = (110.0, 165.0)


@cache
def _cell_styles() -> tuple[ParagraphStyle, ParagraphStyle]:
    st = styles()
    cell = ParagraphStyle("pd-register-cell", parent=st.table_cell, fontSize=CELL_SIZE,
                          leading=CELL_LEADING)
    head = ParagraphStyle("pd-register-head", parent=st.table_head, fontSize=CELL_SIZE,
                          leading=CELL_LEADING)
    return cell, head


def _p(value: str, head: bool = False) -> Paragraph:
    cell, heading = _cell_styles()
    return Paragraph(text(value), heading if head else cell)


def _style() -> TableStyle:
    style = table_style()
    style.add("FONTSIZE", (0, 0), (-1, -1), CELL_SIZE)
    for side in ("LEFTPADDING", "RIGHTPADDING"):
        style.add(side, (0, 0), (-1, -1), PADDING)
    style.add("TOPPADDING", (0, 0), (-1, -1), 2.5)
    style.add("BOTTOMPADDING", (0, 0), (-1, -1), 3)
    return style


def _table(headers: Sequence[str], rows: Sequence[Sequence[str | Flowable]],
           widths: Sequence[float], fixed: Mapping[int, float] | None = None) -> LongTable:
    """A register table: ``widths`` share the page; ``fixed`` columns have a set width."""
    fixed = dict(fixed or {})
    spare = WIDTH - sum(fixed.values())
    shared = sum(w for i, w in enumerate(widths) if i not in fixed)
    col_widths = [fixed[i] if i in fixed else spare * w / shared for i, w in enumerate(widths)]
    data: list[list[Any]] = [[_p(h, True) for h in headers]]
    data += [[v if isinstance(v, Flowable) else _p(v) for v in row] for row in rows]
    table = LongTable(data, colWidths=col_widths, repeatRows=1)
    table.setStyle(_style())
    return table


def _fits(sample: str) -> float:
    """A column just wide enough for ``sample`` on one line (dates are never broken)."""
    return stringWidth(sample, fonts.SERIF, CELL_SIZE) + 2 * PADDING + 2


def _contact_width(addresses: Sequence[str]) -> float:
    """Wide enough for the longest e-mail address at the contact size, within bounds."""
    widest = max((stringWidth(a, fonts.SANS, CONTACT_SIZE) for a in addresses), default=0.0)
    low, high = CONTACT_WIDTH
    return min(max(widest + 2 * PADDING + 1, low), high)


def _contact(email: str, phone: str, width: float) -> Paragraph:
    """E-mail and telephone, in a size at which the address fits on one line: an address
    broken in the middle is easily copied wrongly."""
    room = width - 2 * PADDING - 1
    size = CONTACT_SIZE
    needed = stringWidth(email, fonts.SANS, size)
    if needed > room:
        size = max(SMALLEST_CONTACT_SIZE, size * room / needed)
    style = ParagraphStyle("pd-register-contact", parent=_cell_styles()[0], fontName=fonts.SANS,
                           fontSize=size, leading=CELL_LEADING, splitLongWords=0)
    phone_part = (f"<br/><font size='{CONTACT_SIZE}'>{text(phone)}</font>" if phone else "")
    return Paragraph(text(email) + phone_part if email else text(phone), style)


def _short(names: Sequence[str]) -> str:
    """Committee names run on ("; "), without the word "Committee" the heading says, so a
    row seldom needs more than the two lines its contact details take."""
    return "; ".join(n[: -len(" Committee")] if n.endswith(" Committee") else n for n in names)


def _letterhead(lh: Letterhead) -> list[Flowable]:
    st = styles()
    out: list[Flowable] = [Paragraph(text(lh.council_name), st.letterhead_name), Spacer(1, 3)]
    address = ", ".join(line.strip() for line in lh.address_lines if line.strip())
    if address:
        out.append(Paragraph(text(address), st.letterhead_detail))
    contact = [f"Telephone {lh.telephone.strip()}" if lh.telephone.strip() else "",
               f"E-mail {lh.email.strip()}" if lh.email.strip() else ""]
    if any(contact):
        out.append(Paragraph(text("\u2003\u2022\u2003".join(c for c in contact if c)),
                             st.letterhead_detail))
    out += [Spacer(1, 4), HRFlowable(width="100%", thickness=0.6, color=RULE), Spacer(1, 6)]
    return out


def _section(title: str) -> Paragraph:
    # The house heading keeps with the next flowable; a long table would then jump whole
    # to the next page, so section headings here only keep with the table's first rows.
    style = ParagraphStyle("pd-register-h2", parent=styles().heading2, keepWithNext=0)
    return Paragraph(text(title), style)


def _story(content: RegisterContent) -> list[Flowable]:
    st = styles()
    story = _letterhead(content.letterhead)
    story.append(Paragraph("Register of members", st.heading1))
    story.append(Paragraph(text(f"As at {format_date(content.as_at)}"), st.small))
    story.append(_section("Councillors"))
    if content.councillors:
        contact = _contact_width([c.email for c in content.councillors])
        rows: list[list[str | Flowable]] = []
        for c in content.councillors:
            pid = c.id or 0
            rows.append([
                c.full_name + (f"\n(known as {c.preferred_name})" if c.preferred_name else ""),
                c.ward, c.group or "Independent",
                f"{c.joined_how_label}\n{format_date(c.joined_on)}".strip(),
                format_date(c.accepted_office_on), format_date(content.term_ends.get(pid)),
                _short(content.offices.get(pid, ())),
                _short(content.committees_of.get(pid, ())),
                _contact(c.email, c.phone, contact),
            ])
        day = _fits("00/00/0000")
        story.append(_table(("Name", "Ward", "Group", "Joined", "Accepted office", "Term ends",
                             "Offices", "Committees", "Contact"), rows,
                            (100, 42, 68, 0, 0, 0, 112, 112, 0),
                            fixed={3: day, 4: day, 5: day, 8: contact}))
    else:
        story.append(Paragraph("No councillors are recorded.", st.body))
    story.append(CondPageBreak(40 * mm))
    story.append(_section("Officers"))
    names = {o.id: o.full_name for o in content.officers}
    rows = [[o.full_name, o.post_label, "Yes" if o.is_proper_officer else "",
             o.working_days_label, _hours(o), format_date(o.started_on),
             names.get(o.line_manager_id, "") if o.line_manager_id else ""]
            for o in content.officers]
    if rows:
        story.append(_table(("Name", "Post", "Proper Officer", "Working days", "Hours",
                             "Started", "Line manager"), rows, (16, 16, 8, 22, 10, 9, 16)))
    else:
        story.append(Paragraph("No officers are recorded.", st.body))
    story.append(CondPageBreak(40 * mm))
    story.append(_section("Committees"))
    rows = []
    for cm in content.committees:
        chair, people = content.committee_members.get(cm.id or 0, ("", ()))
        name = cm.name + ("\n(staffing committee)" if cm.is_staffing else "")
        rows.append([name, chair, ", ".join(people), cm.functions, cm.delegated_powers])
    if rows:
        story.append(_table(("Committee", "Chair", "Members", "Functions", "Delegated powers"),
                            rows, (16, 12, 22, 26, 24)))
    else:
        story.append(Paragraph("No committees are recorded.", st.body))
    if content.former:
        story.append(CondPageBreak(30 * mm))
        story.append(_section("Former councillors"))
        story.append(_table(("Name", "Ward", "Joined", "Left", "Reason"),
                            [[c.full_name, c.ward, format_date(c.joined_on),
                              format_date(c.left_on), c.left_reason] for c in content.former],
                            (20, 10, 10, 10, 40)))
    return story


def _hours(o: Officer) -> str:
    if o.hours_from is None or o.hours_to is None:
        return ""
    return f"{o.hours_from:%H:%M}\u2013{o.hours_to:%H:%M}"


def _canvas(as_at: date) -> type[Canvas]:
    stamp = f"D:{as_at.year:04d}{as_at.month:02d}{as_at.day:02d}000000+00'00'"

    class NumberedCanvas(Canvas):
        def __init__(self, *args: Any, **kwargs: Any) -> None:
            kwargs["invariant"] = 1
            super().__init__(*args, **kwargs)
            self.setDateFormatter(lambda *_: stamp)
            self._held: list[dict[str, Any]] = []

        def showPage(self) -> None:  # noqa: N802 - reportlab's name
            self._held.append(dict(self.__dict__))
            self._startPage()

        def save(self) -> None:
            total = len(self._held)
            for number, state in enumerate(self._held, start=1):
                self.__dict__.update(state)
                para = Paragraph(page_label(number, total), styles().footer)
                para.wrap(WIDTH, 20 * mm)
                para.drawOn(self, MARGIN, 8 * mm)
                super().showPage()
            super().save()

    return NumberedCanvas


def render_register(content: RegisterContent) -> bytes:
    """The register's PDF bytes (deterministic for the same content)."""
    fonts.register_fonts()
    buffer = io.BytesIO()
    doc = BaseDocTemplate(
        buffer, pagesize=PAGE, leftMargin=MARGIN, rightMargin=MARGIN, topMargin=MARGIN,
        bottomMargin=MARGIN + 4 * mm, title=f"Register of members \u2013 "
        f"{content.letterhead.council_name}", author=content.letterhead.council_name,
        subject=f"Register of members as at {format_date(content.as_at)}",
        creator="ParishDesk", producer="ParishDesk", invariant=1, lang="en-GB",
        # Without this every page starts in Helvetica, an unembedded font listed for nothing.
        initialFontName=fonts.SERIF, initialFontSize=CELL_SIZE, initialLeading=CELL_LEADING,
    )
    frame = Frame(MARGIN, MARGIN + 4 * mm, WIDTH, PAGE[1] - 2 * MARGIN - 4 * mm,
                  leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0)
    doc.addPageTemplates([PageTemplate("register", [frame])])
    doc.build(_story(content), canvasmaker=_canvas(content.as_at))
    return buffer.getvalue()
