"""The date field in real dialogs: the councillor's dates typed as the clerk types them."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt

from parishdesk.domain.members import Councillor
from parishdesk.gui.common.date_field import DateField
from parishdesk.gui.members.dialogs import ArchiveDialog, CouncillorDialog

TODAY = dt.date(2026, 11, 22)


def retype(qtbot, field: DateField, text: str) -> None:
    field.setFocus()
    field.edit.selectAll()  # Ctrl+A then typing, as the clerk did
    qtbot.keyClick(field.edit, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(field.edit, Qt.Key.Key_Delete)
    qtbot.keyClicks(field.edit, text)


def make_dialog(qtbot) -> tuple[CouncillorDialog, list[Councillor]]:
    saved: list[Councillor] = []

    def save(councillor: Councillor) -> Councillor:
        saved.append(councillor)
        return councillor

    dialog = CouncillorDialog(None, [], TODAY, save)
    qtbot.addWidget(dialog)
    dialog.ui.first_name.setText("Jane")
    dialog.ui.surname.setText("Ash")
    return dialog, saved


def test_joined_on_takes_what_the_clerk_types(qtbot) -> None:
    dialog, saved = make_dialog(qtbot)
    joined = dialog.ui.joined_on
    assert isinstance(joined, DateField)
    for typed in ("15/03/2024", "15/3/24", "15032024", "15 Mar 2024", "15 March 2024"):
        retype(qtbot, joined, typed)
        assert joined.understood.text() == "Friday 15 March 2024", typed
    retype(qtbot, dialog.ui.accepted_office_on, "today")
    dialog.try_save()
    assert saved and saved[-1].joined_on == dt.date(2024, 3, 15)
    assert saved[-1].accepted_office_on == TODAY


def test_not_recorded_can_be_cleared_and_typed_into_again(qtbot) -> None:
    dialog, saved = make_dialog(qtbot)
    term = dialog.ui.term_ends_on
    assert term.value() is None and term.understood.text() == "Not recorded"
    retype(qtbot, term, "10/5/2027")
    assert term.text() == "10/5/2027" and term.value() == dt.date(2027, 5, 10)
    retype(qtbot, term, "")
    assert term.value() is None and term.is_acceptable()
    retype(qtbot, term, "1 May 2028")
    dialog.try_save()
    assert saved[-1].term_ends_on == dt.date(2028, 5, 1)


def test_an_impossible_date_is_refused_beside_the_field_and_nothing_saved(qtbot) -> None:
    dialog, saved = make_dialog(qtbot)
    dialog.show()
    retype(qtbot, dialog.ui.accepted_office_on, "31/02/2025")
    dialog.try_save()
    assert saved == []
    field = dialog.ui.accepted_office_on
    assert "February 2025 has no day 31" in field.understood.text()
    assert field.understood.isVisible()


def test_the_leaving_date_is_typed_too(qtbot) -> None:
    left: list[dt.date] = []
    dialog = ArchiveDialog("Mrs Jane Ash", TODAY, lambda day, reason: left.append(day))
    qtbot.addWidget(dialog)
    retype(qtbot, dialog.ui.left_on, "yesterday")
    dialog.ui.left_reason.setText("Resigned")
    dialog.try_save()
    assert left == [dt.date(2026, 11, 21)]


def test_one_date_field_for_the_whole_app() -> None:
    """No window builds a QDateEdit any more, in code or in a Designer form."""
    from pathlib import Path

    root = Path(__file__).resolve().parents[3]
    own = root / "src" / "parishdesk" / "gui" / "common" / "date_field.py"
    found = [str(path.relative_to(root))
             for path in [*(root / "src" / "parishdesk").rglob("*.py"), *(root / "ui").glob("*.ui")]
             if path != own and "QDateEdit" in path.read_text(encoding="utf-8")]
    assert found == []
