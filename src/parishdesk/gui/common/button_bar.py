"""An area's actions and the row of buttons that shows them.

Each action has a shortcut that works while the keyboard is anywhere in its
area, a tooltip that names the key, and a button beside the table it acts on;
the button and the menu entry (or the key) run the same action.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QBoxLayout, QPushButton, QWidget


def make_action(owner: QWidget, text: str, shortcut: str | QKeySequence.StandardKey,
                slot: Callable[[], Any], tip: str = "") -> QAction:
    """An action whose shortcut works while the focus is inside ``owner``."""
    action = QAction(text, owner)
    action.setShortcut(QKeySequence(shortcut))
    action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
    action.triggered.connect(lambda _checked=False: slot())
    if tip:
        action.setToolTip(f"{tip} ({action.shortcut().toString()})")
        action.setStatusTip(tip)
    owner.addAction(action)
    return action


def action_button(action: QAction, name: str = "") -> QPushButton:
    """A button that runs ``action``, with its text, tooltip and an accessible name."""
    button = QPushButton(action.text())
    button.setToolTip(action.toolTip())
    button.setAccessibleName(name or action.text().replace("&", "").rstrip("…"))
    button.clicked.connect(action.trigger)
    return button


def add_action_buttons(layout: QBoxLayout, actions: Iterable[tuple[str, QAction]],
                       stretch: bool = False) -> dict[str, QPushButton]:
    """A button for each (key, action) along ``layout``, then a stretch if asked; the
    buttons by key, to enable them as the selection changes."""
    buttons: dict[str, QPushButton] = {}
    for key, action in actions:
        buttons[key] = action_button(action)
        layout.addWidget(buttons[key])
    if stretch:
        layout.addStretch(1)
    return buttons
