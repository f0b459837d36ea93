"""Who is at the keyboard: the officer named in every audit entry, and File > Switch user….

At start the officer remembered from last time (a setting in the data folder) takes the
seat if still in post, else the Clerk. Switching changes ``ctx.actor`` for every window at
once (they all read it when they save), and is remembered for the next start.
"""

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

SETTING = "session/user_id"


def take_seat(ctx: AppContext) -> users.User | None:
    """At start: name the officer using ParishDesk (remembered, else the Clerk)."""
    remembered = ctx.settings().value(SETTING)
    try:
        remembered_id = int(str(remembered)) if remembered is not None else None
    except ValueError:
        remembered_id = None
    user = users.choose_user(remembered_id, ctx.today())
    if user is not None:
        ctx.actor, ctx.user_id = user.name, user.person_id
    return user


def set_user(ctx: AppContext, user: users.User) -> None:
    """From now on (and at the next start) ``user`` is named in the audit log; Edit > Undo
    starts afresh, so nobody takes back another officer's change unawares."""
    ctx.actor, ctx.user_id = user.name, user.person_id
    ctx.undo.clear()
    settings = ctx.settings()
    settings.setValue(SETTING, user.person_id)
    settings.sync()


def status_text(ctx: AppContext) -> str:
    return f"Working as {ctx.actor}"


def why_not_switch(ctx: AppContext) -> str | None:
    """Why File > Switch user… cannot be used now (None: it can)."""
    if len(users.current_officers(ctx.today())) < 2:
        return ("Only one officer is on the register: add another officer in Members to "
                "share ParishDesk.")
    return None


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
