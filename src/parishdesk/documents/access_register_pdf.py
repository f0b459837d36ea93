"""The register of councillors' information requests as an A4 PDF (landscape, so the table
uses the page's whole width), in the house style."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass

from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Flowable, LongTable, Paragraph, Spacer

from parishdesk.documents.style import (
    LANDSCAPE_TEXT_WIDTH,
    DocumentInfo,
    build_pdf,
    styles,
    table_style,
    text,
)
from parishdesk.domain.letters import Letterhead


@dataclass(frozen=True)
class RegisterLine:
    """One request as the printed register shows it (already worded for the reader)."""

    reference: str
    councillor: str
    received: str
    documents: str
    status: str
    due: str
    outcome: str
    overdue: bool = False


HEADERS = ("Reference", "Councillor", "Received", "Documents", "Status", "Due", "Decision")
#: Shares of the width of an A4 page turned sideways: the documents asked for get the most.
WIDTHS = (0.11, 0.14, 0.08, 0.33, 0.11, 0.11, 0.12)


CONTINUED = " (continued)"


def _cell_text(value: object) -> str:
    """The plain text of a table cell (a paragraph, or the list a split row leaves)."""
    if isinstance(value, (list, tuple)):
        return " ".join(_cell_text(v) for v in value).strip()
    if isinstance(value, Paragraph):
        return " ".join(value.getPlainText().split())
    return str(value or "").strip()


class _RegisterTable(LongTable):
    """A table whose request, when it is split across pages, carries its reference onto
    the next page ("IR/2026/0001 (continued)") rather than a blank Reference cell."""

    reference_style: ParagraphStyle | None = None

    def split(self, availWidth: float, availHeight: float) -> list[Flowable]:
        parts = super().split(availWidth, availHeight)
        if len(parts) == 2 and isinstance(parts[1], _RegisterTable) and self.reference_style:
            first, rest = parts
            rest.reference_style = self.reference_style
            row = rest.repeatRows
            values = rest._cellvalues  # noqa: SLF001 - reportlab keeps the cells here
            if len(values) > row and not _cell_text(values[row][0]):
                reference = _cell_text(first._cellvalues[-1][0])  # noqa: SLF001
                reference = reference.removesuffix(CONTINUED)
                if reference:
                    values[row][0] = [Paragraph(text(reference + CONTINUED),
                                                self.reference_style)]
        return parts


def register_flowables(lines: Sequence[RegisterLine], on: dt.date,
                       description: str = "") -> list[Flowable]:
    st = styles()
    story: list[Flowable] = [
        Paragraph("Register of councillors\u2019 information requests", st.heading1),
        Paragraph(text(f"As at {on.strftime('%d/%m/%Y')}. "
                       f"{len(lines)} request{'s' if len(lines) != 1 else ''}"
                       + (f" ({description})" if description else "") + "."), st.small),
        Spacer(1, 6),
    ]
    if not lines:
        story.append(Paragraph("No requests match this selection.", st.body))
        return story
    cell = st.table_cell.clone("pd-register-cell", fontSize=8.5, leading=10.5)
    head = st.table_head.clone("pd-register-head", fontSize=8.5, leading=10.5)
    rows: list[list[Flowable]] = [[Paragraph(text(h), head) for h in HEADERS]]
    for line in lines:
        due = f"<b>{text(line.due)}</b>" if line.overdue else text(line.due)
        rows.append([
            Paragraph(text(line.reference), cell),
            Paragraph(text(line.councillor), cell),
            Paragraph(text(line.received), cell),
            Paragraph(text(line.documents), cell),
            Paragraph(text(line.status), cell),
            Paragraph(due, cell),
            Paragraph(text(line.outcome), cell),
        ])
    # splitInRow: a request whose description is longer than a page (thousands of characters)
    # continues on the next page instead of stopping the whole register with a LayoutError.
    table = _RegisterTable(rows, colWidths=[w * LANDSCAPE_TEXT_WIDTH for w in WIDTHS],
                           repeatRows=1, splitInRow=1)
    table.reference_style = cell
    table.setStyle(table_style())
    table.setStyle([("LEFTPADDING", (0, 0), (-1, -1), 3), ("RIGHTPADDING", (0, 0), (-1, -1), 3)])
    story.append(table)
    return story


def render_register(lines: Sequence[RegisterLine], council_name: str, on: dt.date,
                    letterhead: Letterhead | None = None, description: str = "") -> bytes:
    """The register's PDF bytes: letterhead on page one, header row on every page."""
    info = DocumentInfo(
        title="Register of information requests", author=council_name,
        subject="Councillors' requests to see council documents", created=on,
        letterhead=letterhead, running_header=f"{council_name} \u2013 information requests",
        landscape=True,
    )
    return build_pdf(register_flowables(lines, on, description), info)
