"""The Staff leave dialog driven with qtbot: add, validate, edit and archive a period, and
the ENQ-6 warning in the inbox follows it."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QDialogButtonBox

from parishdesk.gui.enquiries.leave_dialog import LeaveEditDialog, OfficerLeaveDialog
from parishdesk.gui.enquiries.page import EnquiriesPage
from parishdesk.services import members as members_svc
from parishdesk.services import officer_leave
from parishdesk.store import enquiry_store

TODAY = dt.date(2026, 11, 23)
NOW = dt.datetime(2026, 11, 23, 10, 5)


def drive_editor(monkeypatch: pytest.MonkeyPatch, steps: Callable[[LeaveEditDialog], None]
                 ) -> None:
    def fake_exec(dialog: LeaveEditDialog) -> int:
        steps(dialog)
        return dialog.result()

    monkeypatch.setattr(LeaveEditDialog, "exec", fake_exec)


def save(qtbot, dialog: LeaveEditDialog) -> None:  # type: ignore[no-untyped-def]
    buttons = dialog.findChild(QDialogButtonBox)
    assert buttons is not None
    qtbot.mouseClick(buttons.button(QDialogButtonBox.StandardButton.Save),
                     Qt.MouseButton.LeftButton)


def codes(subject: str) -> set[str]:
    row = enquiry_store.Enquiry.get(enquiry_store.Enquiry.subject == subject)
    return {w.code for w in enquiry_store.warnings(row.id)}


def test_demo_leave_is_listed(ctx, qtbot) -> None:
    dialog = OfficerLeaveDialog(ctx)
    qtbot.addWidget(dialog)
    assert dialog.table.rowCount() == 1
    cells = [dialog.table.item(0, c).text() for c in range(4)]  # type: ignore[union-attr]
    assert cells == ["Liam Hartley", "Annual leave", "16/11/2026", "18/11/2026"]
    assert dialog.table.item(0, 5).text() == "Ended"  # type: ignore[union-attr]
    assert not dialog.edit_button.isEnabled()
    dialog.table.selectRow(0)
    assert dialog.edit_button.isEnabled() and dialog.archive_button.isEnabled()


def test_add_validate_edit_and_archive_leave_moves_the_enq_6_warning(ctx, qtbot, monkeypatch
                                                                     ) -> None:
    bus = "Bus shelter cleaning rota"         # to the Clerk, Thursday 19/11/2026 14:00
    lights = "Christmas lights switch-on insurance"   # to the Clerk, Wednesday 18/11 09:15
    assert "out-of-hours" not in codes(bus) | codes(lights)
    clerk = next(o for o in members_svc.officers() if o.surname == "Brooks")
    dialog = OfficerLeaveDialog(ctx)
    qtbot.addWidget(dialog)

    def add_sick_day(editor: LeaveEditDialog) -> None:
        editor.officer_combo.setCurrentIndex(editor.officer_combo.findData(clerk.id))
        editor.kind_combo.setCurrentIndex(editor.kind_combo.findData("sick"))
        editor.from_edit.setDate(QDate(2026, 11, 19))
        editor.to_edit.setDate(QDate(2026, 11, 18))
        save(qtbot, editor)
        assert "before the first" in editor.errors["ends_on"].text()
        assert editor.errors["ends_on"].isVisibleTo(editor)
        assert editor.result_period is None
        editor.to_edit.setDate(QDate(2026, 11, 19))
        assert not editor.errors["ends_on"].isVisibleTo(editor)  # fixed: the message goes
        editor.note_edit.setText("Flu")
        save(qtbot, editor)

    drive_editor(monkeypatch, add_sick_day)
    added = dialog.add()
    assert added is not None and added.kind_label == "Sick leave"
    assert dialog.table.rowCount() == 2
    assert "out-of-hours" in codes(bus) and "out-of-hours" not in codes(lights)

    def move_a_day_earlier(editor: LeaveEditDialog) -> None:
        editor.from_edit.setDate(QDate(2026, 11, 18))
        editor.to_edit.setDate(QDate(2026, 11, 18))
        save(qtbot, editor)

    row = next(i for i, p in enumerate(dialog.periods) if p.id == added.id)
    dialog.table.selectRow(row)
    drive_editor(monkeypatch, move_a_day_earlier)
    assert dialog.edit_selected() is not None
    assert "out-of-hours" in codes(lights) and "out-of-hours" not in codes(bus)

    monkeypatch.setattr(OfficerLeaveDialog, "ask_reason",
                        classmethod(lambda cls, parent, period: "Entered for the wrong week"))
    row = next(i for i, p in enumerate(dialog.periods) if p.id == added.id)
    dialog.table.selectRow(row)
    assert dialog.archive_selected()
    assert dialog.table.rowCount() == 1
    assert "out-of-hours" not in codes(lights) | codes(bus)
    dialog.archived_check.setChecked(True)
    assert dialog.table.rowCount() == 2
    statuses = {dialog.table.item(r, 5).text() for r in range(2)}  # type: ignore[union-attr]
    assert statuses == {"Ended", "Archived"}  # the demo's leave ended on 18/11/2026
    assert [p.id for p in officer_leave.list_leave(include_archived=True) if p.archived] == [
        added.id]


def test_staff_leave_from_the_inbox_refreshes_the_banner(ctx, qtbot, monkeypatch) -> None:
    page = EnquiriesPage(ctx)
    qtbot.addWidget(page)
    subject = "Bus shelter cleaning rota"
    row = enquiry_store.Enquiry.get(enquiry_store.Enquiry.subject == subject)
    assert page.select_enquiry(row.id)
    assert not any("ENQ-6" in c.warning.rule_ids for c in page.detail.cards)
    clerk = next(o for o in members_svc.officers() if o.surname == "Brooks")
    assert clerk.id is not None

    def record_leave(cls, ctx, parent=None):  # type: ignore[no-untyped-def]
        officer_leave.add_leave(officer_leave.LeaveInput(
            clerk.id, dt.date(2026, 11, 19), dt.date(2026, 11, 20)), "clerk")

    monkeypatch.setattr(OfficerLeaveDialog, "show_for", classmethod(record_leave))
    qtbot.mouseClick(page.ui.leaveButton, Qt.MouseButton.LeftButton)
    assert page.selected_id() == row.id
    assert any("ENQ-6" in c.warning.rule_ids for c in page.detail.cards)
