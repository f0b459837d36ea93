"""File ▸ Print… (Ctrl+P) prints what the clerk is looking at, through the print dialog;
printed here to a PDF file and read back."""

from __future__ import annotations

import pytest
from pypdf import PdfReader
from PySide6.QtGui import QKeySequence
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QDialog

from parishdesk.gui.common import printing
from parishdesk.services import letters
from parishdesk.services.meetings import agenda


@pytest.fixture
def printed(monkeypatch, tmp_path):
    """The print dialog answered "Print" with the printer writing a PDF file; each printed
    file is listed, with the title it had in the print queue."""
    out: list = []

    class Answer:
        def __init__(self, printer: QPrinter, parent, pages: int) -> None:
            self.printer = printer
            self.pages = pages

        def exec(self) -> QDialog.DialogCode:
            target = tmp_path / f"printed-{len(out)}.pdf"
            self.printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
            self.printer.setOutputFileName(str(target))
            out.append((target, self.printer.docName(), self.pages))
            return QDialog.DialogCode.Accepted

    monkeypatch.setattr(printing, "print_dialog", Answer)
    told: list[str] = []
    monkeypatch.setattr(printing, "tell", lambda parent, text: told.append(text))
    out_told = (out, told)
    return out_told


def _print(main_window, area: str) -> bool:
    main_window.show_area(area)
    return main_window.print_current()


def test_print_is_on_the_file_menu_at_ctrl_p(main_window):
    action = main_window.print_action
    assert action in main_window.ui.menuFile.actions()
    assert action.shortcut() == QKeySequence(QKeySequence.StandardKey.Print)
    assert action.shortcut().toString() == "Ctrl+P"


def test_the_chosen_letter_prints_page_for_page(main_window, printed):
    out, told = printed
    page = main_window.page("documents")
    assert _print(main_window, "documents") is False
    assert told == ["Choose a letter in the Letters tab, then print it."] and out == []

    page.tabs.setCurrentWidget(page.letters)
    page.letters.table.selectRow(0)
    chosen = page.letters.selected()
    assert _print(main_window, "documents") is True
    [(target, title, pages)] = out
    stored = letters.stored_pdf(main_window.ctx.paths, chosen.id)
    assert title == stored.stem and pages == len(PdfReader(stored).pages)
    assert len(PdfReader(target).pages) == pages


def test_the_member_register_prints(main_window, printed):
    out, _ = printed
    assert _print(main_window, "members") is True
    [(target, title, pages)] = out
    assert title == "Member register" and pages >= 1
    assert len(PdfReader(target).pages) == pages


def test_an_enquiry_prints_its_letter_or_says_what_to_choose(main_window, printed):
    out, told = printed
    page = main_window.page("enquiries")
    main_window.show_area("enquiries")
    page.set_filter("all")
    with_letter = without = None
    for row in range(page.model.rowCount()):
        item = page.model.row_at(row)
        if item is None:
            continue
        page.select_enquiry(item.id)
        has = any(r.letter_id for r in page.detail.detail.replies)
        if has and with_letter is None:
            with_letter = item.id
        if not has and without is None:
            without = item.id
    assert with_letter is not None and without is not None
    page.select_enquiry(without)
    assert main_window.print_current() is False and "Choose an enquiry" in told[-1]
    page.select_enquiry(with_letter)
    assert main_window.print_current() is True
    [(target, title, _)] = out
    assert title.startswith("PD-") and PdfReader(target).pages


def test_minutes_print_from_the_minutes_tab(main_window, printed):
    out, told = printed
    page = main_window.page("meetings")
    main_window.show_area("meetings")
    signed = [m for m in agenda.meetings() if m.minutes_state != "none"]
    assert signed
    page.select_meeting(signed[0].id)
    page.views.setCurrentIndex(0)
    assert main_window.print_current() is False and "Minutes tab" in told[-1]
    page.views.setCurrentWidget(page.minutes)
    assert main_window.print_current() is True
    [(target, title, pages)] = out
    assert title == "Minutes" and len(PdfReader(target).pages) == pages >= 1
