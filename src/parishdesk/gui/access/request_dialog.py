"""The form for a councillor's request to see documents, with the live recommendation."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate
from PySide6.QtWidgets import QCheckBox, QDialog, QWidget

from parishdesk.domain.access import CONTENT_CATEGORIES
from parishdesk.errors import ParishDeskError, ValidationError
from parishdesk.gui.access.text import recommendation_html
from parishdesk.gui.common import errors
from parishdesk.gui.common.context import AppContext
from parishdesk.gui.common.date_field import first_unreadable_date
from parishdesk.gui.common.field_errors import FieldErrors
from parishdesk.gui.common.rule_link import connect_why_links
from parishdesk.gui.forms.ui_access_request_dialog import Ui_AccessRequestDialog
from parishdesk.services import access
from parishdesk.services import members as member_register
from parishdesk.services.access import AccessRecord, RequestInput


def to_date(value: QDate) -> dt.date:
    """A QDate from a date field as a date; ParishDeskError if the field holds none."""
    if not value.isValid():
        raise ParishDeskError("A date cannot be read: type it as day, month and year, for "
                              "example 15/03/2024.")
    return dt.date(value.year(), value.month(), value.day())


def to_qdate(value: dt.date) -> QDate:
    return QDate(value.year, value.month, value.day)


class AccessRequestDialog(QDialog):
    """New or edited request. Saving goes through the access service."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None,
                 record: AccessRecord | None = None) -> None:
        super().__init__(parent)
        self.ctx, self.record = ctx, record
        self.saved: AccessRecord | None = None
        self.ui = Ui_AccessRequestDialog()
        self.ui.setupUi(self)
        ui = self.ui
        self.setWindowTitle(f"Edit {record.reference}" if record else "New information request")
        today = ctx.today()
        for councillor in member_register.councillors(today):
            ui.councillorCombo.addItem(councillor.display_name, councillor.id)
        ui.councillorCombo.setCurrentIndex(-1)
        ui.councillorCombo.setPlaceholderText("Choose the councillor who asked")
        ui.committeeCombo.addItem("No particular committee", None)
        for committee in member_register.committees():
            ui.committeeCombo.addItem(committee.name, committee.id)
        ui.groupCombo.addItem("")
        for group in member_register.groups():
            ui.groupCombo.addItem(group.name)
        clerk = member_register.clerk()
        for officer in member_register.officers():
            label = f"{officer.first_name} {officer.surname} ({officer.post_label})"
            ui.deciderCombo.addItem(label, officer.id)
        if clerk is not None:
            ui.deciderCombo.setCurrentIndex(max(ui.deciderCombo.findData(clerk.id), 0))
        self.content_boxes: dict[str, QCheckBox] = {}
        for key, label in CONTENT_CATEGORIES.items():
            box = QCheckBox(label, ui.contentsBox)
            box.setAccessibleName(label)
            ui.contentsLayout.addWidget(box)
            self.content_boxes[key] = box
        ui.receivedDate.set_today(lambda: today)
        ui.receivedDate.setDate(to_qdate(today))
        ui.receivedDate.setMaximumDate(to_qdate(today))
        self.field_errors = FieldErrors(
            self, {"requester": ui.councillorError, "documents": ui.documentsError,
                   "meeting": ui.meetingError, "document_group": ui.groupError,
                   "contents": ui.groupError},
            {"requester": ui.councillorCombo, "documents": ui.documentsEdit,
             "meeting": (ui.meetingEdit, ui.meetingCheck), "document_group": ui.groupCombo,
             "contents": list(self.content_boxes.values())})
        self.error_labels = self.field_errors.labels
        if record is not None:
            self._load(record)
        self._wire()
        self._sync_enabled()
        self.refresh()

    # -- filling and reading --------------------------------------------------------------
    def _load(self, r: AccessRecord) -> None:
        ui = self.ui
        index = ui.councillorCombo.findData(r.requester_id)
        if index < 0:
            ui.councillorCombo.addItem(r.requester_name, r.requester_id)
            index = ui.councillorCombo.count() - 1
        ui.councillorCombo.setCurrentIndex(index)
        ui.receivedDate.setMaximumDate(to_qdate(max(r.received_on, self.ctx.today())))
        ui.receivedDate.setDate(to_qdate(r.received_on))
        ui.documentsEdit.setPlainText(r.documents)
        ui.holderEdit.setText(r.holder)
        ui.committeeCombo.setCurrentIndex(max(ui.committeeCombo.findData(r.committee_id), 0))
        ui.meetingCheck.setChecked(r.meeting_business)
        ui.meetingEdit.setText(r.meeting)
        for key, box in self.content_boxes.items():
            box.setChecked(key in r.contents)
        ui.groupCombo.setCurrentText(r.document_group)
        ui.reasonEdit.setPlainText(r.reason)
        ui.specificCheck.setChecked(r.reason_specific)
        ui.foiCheck.setChecked(r.foi)
        if r.decider_id is not None:
            ui.deciderCombo.setCurrentIndex(max(ui.deciderCombo.findData(r.decider_id), 0))

    def _wire(self) -> None:
        ui = self.ui
        ui.councillorCombo.currentIndexChanged.connect(self.refresh)
        ui.committeeCombo.currentIndexChanged.connect(self.refresh)
        ui.receivedDate.dateChanged.connect(self.refresh)
        ui.documentsEdit.textChanged.connect(self.refresh)
        ui.meetingCheck.toggled.connect(self.refresh)
        ui.meetingEdit.textChanged.connect(self.refresh)
        ui.groupCombo.currentTextChanged.connect(self.refresh)
        ui.reasonEdit.textChanged.connect(self.refresh)
        ui.specificCheck.toggled.connect(self.refresh)
        ui.foiCheck.toggled.connect(self.refresh)
        for box in self.content_boxes.values():
            box.toggled.connect(self.refresh)
        ui.buttonBox.accepted.connect(self.save)
        ui.buttonBox.rejected.connect(self.reject)

    def _sync_enabled(self) -> None:
        ui = self.ui
        ui.meetingEdit.setEnabled(ui.meetingCheck.isChecked())
        ui.groupCombo.setEnabled(self.content_boxes["group_internal"].isChecked())

    def request_input(self) -> RequestInput | None:
        """The form as service input; None until a councillor is chosen."""
        ui = self.ui
        requester = ui.councillorCombo.currentData()
        if requester is None:
            return None
        return RequestInput(
            requester_id=int(requester), received_on=to_date(ui.receivedDate.date()),
            documents=ui.documentsEdit.toPlainText(), holder=ui.holderEdit.text(),
            committee_id=ui.committeeCombo.currentData(),
            meeting_business=ui.meetingCheck.isChecked(), meeting=ui.meetingEdit.text(),
            contents=frozenset(k for k, b in self.content_boxes.items() if b.isChecked()),
            document_group=ui.groupCombo.currentText(),
            reason=ui.reasonEdit.toPlainText(), reason_specific=ui.specificCheck.isChecked(),
            foi=ui.foiCheck.isChecked(), decider_id=ui.deciderCombo.currentData(),
        )

    # -- live recommendation ----------------------------------------------------------------
    def refresh(self) -> None:
        self._sync_enabled()
        ui = self.ui
        if not ui.receivedDate.is_acceptable():
            ui.dueValue.setText("— (the date received cannot be read yet)")
            return
        received = to_date(ui.receivedDate.date())
        due = access.preview_due(received, ui.foiCheck.isChecked())
        route = "Freedom of Information Act" if ui.foiCheck.isChecked() else "council's own time"
        ui.dueValue.setText(f"{due.strftime('%d/%m/%Y')} ({route})")
        data = self.request_input()
        if data is None:
            ui.recommendationView.setHtml(
                "<p>Choose the councillor who asked. The recommendation appears here and "
                "changes as you fill in the form.</p>")
            return
        assessment = access.recommend(data)
        ui.recommendationView.setHtml(recommendation_html(assessment))
        connect_why_links(ui.recommendationView, assessment.rules)

    def recommendation_text(self) -> str:
        return self.ui.recommendationView.toPlainText()

    # -- saving -------------------------------------------------------------------------------
    def save(self) -> None:
        if first_unreadable_date(self) is not None:
            return  # the date field says beside it what is wrong
        data = self.request_input()
        if data is None:
            self.field_errors.show({"requester": "Choose the councillor who asked."})
            return
        try:
            if self.record is None:
                self.saved = access.log_request(data, self.ctx.actor, self.ctx.today())
            else:
                self.saved = access.update_request(self.record.id, data, self.ctx.actor,
                                                   self.ctx.today())
        except ValidationError as exc:
            self.field_errors.show_error(exc)
            return
        except ParishDeskError as exc:
            errors.show_expected(self, exc)
            return
        self.accept()

    @classmethod
    def ask(cls, ctx: AppContext, parent: QWidget | None = None,
            record: AccessRecord | None = None) -> AccessRecord | None:
        dialog = cls(ctx, parent, record)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            return dialog.saved
        return None


