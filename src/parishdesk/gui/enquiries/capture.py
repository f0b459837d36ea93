"""Quick capture: log an enquiry in seconds, from the keyboard, while on the phone."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QWidget

from parishdesk.domain.enquiry import CHANNEL_LABELS, KIND_LABELS, Channel, Kind
from parishdesk.domain.members import Councillor
from parishdesk.gui.common.councillor_picker import CouncillorPicker
from parishdesk.gui.common.field_errors import FieldErrors
from parishdesk.gui.forms.ui_enquiry_capture import Ui_EnquiryCapture
from parishdesk.services.enquiries import EnquiryInput


class QuickCaptureDialog(QDialog):
    """Councillor (type to complete), channel, kind, subject, text, optional wanted-by date."""

    def __init__(self, councillors: list[Councillor], received_at: dt.datetime,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_EnquiryCapture()
        self.ui.setupUi(self)
        self.received_at = received_at
        self.result_input: EnquiryInput | None = None
        ui = self.ui
        self.picker = CouncillorPicker(ui.councillorCombo, councillors)
        for channel in Channel:
            ui.channelCombo.addItem(CHANNEL_LABELS[channel], channel.value)
        ui.channelCombo.setCurrentIndex(ui.channelCombo.findData(Channel.PHONE.value))
        for kind in Kind:
            ui.kindCombo.addItem(KIND_LABELS[kind], kind.value)
        ui.kindCombo.setCurrentIndex(ui.kindCombo.findData(Kind.WORK.value))
        today = QDate(received_at.year, received_at.month, received_at.day)
        ui.requestedDate.setMinimumDate(today)
        ui.requestedDate.setDate(today.addDays(14))
        ui.requestedCheck.toggled.connect(ui.requestedDate.setEnabled)
        self.field_errors = FieldErrors(
            self, {"councillor": ui.councillorError, "subject": ui.subjectError},
            {"councillor": ui.councillorCombo, "subject": ui.subjectEdit})
        save = ui.buttons.button(QDialogButtonBox.StandardButton.Save)
        save.setDefault(True)
        save.setAutoDefault(True)
        ui.buttons.accepted.connect(self.try_save)
        ui.buttons.rejected.connect(self.reject)
        for keys in ("Ctrl+Return", "Ctrl+Enter"):
            QShortcut(QKeySequence(keys), self, self.try_save)
        ui.councillorCombo.setFocus()

    def chosen_councillor(self) -> int | None:
        return self.picker.chosen()

    def collect(self) -> tuple[EnquiryInput | None, dict[str, str]]:
        """The enquiry as typed, or the problems to show beside the fields."""
        ui = self.ui
        problems: dict[str, str] = {}
        councillor_id = self.chosen_councillor()
        if councillor_id is None:
            problems["councillor"] = "Choose a councillor from the list (type part of a name)."
        subject = ui.subjectEdit.text().strip()
        if not subject:
            problems["subject"] = "A short subject is needed, e.g. \u201cBroken bench\u201d."
        if problems:
            return None, problems
        assert councillor_id is not None
        requested = None
        if ui.requestedCheck.isChecked():
            q = ui.requestedDate.date()
            requested = dt.date(q.year(), q.month(), q.day())
        return EnquiryInput(
            councillor_id=councillor_id, received_at=self.received_at, subject=subject,
            text=ui.textEdit.toPlainText().strip(), channel=str(ui.channelCombo.currentData()),
            kind=str(ui.kindCombo.currentData()), requested_by=requested,
            not_council_business=ui.notBusinessCheck.isChecked(),
            priority_demanded=ui.priorityCheck.isChecked()), {}

    def try_save(self) -> None:
        data, problems = self.collect()
        if self.field_errors.show(problems):
            return
        assert data is not None
        self.result_input = data
        self.accept()

    @classmethod
    def ask(cls, councillors: list[Councillor], received_at: dt.datetime,
            parent: QWidget | None = None) -> EnquiryInput | None:
        dialog = cls(councillors, received_at, parent)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            return dialog.result_input
        return None
