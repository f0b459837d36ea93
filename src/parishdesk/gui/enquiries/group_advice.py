"""The party-group advice log (GROUP-1, GROUP-2): what each group was told, who is still owed it."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QStyle,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from parishdesk.domain.enquiry_checks import CheckWarning
from parishdesk.domain.rules import rule
from parishdesk.errors import ParishDeskError, ValidationError
from parishdesk.gui.common.context import AppContext
from parishdesk.gui.common.date_field import DateField, first_unreadable_date
from parishdesk.gui.common.errors import as_plain_text, show_expected
from parishdesk.gui.common.field_errors import FieldErrors
from parishdesk.gui.forms.ui_enquiry_group_advice import Ui_RecordAdvice
from parishdesk.services import enquiries as svc
from parishdesk.services import members as register


def _qdate(day: dt.date) -> QDate:
    return QDate(day.year, day.month, day.day)


def _pydate(day: QDate) -> dt.date:
    if not day.isValid():
        raise ParishDeskError("The date cannot be read: type it as day, month and year, for "
                              "example 15/03/2024.")
    return dt.date(day.year(), day.month(), day.day())


class RecordAdviceDialog(QDialog):
    """Record advice given to one group; every other group is then listed as still to tell.

    Save records it through the service; a problem is shown beside its field."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.ui = ui = Ui_RecordAdvice()
        ui.setupUi(self)
        ui.introLabel.setText(f"{rule('GROUP-2').title}: whatever one group is told, every "
                              "other group is offered too. Give groups facts and options, "
                              "never a recommendation.")
        for group in register.groups():
            ui.groupCombo.addItem(group.name, group.id)
        ui.dateEdit.setDate(_qdate(ctx.today()))
        self.field_errors = FieldErrors(self, {"group": ui.groupError, "matter": ui.matterError},
                                        {"group": ui.groupCombo, "matter": ui.matterEdit})
        self.saved: tuple[int, CheckWarning | None] | None = None
        ui.buttons.accepted.connect(self.try_save)
        ui.buttons.rejected.connect(self.reject)

    def try_save(self) -> None:
        ui = self.ui
        group = ui.groupCombo.currentData()
        try:
            self.saved = svc.record_group_advice(
                int(group) if group is not None else 0, ui.matterEdit.text(),
                ui.summaryEdit.toPlainText(), _pydate(ui.dateEdit.date()), self.ctx.actor)
        except ValidationError as exc:
            self.field_errors.show_error(exc)
            return
        except ParishDeskError as exc:
            show_expected(self, exc)
            return
        self.accept()

    @classmethod
    def ask(cls, ctx: AppContext, parent: QWidget | None = None
            ) -> tuple[int, CheckWarning | None] | None:
        dialog = cls(ctx, parent)
        return dialog.saved if dialog.exec() == QDialog.DialogCode.Accepted else None

    def accept(self) -> None:
        if first_unreadable_date(self) is None:
            super().accept()


class GroupAdviceDialog(QDialog):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setWindowTitle("Party-group advice log")
        layout = QVBoxLayout(self)
        intro = QLabel("Advice or a report given to one party group must be offered to every "
                       "other group. Tick each group off when it has been told.")
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.table = QTableWidget(0, 5)
        self.table.setAccessibleName("Party-group advice")
        self.table.setHorizontalHeaderLabels(["Date", "Matter", "Advised", "Told",
                                              "Still to tell"])
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setStretchLastSection(True)
        layout.addWidget(self.table)
        row = QHBoxLayout()
        self.record_button = QPushButton("&Record advice…")
        self.record_button.clicked.connect(self.record)
        self.told_combo = QComboBox()
        self.told_combo.setAccessibleName("Group to mark as told")
        self.told_date = DateField(today=ctx.today)
        self.told_date.set_value(ctx.today())
        self.told_date.setAccessibleName("Date the group was told")
        self.told_button = QPushButton("Mark &told")
        self.told_button.clicked.connect(self.mark_told)
        for widget in (self.record_button, QLabel("Told:"), self.told_combo, self.told_date,
                       self.told_button):
            row.addWidget(widget)
        row.addStretch(1)
        layout.addLayout(row)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        layout.addWidget(close)
        self.table.itemSelectionChanged.connect(self._selected)
        self.resize(820, 420)
        self.refresh()

    def refresh(self) -> None:
        self.views = svc.group_advice_log()
        style = QApplication.style()
        self.table.setRowCount(len(self.views))
        for i, view in enumerate(self.views):
            told = ", ".join(f"{name} ({day.strftime('%d/%m/%Y')})" for name, day in view.told)
            values = (view.advised_on.strftime("%d/%m/%Y"), view.matter, view.advised_group,
                      told or "–", ", ".join(view.outstanding) or "Nobody: all told")
            for j, value in enumerate(values):
                item = QTableWidgetItem(value)
                if j == 4:
                    pixmap = (QStyle.StandardPixmap.SP_MessageBoxWarning if view.outstanding
                              else QStyle.StandardPixmap.SP_DialogApplyButton)
                    item.setIcon(style.standardIcon(pixmap))
                self.table.setItem(i, j, item)
        self.table.resizeColumnsToContents()
        if self.views:
            self.table.selectRow(0)
        self._selected()

    def _selected(self) -> None:
        self.told_combo.clear()
        row = self.table.currentRow()
        if 0 <= row < len(self.views):
            names = {g.name: g.id for g in register.groups()}
            for name in self.views[row].outstanding:
                self.told_combo.addItem(name, names.get(name))
        self.told_button.setEnabled(self.told_combo.count() > 0)

    def mark_told(self) -> None:
        row = self.table.currentRow()
        if not 0 <= row < len(self.views) or self.told_combo.currentData() is None:
            return
        try:
            svc.mark_group_told(self.views[row].id, int(self.told_combo.currentData()),
                                _pydate(self.told_date.date()), self.ctx.actor)
        except ParishDeskError as exc:
            show_expected(self, exc)
            return
        self.refresh()

    def record(self) -> None:
        saved = RecordAdviceDialog.ask(self.ctx, self)
        if saved is None:
            return
        _, warning = saved
        if warning is not None:
            QMessageBox.information(self, warning.title,
                                    as_plain_text(f"{warning.message}\n\n{warning.advice}"),
                                    QMessageBox.StandardButton.Ok)
        self.refresh()

    @classmethod
    def show_for(cls, ctx: AppContext, parent: QWidget | None = None) -> None:
        cls(ctx, parent).exec()


__all__ = ["GroupAdviceDialog", "RecordAdviceDialog"]
