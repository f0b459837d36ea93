"""Inbox settings: the council's standard times to acknowledge and answer, and the
reasonable minimum notice a councillor should give (ENQ-2)."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QWidget

from parishdesk.domain.enquiry import ACK_WORKING_DAYS, ANSWER_WORKING_DAYS
from parishdesk.domain.enquiry_checks import DEFAULT_MIN_WORKING_DAYS
from parishdesk.errors import ParishDeskError
from parishdesk.gui.common.context import AppContext
from parishdesk.gui.forms.ui_enquiry_settings import Ui_EnquirySettings
from parishdesk.services import enquiries as svc


class EnquirySettingsDialog(QDialog):
    """Shows the current settings; Save checks them beside each field and stores them."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.ui = Ui_EnquirySettings()
        self.ui.setupUi(self)
        current = svc.inbox_settings()
        self.ui.ackSpin.setValue(current.ack_working_days)
        self.ui.answerSpin.setValue(current.answer_working_days)
        self.ui.noticeSpin.setValue(current.min_notice_working_days)
        self.ui.buttons.accepted.connect(self.try_save)
        self.ui.buttons.rejected.connect(self.reject)
        defaults = self.ui.buttons.button(QDialogButtonBox.StandardButton.RestoreDefaults)
        defaults.setText("Council &defaults")
        defaults.setToolTip("2 working days to acknowledge, 10 to answer, 3 of notice")
        defaults.clicked.connect(self.restore_defaults)
        self.saved = False
        for label in self._labels().values():
            font = label.font()
            font.setBold(True)
            label.setFont(font)
        self._show({})
        self.ui.ackSpin.setFocus()

    def _labels(self) -> dict[str, QLabel]:
        return {"ack": self.ui.ackError, "answer": self.ui.answerError,
                "notice": self.ui.noticeError}

    def _show(self, problems: dict[str, str]) -> None:
        for key, label in self._labels().items():
            label.setText(problems.get(key, ""))
            label.setVisible(key in problems)

    def restore_defaults(self) -> None:
        self.ui.ackSpin.setValue(ACK_WORKING_DAYS)
        self.ui.answerSpin.setValue(ANSWER_WORKING_DAYS)
        self.ui.noticeSpin.setValue(DEFAULT_MIN_WORKING_DAYS)

    def try_save(self) -> None:
        ack, answer = self.ui.ackSpin.value(), self.ui.answerSpin.value()
        notice = self.ui.noticeSpin.value()
        problems = svc.deadline_problems(ack, answer, notice)
        self._show(problems)
        if problems:
            return
        try:
            svc.set_deadlines(ack, answer, self.ctx.actor, notice)
        except ParishDeskError as exc:
            self._show({"ack": str(exc)})
            return
        self.saved = True
        self.accept()

    @classmethod
    def ask(cls, ctx: AppContext, parent: QWidget | None = None) -> bool:
        """True when the settings were saved."""
        dialog = cls(ctx, parent)
        return dialog.exec() == QDialog.DialogCode.Accepted and dialog.saved
