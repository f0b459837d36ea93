"""Printing a PDF onto a QPrinter: printed to a PDF file and read back."""

from __future__ import annotations

import io

from pypdf import PdfReader
from PySide6.QtCore import QSize, QTimer
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import QApplication

from parishdesk.gui.common import printing


def _pdf(pages: int) -> bytes:
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas

    buffer = io.BytesIO()
    page = canvas.Canvas(buffer, pagesize=A4)
    for number in range(1, pages + 1):
        page.setFont("Helvetica-Bold", 48)
        page.drawString(72, 700, f"Page {number}")
        page.rect(72, 72 + number * 40, 200, 30, fill=1)
        page.showPage()
    page.save()
    return buffer.getvalue()


def _printer(path) -> QPrinter:
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(path))
    return printer


def _ink(pdf: bytes | object, page: int) -> list[int]:
    """How dark each horizontal band of a page is, to compare two renderings of it."""
    image = printing.PdfSource(pdf).document.render(page, QSize(60, 85))

    def ink(x: int, y: int) -> int:  # pages render on a transparent ground
        colour = image.pixelColor(x, y)
        return colour.alpha() * (255 - colour.lightness()) // 255

    return [sum(ink(x, y) for x in range(60)) // 60 for y in range(85)]


def _alike(want: list[int], got: list[int]) -> bool:
    """Each band of ``got`` as dark as ``want`` there or in a band beside it (printing may
    shift the page by a fraction of a band), and the same ink overall."""
    near = all(min(want[max(y - 1, 0):y + 2]) - 12 <= got[y] <= max(want[max(y - 1, 0):y + 2])
               + 12 for y in range(len(want)))
    return near and abs(sum(want) - sum(got)) <= 0.3 * sum(want)


def test_every_page_is_printed_on_a4_and_looks_like_the_original(qapp, tmp_path):
    original = _pdf(3)
    out = tmp_path / "printed.pdf"
    printer = _printer(out)
    assert printing.prepare_printer(printer, original, "Letter PD/2026/0007") == 3
    assert printing.print_pdf(printer, original) == 3

    reader = PdfReader(out)
    assert len(reader.pages) == 3
    assert reader.metadata.title == "Letter PD/2026/0007"
    box = reader.pages[0].mediabox
    assert (round(float(box.width)), round(float(box.height))) == (595, 842)  # A4
    printed = out.read_bytes()
    for page in range(3):  # the same ink in the same places: page N printed as page N
        assert _alike(_ink(original, page), _ink(printed, page))
    assert not _alike(_ink(original, 0), _ink(printed, 2))


def test_a_page_range_chosen_in_the_dialog_is_honoured(qapp, tmp_path):
    original = _pdf(4)
    out = tmp_path / "range.pdf"
    printer = _printer(out)
    printing.prepare_printer(printer, original, "Pages 2 to 3")
    printer.setFromTo(2, 3)
    assert printing.print_pdf(printer, original) == 2
    assert len(PdfReader(out).pages) == 2
    assert _alike(_ink(original, 1), _ink(out.read_bytes(), 0))
    assert _alike(_ink(original, 2), _ink(out.read_bytes(), 1))


def test_print_with_dialog_cancelled_prints_nothing(qapp, qtbot, monkeypatch):
    shown = []

    def cancel() -> None:
        dialog = QApplication.activeModalWidget()
        shown.append(dialog)
        dialog.reject()

    printed = []
    monkeypatch.setattr(printing, "print_pdf", lambda *a: printed.append(a))
    QTimer.singleShot(0, cancel)
    assert printing.print_with_dialog(None, _pdf(2), "A letter") is False
    assert isinstance(shown[0], QPrintDialog) and printed == []


def test_the_print_dialog_offers_the_pages_of_the_document(qapp, qtbot, tmp_path):
    printer = QPrinter()
    dialog = printing.print_dialog(printer, None, 5)
    qtbot.addWidget(dialog)
    assert (dialog.minPage(), dialog.maxPage()) == (1, 5)
    assert dialog.testOption(dialog.PrintDialogOption.PrintPageRange)
    dialog.resize(1366, 768)
    dialog.show()
    dialog.grab().save(str(tmp_path / "print-dialog.png"))
    dialog.grab().save("/tmp/polish-print-print-dialog.png")
