"""Linking a clause of the council's protocol to the rules it states.

Each rule is listed by its plain title and area, never its ID; the chosen one shows its
"Why?" link (its words and source). ``ask`` is what tests replace.
"""

from __future__ import annotations

import html

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from parishdesk.domain.rules import AREAS, RULES, rule
from parishdesk.errors import ParishDeskError
from parishdesk.gui.common.context import AppContext
from parishdesk.gui.common.field_errors import FieldErrors, error_label
from parishdesk.gui.common.rule_link import connect_why_links, why_link
from parishdesk.services import protocols

RULE_ROLE = Qt.ItemDataRole.UserRole


class RuleLinksDialog(QDialog):
    """Tick the rules a clause states; the app's suggestions are marked and pre-ticked."""

    def __init__(self, ctx: AppContext, version_id: int, clause_number: str, clause_text: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.version_id = version_id
        self.clause_number = clause_number
        self.setWindowTitle(f"Rules stated in clause {clause_number}")
        linked = protocols.clause_links(version_id).get(clause_number, ())
        suggested = protocols.suggested_links(version_id).get(clause_number, ())
        layout = QVBoxLayout(self)
        excerpt = clause_text if len(clause_text) < 400 else clause_text[:399] + "…"
        intro = QLabel(f"<b>Clause {html.escape(clause_number)}</b>: {html.escape(excerpt)}")
        intro.setWordWrap(True)
        layout.addWidget(intro)
        note = QLabel("Tick each rule this clause states. Letters then cite the clause "
                      "(\"paragraph " + clause_number + " of the Council's protocol\"). "
                      + ("Rules marked ★ are suggested from the clause's words."
                         if suggested else "No rules were suggested from the clause's words."))
        note.setWordWrap(True)
        layout.addWidget(note)
        self.filter = QLineEdit()
        self.filter.setPlaceholderText("Filter rules by title or words")
        self.filter.setAccessibleName("Filter rules")
        layout.addWidget(self.filter)
        self.list = QListWidget()
        self.list.setAccessibleName("Rules")
        tick = set(linked) if linked else set(suggested)
        ordered = [r for r in RULES if r.id in suggested] + [r for r in RULES
                                                             if r.id not in suggested]
        for r in ordered:
            mark = "★ " if r.id in suggested else ""
            item = QListWidgetItem(f"{mark}{r.title} ({AREAS[r.area].lower()})")
            item.setData(RULE_ROLE, r.id)
            item.setToolTip(r.text)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked if r.id in tick else Qt.CheckState.Unchecked)
            self.list.addItem(item)
        layout.addWidget(self.list, 1)
        self.why = QLabel("Choose a rule to see its words and source.")  # follows the list
        self.why.setWordWrap(True)
        layout.addWidget(self.why)
        self.list.currentItemChanged.connect(self._show_why)
        self.error = error_label("Problem with the links")
        layout.addWidget(self.error)
        self.field_errors = FieldErrors(self, {}, {}, general=self.error)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Save).setText("&Save links")
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.filter.textChanged.connect(self._filter)
        self.resize(640, 600)

    def _filter(self, text: str) -> None:
        needle = text.strip().lower()
        for i in range(self.list.count()):
            item = self.list.item(i)
            item.setHidden(bool(needle) and needle not in
                           (item.text() + " " + item.toolTip()).lower())

    def _show_why(self, item: QListWidgetItem | None) -> None:
        rule_id = str(item.data(RULE_ROLE)) if item is not None else ""
        if rule_id:
            self.why.setText(f"<b>{html.escape(rule(rule_id).title)}</b> {why_link(0)}")
            connect_why_links(self.why, [rule_id])

    def ticked(self) -> list[str]:
        return [str(self.list.item(i).data(RULE_ROLE)) for i in range(self.list.count())
                if self.list.item(i).checkState() == Qt.CheckState.Checked]

    def save(self) -> None:
        try:
            protocols.set_clause_links(self.version_id, self.clause_number, self.ticked(),
                                       self.ctx.actor)
        except ParishDeskError as exc:
            self.field_errors.show({"": str(exc)})
            return
        self.accept()

    @classmethod
    def ask(cls, ctx: AppContext, version_id: int, clause_number: str, clause_text: str,
            parent: QWidget | None = None) -> bool:
        dialog = cls(ctx, version_id, clause_number, clause_text, parent)
        return dialog.exec() == QDialog.DialogCode.Accepted
