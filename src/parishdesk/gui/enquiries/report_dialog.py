"""The response-times report on screen: a bar chart, the figures, and Print to PDF."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtCore import QDate, QRectF, QSize, Qt
from PySide6.QtGui import QPainter, QPaintEvent, QPalette
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QPushButton,
    QSizePolicy,
    QTableWidgetItem,
    QWidget,
)

from parishdesk.errors import ParishDeskError
from parishdesk.gui.common import file_chooser
from parishdesk.gui.common.context import AppContext
from parishdesk.gui.common.date_field import first_unreadable_date
from parishdesk.gui.common.errors import show_expected
from parishdesk.gui.forms.ui_enquiry_report import Ui_EnquiryReport
from parishdesk.services.enquiry_report import (
    ResponseReport,
    ResponseRow,
    format_days,
    format_percent,
    response_times,
    save_report_pdf,
)


class BarChart(QWidget):
    """Horizontal bars of median working days, each labelled with its name and value."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.rows: tuple[ResponseRow, ...] = ()
        self.title = "Median working days to answer, by officer"
        self.setAccessibleName("Chart of median working days to answer")
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)

    def set_rows(self, rows: tuple[ResponseRow, ...]) -> None:
        self.rows = rows
        self.setAccessibleDescription("; ".join(
            f"{r.name}: {format_days(r.median_days)} working days" for r in rows))
        self.updateGeometry()
        self.update()

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt override
        return QSize(480, 40 + 28 * max(len(self.rows), 1))

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 - Qt override
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        palette = self.palette()
        text_colour = palette.color(QPalette.ColorRole.WindowText)
        bar_colour = palette.color(QPalette.ColorRole.Highlight)
        painter.setPen(text_colour)
        bold = painter.font()
        bold.setBold(True)
        painter.setFont(bold)
        painter.drawText(QRectF(0, 0, self.width(), 22), Qt.AlignmentFlag.AlignLeft, self.title)
        normal = painter.font()
        normal.setBold(False)
        painter.setFont(normal)
        if not self.rows:
            painter.drawText(QRectF(0, 26, self.width(), 22), Qt.AlignmentFlag.AlignLeft,
                             "Nothing answered in this period.")
            painter.end()
            return
        label_width = min(220.0, self.width() * 0.38)
        bar_space = self.width() - label_width - 60
        top = max((r.median_days or 0.0) for r in self.rows) or 1.0
        for i, row in enumerate(self.rows):
            y = 28 + i * 28
            painter.setPen(text_colour)
            painter.drawText(QRectF(0, y, label_width - 8, 22),
                             Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                             row.name)
            length = bar_space * (row.median_days or 0.0) / top
            painter.fillRect(QRectF(label_width, y + 3, max(length, 1.0), 16), bar_colour)
            painter.drawText(QRectF(label_width + length + 6, y, 60, 22),
                             Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                             format_days(row.median_days))
        painter.end()


class EnquiryReportDialog(QDialog):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.ui = Ui_EnquiryReport()
        self.ui.setupUi(self)
        self.report: ResponseReport | None = None
        self.chart = BarChart(self)
        self.ui.chartLayout.addWidget(self.chart)
        today = ctx.today()
        start = (today - dt.timedelta(days=90)).replace(day=1)
        self.ui.fromDate.setDate(QDate(start.year, start.month, start.day))
        self.ui.toDate.setDate(QDate(today.year, today.month, today.day))
        self.ui.refreshButton.clicked.connect(self.refresh)
        self.pdf_button = QPushButton("&Print to PDF…")
        self.pdf_button.setAccessibleName("Print the report to PDF")
        self.ui.buttons.addButton(self.pdf_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.pdf_button.clicked.connect(self.print_pdf)
        self.ui.buttons.rejected.connect(self.reject)
        header = self.ui.figures.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        self.ui.figures.verticalHeader().setVisible(False)
        self.resize(780, 640)
        self.refresh()

    def period(self) -> tuple[dt.date, dt.date]:
        a, b = self.ui.fromDate.date(), self.ui.toDate.date()
        return dt.date(a.year(), a.month(), a.day()), dt.date(b.year(), b.month(), b.day())

    def refresh(self) -> None:
        if first_unreadable_date(self) is not None:
            return  # the date field says beside it what is wrong
        start, end = self.period()
        try:
            self.report = response_times(start, end)
        except ParishDeskError as exc:
            show_expected(self, exc)
            return
        report = self.report
        o = report.overall
        if o.answered:
            self.ui.summaryLabel.setText(
                f"From {report.period_text}: {o.answered} answered, "
                f"{format_percent(o.on_time_percent)} on time, median "
                f"{format_days(o.median_days)} working days to answer. Time spent waiting "
                "for the councillor does not count.")
        else:
            self.ui.summaryLabel.setText(f"No enquiry was answered from {report.period_text}. "
                                         "Choose a longer period.")
        self.chart.set_rows(report.by_officer)
        table = self.ui.figures
        rows = ([("Officer", r) for r in report.by_officer]
                + [("Councillor", r) for r in report.by_councillor])
        table.clear()
        table.setColumnCount(5)
        table.setHorizontalHeaderLabels(["By", "Name", "Answered", "On time",
                                         "Median working days"])
        table.setRowCount(len(rows))
        for i, (by, row) in enumerate(rows):
            values = (by, row.name, str(row.answered), format_percent(row.on_time_percent),
                      format_days(row.median_days))
            for j, value in enumerate(values):
                item = QTableWidgetItem(value)
                if j >= 2:
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight
                                          | Qt.AlignmentFlag.AlignVCenter)
                table.setItem(i, j, item)
        self.pdf_button.setEnabled(True)

    @classmethod
    def ask_save_path(cls, parent: QWidget, suggested: Path) -> Path | None:
        name, _ = file_chooser.get_save_file_name(parent, "Save the report as PDF", str(suggested),
                                              "PDF files (*.pdf)")
        return Path(name) if name else None

    def print_pdf(self) -> Path | None:
        if self.report is None:
            return None
        start, end = self.period()
        suggested = self.ctx.paths.data_dir / (
            f"enquiry-response-times-{start.isoformat()}-to-{end.isoformat()}.pdf")
        target = self.ask_save_path(self, suggested)
        if target is None:
            return None
        try:
            save_report_pdf(self.report, target, self.ctx.today(), self.ctx.actor)
        except (ParishDeskError, OSError) as exc:
            show_expected(self, exc)
            return None
        return target

    @classmethod
    def show_for(cls, ctx: AppContext, parent: QWidget | None = None) -> None:
        cls(ctx, parent).exec()
