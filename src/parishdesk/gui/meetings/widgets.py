"""Small pieces the meetings windows share: problems shown in plain words and saving as the
clerk types (the wheel over an unfocused control is guarded for the whole app, see
:mod:`parishdesk.gui.common.wheel_guard`)."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from html import escape
from typing import Any

from PySide6.QtCore import QObject, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QLabel, QMessageBox, QTableWidget, QWidget

from parishdesk.domain.meetings import plain_problem, rule_ids, without_rule_ids
from parishdesk.domain.rules import rule
from parishdesk.errors import ParishDeskError, ValidationError
from parishdesk.gui.common.errors import show_expected
from parishdesk.gui.common.rule_link import connect_why_links, rule_titles_html

SAVE_DELAY_MS = 400
WARNING = "\u26a0"


def problems_html(problems: Iterable[str]) -> tuple[str, list[str]]:
    """Problems as rich text: each sentence, then its rules by plain title with a "Why?"
    link to their words and source; and the rules in the order the links number them."""
    lines: list[str] = []
    linked: list[str] = []
    for problem in problems:
        ids = list(rule_ids(problem))
        line = f"{WARNING} {escape(without_rule_ids(problem))}"
        if ids:
            line += f" ({rule_titles_html([rule(i).title for i in ids], len(linked))})"
            linked.extend(ids)
        lines.append(line)
    return "<br>".join(lines), linked


class ProblemsLabel(QLabel):
    """Problems in plain words, each with its rule's title and a "Why?" link to the rule's
    words and source, marked by an icon as well as colour. Empty when all is well."""

    def __init__(self, parent: QWidget | None = None, ok_text: str = "") -> None:
        super().__init__(parent)
        self.ok_text = ok_text
        self.setWordWrap(True)
        self.setTextFormat(Qt.TextFormat.RichText)
        connect_why_links(self, [])
        self.problems: tuple[str, ...] = ()
        self.show_problems(())

    def show_problems(self, problems: Iterable[str]) -> None:
        self.problems = tuple(problems)
        if self.problems:
            text, linked = problems_html(self.problems)
            self.setText(text)
            connect_why_links(self, linked)
            self.setStyleSheet("color: #8a1c00;")
            self.setAccessibleName("Problems: " + " ".join(plain_problem(p)
                                                           for p in self.problems))
        else:
            self.setText(f"\u2714 {escape(self.ok_text)}" if self.ok_text else "")
            self.setStyleSheet("color: #1d5e20;")
            self.setAccessibleName(self.ok_text or "No problems")
        self.setVisible(bool(self.problems or self.ok_text))


class Saver(QObject):
    """Saves a field a moment after the clerk stops typing, and at once when asked (on
    leaving the field). A save that fails shows the reason and keeps what was typed."""

    saved = Signal()

    def __init__(self, parent: QWidget, save: Callable[[], Any]) -> None:
        super().__init__(parent)
        self._save = save
        self._widget = parent
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(SAVE_DELAY_MS)
        self._timer.timeout.connect(self.flush)
        self.pending = False

    def touch(self, *_args: object) -> None:
        self.pending = True
        self._timer.start()

    def flush(self) -> None:
        self._timer.stop()
        if not self.pending:
            return
        self.pending = False
        if attempt(self._widget, self._save):
            self.saved.emit()


def attempt(parent: QWidget | None, work: Callable[[], Any]) -> bool:
    """Run a service call; an expected problem is shown in plain words. True if it worked."""
    try:
        work()
    except ValidationError as exc:
        QMessageBox.warning(parent, exc.title, "\n".join(exc.problems.values()))
        return False
    except (ParishDeskError, OSError) as exc:
        show_expected(parent, exc)
        return False
    return True


def row_id(table: QTableWidget, row: int) -> int:
    """The record id kept in the first cell of a table row."""
    cell = table.item(row, 0)
    if cell is None:
        raise LookupError(f"No row {row} in the table")
    return int(cell.data(Qt.ItemDataRole.UserRole))


def local_action(owner: QWidget, text: str, keys: str, slot: Callable[[], Any]) -> QAction:
    """An action whose shortcut works while the focus is inside ``owner``."""
    action = QAction(text, owner)
    if keys:
        action.setShortcut(QKeySequence(keys))
    action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
    action.triggered.connect(lambda _checked=False: slot())
    owner.addAction(action)
    return action
