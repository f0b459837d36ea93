"""See it before it goes: the preview shows the exact PDF; only Issue numbers and files it."""

from __future__ import annotations

import io

from pypdf import PdfReader
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

from parishdesk.gui.common.pdf_preview import Choice, PdfPreviewDialog
from parishdesk.gui.documents.composer import LetterComposer
from parishdesk.store import audit, letters_store


def _composer(qtbot, ctx):
    composer = LetterComposer(ctx)
    qtbot.addWidget(composer)
    composer.subject.setText("Footpath closure on Mill Lane")
    composer.body.setPlainText("The footpath will close for repairs.\n\nIt reopens in March.")
    return composer


def _press(name: str, seen: list) -> None:
    """Once the preview is open, look at it and press one of its buttons."""

    def press() -> None:
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, PdfPreviewDialog)
        seen.append((dialog, dialog.pdf, dialog.windowTitle()))
        getattr(dialog, name).click()

    QTimer.singleShot(0, press)


def _state(ctx):
    return (audit.count(), letters_store.next_number(ctx.today().year),
            sorted(ctx.paths.letters_dir.rglob("*.pdf")))


def test_cancel_in_the_preview_issues_nothing(qtbot, ctx, demo, previews):
    previews.real = True
    composer = _composer(qtbot, ctx)
    before = _state(ctx)
    seen: list = []
    _press("cancel_button", seen)
    composer.issue()
    dialog, pdf, title = seen[0]
    reference = f"PD/2026/{before[1]:04d}"
    assert title == f"Preview: letter {reference}"
    text = PdfReader(io.BytesIO(pdf)).pages[0].extract_text()
    assert reference in text and "Footpath closure on Mill Lane" in text
    assert dialog.choice is Choice.CANCEL and composer.issued is None
    assert _state(ctx) == before  # no number used, no audit entry, no file


def test_edit_goes_back_to_the_letter_and_issue_files_the_previewed_bytes(qtbot, ctx, demo,
                                                                         previews):
    previews.real = True
    composer = _composer(qtbot, ctx)
    composer.show()
    before = _state(ctx)
    seen: list = []
    _press("edit_button", seen)
    composer.issue()
    assert composer.issued is None and composer.isVisible() and _state(ctx) == before

    composer.body.setPlainText("The footpath will close for repairs until the end of March.")
    _press("issue_button", seen)
    composer.issue()
    issued = composer.issued
    assert issued is not None and issued.reference == f"PD/2026/{before[1]:04d}"
    assert issued.pdf_path.read_bytes() == seen[1][1]  # exactly what was previewed
    assert "until the end of March" in PdfReader(issued.pdf_path).pages[0].extract_text()
    assert audit.count() > before[0]


def test_screenshot_of_the_preview(qtbot, ctx, demo, tmp_path):
    from parishdesk.services import letter_preview, letters

    pid = demo.councillors["Ellwood"].id
    subject, body = letters.from_template(
        "general", {"subject": "Allotment rents", "body": "The rents go up in April."},
        ctx.paths, ctx.today())
    letter = letters.compose("general", letters.councillor_recipient(pid), subject, body,
                             ctx.today())
    shown = letter_preview.preview_letter(ctx.paths, letter)
    dialog = PdfPreviewDialog(shown.pdf, f"Preview: letter {shown.reference}",
                              "This is the letter exactly as it will be issued.", None,
                              issue_text="&Issue", can_edit=True)
    qtbot.addWidget(dialog)
    dialog.resize(1366, 768)
    dialog.show()
    qtbot.waitExposed(dialog)
    qtbot.wait(600)  # QPdfView draws its pages in the background
    assert dialog.source.page_count() == 1 and dialog.issue_button.isDefault()
    dialog.grab().save(str(tmp_path / "preview.png"))
    dialog.grab().save("/tmp/polish-print-preview.png")


def test_cancel_in_the_preview_goes_back_to_the_open_form_with_the_letter_kept(qtbot, ctx, demo,
                                                                              previews):
    """The composer open as the clerk has it (a modal form): Cancel in the preview closes
    only the preview; the general letter typed is still there and can then be issued."""
    previews.real = True
    composer = _composer(qtbot, ctx)
    composer.open()
    qtbot.waitExposed(composer)
    before = _state(ctx)
    seen: list = []
    _press("cancel_button", seen)
    composer.issue_button.click()
    assert seen and seen[0][0].choice is Choice.CANCEL
    assert composer.isVisible() and composer.result() == 0 and composer.issued is None
    assert composer.subject.text() == "Footpath closure on Mill Lane"
    assert "It reopens in March." in composer.body.toPlainText()
    assert _state(ctx) == before
    _press("issue_button", seen)
    composer.issue_button.click()
    assert composer.issued is not None and not composer.isVisible()
    assert composer.result() == composer.DialogCode.Accepted
