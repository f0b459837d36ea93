"""Information-request settings: the council's time for deciding a request."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from parishdesk.gui.common.context import AppContext
from parishdesk.gui.common.settings_dialog import SettingsDialog
from parishdesk.gui.forms.ui_access_settings import Ui_AccessSettings
from parishdesk.services import access

DEFAULT_DAYS = access.DEFAULT_DEADLINE_WORKING_DAYS


class AccessSettingsDialog(SettingsDialog):
    """Shows the current time for deciding a request; Save checks and stores it."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.ui = Ui_AccessSettings()
        self.ui.setupUi(self)
        self.days_spin = self.ui.daysSpin
        self.days_spin.setValue(access.deadline_working_days())
        self.wire(self.ui.buttons, {"days": self.ui.daysError}, {"days": self.days_spin},
                  "Council &default", f"{DEFAULT_DAYS} working days")
        self.resize(460, self.sizeHint().height())
        self.days_spin.setFocus()

    def restore_defaults(self) -> None:
        self.days_spin.setValue(DEFAULT_DAYS)

    def store(self) -> None:
        access.set_deadline_working_days(self.days_spin.value(), self.ctx.actor)
