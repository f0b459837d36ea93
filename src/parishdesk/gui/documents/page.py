"""The Documents area: the council's protocol, protocol packs, letters and their templates.

Four tabs: Protocol (versions, viewer, editor, comparison, rule links),
Packs and acknowledgements, Letters (the register) and Letter templates.
The protocol's review reminder (PROTO-1, PROTO-2) shows in a banner here and
through :meth:`DocumentsPage.alerts` on the main window from 30 days before.
"""

from __future__ import annotations

import html
from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtGui import QAction, QKeySequence, QShowEvent
from PySide6.QtWidgets import QLabel, QTabWidget, QVBoxLayout, QWidget

from parishdesk.domain.protocol_review import ReviewStatus
from parishdesk.gui.common.button_bar import make_action
from parishdesk.gui.common.context import AppContext
from parishdesk.gui.documents.letters import LettersTab
from parishdesk.gui.documents.packs import AcknowledgementsTab
from parishdesk.gui.documents.templates import TemplatesTab
from parishdesk.gui.documents.versions import VersionsTab
from parishdesk.services import letters, protocols

BANNER_STYLES = {
    "overdue": "background: #fde7e9; border: 1px solid #d13438; padding: 6px;",
    "due": "background: #fff4ce; border: 1px solid #e0c36c; padding: 6px;",
    "ok": "padding: 6px;",
}
BANNER_MARKS = {"overdue": "⚠ Overdue: ", "due": "⚠ Due soon: ", "ok": "✓ "}


class DocumentsPage(QWidget):
    alertsChanged = Signal()  # noqa: N815 - Qt signal naming
    badgeChanged = Signal(str)  # noqa: N815 - Qt signal naming

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setAccessibleName("Documents")
        self.review: ReviewStatus | None = None
        layout = QVBoxLayout(self)
        self.banner = QLabel()
        self.banner.setWordWrap(True)
        self.banner.setAccessibleName("Protocol review reminder")
        layout.addWidget(self.banner)
        self.tabs = QTabWidget()
        self.tabs.setAccessibleName("Documents tabs")
        self.versions = VersionsTab(ctx)
        self.acks = AcknowledgementsTab(ctx)
        self.letters = LettersTab(ctx)
        self.templates = TemplatesTab(ctx)
        self.tabs.addTab(self.versions, "&Protocol")
        self.tabs.addTab(self.acks, "Packs and &acknowledgements")
        self.tabs.addTab(self.letters, "Le&tters")
        self.tabs.addTab(self.templates, "Letter te&mplates")
        layout.addWidget(self.tabs, 1)
        self.versions.versionsChanged.connect(self._versions_changed)
        self.acks.acksChanged.connect(self.letters.refresh)
        self.letters.lettersChanged.connect(self.acks.refresh)
        self.tabs.currentChanged.connect(self._tab_changed)
        self.file_actions = [
            self._lift(self.versions, self.versions.import_action),
            self._lift(self.acks, self.acks.packs_action),
            self._lift(self.letters, self.letters.new_action),
        ]
        self.refresh_review()

    print_hint = "Choose a letter in the Letters tab, then print it."

    def printable_pdf(self) -> Path | None:
        """File > Print…: the letter chosen in the Letters tab."""
        chosen = self.letters.selected() if self.tabs.currentWidget() is self.letters else None
        return letters.stored_pdf(self.ctx.paths, chosen.id) if chosen else None

    def _lift(self, tab: QWidget, action: QAction) -> QAction:
        """Move a tab's action to the page so its shortcut works from any tab and the menu."""
        tab.removeAction(action)

        def run() -> None:
            self.tabs.setCurrentWidget(tab)
            action.trigger()

        lifted = make_action(self, action.text(), action.shortcut().toString(), run,
                             action.statusTip())
        action.setShortcut(QKeySequence())  # the key belongs to the lifted action alone
        lifted.setEnabled(action.isEnabled())
        action.changed.connect(lambda: lifted.setEnabled(action.isEnabled()))
        return lifted

    # -- the review reminder -------------------------------------------------
    def refresh_review(self) -> None:
        before = self.alerts()
        self.review = protocols.review_status(self.ctx.today())
        state = self.review.state
        if state in BANNER_STYLES:
            self.banner.setText(f"{BANNER_MARKS[state]}{html.escape(self.review.message)}")
            self.banner.setStyleSheet(BANNER_STYLES[state])
            self.banner.show()
        else:
            self.banner.hide()
        self.badgeChanged.emit(self.badge())
        if self.alerts() != before:
            self.alertsChanged.emit()

    def badge(self) -> str:
        """The text beside "Documents" in the navigation list ("review due", "review
        overdue" or ""). The page also emits it on badgeChanged, but the first emission
        comes from __init__, before anyone can be connected: the main window asks here."""
        state = self.review.state if self.review is not None else ""
        return {"overdue": "review overdue", "due": "review due"}.get(state, "")

    def alerts(self) -> list[str]:
        """The review reminder for the main window's banner, from 30 days before it is due."""
        if self.review is None or self.review.state not in ("due", "overdue"):
            return []
        return [f"Member/Officer Protocol: {self.review.message}"]

    def menu_actions(self) -> dict[str, list[QAction]]:
        return {"File": list(self.file_actions)}

    # -- keeping the tabs in step ---------------------------------------------
    def _versions_changed(self) -> None:
        self.acks.refresh()
        self.refresh_review()

    def _tab_changed(self, _index: int) -> None:
        widget = self.tabs.currentWidget()
        if widget is self.acks:
            self.acks.refresh()
        elif widget is self.letters:
            self.letters.refresh()

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt override
        super().showEvent(event)
        self.letters.refresh()
        self.acks.refresh()


def create(ctx: AppContext, parent: QWidget | None = None) -> QWidget:
    return DocumentsPage(ctx, parent)
