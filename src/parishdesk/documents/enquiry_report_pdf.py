"""The enquiry response-times report as a printable PDF, with a bar chart per officer."""

from __future__ import annotations

import datetime as dt

from reportlab.graphics.charts.barcharts import HorizontalBarChart
from reportlab.graphics.shapes import Drawing, String
from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Paragraph, Spacer, Table

from parishdesk.documents import fonts
from parishdesk.documents.style import (
    TEXT_WIDTH,
    DocumentInfo,
    build_pdf,
    styles,
    table_style,
    text,
)
from parishdesk.domain.enquiry_report import ResponseReport, ResponseRow
from parishdesk.domain.letters import Letterhead


def _days(value: float | None) -> str:
    return "–" if value is None else f"{value:g}"


def _percent(value: float | None) -> str:
    return "–" if value is None else f"{value:.0f}%"


def _table(heading: str, rows: tuple[ResponseRow, ...]) -> Table:
    st = styles()
    data: list[list[object]] = [[Paragraph(text(h), st.table_head) for h in
                                 (heading, "Answered", "On time", "Median working days")]]
    for row in rows:
        data.append([Paragraph(text(row.name), st.table_cell), str(row.answered),
                     _percent(row.on_time_percent), _days(row.median_days)])
    table = Table(data, colWidths=[TEXT_WIDTH * 0.46, TEXT_WIDTH * 0.16, TEXT_WIDTH * 0.16,
                                   TEXT_WIDTH * 0.22], repeatRows=1)
    style = table_style()
    style.add("ALIGN", (1, 1), (-1, -1), "RIGHT")
    table.setStyle(style)
    return table


def bar_chart(title: str, rows: tuple[ResponseRow, ...]) -> Drawing:
    """Median working days to answer, one bar per row, labelled with its value."""
    height = 22 * mm + 9 * mm * max(len(rows), 1)
    drawing = Drawing(TEXT_WIDTH, height)
    drawing.add(String(0, height - 11, title, fontName=fonts.SANS_BOLD, fontSize=10))
    chart = HorizontalBarChart()
    chart.x, chart.y = 60 * mm, 8 * mm
    chart.width, chart.height = TEXT_WIDTH - 75 * mm, height - 24 * mm
    values = [row.median_days or 0.0 for row in reversed(rows)]
    chart.data = [values or [0.0]]
    chart.categoryAxis.categoryNames = [row.name for row in reversed(rows)] or ["(none)"]
    chart.categoryAxis.labels.fontName = fonts.SANS
    chart.categoryAxis.labels.fontSize = 8.5
    chart.categoryAxis.labels.boxAnchor = "e"
    chart.categoryAxis.labels.dx = -4
    chart.valueAxis.valueMin = 0
    chart.valueAxis.valueMax = max([*values, 1.0]) * 1.2
    chart.valueAxis.labels.fontName = fonts.SANS
    chart.valueAxis.labels.fontSize = 8
    chart.bars[0].fillColor = colors.HexColor("#4a6f8a")
    chart.bars[0].strokeColor = None
    chart.barLabelFormat = "%g"
    chart.barLabels.fontName = fonts.SANS
    chart.barLabels.fontSize = 8
    chart.barLabels.boxAnchor = "w"
    chart.barLabels.dx = 3
    drawing.add(chart)
    drawing.add(String(chart.x, 0, "Median working days to answer", fontName=fonts.SANS,
                       fontSize=8, fillColor=colors.HexColor("#555555")))
    return drawing


def render_report(report: ResponseReport, letterhead: Letterhead, created: dt.date,
                  author: str = "") -> bytes:
    """The report as PDF bytes in the house style."""
    st = styles()
    title = "Enquiry response times"
    overall = report.overall
    story: list[Flowable] = [
        Paragraph(text(title), st.heading1),
        Paragraph(text(f"Enquiries answered from {report.period_text}."), st.body),
    ]
    if overall.answered == 0:
        story.append(Paragraph("No enquiry was answered in this period.", st.body))
    else:
        story.append(Paragraph(text(
            f"{overall.answered} answered; {_percent(overall.on_time_percent)} on time; "
            f"median {_days(overall.median_days)} working days to answer (time spent waiting "
            "for the councillor not counted)."), st.body))
        story += [bar_chart("By officer", report.by_officer), Spacer(1, 4 * mm),
                  _table("Officer", report.by_officer), Spacer(1, 6 * mm),
                  Paragraph("By councillor", st.heading2),
                  _table("Councillor", report.by_councillor)]
    info = DocumentInfo(title=title, author=author or letterhead.council_name,
                        subject=f"Enquiries answered {report.period_text}", created=created,
                        letterhead=letterhead,
                        running_header=f"{letterhead.council_name}: {title}, "
                                       f"{report.period_text}")
    return build_pdf(story, info)
