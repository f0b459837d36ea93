"""The full enquiry form: every field of an enquiry, for a new one or to edit one.

Quick capture (Ctrl+N) stays the fast way in; this form (Ctrl+Shift+N, and
Edit enquiry… on Ctrl+E) adds the received time, who it was addressed to, the
Clerk's assignment and priority, copies with consent, a resident and files.
Saving goes through ``services.enquiries.save_enquiry`` in one transaction.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtCore import QDate, QDateTime, Qt, QTime, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QListWidgetItem,
    QTableWidgetItem,
    QWidget,
)

from parishdesk.domain.enquiry import (
    CHANNEL_LABELS,
    KIND_LABELS,
    PRIORITY_LABELS,
    Channel,
    Kind,
    Priority,
)
from parishdesk.domain.members import Councillor, Officer
from parishdesk.errors import ParishDeskError, ValidationError
from parishdesk.gui.common import file_chooser
from parishdesk.gui.common.context import AppContext
from parishdesk.gui.common.councillor_picker import CouncillorPicker
from parishdesk.gui.common.date_field import first_unreadable_date
from parishdesk.gui.common.field_errors import FieldErrors
from parishdesk.gui.forms.ui_enquiry_form import Ui_EnquiryForm
from parishdesk.services import enquiries as svc
from parishdesk.services import members as members_svc
from parishdesk.services.enquiries import CopyInput, EnquiryDetail, EnquiryInput, Saved

PATH_ROLE = Qt.ItemDataRole.UserRole + 1


def _officer_label(officer: Officer) -> str:
    return f"{officer.first_name} {officer.surname} ({officer.post_label})"


def _is_clerk(officer: Officer) -> bool:
    return officer.is_clerk or officer.is_proper_officer


class EnquiryFormDialog(QDialog):
    """Log a new enquiry (``detail`` None) or change one; ``saved`` is set after Save."""

    def __init__(self, ctx: AppContext, detail: EnquiryDetail | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.detail = detail
        self.saved: Saved | None = None
        self.new_files: list[Path] = []
        self.ui = Ui_EnquiryForm()
        self.ui.setupUi(self)
        today = ctx.today()
        self.councillors: list[Councillor] = [
            c for c in members_svc.councillors(today, include_former=detail is not None)
            if c.is_current(today) or (detail is not None and c.id == detail.councillor_id)
            or (detail is not None and c.id in {x.councillor_id for x in detail.copy_inputs})]
        self.officers = members_svc.officers()
        self._fill_lists()
        self._connect()
        if detail is None:
            self.setWindowTitle("New enquiry")
            self._set_received(ctx.now().replace(second=0, microsecond=0))
        else:
            self.setWindowTitle(f"Edit enquiry {detail.reference}")
            self._load(detail)
        self._acting_changed()
        ui = self.ui
        self.field_errors = FieldErrors(
            self, {"councillor": ui.councillorError, "received": ui.receivedError,
                   "subject": ui.subjectError, "requested": ui.requestedError},
            {"councillor": ui.councillorCombo, "received": ui.receivedEdit,
             "subject": ui.subjectEdit, "requested": (ui.requestedDate, ui.requestedCheck)},
            general=ui.formError)
        for label in self.field_errors.labels.values():
            font = label.font()
            font.setBold(True)
            label.setFont(font)
        self.ui.councillorCombo.setFocus()

    # --- setting up ---------------------------------------------------------------------

    def _fill_lists(self) -> None:
        ui = self.ui
        self.picker = CouncillorPicker(ui.councillorCombo, self.councillors)
        for channel in Channel:
            ui.channelCombo.addItem(CHANNEL_LABELS[channel], channel.value)
        for kind in Kind:
            ui.kindCombo.addItem(KIND_LABELS[kind], kind.value)
        ui.kindCombo.setCurrentIndex(ui.kindCombo.findData(Kind.WORK.value))
        clerk = next((o for o in self.officers if _is_clerk(o)), None)
        for officer in self.officers:
            label = _officer_label(officer)
            ui.addressedCombo.addItem(label, officer.id)
            ui.assignedCombo.addItem(label, officer.id)
            ui.actingCombo.addItem(label, officer.id)
        for combo in (ui.addressedCombo, ui.assignedCombo, ui.actingCombo):
            combo.setCurrentIndex(combo.findData(clerk.id) if clerk else 0)
        user = ui.actingCombo.findData(self.ctx.user_id)  # entered by whoever is working
        if self.ctx.user_id is not None and user >= 0:
            ui.actingCombo.setCurrentIndex(user)
        for priority in Priority:
            ui.priorityCombo.addItem(PRIORITY_LABELS[priority], priority.value)
        ui.priorityCombo.setCurrentIndex(ui.priorityCombo.findData(Priority.NORMAL.value))
        for councillor in self.councillors:
            ui.copyCombo.addItem(councillor.display_name, councillor.id)
        table = ui.copiesTable
        table.setColumnCount(2)
        table.setHorizontalHeaderLabels(["Councillor", "Author consented"])
        table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        table.horizontalHeader().setSectionResizeMode(
            1, QHeaderView.ResizeMode.ResizeToContents)
        table.verticalHeader().setVisible(False)
        today = self.ctx.today()
        ui.requestedDate.setDate(QDate(today.year, today.month, today.day).addDays(14))

    def _connect(self) -> None:
        ui = self.ui
        ui.requestedCheck.toggled.connect(ui.requestedDate.setEnabled)
        ui.actingCombo.currentIndexChanged.connect(lambda _i: self._acting_changed())
        ui.addCopyButton.clicked.connect(self.add_selected_copy)
        ui.removeCopyButton.clicked.connect(self.remove_selected_copy)
        ui.addFileButton.clicked.connect(self.add_file)
        ui.openFileButton.clicked.connect(self.open_selected_file)
        ui.filesList.itemActivated.connect(self._open_item)
        ui.buttons.accepted.connect(self.try_save)
        ui.buttons.rejected.connect(self.reject)
        save = ui.buttons.button(QDialogButtonBox.StandardButton.Save)
        save.setDefault(True)

    def _set_received(self, at: dt.datetime) -> None:
        self.ui.receivedEdit.setDateTime(QDateTime(QDate(at.year, at.month, at.day),
                                                   QTime(at.hour, at.minute)))

    def _load(self, d: EnquiryDetail) -> None:
        ui = self.ui
        self.picker.select(d.councillor_id)
        self._set_received(d.received_at)
        ui.channelCombo.setCurrentIndex(ui.channelCombo.findData(d.channel))
        ui.kindCombo.setCurrentIndex(ui.kindCombo.findData(d.kind))
        ui.subjectEdit.setText(d.subject)
        ui.textEdit.setPlainText(d.text)
        ui.requestedCheck.setChecked(d.requested_by is not None)
        if d.requested_by is not None:
            day = d.requested_by
            ui.requestedDate.setDate(QDate(day.year, day.month, day.day))
        if d.addressed_to_id is not None:
            ui.addressedCombo.setCurrentIndex(ui.addressedCombo.findData(d.addressed_to_id))
        if d.assigned_to_id is not None:
            ui.assignedCombo.setCurrentIndex(ui.assignedCombo.findData(d.assigned_to_id))
        ui.priorityCombo.setCurrentIndex(ui.priorityCombo.findData(d.priority))
        ui.notBusinessCheck.setChecked(d.not_council_business)
        ui.priorityDemandedCheck.setChecked(d.priority_demanded)
        for copy in d.copy_inputs:
            self.add_copy(copy.councillor_id, copy.consented)
        ui.residentNameEdit.setText(d.resident_name)
        ui.residentContactEdit.setText(d.resident_contact)
        for name, stored in d.attachments:
            try:  # a path read from the database stays inside the data folder
                path = self.ctx.paths.confined(stored)
            except ParishDeskError:
                continue
            item = QListWidgetItem(name)
            item.setData(PATH_ROLE, str(path))
            ui.filesList.addItem(item)

    def _acting_officer(self) -> Officer | None:
        officer_id = self.ui.actingCombo.currentData()
        return next((o for o in self.officers if o.id == officer_id), None)

    def _acting_changed(self) -> None:
        """Only the Clerk assigns work and sets its priority: the fields follow who is entering."""
        officer = self._acting_officer()
        clerk = officer is not None and _is_clerk(officer)
        self.ui.assignedCombo.setEnabled(clerk)
        self.ui.priorityCombo.setEnabled(clerk)
        self.ui.clerkNote.setText(
            "The Clerk decides who deals with an enquiry and how soon. "
            "A councillor's own view of urgency is the tick on the left, not the priority."
            if clerk else
            "Only the Clerk assigns enquiries and sets their priority; they stay as they are.")

    # --- copies and files ---------------------------------------------------------------

    def copies(self) -> tuple[CopyInput, ...]:
        table = self.ui.copiesTable
        found = []
        for row in range(table.rowCount()):
            name, consent = table.item(row, 0), table.item(row, 1)
            if name is None or consent is None:
                continue
            found.append(CopyInput(int(name.data(Qt.ItemDataRole.UserRole)),
                                   consent.checkState() == Qt.CheckState.Checked))
        return tuple(found)

    def add_copy(self, councillor_id: int, consented: bool = False) -> None:
        if councillor_id in {c.councillor_id for c in self.copies()}:
            return
        councillor = next((c for c in self.councillors if c.id == councillor_id), None)
        table = self.ui.copiesTable
        row = table.rowCount()
        table.insertRow(row)
        name = QTableWidgetItem(councillor.display_name if councillor else f"#{councillor_id}")
        name.setData(Qt.ItemDataRole.UserRole, councillor_id)
        name.setFlags(name.flags() & ~Qt.ItemFlag.ItemIsEditable)
        table.setItem(row, 0, name)
        consent = QTableWidgetItem("Yes" if consented else "No")
        consent.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsUserCheckable
                         | Qt.ItemFlag.ItemIsSelectable)
        consent.setCheckState(Qt.CheckState.Checked if consented else Qt.CheckState.Unchecked)
        consent.setData(Qt.ItemDataRole.AccessibleTextRole,
                        f"Author consented to copying {name.text()}")
        table.setItem(row, 1, consent)
        table.itemChanged.connect(self._consent_changed, Qt.ConnectionType.UniqueConnection)

    def _consent_changed(self, item: QTableWidgetItem) -> None:
        if item.column() == 1:
            text = "Yes" if item.checkState() == Qt.CheckState.Checked else "No"
            if item.text() != text:
                item.setText(text)

    def set_consent(self, councillor_id: int, consented: bool) -> None:
        table = self.ui.copiesTable
        for row in range(table.rowCount()):
            name, consent = table.item(row, 0), table.item(row, 1)
            if name is not None and consent is not None \
                    and name.data(Qt.ItemDataRole.UserRole) == councillor_id:
                consent.setCheckState(
                    Qt.CheckState.Checked if consented else Qt.CheckState.Unchecked)

    def add_selected_copy(self) -> None:
        councillor_id = self.ui.copyCombo.currentData()
        if councillor_id is not None:
            self.add_copy(int(councillor_id))

    def remove_selected_copy(self) -> None:
        table = self.ui.copiesTable
        row = table.currentRow()
        if row >= 0:
            table.removeRow(row)

    @classmethod
    def ask_file(cls, parent: QWidget) -> Path | None:
        name, _ = file_chooser.get_open_file_name(parent, "Attach a file to the enquiry")
        return Path(name) if name else None

    def add_file(self) -> None:
        source = self.ask_file(self)
        if source is None:
            return
        self.new_files.append(source)
        item = QListWidgetItem(f"{source.name} (copied in when you save)")
        item.setData(PATH_ROLE, str(source))
        self.ui.filesList.addItem(item)

    def open_selected_file(self) -> None:
        item = self.ui.filesList.currentItem()
        if item is not None:
            self._open_item(item)

    def _open_item(self, item: QListWidgetItem) -> None:
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(item.data(PATH_ROLE))))

    # --- saving -------------------------------------------------------------------------

    def chosen_councillor(self) -> int | None:
        return self.picker.chosen()

    def received_at(self) -> dt.datetime:
        q = self.ui.receivedEdit.dateTime()
        d, t = q.date(), q.time()
        return dt.datetime(d.year(), d.month(), d.day(), t.hour(), t.minute())

    def collect(self) -> tuple[EnquiryInput | None, dict[str, str]]:
        """The enquiry as entered, or the problems to show beside the fields."""
        ui = self.ui
        problems: dict[str, str] = {}
        councillor_id = self.chosen_councillor()
        if councillor_id is None:
            problems["councillor"] = "Choose a councillor from the list (type part of a name)."
        received = self.received_at()
        if received > self.ctx.now() + dt.timedelta(minutes=5):
            problems["received"] = "The time received cannot be in the future."
        subject = ui.subjectEdit.text().strip()
        if not subject:
            problems["subject"] = "A short subject is needed, e.g. \u201cBroken bench\u201d."
        requested = None
        if ui.requestedCheck.isChecked():
            requested = ui.requestedDate.value()
            if requested is None:
                problems["requested"] = ui.requestedDate.problem() or "Type the date wanted."
            elif requested < received.date():
                problems["requested"] = "The wanted-by date cannot be before the enquiry arrived."
        if problems:
            return None, problems
        assert councillor_id is not None
        return EnquiryInput(
            councillor_id=councillor_id, received_at=received, subject=subject,
            text=ui.textEdit.toPlainText().strip(), channel=str(ui.channelCombo.currentData()),
            kind=str(ui.kindCombo.currentData()), requested_by=requested,
            addressed_to_id=ui.addressedCombo.currentData(),
            not_council_business=ui.notBusinessCheck.isChecked(),
            priority_demanded=ui.priorityDemandedCheck.isChecked(), copies=self.copies(),
            resident_name=ui.residentNameEdit.text().strip(),
            resident_contact=ui.residentContactEdit.text().strip()), {}

    def try_save(self) -> None:
        if first_unreadable_date(self) is not None:
            return  # the date field says beside it what is wrong
        data, problems = self.collect()
        if self.field_errors.show(problems):
            return
        assert data is not None
        acting = self._acting_officer()
        clerk_fields = self.ui.assignedCombo.isEnabled()
        try:
            self.saved = svc.save_enquiry(
                self.ctx.paths, self.detail.id if self.detail else None, data, self.ctx.actor,
                assigned_to_id=self.ui.assignedCombo.currentData() if clerk_fields else None,
                priority=self.ui.priorityCombo.currentData() if clerk_fields else None,
                by_officer_id=acting.id if acting else None,
                new_files=tuple(self.new_files))
        except ValidationError as exc:
            self.field_errors.show_error(exc)
            return
        except (ParishDeskError, OSError) as exc:
            self.field_errors.show({"": str(exc)})
            return
        self.accept()

    @classmethod
    def ask(cls, ctx: AppContext, detail: EnquiryDetail | None = None,
            parent: QWidget | None = None) -> Saved | None:
        dialog = cls(ctx, detail, parent)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            return dialog.saved
        return None
