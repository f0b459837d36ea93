"""Protocol packs: who has acknowledged the adopted protocol.

The table lists every current councillor with the adopted version, when the
pack was issued and when the signed form came back, and the state in words
(with an icon). "Record signed form returned…" takes the date from a
calendar; "Send reminder…" writes to a councillor whose form is outstanding,
and "Remind everyone outstanding…" to all of them after a confirmation. The
packs themselves are made by the generator in :mod:`.pack_dialogs`.
"""

from __future__ import annotations

from PySide6.QtCore import QItemSelection, Qt, Signal
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import (
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QStackedWidget,
    QStyle,
    QVBoxLayout,
    QWidget,
)

from parishdesk.errors import ParishDeskError
from parishdesk.gui.common import errors
from parishdesk.gui.common.button_bar import add_action_buttons, make_action
from parishdesk.gui.common.context import AppContext
from parishdesk.gui.common.pdf_preview import Choice, PdfPreviewDialog, issue_after_preview
from parishdesk.gui.common.tables import ReadOnlyTable
from parishdesk.gui.documents.common import (
    Column,
    RowsModel,
    empty_state,
    fmt_date,
    sortable_date,
    sorted_proxy,
)
from parishdesk.gui.documents.pack_dialogs import PackGenerator, ReturnedDialog
from parishdesk.services import letter_preview, letters, protocol_acks, protocols
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
        self.buttons = add_action_buttons(tools, (
            ("packs", self.packs_action),
            ("returned", self.returned_action),
            ("remind", self.remind_action),
            ("remind_all", self.remind_all_action)), stretch=True)
        layout.addLayout(tools)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.summary.setAccessibleName("Acknowledgements summary")
        layout.addWidget(self.summary)
        self.table = ReadOnlyTable("Protocol acknowledgements", self.proxy, wrap=True,
                                   resize=QHeaderView.ResizeMode.ResizeToContents)
        self.table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
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
