"""The pack generator and the "signed form returned" dialog of the protocol packs tab.

The generator makes packs for one councillor or for everyone who has not
acknowledged the current version, as one PDF each or one combined PDF, in the
background with progress and Cancel.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QVBoxLayout,
    QWidget,
)

from parishdesk.errors import ParishDeskError
from parishdesk.gui.common import background, errors, file_chooser
from parishdesk.gui.common.context import AppContext
from parishdesk.gui.common.date_field import first_unreadable_date
from parishdesk.gui.common.pdf_preview import Choice, PdfPreviewDialog
from parishdesk.gui.documents.common import ERROR_STYLE, date_edit
from parishdesk.gui.forms.ui_documents_pack_dialog import Ui_PackDialog
from parishdesk.services import letter_preview, packs, protocol_acks, protocols
from parishdesk.services.protocol_acks import AckRow


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
        return dialog.date.value()

    def accept(self) -> None:
        if first_unreadable_date(self) is None:  # else its message shows beside it
            super().accept()


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
            name, _ = file_chooser.get_save_file_name(self, "Save the combined packs as", current,
                                                  "PDF files (*.pdf)")
        else:
            name = file_chooser.get_existing_directory(self, "Save the packs in", current)
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
