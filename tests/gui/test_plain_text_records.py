"""What the clerk typed is shown as typed: a name or subject that looks like markup is
never rendered as markup (bold, links, images) in the enquiry pane, the status bar or
the error dialogs (issue 12, item 8)."""

from __future__ import annotations

import datetime as dt

from PySide6 import QtGui
from PySide6.QtCore import Qt

from parishdesk.domain.members import Councillor
from parishdesk.errors import ParishDeskError
from parishdesk.gui.common import background
from parishdesk.gui.common.context import AppContext
from parishdesk.gui.enquiries.detail import EnquiryDetailPane
from parishdesk.services import enquiries, members
from parishdesk.store.council_store import get_council

MARKUP = "<b>Jo</b> <img src='x'> & <a href='http://example.org'>link</a>"


def test_the_enquiry_heading_and_from_line_are_plain_text(demo, paths, qtbot) -> None:  # type: ignore[no-untyped-def]
    background.SYNCHRONOUS = True
    today = dt.date(2026, 11, 22)
    ctx = AppContext(paths, get_council(), "clerk", lambda: today,
                     lambda: dt.datetime(2026, 11, 22, 10))
    jo = members.add_councillor(Councillor(first_name=MARKUP, surname="Smith",
                                           joined_on=dt.date(2023, 5, 4)), "clerk", today)
    assert jo.id is not None
    saved = enquiries.log_enquiry(enquiries.EnquiryInput(
        councillor_id=jo.id, received_at=dt.datetime(2026, 11, 20, 9), subject=MARKUP,
        text=MARKUP, resident_name="<i>Ann</i>"), "clerk")
    pane = EnquiryDetailPane(ctx)
    qtbot.addWidget(pane)
    pane.show_enquiry(saved.id)
    shown = {"heading": pane.header.title, "from": pane.facts["from"], "text": pane.text,
             "resident": pane.facts["resident"]}
    for name, label in shown.items():
        assert "<b>Jo</b>" in label.text() or "<i>Ann</i>" in label.text(), name
        assert QtGui.Qt.mightBeRichText(label.text())  # AutoText would render it as markup
        assert label.textFormat() == Qt.TextFormat.PlainText, name


def test_the_status_bar_shows_the_council_name_as_typed(main_window) -> None:  # type: ignore[no-untyped-def]
    for label in (main_window.council_label, main_window.backup_label):
        assert label.textFormat() == Qt.TextFormat.PlainText


def test_error_messages_quote_names_as_typed(monkeypatch, qtbot) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtWidgets import QMessageBox

    from parishdesk.gui.common import errors

    said: list[tuple[str, str]] = []
    monkeypatch.setattr(QMessageBox, "warning", staticmethod(lambda p, t, m: said.append((t, m))))
    errors.show_expected(None, ParishDeskError(f"{MARKUP} could not be read."))
    errors.show_expected(None, ParishDeskError("The file is not readable."))
    shown = said[0][1]
    doc = QtGui.QTextDocument()
    doc.setHtml(shown)  # what the box renders, since the text is rich
    assert doc.toPlainText().replace("\xa0", " ") == f"{MARKUP} could not be read."
    assert said[1][1] == "The file is not readable."  # plain messages are passed unchanged

    dialog = errors.ErrorDialog(f"ValueError: {MARKUP}", "Traceback …")
    qtbot.addWidget(dialog)
    from PySide6.QtWidgets import QLabel

    (message,) = dialog.findChildren(QLabel)
    doc.setHtml(message.text())
    assert f"ValueError: {MARKUP}" in doc.toPlainText()


def test_confirmations_quote_names_as_typed(monkeypatch, qtbot) -> None:  # type: ignore[no-untyped-def]
    """A yes/no question naming a councillor shows the name as typed (QMessageBox would
    otherwise render "<b>Jo</b>" as bold Jo)."""
    from PySide6.QtWidgets import QMessageBox

    from parishdesk.gui.members import dialogs as members_dialogs

    asked: list[str] = []

    def question(parent, title, text, *args):  # type: ignore[no-untyped-def]
        asked.append(text)
        return QMessageBox.StandardButton.No

    monkeypatch.setattr(QMessageBox, "question", staticmethod(question))
    assert not members_dialogs.confirm(None, "Archive", f"Archive {MARKUP}?")
    doc = QtGui.QTextDocument()
    doc.setHtml(asked[0])
    assert doc.toPlainText().replace("\xa0", " ") == f"Archive {MARKUP}?"
