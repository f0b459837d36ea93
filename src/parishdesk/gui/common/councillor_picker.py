"""Choosing a councillor by typing part of their name (quick capture, the enquiry form)."""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QCompleter

from parishdesk.domain.members import Councillor


class CouncillorPicker:
    """An editable combo box of councillors, blank until one is chosen; typing part of a
    name offers every councillor whose name contains it."""

    def __init__(self, combo: QComboBox, councillors: Iterable[Councillor]) -> None:
        self.combo = combo
        combo.addItem("", None)
        for councillor in councillors:
            combo.addItem(councillor.display_name, councillor.id)
        combo.setCurrentIndex(0)
        line = combo.lineEdit()
        if line is not None:
            line.setPlaceholderText("Start typing a name")
        completer = QCompleter(combo.model(), combo)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        combo.setCompleter(completer)

    def chosen(self) -> int | None:
        """The councillor typed or chosen: an exact name, or the only name containing what
        was typed; None if nothing or more than one name fits."""
        combo = self.combo
        typed = combo.currentText().strip()
        if not typed:
            return None
        exact = combo.findText(typed, Qt.MatchFlag.MatchFixedString)
        if exact > 0:
            return int(combo.itemData(exact))
        folded = typed.casefold()
        matches = [i for i in range(1, combo.count()) if folded in combo.itemText(i).casefold()]
        return int(combo.itemData(matches[0])) if len(matches) == 1 else None

    def select(self, councillor_id: int) -> None:
        self.combo.setCurrentIndex(self.combo.findData(councillor_id))
