"""File > Switch user…: choose who is using ParishDesk among the officers in post
(:mod:`.user_switch` keeps the seat and loads this module when the dialog is wanted)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from parishdesk.gui.common.context import AppContext
from parishdesk.services import users


class SwitchUserDialog(QDialog):
    """Choose who is using ParishDesk, among the officers in post."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle("Switch user")
        layout = QVBoxLayout(self)
        intro = QLabel("Who is using ParishDesk now? Everything you change from now on is "
                       "recorded in the history under this name.")
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.list = QListWidget()
        self.list.setAccessibleName("Officers")
        for user in users.current_officers(ctx.today()):
            item = QListWidgetItem(user.label)
            item.setData(Qt.ItemDataRole.UserRole, user)
            self.list.addItem(item)
            if user.person_id == ctx.user_id:
                self.list.setCurrentItem(item)
        if self.list.currentRow() < 0 and self.list.count():
            self.list.setCurrentRow(0)
        self.list.itemDoubleClicked.connect(lambda _item: self.accept())
        layout.addWidget(self.list)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText("&Switch")
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.resize(420, 300)

    def chosen(self) -> users.User | None:
        item = self.list.currentItem()
        return item.data(Qt.ItemDataRole.UserRole) if item else None

    @classmethod
    def ask(cls, ctx: AppContext, parent: QWidget | None = None) -> users.User | None:
        dialog = cls(ctx, parent)
        return dialog.chosen() if dialog.exec() == QDialog.DialogCode.Accepted else None
