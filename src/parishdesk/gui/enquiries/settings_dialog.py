"""Inbox settings: the council's standard times to acknowledge and to answer an enquiry."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from parishdesk.domain.enquiry import ACK_WORKING_DAYS, ANSWER_WORKING_DAYS
from parishdesk.domain.enquiry_checks import DEFAULT_MIN_WORKING_DAYS
from parishdesk.gui.common.context import AppContext
from parishdesk.gui.common.settings_dialog import SettingsDialog
from parishdesk.gui.forms.ui_enquiry_settings import Ui_EnquirySettings
from parishdesk.services import enquiries as svc


class EnquirySettingsDialog(SettingsDialog):
    """Shows the current settings; Save checks them beside each field and stores them."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.ui = ui = Ui_EnquirySettings()
        ui.setupUi(self)
        current = svc.inbox_settings()
        ui.ackSpin.setValue(current.ack_working_days)
        ui.answerSpin.setValue(current.answer_working_days)
        ui.noticeSpin.setValue(current.min_notice_working_days)
        self.wire(ui.buttons,
                  {"ack": ui.ackError, "answer": ui.answerError, "notice": ui.noticeError},
                  {"ack": ui.ackSpin, "answer": ui.answerSpin, "notice": ui.noticeSpin},
                  "Council &defaults", "2 working days to acknowledge, 10 to answer, 3 of notice")
        for label in self.field_errors.labels.values():
            font = label.font()
            font.setBold(True)
            label.setFont(font)
        ui.ackSpin.setFocus()

    def restore_defaults(self) -> None:
        self.ui.ackSpin.setValue(ACK_WORKING_DAYS)
        self.ui.answerSpin.setValue(ANSWER_WORKING_DAYS)
        self.ui.noticeSpin.setValue(DEFAULT_MIN_WORKING_DAYS)

    def store(self) -> None:
        ui = self.ui
        svc.set_deadlines(ui.ackSpin.value(), ui.answerSpin.value(), self.ctx.actor,
                          ui.noticeSpin.value())
