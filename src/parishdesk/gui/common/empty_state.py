"""What an empty list says, in every area: why it is empty and the next step, as buttons.

An empty register invites the first entry ("No councillors yet." with Add councillor… and
Import from Excel…); a search or filter that finds nothing says so and offers to clear it,
so the clerk never mistakes one for the other. :class:`EmptyState` sits over the list's
blank area (the column headings stay in view) and is hidden while the list has rows.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtWidgets import (
    QAbstractScrollArea,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

#: (button text, what it does)
Step = tuple[str, Callable[[], object]]


def no_match_text(what: str, search: str = "") -> str:
    """"No councillor matches “Smith”." or, for filters alone, "… matches these filters."."""
    search = " ".join(search.split())
    if search:
        return f"No {what} matches \u201c{search}\u201d."
    return f"No {what} matches these filters."


class EmptyState(QWidget):
    """A message with the next steps as buttons; ``over`` a list, it covers its blank area."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName("What to do next")
        layout = QVBoxLayout(self)
        layout.addStretch(1)
        self.label = QLabel()
        self.label.setTextFormat(Qt.TextFormat.PlainText)  # may quote what was searched for
        self.label.setWordWrap(True)
        self.label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        layout.addWidget(self.label)
        self._row = QHBoxLayout()
        self._row.addStretch(1)
        self._row.addStretch(1)
        layout.addLayout(self._row)
        layout.addStretch(1)
        self.buttons: list[QPushButton] = []
        self._view: QAbstractScrollArea | None = None
        self.setVisible(False)

    @classmethod
    def over(cls, view: QAbstractScrollArea) -> EmptyState:
        """An empty state covering ``view``'s blank area (below its column headings)."""
        state = cls(view.viewport())
        state._view = view
        view.viewport().installEventFilter(state)
        state.setGeometry(view.viewport().rect())
        return state

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt
        if self._view is not None and watched is self._view.viewport() \
                and event.type() == QEvent.Type.Resize:
            self.setGeometry(self._view.viewport().rect())
        return False

    def show_state(self, text: str, steps: Sequence[Step] = ()) -> None:
        """Say ``text`` with a button for each step (and show it)."""
        self.label.setText(text)
        for button in self.buttons:
            self._row.removeWidget(button)
            button.deleteLater()
        self.buttons = []
        for position, (caption, action) in enumerate(steps):
            button = QPushButton(caption)
            button.setAutoDefault(False)
            button.clicked.connect(lambda _checked=False, run=action: run())
            self._row.insertWidget(1 + position, button)
            self.buttons.append(button)
        if self._view is not None:
            self.setGeometry(self._view.viewport().rect())
        self.setVisible(True)
        self.raise_()

    def clear_state(self) -> None:
        self.label.setText("")
        self.setVisible(False)

    def text(self) -> str:
        return self.label.text() if self.isVisibleTo(self.parentWidget() or self) else ""

    def button(self, caption: str) -> QPushButton:
        """The step button whose text (without its & key marker) is ``caption``."""
        for button in self.buttons:
            if button.text().replace("&", "") == caption:
                return button
        raise KeyError(caption)
