"""A protocol's sections and clauses as a tree, with the tools to tidy them.

Used read-only by the versions viewer and editable by the import wizard and
the draft editor: edit a clause's text, merge it with the next one, split it
at the cursor, renumber everything. The editing itself is done by the pure
helpers in :mod:`parishdesk.domain.protocol`; this widget only shows the
result and keeps the selection sensible.
"""

from __future__ import annotations

import html

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QSplitter,
    QStyle,
    QTextBrowser,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from parishdesk.domain.protocol import (
    Block,
    Clause,
    OutlineWarning,
    Protocol,
    edit_clause,
    merge_clauses,
    outline_warnings,
    renumber,
    split_clause,
)
from parishdesk.gui.common.button_bar import add_action_buttons, make_action
from parishdesk.gui.common.labels import ERROR_COLOUR, ERROR_STYLE

LOCATION_ROLE = Qt.ItemDataRole.UserRole
SHORT_TEXT = 90


def clause_blocks(clause: Clause) -> tuple[Block, ...]:
    return clause.blocks or (Block("para", clause.text),)


def _short(text: str) -> str:
    line = " ".join(text.split())
    return line if len(line) <= SHORT_TEXT else line[: SHORT_TEXT - 1].rstrip() + "…"


def clause_html(clause: Clause) -> str:
    """A clause as HTML: paragraphs, bullets and labelled sub-items indented by level."""
    parts = []
    for block in clause_blocks(clause):
        margin = 22 * (block.level + (0 if block.kind == "para" else 1))
        if block.kind == "bullet":
            body = f"•&nbsp;{html.escape(block.text)}"
        elif block.kind == "item":
            body = f"{html.escape(block.label or '')}&nbsp;{html.escape(block.text)}"
        else:
            body = html.escape(block.text)
        parts.append(f'<p style="margin-left:{margin}px; margin-top:2px; margin-bottom:4px">'
                     f"{body}</p>")
    number = f"<b>{html.escape(clause.number)}</b>&nbsp; " if clause.number else ""
    return f"<div>{number}{''.join(parts)}</div>"


