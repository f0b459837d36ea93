"""The pieces every area shares: the councillor picker, read-only tables, action buttons."""

import datetime as dt

from PySide6.QtCore import QStringListModel
from PySide6.QtWidgets import QAbstractItemView, QComboBox, QHBoxLayout, QWidget

from parishdesk.domain.members import Councillor
from parishdesk.gui.common.button_bar import add_action_buttons, make_action
from parishdesk.gui.common.councillor_picker import CouncillorPicker
from parishdesk.gui.common.tables import ReadOnlyTable


def _councillors():
    day = dt.date(2025, 5, 1)
    return [Councillor(id=1, first_name="Owen", surname="Pritchard", joined_on=day),
            Councillor(id=2, first_name="Hannah", surname="Blackwood", joined_on=day),
            Councillor(id=3, first_name="Hannah", surname="Price", joined_on=day)]


def test_the_picker_takes_an_exact_name_or_the_only_one_containing_the_text(qtbot):
    combo = QComboBox()
    combo.setEditable(True)
    qtbot.addWidget(combo)
    picker = CouncillorPicker(combo, _councillors())
    assert picker.chosen() is None  # blank until one is chosen
    combo.setEditText("pritch")
    assert picker.chosen() == 1
    combo.setEditText("Hannah")  # two councillors: not a choice yet
    assert picker.chosen() is None
    picker.select(2)
    assert picker.chosen() == 2
    assert combo.lineEdit().placeholderText() == "Start typing a name"


def test_a_read_only_table_chooses_one_row_and_edits_nothing(qtbot):
    table = ReadOnlyTable("Things", QStringListModel(["a", "b"]))
    qtbot.addWidget(table)
    assert table.accessibleName() == "Things"
    assert table.selectionMode() == QAbstractItemView.SelectionMode.SingleSelection
    assert table.editTriggers() == QAbstractItemView.EditTrigger.NoEditTriggers
    assert not table.verticalHeader().isVisible() and table.isSortingEnabled()


def test_action_buttons_run_their_action_and_name_it(qtbot):
    owner = QWidget()
    qtbot.addWidget(owner)
    ran: list[str] = []
    action = make_action(owner, "&Open PDF…", "Ctrl+O", lambda: ran.append("open"),
                         "Open the letter")
    row = QHBoxLayout(owner)
    buttons = add_action_buttons(row, [("open", action)], stretch=True)
    assert buttons["open"].accessibleName() == "Open PDF"
    assert "Ctrl+O" in buttons["open"].toolTip()
    buttons["open"].click()
    assert ran == ["open"]
