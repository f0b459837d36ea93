"""File > Personal data…: the list past its period, erasing after a confirmation, the
periods with their stated defaults, and the subject access export."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QMessageBox

from parishdesk.gui.common.personal_data_dialog import PersonalDataDialog
from parishdesk.services.members import archive_councillor, councillors
from parishdesk.store import db

TODAY = dt.date(2026, 11, 22)
LATER = dt.date(2031, 6, 1)


def test_personal_data_dialog_lists_erases_and_exports(qapp, qtbot, paths, demo, tmp_path,
                                                       monkeypatch):
    leaver = councillors(TODAY)[0]
    archive_councillor(leaver.id, dt.date(2024, 1, 2), "Resigned", "clerk", TODAY)
    dialog = PersonalDataDialog(paths, "clerk", LATER)
    qtbot.addWidget(dialog)
    dialog.resize(1366, 768)
    dialog.grab().save("/tmp/safety-personal-data.png")
    rows = [dialog.due_table.item(r, 1).text() for r in range(dialog.due_table.rowCount())]
    assert any(leaver.surname in text for text in rows)
    # Untick everything but the leaver; a "No" to the question erases nothing.
    for r, record in enumerate(dialog.due):
        if record.record_id != leaver.id or record.kind != "councillors":
            dialog.due_table.item(r, 0).setCheckState(Qt.CheckState.Unchecked)
    monkeypatch.setattr(QMessageBox, "question",
                        lambda *a, **k: QMessageBox.StandardButton.No)
    assert dialog.erase_ticked() == 0
    monkeypatch.setattr(QMessageBox, "question",
                        lambda *a, **k: QMessageBox.StandardButton.Yes)
    assert dialog.erase_ticked() == 1
    surname = db.database.execute_sql("SELECT surname FROM person WHERE id = ?",
                                      (leaver.id,)).fetchone()[0]
    assert surname == "[erased on 01/06/2031]"
    dialog.tabs.setCurrentIndex(1)
    dialog.grab().save("/tmp/safety-personal-data-periods.png")
    words = " ".join(label.text() for label in dialog.findChildren(QLabel))
    assert "Suggested: six years" in words and "Suggested: two years" in words
    dialog.spins["enquiries"].setValue(4)
    dialog.save_periods()
    again = PersonalDataDialog(paths, "clerk", LATER)
    qtbot.addWidget(again)
    assert again.spins["enquiries"].value() == 4
    dialog.tabs.setCurrentIndex(2)
    names = [dialog.person.itemText(i) for i in range(dialog.person.count())]
    assert f"Erased record {leaver.id} (councillor)" in names
    assert not any(leaver.surname in n for n in names)
    dialog.person.setCurrentIndex(0)
    dialog.export(tmp_path / "sar")
    dialog.grab().save("/tmp/safety-personal-data-export.png")
    assert list((tmp_path / "sar").glob("*.zip")) and list((tmp_path / "sar").glob("*.pdf"))
    assert "Written:" in dialog.exported.text()
