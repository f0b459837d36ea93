"""The honest page for an area that is not built yet."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from parishdesk.gui.areas import AreaSpec


class NotBuiltPage(QWidget):
    def __init__(self, spec: AreaSpec, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(f"{spec.label}: not built yet")
        layout = QVBoxLayout(self)
        layout.addStretch(1)
        column = QWidget()
        column.setFixedWidth(480)
        column_layout = QVBoxLayout(column)
        for text in (f"<h2>{spec.label}</h2>", spec.description,
                     "<b>This part of ParishDesk is not built yet.</b>",
                     "It will arrive in a later version; nothing is stored or shown here "
                     "until then."):
            label = QLabel(text)
            label.setWordWrap(True)
            label.setAlignment(Qt.AlignmentFlag.AlignCenter)
            # Word-wrapped labels in a stacked page can be given too little height
            # before they are first shown; reserve what the text needs.
            label.setMinimumHeight(label.heightForWidth(440))
            column_layout.addWidget(label)
        layout.addWidget(column, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addStretch(2)