class OutlineTree(QTreeWidget):
    """Sections, their clauses, and inside each clause its bullets and sub-items."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setHeaderLabels(["Number", "Text"])
        self.setAccessibleName("Protocol sections and clauses")
        self.setColumnWidth(0, 110)
        self.setAlternatingRowColors(True)
        self.protocol: Protocol | None = None

    def show_protocol(self, protocol: Protocol | None) -> None:
        self.protocol = protocol
        self.clear()
        if protocol is None:
            return
        for si, section in enumerate(protocol.sections):
            heading = QTreeWidgetItem([section.number or "", section.title or "(untitled)"])
            font = heading.font(1)
            font.setBold(True)
            heading.setFont(0, font)
            heading.setFont(1, font)
            heading.setData(0, LOCATION_ROLE, (si, -1))
            self.addTopLevelItem(heading)
            for ci, clause in enumerate(section.clauses):
                self._add_clause(heading, si, ci, clause)
            heading.setExpanded(True)

    def _add_clause(self, heading: QTreeWidgetItem, si: int, ci: int, clause: Clause) -> None:
        blocks = clause_blocks(clause)
        first, rest = (blocks[0], blocks[1:]) if blocks[0].kind == "para" else (None, blocks)
        item = QTreeWidgetItem([clause.number or "—", _short(first.text) if first else ""])
        item.setToolTip(1, clause.text)
        item.setData(0, LOCATION_ROLE, (si, ci))
        heading.addChild(item)
        parents: list[QTreeWidgetItem] = [item]
        for block in rest:
            if block.kind == "bullet":
                label = "•"
            elif block.kind == "item":
                label = block.label or ""
            else:
                label = "¶"
            depth = block.level + 1 if block.kind != "para" else 1
            parent = parents[min(depth, len(parents)) - 1]
            child = QTreeWidgetItem([label, _short(block.text)])
            child.setToolTip(1, block.text)
            child.setData(0, LOCATION_ROLE, (si, ci))
            parent.addChild(child)
            parents = parents[:depth] + [child]
        item.setExpanded(True)
        for i in range(item.childCount()):
            child_item = item.child(i)
            if child_item is not None:
                child_item.setExpanded(True)

    def location(self) -> tuple[int, int] | None:
        """(section index, clause index) of the selection; clause index -1 for a heading."""
        item = self.currentItem()
        if item is None:
            return None
        section, clause = item.data(0, LOCATION_ROLE)
        return int(section), int(clause)

    def select_clause(self, si: int, ci: int | None) -> None:
        if not 0 <= si < self.topLevelItemCount():
            return
        item = self.topLevelItem(si)
        if item is None:
            return
        if ci is not None and 0 <= ci < item.childCount():
            item = item.child(ci) or item
        self.setCurrentItem(item)
        self.scrollToItem(item)

    def selected_clause(self) -> Clause | None:
        where = self.location()
        if where is None or self.protocol is None or where[1] < 0:
            return None
        return self.protocol.sections[where[0]].clauses[where[1]]


class ClauseTextDialog(QDialog):
    """Edit a clause's text, or put the cursor where it should be split."""

    def __init__(self, title: str, intro: str, text: str, ok_text: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        layout = QVBoxLayout(self)
        label = QLabel(intro)
        label.setWordWrap(True)
        layout.addWidget(label)
        self.editor = QPlainTextEdit(text)
        self.editor.setAccessibleName("Clause text")
        self.editor.setTabChangesFocus(True)
        layout.addWidget(self.editor)
        self.error = QLabel()
        self.error.setStyleSheet(ERROR_STYLE)
        self.error.setWordWrap(True)
        self.error.hide()
        layout.addWidget(self.error)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(ok_text)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.resize(620, 360)

    @classmethod
    def ask_text(cls, parent: QWidget | None, number: str, text: str) -> str | None:
        dialog = cls(f"Edit clause {number}",
                     "Edit the clause. Start a bullet with \"•\" and a sub-item with its label, "
                     "e.g. \"(a)\"; indent with two spaces per level.", text, "&Save", parent)
        return dialog.editor.toPlainText() if dialog.exec() == QDialog.DialogCode.Accepted else None

    @classmethod
    def ask_split(cls, parent: QWidget | None, number: str, text: str) -> int | None:
        dialog = cls(f"Split clause {number}",
                     "Click where the new clause should start, then choose Split. The second "
                     "part becomes a new clause; renumber afterwards.", text, "S&plit", parent)
        cursor = dialog.editor.textCursor()
        cursor.setPosition(len(text) // 2)
        dialog.editor.setTextCursor(cursor)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        return dialog.editor.textCursor().position()


class OutlineEditor(QWidget):
    """The tree plus the selected clause in full, with edit/merge/split/renumber tools.

    ``editable`` False gives the read-only viewer. ``changed`` fires after every edit.
    """

    changed = Signal()

    def __init__(self, editable: bool, show_warnings: bool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.editable = editable
        self.protocol: Protocol | None = None
        self.warnings: tuple[OutlineWarning, ...] = ()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.tree = OutlineTree()
        self.detail = QTextBrowser()
        self.detail.setAccessibleName("Selected clause in full")
        self.warning_list = QListWidget()
        self.warning_list.setAccessibleName("Things to check in the outline")
        self.warning_list.setWordWrap(True)
        self.warning_title = QLabel("<b>Things to check</b> (click one to go to the clause)")
        if editable:
            tools = QHBoxLayout()
            self.edit_action = make_action(self, "&Edit clause…", "Ctrl+E", self.edit_selected,
                                           "Change the selected clause's text")
            self.merge_action = make_action(self, "&Merge with next", "Ctrl+M", self.merge_selected,
                                            "Join the selected clause and the one after it")
            self.split_action = make_action(self, "S&plit clause…", "Ctrl+T", self.split_selected,
                                            "Divide the selected clause in two")
            self.renumber_action = make_action(self, "&Renumber all", "Ctrl+R", self.renumber_all,
                                               "Number sections and clauses 1, 2, 3… in order")
            self.buttons = add_action_buttons(tools, (
                ("edit", self.edit_action),
                ("merge", self.merge_action),
                ("split", self.split_action),
                ("renumber", self.renumber_action)), stretch=True)
            layout.addLayout(tools)
        split = QSplitter(Qt.Orientation.Horizontal)
        split.addWidget(self.tree)
        right = QSplitter(Qt.Orientation.Vertical)
        right.addWidget(self.detail)
        if show_warnings:
            box = QWidget()
            box_layout = QVBoxLayout(box)
            box_layout.setContentsMargins(0, 0, 0, 0)
            box_layout.addWidget(self.warning_title)
            box_layout.addWidget(self.warning_list)
            right.addWidget(box)
        else:
            self.warning_list.hide()
            self.warning_title.hide()
        split.addWidget(right)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 2)
        layout.addWidget(split, 1)
        self.tree.currentItemChanged.connect(lambda *_: self._show_detail())
        self.warning_list.currentRowChanged.connect(self._go_to_warning)
        self._update_tools()

    # -- showing -----------------------------------------------------------
    def set_protocol(self, protocol: Protocol | None, keep: tuple[int, int] | None = None) -> None:
        self.protocol = protocol
        self.tree.show_protocol(protocol)
        self.warnings = outline_warnings(protocol) if protocol else ()
        self.warning_list.clear()
        icon = self.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning)
        for warning in self.warnings:
            kind = {"gap": "Gap", "duplicate": "Duplicate", "long": "Long clause",
                    "misplaced": "Misplaced"}.get(warning.kind, warning.kind.title())
            item = QListWidgetItem(icon, f"{kind}: {warning.message}")
            item.setToolTip(warning.message)
            self.warning_list.addItem(item)
        if not self.warnings:
            self.warning_list.addItem("No problems found in the numbering.")
        if keep is not None:
            self.tree.select_clause(keep[0], keep[1])
        self._show_detail()

    def _show_detail(self) -> None:
        clause = self.tree.selected_clause()
        where = self.tree.location()
        if clause is not None:
            self.detail.setHtml(clause_html(clause))
        elif where is not None and self.protocol is not None:
            section = self.protocol.sections[where[0]]
            count = len(section.clauses)
            self.detail.setHtml(f"<h3>{html.escape(section.number or '')} "
                                f"{html.escape(section.title)}</h3>"
                                f"<p>{count} clause{'s' if count != 1 else ''}.</p>")
        else:
            self.detail.setHtml("<p>Choose a clause in the tree to read it in full.</p>")
        self._update_tools()

    def _go_to_warning(self, row: int) -> None:
        if 0 <= row < len(self.warnings):
            warning = self.warnings[row]
            self.tree.select_clause(warning.section_index, warning.clause_index)
            self.tree.setFocus()

    def _update_tools(self) -> None:
        if not self.editable:
            return
        where = self.tree.location()
        on_clause = where is not None and where[1] >= 0
        has_next = False
        if on_clause and self.protocol is not None and where is not None:
            has_next = where[1] + 1 < len(self.protocol.sections[where[0]].clauses)
        for action, enabled in ((self.edit_action, on_clause), (self.merge_action, has_next),
                                (self.split_action, on_clause),
                                (self.renumber_action, self.protocol is not None)):
            action.setEnabled(enabled)
        for key, action in (("edit", self.edit_action), ("merge", self.merge_action),
                            ("split", self.split_action), ("renumber", self.renumber_action)):
            self.buttons[key].setEnabled(action.isEnabled())

    # -- editing -------------------------------------------------------------
    def _apply(self, new: Protocol, keep: tuple[int, int] | None) -> None:
        self.set_protocol(new, keep)
        self.changed.emit()

    def _selected(self) -> tuple[int, int, Clause] | None:
        where = self.tree.location()
        clause = self.tree.selected_clause()
        if where is None or clause is None or self.protocol is None:
            return None
        return where[0], where[1], clause

    def edit_selected(self) -> None:
        found = self._selected()
        if found is None or self.protocol is None:
            return
        si, ci, clause = found
        text = ClauseTextDialog.ask_text(self, clause.number or "", clause.text)
        if text is None:
            return
        try:
            new = edit_clause(self.protocol, si, ci, text)
        except ValueError as exc:
            self._say(str(exc))
            return
        self._apply(new, (si, ci))

    def merge_selected(self) -> None:
        found = self._selected()
        if found is None or self.protocol is None:
            return
        si, ci, _clause = found
        try:
            new = merge_clauses(self.protocol, si, ci)
        except ValueError as exc:
            self._say(str(exc))
            return
        self._apply(new, (si, ci))

    def split_selected(self) -> None:
        found = self._selected()
        if found is None or self.protocol is None:
            return
        si, ci, clause = found
        at = ClauseTextDialog.ask_split(self, clause.number or "", clause.text)
        if at is None:
            return
        try:
            new = split_clause(self.protocol, si, ci, at)
        except ValueError as exc:
            self._say(str(exc))
            return
        self._apply(new, (si, ci + 1))

    def renumber_all(self) -> None:
        if self.protocol is None:
            return
        self._apply(renumber(self.protocol), self.tree.location())

    def _say(self, message: str) -> None:
        self.detail.setHtml(f'<p style="color:{ERROR_COLOUR}"><b>Not done:</b> {html.escape(message)}</p>')
