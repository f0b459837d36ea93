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
        for text in (f"<h2>{spec.label}</h2>", spec.description,
                     "<b>This part of ParishDesk is not built yet.</b>",
                     "It will arrive in a later version; nothing is stored or shown here "
                     "until then."):
            label = QLabel(text)
            label.setWordWrap(True)
            label.setAlignment(Qt.AlignmentFlag.AlignCenter)
            label.setFixedWidth(480)
            layout.addWidget(label, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addStretch(2)
