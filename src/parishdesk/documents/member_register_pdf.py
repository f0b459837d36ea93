"""The member register as a PDF: A4 landscape, the council's letterhead, "Page X of Y".

Uses the house stylesheet from :mod:`parishdesk.documents.style` (fonts,
paragraph and table styles). ``style.build_pdf`` lays out portrait pages only,
so this module has its own small landscape builder with the same footer.
"""

from __future__ import annotations

import io
import re
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
#: E-mail addresses are set in the sans face at the same size; a long one wraps before an
#: "@" or a ".", never inside a word, so it can still be copied correctly.
CONTACT_SIZE = 8
PADDING = 4
#: The e-mail column is as wide as the addresses need to take two lines at the most,
#: within these bounds (pt).
CONTACT_WIDTH = (110.0, 165.0)


@cache
def _cell_styles() -> tuple[ParagraphStyle, ParagraphStyle]:
    st = styles()
    cell = ParagraphStyle("pd-register-cell", parent=st.table_cell, fontSize=CELL_SIZE,
                          leading=CELL_LEADING)
    head = ParagraphStyle("pd-register-head", parent=st.table_head, fontSize=CELL_SIZE,
                          leading=CELL_LEADING)
    return cell, head


def _p(value: str, head: bool = False, width: float | None = None) -> Paragraph:
    """A cell. Given the column's ``width``, lines break only between words or after a
    hyphen (a name is never cut inside a word), whatever the column's width."""
    cell, heading = _cell_styles()
    style = heading if head else cell
    if width is None:
        return Paragraph(text(value), style)
    lines = value.split("\n")
    room = width - 2 * PADDING - 1
    wrapped = [wrap_text(line, style.fontName, style.fontSize, room, _AFTER_SPACE_OR_HYPHEN)
               for line in lines]
    return Paragraph("<br/>".join(markup for markup in wrapped), style)


#: Where a name or a phrase may break: after a space or a hyphen.
_AFTER_SPACE_OR_HYPHEN = re.compile(r"[^\s-]*[\s-]+|[^\s-]+$")
#: Where an e-mail address may break: before an "@" or a ".".
_BEFORE_AT_OR_DOT = re.compile(r"[@.]?[^@.]+|[@.]")


def wrap_text(value: str, font: str, size: float, room: float, pieces: re.Pattern[str]) -> str:
    """``value`` as Paragraph markup, broken into lines of at most ``room`` points, only
    between the ``pieces`` the pattern finds (a piece wider than the room is cut by letters,
    so nothing ever runs off the page)."""
    lines: list[str] = []
    current = ""
    for piece in pieces.findall(value):
        while stringWidth(piece, font, size) > room and len(piece) > 1:
            if current.strip():
                lines.append(current)
                current = ""
            cut = len(piece) - 1
            while cut > 1 and stringWidth(piece[:cut], font, size) > room:
                cut -= 1
            lines.append(piece[:cut])
            piece = piece[cut:]
        if current and stringWidth((current + piece).rstrip(), font, size) > room:
            lines.append(current)
            current = piece.lstrip()
        else:
            current += piece
    if current.strip() or not lines:
        lines.append(current)
    return "<br/>".join(text(line.rstrip()) for line in lines)


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
    # A column is never narrower than its longest word, so no word is ever cut.
    while True:
        spare = WIDTH - sum(fixed.values())
        shared = sum(w for i, w in enumerate(widths) if i not in fixed)
        col_widths = [fixed[i] if i in fixed else spare * w / shared
                      for i, w in enumerate(widths)]
        narrow = {i: need for i, need in _longest_words(headers, rows).items()
                  if i not in fixed and col_widths[i] < need}
        if not narrow:
            break
        fixed.update(narrow)
    data: list[list[Any]] = [[_p(h, True) for h in headers]]
    data += [[v if isinstance(v, Flowable) else _p(v, width=col_widths[i])
              for i, v in enumerate(row)] for row in rows]
    table = LongTable(data, colWidths=col_widths, repeatRows=1)
    table.setStyle(_style())
    return table


def _longest_words(headers: Sequence[str],
                   rows: Sequence[Sequence[str | Flowable]]) -> dict[int, float]:
    """Per column, the width its longest word needs (text cells only)."""
    cell, head = _cell_styles()
    needs: dict[int, float] = {}
    for row_no, row in enumerate([headers, *rows]):
        style = head if row_no == 0 else cell
        for i, value in enumerate(row):
            if isinstance(value, str):
                for word in _AFTER_SPACE_OR_HYPHEN.findall(value):
                    width = stringWidth(word.strip(), style.fontName, style.fontSize)
                    needs[i] = max(needs.get(i, 0.0), width + 2 * PADDING + 2)
    return needs


def _fits(sample: str) -> float:
    """A column just wide enough for ``sample`` on one line (dates are never broken)."""
    return stringWidth(sample, fonts.SERIF, CELL_SIZE) + 2 * PADDING + 2


def _two_line_width(address: str) -> float:
    """The narrowest width at which ``address`` takes at most two lines, broken before an
    "@" or a "."."""
    def width(part: str) -> float:
        return stringWidth(part, fonts.SANS, CONTACT_SIZE)

    pieces = _BEFORE_AT_OR_DOT.findall(address)
    best = width(address)
    for cut in range(1, len(pieces)):
        best = min(best, max(width("".join(pieces[:cut])), width("".join(pieces[cut:]))))
    return best


def _contact_width(addresses: Sequence[str]) -> float:
    """Wide enough for every e-mail address on one line where the bounds allow, else for
    each to take at most two lines."""
    low, high = CONTACT_WIDTH
    pad = 2 * PADDING + 2
    one_line = max((stringWidth(a, fonts.SANS, CONTACT_SIZE) for a in addresses), default=0.0)
    if one_line + pad <= high:
        return max(one_line + pad, low)
    widest = max((_two_line_width(a) for a in addresses), default=0.0)
    return min(max(widest + pad, low), high)


def _contact(email: str, width: float) -> Paragraph:
    """The e-mail address at the table's own size. A long one wraps before an "@" or a ".",
    so each line is a whole part of it and it is not copied wrongly."""
    room = width - 2 * PADDING - 1
    style = ParagraphStyle("pd-register-contact", parent=_cell_styles()[0], fontName=fonts.SANS,
                           fontSize=CONTACT_SIZE, leading=CELL_LEADING, splitLongWords=0)
    return Paragraph(wrap_text(email, fonts.SANS, CONTACT_SIZE, room, _BEFORE_AT_OR_DOT), style)


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
                _contact(c.email, contact),
                c.phone,
            ])
        day = _fits("00/00/0000")
        phone = max([_fits("Telephone")] + [_fits(c.phone) for c in content.councillors])
        story.append(_table(("Name", "Ward", "Group", "Joined", "Accepted office", "Term ends",
                             "Offices", "Committees", "E-mail", "Telephone"), rows,
                            (100, 42, 68, 0, 0, 0, 112, 112, 0, 0),
                            fixed={3: day, 4: day, 5: day, 8: contact, 9: phone}))
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
