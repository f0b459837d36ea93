"""Printing a PDF through the computer's own print dialog.

Qt cannot hand a PDF to a printer as it is, so each page is drawn by Qt's PDF module
(``QPdfDocument.render``) and painted onto the ``QPrinter`` with ``QPainter``, filling the
paper as the page filled it. Used by File ▸ Print… and by the letter viewer's Print button.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QRectF, QSize
from PySide6.QtGui import QPageLayout, QPageSize, QPainter
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPrintSupport import QAbstractPrintDialog, QPrintDialog, QPrinter
from PySide6.QtWidgets import QDialog, QMessageBox, QWidget

from parishdesk.errors import ParishDeskError
from parishdesk.gui.common.errors import show_expected

MAX_DPI = 300
"""Pages are drawn at the printer's resolution up to this (a 1200 dpi A4 page would need
half a gigabyte of memory and prints no better from a letter)."""


class PdfSource:
    """A ``QPdfDocument`` loaded from bytes or a file, with the buffer it reads kept alive."""

    def __init__(self, pdf: bytes | Path, parent: QWidget | None = None) -> None:
        self.document = QPdfDocument(parent) if parent is not None else QPdfDocument()
        self._buffer: QBuffer | None = None
        if isinstance(pdf, Path):
            self.document.load(str(pdf))
        else:
            self._buffer = QBuffer(self.document)
            self._buffer.setData(QByteArray(pdf))
            self._buffer.open(QIODevice.OpenModeFlag.ReadOnly)
            self.document.load(self._buffer)
        if self.document.status() != QPdfDocument.Status.Ready or not self.document.pageCount():
            raise ValueError("The PDF could not be read.")

    def page_count(self) -> int:
        return int(self.document.pageCount())


def _page_range(printer: QPrinter, count: int) -> range:
    first, last = printer.fromPage(), printer.toPage()
    if first <= 0 or last <= 0:
        return range(count)
    return range(max(first, 1) - 1, min(last, count))


def prepare_printer(printer: QPrinter, pdf: bytes | Path, title: str) -> int:
    """Paper size and orientation of the PDF's first page (the clerk may still change them
    in the print dialog), and the document's name in the print queue; the page count."""
    source = PdfSource(pdf)
    size = source.document.pagePointSize(0)
    printer.setDocName(title)
    printer.setFullPage(True)  # the PDF already has its own margins
    printer.setPageSize(QPageSize(size, QPageSize.Unit.Point))
    printer.setPageOrientation(QPageLayout.Orientation.Landscape
                               if size.width() > size.height()
                               else QPageLayout.Orientation.Portrait)
    return source.page_count()


def print_pdf(printer: QPrinter, pdf: bytes | Path) -> int:
    """Paint the PDF's pages (or the range chosen in the dialog) onto ``printer``, each
    scaled to fill the paper; the number of pages printed."""
    source = PdfSource(pdf)
    doc = source.document
    printer.setFullPage(True)
    dpi = min(printer.resolution(), MAX_DPI)
    pages = _page_range(printer, source.page_count())
    painter = QPainter()
    if not painter.begin(printer):
        raise OSError("The printer could not be started.")
    printed = 0
    try:
        for index in pages:
            if printed:
                printer.newPage()
            points = doc.pagePointSize(index)
            image = doc.render(index, QSize(round(points.width() * dpi / 72),
                                            round(points.height() * dpi / 72)))
            paper = QRectF(printer.paperRect(QPrinter.Unit.DevicePixel))
            scale = min(paper.width() / image.width(), paper.height() / image.height())
            target = QRectF(0, 0, image.width() * scale, image.height() * scale)
            target.moveCenter(paper.center())
            painter.drawImage(target, image)
            printed += 1
    finally:
        painter.end()
    return printed


def print_dialog(printer: QPrinter, parent: QWidget | None, pages: int) -> QPrintDialog:
    """The computer's own print dialog for a document of ``pages`` pages."""
    dialog = QPrintDialog(printer, parent)
    dialog.setWindowTitle("Print")
    dialog.setMinMax(1, max(pages, 1))
    dialog.setOption(QAbstractPrintDialog.PrintDialogOption.PrintPageRange, True)
    dialog.setOption(QAbstractPrintDialog.PrintDialogOption.PrintToFile, True)
    return dialog


def print_with_dialog(parent: QWidget | None, pdf: bytes | Path, title: str) -> bool:
    """Ask which printer (and pages), then print. False if the clerk cancelled."""
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    pages = prepare_printer(printer, pdf, title)
    dialog = print_dialog(printer, parent, pages)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return False
    print_pdf(printer, pdf)
    return True


NOTHING_TO_PRINT = ("There is nothing to print here yet. Letters print from Documents ▸ "
                    "Letters or from an enquiry with an issued letter, the member register "
                    "from Members, and minutes from the Minutes tab of a meeting.")


def tell(parent: QWidget | None, text: str) -> None:
    QMessageBox.information(parent, "Print", text)


def print_current(parent: QWidget | None, page: QWidget | None, area_label: str) -> bool:
    """File ▸ Print…: print what the clerk is looking at, if the area's page offers it
    (``printable_pdf() -> bytes | Path | None``; ``print_hint`` says what to choose when
    it gives None, ``print_title`` names bytes in the print queue)."""
    offer = getattr(page, "printable_pdf", None)
    try:
        pdf = offer() if callable(offer) else None
    except ParishDeskError as exc:
        show_expected(parent, exc)
        return False
    if pdf is None:
        tell(parent, getattr(page, "print_hint", "") or NOTHING_TO_PRINT)
        return False
    title = pdf.stem if isinstance(pdf, Path) else getattr(page, "print_title", area_label)
    return print_with_dialog(parent, pdf, title)
