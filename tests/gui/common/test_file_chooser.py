"""File choosers open in the clerk's Documents folder first, then in the last folder used."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, QStandardPaths

from parishdesk.gui.common import file_chooser

GUI = Path(file_chooser.__file__).parents[1]


@pytest.fixture
def asked(monkeypatch, tmp_path):
    """Qt's own dialogs answered by the test; each start folder asked with is kept."""
    settings = tmp_path / "settings.ini"
    monkeypatch.setattr(file_chooser, "settings_factory",
                        lambda: QSettings(str(settings), QSettings.Format.IniFormat))
    documents = Path(QStandardPaths.writableLocation(
        QStandardPaths.StandardLocation.DocumentsLocation))
    documents.mkdir(parents=True, exist_ok=True)
    starts: list[str] = []
    answers: list[str] = []

    def answer(_parent, _caption, start, *_filter):  # type: ignore[no-untyped-def]
        starts.append(start)
        chosen = answers.pop(0) if answers else ""
        return chosen if not _filter else (chosen, "")

    dialog = file_chooser.QFileDialog
    monkeypatch.setattr(dialog, "getOpenFileName", staticmethod(answer))
    monkeypatch.setattr(dialog, "getSaveFileName", staticmethod(answer))
    monkeypatch.setattr(dialog, "getExistingDirectory", staticmethod(answer))
    return documents, starts, answers


def test_first_in_documents_then_in_the_last_folder_used(asked, tmp_path):
    documents, starts, answers = asked
    assert file_chooser.documents_folder() == documents
    name, _ = file_chooser.get_open_file_name(None, "Import members", "",
                                              "Spreadsheets (*.csv *.xlsx)")
    assert name == "" and starts == [str(documents)]  # cancelled: nothing remembered
    council = tmp_path / "Council papers"
    council.mkdir()
    answers.append(str(council / "members.xlsx"))
    file_chooser.get_open_file_name(None, "Import members", "", "Spreadsheets (*.xlsx)")
    # The next chooser, of any kind, opens there; a suggested name keeps only its name.
    file_chooser.get_save_file_name(None, "Save", "/somewhere/else/register.pdf", "PDF (*.pdf)")
    assert starts[-1] == str(council / "register.pdf")
    answers.append(str(tmp_path))
    assert file_chooser.get_existing_directory(None, "Export to") == str(tmp_path)
    file_chooser.get_open_file_name(None, "Open")
    assert starts[-1] == str(tmp_path)


def test_a_folder_since_removed_falls_back_to_documents(asked, tmp_path):
    documents, starts, answers = asked
    gone = tmp_path / "USB stick"
    gone.mkdir()
    answers.append(str(gone / "protocol.docx"))
    file_chooser.get_open_file_name(None, "Choose the protocol file")
    gone.rmdir()
    file_chooser.get_open_file_name(None, "Choose the protocol file")
    assert starts == [str(documents), str(documents)]


def test_the_members_import_uses_it(asked, qtbot, ctx, demo):
    from parishdesk.gui.members.page import MembersPage

    documents, starts, _answers = asked
    page = MembersPage(ctx)
    qtbot.addWidget(page)
    page.import_members()
    assert starts == [str(documents)]


def test_no_window_calls_qt_file_dialogs_itself():
    direct = re.compile(r"QFileDialog\.get|QFileDialog\(")
    offenders = [str(p.relative_to(GUI)) for p in GUI.rglob("*.py")
                 if p.name != "file_chooser.py" and direct.search(p.read_text(encoding="utf-8"))]
    assert offenders == []
