"""Recording advice to a party group: problems beside the fields, then the log lists it."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox

from parishdesk.gui.enquiries.group_advice import GroupAdviceDialog, RecordAdviceDialog
from parishdesk.services import enquiries as svc


def test_advice_needs_a_matter_beside_the_field_then_is_logged(ctx, qtbot, monkeypatch) -> None:
    log = GroupAdviceDialog(ctx)
    qtbot.addWidget(log)
    before = log.table.rowCount()

    def fill(context, parent=None):  # type: ignore[no-untyped-def]
        dialog = RecordAdviceDialog(context, parent)
        dialog.ui.groupCombo.setCurrentIndex(0)
        save = dialog.ui.buttons.button(QDialogButtonBox.StandardButton.Save)
        qtbot.mouseClick(save, Qt.MouseButton.LeftButton)
        assert dialog.saved is None
        assert "what the advice was about" in dialog.field_errors.message("matter")
        assert dialog.ui.matterError.isVisibleTo(dialog)
        qtbot.keyClicks(dialog.ui.matterEdit, "Allotment rents")
        assert not dialog.ui.matterError.isVisibleTo(dialog)
        dialog.ui.summaryEdit.setPlainText("The options and their costs.")
        qtbot.mouseClick(save, Qt.MouseButton.LeftButton)
        assert dialog.saved is not None
        return dialog.saved

    monkeypatch.setattr(RecordAdviceDialog, "ask", staticmethod(fill))
    qtbot.mouseClick(log.record_button, Qt.MouseButton.LeftButton)
    assert log.table.rowCount() == before + 1
    newest = next(v for v in svc.group_advice_log() if v.matter == "Allotment rents")
    assert newest.outstanding  # every other group is still to be told
