"""Protocol packs: who has acknowledged the adopted protocol, and the pack generator.

The table lists every current councillor with the adopted version, when the
pack was issued and when the signed form came back, and the state in words
(with an icon). "Record signed form returned…" takes the date from a
calendar; "Send reminder…" writes to a councillor whose form is outstanding,
and "Remind everyone outstanding…" to all of them after a confirmation. The generator makes packs for one councillor or for everyone who
has not acknowledged the current version, as one PDF each or one combined
PDF, in the background with progress and Cancel.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from PySide6.QtCore import QItemSelection, Qt, QUrl, Signal
from PySide6.QtGui import QDesktopServices, QIcon
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QStackedWidget,
    QStyle,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from parishdesk.errors import ParishDeskError
from parishdesk.gui import background, errors
from parishdesk.gui.common.pdf_preview import Choice, PdfPreviewDialog, issue_after_preview
from parishdesk.gui.context import AppContext
from parishdesk.gui.documents_common import (
    ERROR_STYLE,
    Column,
    RowsModel,
    date_edit,
    empty_state,
    fmt_date,
    from_qdate,
    make_action,
    sortable_date,
    sorted_proxy,
)
from parishdesk.gui.forms.ui_documents_pack_dialog import Ui_PackDialog
from parishdesk.services import letter_preview, letters, packs, protocol_acks, protocols
from parishdesk.services.protocol_acks import AckRow

STATE_WORDS = {"acknowledged": "Signed and returned", "issued": "Issued, not yet signed",
               "not_issued": "Not yet issued"}


class AcknowledgementsTab(QWidget):
    """The acknowledgements table with the pack generator and "signed form returned"."""

    acksChanged = Signal()  # noqa: N815 - Qt signal naming

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        style = self.style()
        icons: dict[str, QIcon] = {
            "acknowledged": style.standardIcon(QStyle.StandardPixmap.SP_DialogApplyButton),
            "issued": style.standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning),
            "not_issued": style.standardIcon(QStyle.StandardPixmap.SP_MessageBoxInformation),
        }
        columns: tuple[Column[AckRow], ...] = (
            Column("Councillor", lambda r: r.name),
            Column("Version", lambda r: r.version_label or "—"),
            Column("Pack issued", lambda r: fmt_date(r.issued_on),
                   sort_key=lambda r: sortable_date(r.issued_on)),
            Column("Form returned", lambda r: fmt_date(r.returned_on),
                   sort_key=lambda r: sortable_date(r.returned_on)),
            Column("State", lambda r: STATE_WORDS.get(r.state, r.state),
                   icon=lambda r: icons.get(r.state)),
        )
        self.model: RowsModel[AckRow] = RowsModel(columns, self)
        self.proxy = sorted_proxy(self.model, self)
        layout = QVBoxLayout(self)
        tools = QHBoxLayout()
        self.packs_action = make_action(self, "Make protocol &packs…", "Ctrl+Shift+K",
                                        self.make_packs, "Print packs for one councillor or everyone who has not "
                                        "acknowledged the protocol")
        self.returned_action = make_action(self, "Record signed form &returned…", "Ctrl+Shift+D",
                                           self.record_returned,
                                           "Record the date the signed acknowledgement came back")
        self.remind_action = make_action(self, "Send remin&der…", "Ctrl+Alt+R",
                                         self.send_reminder,
                                         "Send the selected councillor a letter reminding them "
                                         "to return the signed acknowledgement form")
        self.remind_all_action = make_action(self, "Remind every&one outstanding…",
                                             "Ctrl+Alt+E", self.remind_everyone,
                                             "Send a reminder to every councillor who was sent "
                                             "a pack but has not returned the signed form")
        self.buttons: dict[str, QPushButton] = {}
        for key, action in (("packs", self.packs_action), ("returned", self.returned_action),
                            ("remind", self.remind_action),
                            ("remind_all", self.remind_all_action)):
            button = QPushButton(action.text())
            button.setToolTip(action.toolTip())
            button.setAccessibleName(action.text().replace("&", "").rstrip("…"))
            button.clicked.connect(action.trigger)
            tools.addWidget(button)
            self.buttons[key] = button
        tools.addStretch(1)
        layout.addLayout(tools)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.summary.setAccessibleName("Acknowledgements summary")
        layout.addWidget(self.summary)
        self.table = QTableView()
        self.table.setModel(self.proxy)
        self.table.setAccessibleName("Protocol acknowledgements")
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.empty = empty_state("")
        self.stack = QStackedWidget()
        self.stack.addWidget(self.table)
        self.stack.addWidget(self.empty)
        layout.addWidget(self.stack, 1)
        self.table.selectionModel().selectionChanged.connect(self._selection_changed)
        self.refresh()

    def refresh(self) -> None:
        adopted = protocols.adopted_version()
        rows = protocol_acks.status_rows() if adopted else []
        self.model.set_rows(rows)
        if adopted is None:
            self.empty.setText("No protocol has been adopted yet, so there are no packs to "
                               "make. Adopt a version in the Protocol tab first.")
        elif not rows:
            self.empty.setText("There are no current councillors. Add them in Members, then "
                               "make their packs here (Ctrl+Shift+K).")
        self.stack.setCurrentWidget(self.table if rows else self.empty)
        waiting = sum(1 for r in rows if r.state != "acknowledged")
        if adopted is not None:
            version = f"Version {adopted.version_label}: " if adopted.version_label else ""
            self.summary.setText(
                f"{version}{len(rows) - waiting} of {len(rows)} "
                f"councillors have returned a signed form.")
        else:
            self.summary.setText("")
        self.packs_action.setEnabled(adopted is not None and bool(rows))
        self.buttons["packs"].setEnabled(self.packs_action.isEnabled())
        outstanding = any(r.state == "issued" for r in rows)
        self.remind_all_action.setEnabled(outstanding)
        self.buttons["remind_all"].setEnabled(outstanding)
        self._selection_changed(QItemSelection(), QItemSelection())

    def selected(self) -> AckRow | None:
        indexes = self.table.selectionModel().selectedRows()
        if not indexes:
            return None
        return self.model.rows[self.proxy.mapToSource(indexes[0]).row()]

    def select_person(self, person_id: int) -> None:
        for row, ack in enumerate(self.model.rows):
            if ack.person_id == person_id:
                self.table.selectRow(self.proxy.mapFromSource(self.model.index(row, 0)).row())

    def _selection_changed(self, _new: QItemSelection, _old: QItemSelection) -> None:
        row = self.selected()
        enabled = row is not None and row.state != "acknowledged"
        self.returned_action.setEnabled(enabled)
        self.buttons["returned"].setEnabled(enabled)
        waiting = row is not None and row.state == "issued"
        self.remind_action.setEnabled(waiting)
        self.buttons["remind"].setEnabled(waiting)

    # -- actions -----------------------------------------------------------
    def record_returned(self) -> None:
        row = self.selected()
        adopted = protocols.adopted_version()
        if row is None or adopted is None:
            return
        on = ReturnedDialog.ask(row, self.ctx.today(), self)
        if on is None:
            return
        try:
            protocol_acks.record_returned(row.person_id, adopted.id, on, self.ctx.actor)
        except ParishDeskError as exc:
            errors.show_expected(self, exc)
            return
        self.refresh()
        self.select_person(row.person_id)
        self.acksChanged.emit()

    def send_reminder(self) -> letters.IssuedLetterInfo | None:
        """Issue an acknowledgement reminder to the selected councillor (pack sent, form not
        back); the letter goes into the letters register."""
        row = self.selected()
        if row is None or row.state != "issued":
            return None
        try:
            sent = issue_after_preview(self, lambda: protocol_acks.send_reminder(
                self.ctx.paths, row.person_id, self.ctx.actor, self.ctx.today()), "reminder")
        except ParishDeskError as exc:
            errors.show_expected(self, exc)
            return None
        if sent is None:
            return None
        self.acksChanged.emit()
        self.tell(self, "Reminder issued",
                  f"Reminder {sent.reference} issued to {row.name}. It is in the Letters tab, "
                  "ready to print or open.")
        return sent

    def remind_everyone(self) -> list[letters.IssuedLetterInfo]:
        """After confirmation, a reminder to every councillor whose signed form is outstanding."""
        waiting = [r for r in self.model.rows if r.state == "issued"]
        if not waiting:
            return []
        if not self.confirm_remind_all(self, [r.name for r in waiting]):
            return []
        try:
            if not self._first_reminder_looks_right(waiting[0].person_id, waiting[0].name,
                                                    len(waiting)):
                return []
            sent = protocol_acks.send_reminders(self.ctx.paths, [r.person_id for r in waiting],
                                                self.ctx.actor, self.ctx.today())
        except ParishDeskError as exc:
            errors.show_expected(self, exc)
            return []
        self.acksChanged.emit()
        count = len(sent)
        self.tell(self, "Reminders issued",
                  f"{count} reminder{'s' if count != 1 else ''} issued "
                  f"({', '.join(s.reference for s in sent)}). They are in the Letters tab, "
                  "ready to print or open.")
        return sent

    def _first_reminder_looks_right(self, person_id: int, name: str, count: int) -> bool:
        """The first reminder exactly as it will go; True if the clerk says send them."""
        shown = letter_preview.preview(lambda: protocol_acks.send_reminder(
            self.ctx.paths, person_id, self.ctx.actor, self.ctx.today()))
        dialog = PdfPreviewDialog(
            shown.pdf, f"Preview: reminder {shown.reference}",
            f"The reminder to {name}, exactly as it will be issued as {shown.reference}"
            + (f"; the other {count - 1} will follow in the same form." if count > 1 else ".")
            + " Nothing is issued until you press Send.", self,
            issue_text=f"&Send {count} reminder{'s' if count != 1 else ''}")
        dialog.exec()
        return dialog.choice is Choice.ISSUE

    @classmethod
    def confirm_remind_all(cls, parent: QWidget, names: list[str]) -> bool:
        count = len(names)
        answer = QMessageBox.question(
            parent, "Remind everyone outstanding",
            errors.as_plain_text(
                f"Send a reminder letter to {count} councillor{'s' if count != 1 else ''} who "
                f"{'have' if count != 1 else 'has'} not returned the signed form?\n\n"
                + "\n".join(names)),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel)
        return answer == QMessageBox.StandardButton.Yes

    @classmethod
    def tell(cls, parent: QWidget, title: str, message: str) -> None:
        QMessageBox.information(parent, title, errors.as_plain_text(message))

    def make_packs(self) -> None:
        selected = self.selected()
        PackGenerator.ask(self.ctx, self, selected.person_id if selected else None)
        self.refresh()
        self.acksChanged.emit()


class ReturnedDialog(QDialog):
    def __init__(self, row: AckRow, today: dt.date, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle("Signed form returned")
        layout = QVBoxLayout(self)
        of_version = f" of version {row.version_label}" if row.version_label else ""
        intro = QLabel(f"When did {row.name}'s signed acknowledgement{of_version} come back?")
        intro.setTextFormat(Qt.TextFormat.PlainText)  # a councillor's name, not markup
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.date = date_edit(today, "Date the signed form came back")
        self.date.setMaximumDate(self.date.date())
        label = QLabel("&Returned on:")
        label.setBuddy(self.date)
        row_layout = QHBoxLayout()
        row_layout.addWidget(label)
        row_layout.addWidget(self.date)
        row_layout.addStretch(1)
        layout.addLayout(row_layout)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText("&Record")
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    @classmethod
    def ask(cls, row: AckRow, today: dt.date, parent: QWidget | None = None) -> dt.date | None:
        dialog = cls(row, today, parent)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        return from_qdate(dialog.date.date())


@dataclass(frozen=True)
class PackRequest:
    person_ids: tuple[int, ...]
    combined: bool
    out: Path


class PackGenerator(QDialog):
    """Choose who and how; Make runs in the background; afterwards offers the folder."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None,
                 person_id: int | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.ui = Ui_PackDialog()
        self.ui.setupUi(self)
        self.made: list[Path] = []
        self.running = False
        rows = protocol_acks.status_rows()
        self.waiting = protocol_acks.not_yet_acknowledged()
        adopted = protocols.adopted_version()
        version = (f" (version {adopted.version_label})" if adopted and adopted.version_label
                   else "")
        self.ui.introLabel.setText(
            f"Each pack holds a cover letter (kept in the letters register), a contents page, "
            f"the adopted protocol{version}, a one-page summary, key contacts and "
            "an acknowledgement form. The date each pack is issued is recorded.")
        names = {r.person_id: r.name for r in rows}
        waiting_names = [names.get(p, str(p)) for p in self.waiting]
        self.ui.everyoneLabel.setText(
            f"{len(self.waiting)} councillor{'s' if len(self.waiting) != 1 else ''}: "
            + (", ".join(waiting_names) if waiting_names else "everyone has acknowledged it."))
        for r in rows:
            self.ui.councillorCombo.addItem(r.name, r.person_id)
        if person_id is not None:
            self.ui.councillorCombo.setCurrentIndex(
                max(0, self.ui.councillorCombo.findData(person_id)))
            self.ui.oneRadio.setChecked(True)
        elif not self.waiting:
            self.ui.oneRadio.setChecked(True)
        self.ui.everyoneRadio.setEnabled(bool(self.waiting))
        self.ui.errorLabel.setStyleSheet(ERROR_STYLE)
        self.ui.errorLabel.hide()
        ok = self.ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText("&Make packs")
        self.ui.buttonBox.accepted.connect(self.start)
        self.ui.buttonBox.rejected.connect(self.reject)
        self.ui.browseButton.clicked.connect(self.browse)
        for radio in (self.ui.eachRadio, self.ui.combinedRadio):
            radio.toggled.connect(lambda _on: self._suggest_target())
        self._suggest_target()

    def _suggest_target(self) -> None:
        folder = packs.packs_dir(self.ctx.paths)
        current = self.ui.whereEdit.text().strip()
        suggested = {str(folder), str(folder / f"protocol-packs-{self.ctx.today().isoformat()}.pdf")}
        if current and current not in suggested:
            return
        if self.ui.combinedRadio.isChecked():
            self.ui.whereEdit.setText(
                str(folder / f"protocol-packs-{self.ctx.today().isoformat()}.pdf"))
        else:
            self.ui.whereEdit.setText(str(folder))

    def browse(self) -> None:
        current = self.ui.whereEdit.text().strip()
        if self.ui.combinedRadio.isChecked():
            name, _ = QFileDialog.getSaveFileName(self, "Save the combined packs as", current,
                                                  "PDF files (*.pdf)")
        else:
            name = QFileDialog.getExistingDirectory(self, "Save the packs in", current)
        if name:
            self.ui.whereEdit.setText(name)

    def request(self) -> PackRequest | None:
        if self.ui.oneRadio.isChecked():
            data = self.ui.councillorCombo.currentData()
            ids: tuple[int, ...] = (int(data),) if data is not None else ()
        else:
            ids = tuple(self.waiting)
        if not ids:
            self._fail("Choose a councillor: everyone has already acknowledged this version.")
            return None
        where = self.ui.whereEdit.text().strip()
        if not where:
            self._fail("Choose where to save the packs.")
            return None
        out = Path(where)
        if self.ui.combinedRadio.isChecked() and out.suffix.lower() != ".pdf":
            out = out.with_suffix(".pdf")
        return PackRequest(ids, self.ui.combinedRadio.isChecked(), out)

    def _fail(self, message: str) -> None:
        self.ui.errorLabel.setText(message)
        self.ui.errorLabel.show()

    def start(self) -> None:
        if self.running:
            return
        request = self.request()
        if request is None:
            return
        self.ui.errorLabel.hide()
        paths, actor, today = self.ctx.paths, self.ctx.actor, self.ctx.today()
        if not self._previewed_first(request):
            return

        def work(progress: background.Progress) -> list[Path]:
            progress.update(0, len(request.person_ids), "Preparing the packs…")
            return packs.make_packs(
                paths, request.person_ids, actor, today, combined=request.combined,
                out=request.out,
                progress=lambda done, total, name: progress.update(
                    done, total, f"Made the pack for {name} ({done} of {total})"))

        self.running = True
        self.ui.buttonBox.setEnabled(False)
        background.run_in_background(self, work, self._done, self._failed,
                                     label="Making protocol packs…", cancellable=True)

    def _previewed_first(self, request: PackRequest) -> bool:
        """The first councillor's pack exactly as it will be made; True to make them all."""
        try:
            shown = letter_preview.preview_pack(self.ctx.paths, request.person_ids[0],
                                                self.ctx.today())
        except ParishDeskError as exc:
            self._fail(str(exc))
            return False
        count = len(request.person_ids)
        name = self.ui.councillorCombo.itemText(
            self.ui.councillorCombo.findData(request.person_ids[0]))
        first = f"{name}'s pack" if name else "The first pack"
        dialog = PdfPreviewDialog(
            shown.result, f"Preview: protocol pack, covering letter {shown.reference}",
            f"{first}, exactly as it will be made, with covering letter {shown.reference}"
            + (f"; {count - 1} more will follow in the same form." if count > 1 else ".")
            + " Nothing is issued until you press Make packs.", self,
            issue_text=f"&Make {count} pack{'s' if count != 1 else ''}", can_edit=True)
        dialog.exec()
        if dialog.choice is Choice.CANCEL:
            self.reject()
        return dialog.choice is Choice.ISSUE

    def _done(self, result: Any) -> None:
        self.running = False
        self.ui.buttonBox.setEnabled(True)
        self.made = list(result)
        folder = self.made[0].parent if self.made else packs.packs_dir(self.ctx.paths)
        count = len(self.made)
        self.offer_open_folder(
            self, folder, f"{count} PDF{'s' if count != 1 else ''} made in {folder}.",
            self.made)
        self.accept()

    def _failed(self, exc: BaseException) -> None:
        self.running = False
        self.ui.buttonBox.setEnabled(True)
        if isinstance(exc, background.Cancelled):
            self._fail("Cancelled. Packs already finished are kept; nothing was half-written.")
            return
        if errors.is_expected(exc):
            self._fail(str(exc))
            return
        raise exc

    @classmethod
    def offer_open_folder(cls, parent: QWidget, folder: Path, message: str,
                          made: Sequence[Path] = ()) -> None:
        """Say where the packs went; offer to open the PDF (the first of several) or the
        folder."""
        box = QMessageBox(QMessageBox.Icon.Information, "Protocol packs made", message,
                          QMessageBox.StandardButton.Close, parent)
        pdf_button = None
        if made:
            pdf_button = box.addButton("Open &PDF" if len(made) == 1 else "Open the &first PDF",
                                       QMessageBox.ButtonRole.ActionRole)
            box.setDefaultButton(pdf_button)
        open_button = box.addButton("&Open folder", QMessageBox.ButtonRole.ActionRole)
        cls.show_box(box)
        if pdf_button is not None and box.clickedButton() is pdf_button:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(made[0])))
        elif box.clickedButton() is open_button:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(folder)))

    @staticmethod
    def show_box(box: QMessageBox) -> None:
        box.exec()

    @classmethod
    def ask(cls, ctx: AppContext, parent: QWidget | None = None,
            person_id: int | None = None) -> list[Path]:
        dialog = cls(ctx, parent, person_id)
        dialog.exec()
        return dialog.made
