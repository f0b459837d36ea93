"""Edit > Undo, Copy and Find for the whole window.

- Undo (Ctrl+Z) takes back the last reversible change of this session through
  ``services.undo``; when nothing is safe to undo it is greyed out and its tooltip says
  why. In a text box Ctrl+Z is the box's own undo, as everywhere.
- Copy (Ctrl+C) copies the selected text, or the selected rows of a table or list as
  tab-separated lines that paste into a spreadsheet.
- Find (Ctrl+F) puts the keyboard in the search box of the area on screen: the area's
  own Find action when it has one (its Ctrl+F is taken over here, so the key means one
  thing), else the area's first visible search box.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QGuiApplication, QKeySequence
from PySide6.QtWidgets import QAbstractItemView, QApplication, QLineEdit, QWidget

from parishdesk.gui.common import errors
from parishdesk.services.undo import UndoRefused

if TYPE_CHECKING:
    from parishdesk.gui.main_window import MainWindow


def wire(window: MainWindow) -> None:
    ui = window.ui
    ui.actionUndo.triggered.connect(lambda _checked=False: undo_last(window))
    ui.actionCopy.triggered.connect(lambda _checked=False: copy_selection(window))
    ui.actionFind.triggered.connect(lambda _checked=False: find(window))
    ui.menuEdit.aboutToShow.connect(lambda: refresh_undo(window))
    window.ctx.undo.listeners.append(lambda: refresh_undo(window))
    ui.menuEdit.setToolTipsVisible(True)
    refresh_undo(window)


def refresh_undo(window: MainWindow) -> None:
    """Name the change Undo would take back, or grey it out and say why not."""
    action, stack = window.ui.actionUndo, window.ctx.undo
    reason = stack.why_not()
    last = stack.peek()
    if reason is None and last is not None:
        text, tip = f"&Undo {last.description}", f"Undo {last.description}"
    else:  # greyed out, the reason in the tooltip and the status bar
        text, tip = "&Undo", reason or ""
    action.setEnabled(reason is None)
    action.setText(text)
    action.setToolTip(tip)
    action.setStatusTip(tip)


def undo_last(window: MainWindow) -> bool:
    """Edit > Undo: True if a change was taken back."""
    try:
        change = window.ctx.undo.undo(window.ctx.actor)
    except UndoRefused as exc:
        window.statusBar().showMessage(str(exc), 8000)
        refresh_undo(window)
        return False
    except Exception as exc:
        if errors.is_expected(exc):
            errors.show_expected(window, exc, "The change was not undone")
            refresh_undo(window)
            return False
        raise
    show_again(window.pages.get(change.area), change.area, change.record_id)
    window.statusBar().showMessage(f"Undone: {change.description}.", 8000)
    refresh_undo(window)
    return True


#: How each area's page chooses a record again after an undo.
SELECTORS = {"members": "select_person", "enquiries": "select_enquiry"}


def show_again(page: QWidget | None, area: str, record_id: int | None) -> None:
    """The area's page shows the record as it is after the undo, chosen again."""
    again = getattr(page, "reload", None) or getattr(page, "refresh", None)
    if callable(again):
        again()
    select = getattr(page, SELECTORS.get(area, ""), None)
    if record_id is not None and callable(select):
        select(record_id)


def selected_text(widget: QWidget | None) -> str:
    """What Copy takes from ``widget``: its selected text, or its selected rows."""
    if widget is None:
        return ""
    if isinstance(widget, QAbstractItemView) and widget.model() is not None:
        indexes = widget.selectionModel().selectedIndexes() if widget.selectionModel() else []
        if not indexes and widget.currentIndex().isValid():
            indexes = [widget.currentIndex()]
        rows: dict[int, dict[int, str]] = {}
        for index in indexes:
            value = index.data(Qt.ItemDataRole.DisplayRole)
            rows.setdefault(index.row(), {})[index.column()] = "" if value is None else str(value)
        return "\n".join("\t".join(cells[c] for c in sorted(cells))
                         for _row, cells in sorted(rows.items()))
    text_cursor = getattr(widget, "textCursor", None)
    if callable(text_cursor):
        return str(text_cursor().selectedText()).replace("\u2029", "\n")
    if isinstance(widget, QLineEdit):
        return widget.selectedText()
    selected = getattr(widget, "selectedText", None)
    return str(selected()) if callable(selected) else ""


def copy_selection(window: MainWindow) -> str:
    """Edit > Copy: the focused widget's selection to the clipboard; what was copied."""
    widget = QApplication.focusWidget()
    own_copy = getattr(widget, "copy", None)
    text = selected_text(widget)
    if callable(own_copy) and not isinstance(widget, QAbstractItemView):
        own_copy()  # a text box copies its own way (keeping formatting where it has any)
    elif text:
        QGuiApplication.clipboard().setText(text)
    if not text:
        window.statusBar().showMessage("Select some text or rows first, then copy.", 5000)
    return text


def adopt_find(page: QWidget) -> list[QAction]:
    """The page's own Find actions (Ctrl+F): their key goes to Edit > Find, which runs
    them while the area is on screen."""
    find_key = QKeySequence(QKeySequence.StandardKey.Find)  # made once Qt is running
    own = getattr(page, "find_action", None)  # a page that names its Find: no search needed
    candidates = [own] if isinstance(own, QAction) else page.findChildren(QAction)
    found = [a for a in candidates if find_key in a.shortcuts()]
    for action in found:
        action.setShortcuts([s for s in action.shortcuts() if s != find_key])
    return found


def find(window: MainWindow) -> QWidget | None:
    """Edit > Find: the keyboard into the search box of the area on screen (None if the
    area has none)."""
    key = window.current_area()
    if not key:
        return None
    page = window.page(key)
    for action in window.menus.find_actions(key):
        owner = action.parent()
        if isinstance(owner, QWidget) and owner.isVisible() and action.isEnabled():
            action.trigger()
            return QApplication.focusWidget()
    for box in page.findChildren(QLineEdit):
        words = f"{box.objectName()} {box.accessibleName()} {box.placeholderText()}".lower()
        if box.isVisible() and ("search" in words or "find" in words):
            box.setFocus(Qt.FocusReason.ShortcutFocusReason)
            box.selectAll()
            return box
    window.statusBar().showMessage("This area has no search box.", 5000)
    return None
