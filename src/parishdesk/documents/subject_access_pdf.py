"""The subject access PDF: everything held about one person, section by section."""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Mapping, Sequence
from typing import Any

from reportlab.platypus import Flowable, LongTable, Paragraph, Spacer

from parishdesk.documents.style import (
    TEXT_WIDTH,
    DocumentInfo,
    build_pdf,
    styles,
    table_style,
    text,
)


def _value(value: Any) -> str:
    if value is None or value == "":
        return "\u2014"
    if isinstance(value, (dict, list)):
        return json.dumps(value, ensure_ascii=False, indent=1)
    if isinstance(value, str) and len(value) >= 10 and value[4:5] == "-" and value[7:8] == "-":
        try:
            day = dt.date.fromisoformat(value[:10])
            return f"{day:%d/%m/%Y}{value[10:16]}"
        except ValueError:
            pass
    return str(value)


def _record_table(record: Mapping[str, Any]) -> LongTable:
    s = styles()
    rows = [[Paragraph(text(name.replace("_", " ").capitalize()), s.table_head),
             Paragraph(text(_value(value)), s.table_cell)] for name, value in record.items()]
    table = LongTable(rows, colWidths=[TEXT_WIDTH * 0.3, TEXT_WIDTH * 0.7], splitInRow=1)
    table.setStyle(table_style(header_rows=0))
    return table


def render_subject_access(person_name: str, person: Mapping[str, Any],
                          sections: Sequence[tuple[str, Sequence[Mapping[str, Any]]]],
                          council_name: str, on: dt.date) -> bytes:
    s = styles()
    flow: list[Flowable] = [
        Paragraph(text(f"Personal data held about {person_name}"), s.heading1),
        Paragraph(text(f"{council_name}. Made on {on:%d/%m/%Y} in answer to a subject access "
                       "request under the UK General Data Protection Regulation, article 15. "
                       "The files in the accompanying .zip hold the same records, and copies "
                       "of the letters sent."), s.body),
        Paragraph("Their record", s.heading2),
        _record_table(person),
    ]
    for title, rows in sections:
        flow.append(Paragraph(text(f"{title} ({len(rows)})"), s.heading2))
        for row in rows:
            flow += [_record_table(row), Spacer(1, 6)]
    info = DocumentInfo(title=f"Personal data held about {person_name}", author=council_name,
                        subject="Subject access request", created=on)
    return build_pdf(flow, info)
