"""The agenda editor: the meeting's details, its items in order, the summons and the
notice check (MEET-2), and the interests to expect item by item (MEET-1, MEET-5)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QFormLayout,
    QGridLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from parishdesk.domain.meetings.records import AgendaItem
from parishdesk.gui.common import file_chooser
from parishdesk.gui.common.context import AppContext
from parishdesk.gui.meetings.meeting_header import MeetingHeader
from parishdesk.gui.meetings.request_dialog import ItemRequestDialog
from parishdesk.gui.meetings.widgets import (
    ProblemsLabel,
    Saver,
    attempt,
    local_action,
)
from parishdesk.services import access
from parishdesk.services.meetings import agenda, links, table

ID_ROLE = Qt.ItemDataRole.UserRole


class AgendaEditor(QWidget):
    changed = Signal()

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.meeting_id: int | None = None
        self._loading = False
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)

        self.header = MeetingHeader(ctx)
        self.header.changed.connect(self.changed.emit)
        self.notice = self.header.notice
        layout.addWidget(self.header)

        # --- the items -------------------------------------------------------------------
        split = QSplitter(Qt.Orientation.Horizontal)
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        self.items = QListWidget()
        self.items.setAccessibleName("Agenda items in order")
        self.items.setWordWrap(True)
        self.items.setSpacing(2)
        self.items.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.items.currentRowChanged.connect(self._item_chosen)
        left_layout.addWidget(self.items)
        buttons = QGridLayout()
        for index, (text, slot) in enumerate((
                ("&Add item", self.add_item), ("Move &up", lambda: self.move_item(-1)),
                ("Move do&wn", lambda: self.move_item(1)),
                ("Councillor's &request\u2026", self.councillor_request),
                ("&Take off agenda", self.withdraw))):
            button = QPushButton(text)
            button.clicked.connect(lambda _c=False, s=slot: s())
            if index < 3:
                buttons.addWidget(button, 0, index)
            else:
                buttons.addWidget(button, 1, (index - 3) * 2 if index == 3 else 2, 1,
                                  2 if index == 3 else 1)
        left_layout.addLayout(buttons)
        split.addWidget(left)

        right = QWidget()
        right_column = QVBoxLayout(right)
        right_column.setContentsMargins(6, 0, 0, 0)
        item_form = QFormLayout()
        right_column.addLayout(item_form)
        right_column.addStretch(1)
        self.title = QLineEdit()
        self.title.setAccessibleName("Item title")
        self.papers = QPlainTextEdit()
        self.papers.setPlaceholderText("One paper or file per line")
        self.papers.setAccessibleName("Papers for the item, one per line")
        self.papers.setMaximumHeight(70)
        self.attach_button = QPushButton("Attach a &file\u2026")
        self.attach_button.setToolTip("Copy a paper into the data folder and list it here")
        self.attach_button.clicked.connect(lambda: self.attach())
        self.decision = QCheckBox("A decision is expected")
        self.confidential = QCheckBox("Confidential (the public will be asked to leave)")
        self.reason = QLineEdit()
        self.reason.setPlaceholderText("Why, e.g. staff matters, legal advice")
        self.reason.setAccessibleName("Reason the item is confidential")
        self.requested = QLabel()
        self.requested.setWordWrap(True)
        self.item_problems = ProblemsLabel()
        self.interests = QLabel()
        self.interests.setWordWrap(True)
        self.interests.setTextFormat(Qt.TextFormat.PlainText)
        item_form.addRow("T&itle:", self.title)
        item_form.addRow("Pape&rs:", self.papers)
        item_form.addRow("", self.attach_button)
        item_form.addRow("", self.decision)
        item_form.addRow("", self.confidential)
        item_form.addRow("Reason:", self.reason)
        item_form.addRow("", self.requested)
        item_form.addRow("", self.item_problems)
        item_form.addRow("Interests to expect:", self.interests)
        self.linked = QLabel()
        self.linked.setWordWrap(True)
        self.link_button = QPushButton("&Link an information request\u2026")
        self.link_button.setToolTip("A councillor's request to see papers for this meeting's "
                                    "business")
        self.link_button.clicked.connect(lambda: self.link_request())
        item_form.addRow("Linked records:", self.linked)
        item_form.addRow("", self.link_button)
        split.addWidget(right)
        split.setSizes([420, 600])
        layout.addWidget(split, 1)

        self.item_saver = Saver(self, self._save_item)
        for edit in (self.title, self.reason):
            edit.textEdited.connect(self.item_saver.touch)
            edit.editingFinished.connect(self.item_saver.flush)
        self.papers.textChanged.connect(self._papers_edited)
        self.decision.toggled.connect(self._box_toggled)
        self.confidential.toggled.connect(self._box_toggled)
        self.add_action = local_action(self, "Add agenda item", "Ctrl+Shift+A", self.add_item)

    # --- loading -----------------------------------------------------------------------------

    def set_meeting(self, meeting_id: int | None) -> None:
        self.flush()
        self.meeting_id = meeting_id
        self.setEnabled(meeting_id is not None)
        self.reload()

    def flush(self) -> None:
        self.header.flush()
        self.item_saver.flush()

    def reload(self, keep_item: int | None = None) -> None:
        if self.meeting_id is None:
            self.items.clear()
            return
        self._loading = True
        try:
            checks = self.header.display(self.meeting_id)
            current = keep_item if keep_item is not None else self.current_item_id()
            self.items.clear()
            self._checks = checks.items
            for number, item in enumerate(agenda.items(self.meeting_id), start=1):
                mark = " \u26a0" if item.id in checks.items else ""
                lock = " (confidential)" if item.confidential else ""
                entry = QListWidgetItem(f"{number}. {item.title}{lock}{mark}")
                entry.setData(ID_ROLE, item.id)
                self.items.addItem(entry)
            self._forecast = {f.item.id: f for f in agenda.interest_forecast(self.meeting_id)}
            found = links.linked(self.meeting_id, self.ctx.today())
            self.linked.setText("\n".join(link.label for link in found) or "None.")
        finally:
            self._loading = False
        rows = [self.items.item(i).data(ID_ROLE) for i in range(self.items.count())]
        self.items.setCurrentRow(rows.index(current) if current in rows else 0)
        self._item_chosen(self.items.currentRow())

    def current_item_id(self) -> int | None:
        entry = self.items.currentItem()
        return int(entry.data(ID_ROLE)) if entry is not None else None

    def _item_chosen(self, _row: int) -> None:
        if self._loading:
            return
        self.item_saver.flush()
        item_id = self.current_item_id()
        item = next((i for i in agenda.items(self.meeting_id or 0) if i.id == item_id), None)
        self._loading = True
        try:
            self._show_item(item)
        finally:
            self._loading = False

    def _show_item(self, item: AgendaItem | None) -> None:
        self.title.setText(item.title if item else "")
        self.title.setCursorPosition(0)
        self.papers.setPlainText("\n".join(item.papers) if item else "")
        self.decision.setChecked(bool(item and item.decision_expected))
        self.confidential.setChecked(bool(item and item.confidential))
        self.reason.setText(item.confidential_reason if item else "")
        self.reason.setEnabled(bool(item and item.confidential))
        if item and item.requested_by_id:
            who = table.names().get(item.requested_by_id, "a councillor")
            arrived = (f"papers arrived {item.papers_received_on:%d/%m/%Y}"
                       if item.papers_received_on else "papers not yet arrived")
            self.requested.setText(f"Asked for by {who}"
                                   + (f" on {item.asked_on:%d/%m/%Y}" if item.asked_on else "")
                                   + f"; {arrived}.")
        else:
            self.requested.setText("")
        item_id = item.id if item else None
        self.item_problems.show_problems(self._checks.get(item_id or 0, ()))
        forecast = self._forecast.get(item_id)
        if forecast is None or not forecast.suggestions:
            self.interests.setText("None found on the register for this item."
                                   if item and not item.standard else "")
        else:
            lines = [f"{s.name}: \u201c{s.entry}\u201d"
                     + (" (disclosable pecuniary)" if s.pecuniary else "")
                     for s in forecast.suggestions]
            if not forecast.quorum.quorate:
                lines.append("\u26a0 If they withdrew, only "
                             f"{forecast.quorum.counted} could take part, fewer than the "
                             f"quorum of {forecast.quorum.needed}: arrange dispensations "
                             "before the meeting.")
            self.interests.setText("\n".join(lines))

    # --- saving ------------------------------------------------------------------------------

    def _papers_edited(self) -> None:
        if not self._loading:
            self.item_saver.touch()

    def _box_toggled(self, _checked: bool) -> None:
        if not self._loading:
            self.reason.setEnabled(self.confidential.isChecked())
            self.item_saver.touch()
            self.item_saver.flush()

    def _save_item(self) -> None:
        item_id = self.current_item_id()
        if item_id is None:
            return
        lines = tuple(line.strip() for line in self.papers.toPlainText().splitlines())
        agenda.update_item(item_id, self.ctx.actor, title=self.title.text().strip() or "Item",
                           papers=tuple(p for p in lines if p),
                           decision_expected=self.decision.isChecked(),
                           confidential=self.confidential.isChecked(),
                           confidential_reason=self.reason.text().strip())
        self.reload(item_id)
        self.changed.emit()

    # --- actions -----------------------------------------------------------------------------

    def add_item(self, title: str = "New item") -> None:
        if self.meeting_id is None:
            return
        self.flush()
        added: list[AgendaItem] = []
        if attempt(self, lambda: added.append(agenda.add_item(self.meeting_id or 0, title,
                                                              self.ctx.actor))):
            self.reload(added[0].id)
            self.title.setFocus()
            self.title.selectAll()
            self.changed.emit()

    def move_item(self, step: int) -> None:
        item_id = self.current_item_id()
        if item_id is None:
            return
        self.flush()
        if attempt(self, lambda: agenda.move_item(item_id, step, self.ctx.actor)):
            self.reload(item_id)
            self.changed.emit()

    def withdraw(self) -> None:
        from PySide6.QtWidgets import QMessageBox

        item_id = self.current_item_id()
        if item_id is None:
            return
        answer = QMessageBox.question(self, "Take the item off the agenda?",
                                      "The item is kept in the record but no longer printed "
                                      "on the agenda. Take it off?")
        if answer == QMessageBox.StandardButton.Yes and attempt(
                self, lambda: agenda.withdraw_item(item_id, self.ctx.actor, "Taken off")):
            self.reload()
            self.changed.emit()

    def attach(self, source: Path | None = None) -> bool:
        item_id = self.current_item_id()
        if item_id is None:
            return False
        if source is None:
            chosen, _ = file_chooser.get_open_file_name(self, "Attach a paper to the item")
            if not chosen:
                return False
            source = Path(chosen)
        self.item_saver.flush()
        wanted = source
        if attempt(self, lambda: agenda.attach_paper(item_id, wanted,
                                                     self.ctx.paths.attachments_dir,
                                                     self.ctx.actor)):
            self.reload(item_id)
            self.changed.emit()
            return True
        return False

    def councillor_request(self) -> bool:
        """Log a councillor's request for an item, with when the papers arrived (ROLE-5)."""
        if self.meeting_id is None:
            return False
        councillors = {a.person_id: a.name for a in table.attendance(self.meeting_id)}
        wanted = ItemRequestDialog.ask(councillors, self.ctx.today(), self)
        if wanted is None:
            return False
        added: list[AgendaItem] = []
        if attempt(self, lambda: added.append(agenda.request_item(
                self.meeting_id or 0, wanted.councillor_id, wanted.title, wanted.asked_on,
                wanted.papers_received_on, self.ctx.actor))):
            self.reload(added[0].id)
            self.changed.emit()
            return True
        return False

    def link_request(self, request_id: int | None = None) -> bool:
        """Tie an information request to this meeting (asks which, unless given)."""
        if self.meeting_id is None:
            return False
        if request_id is None:
            records = access.list_requests(self.ctx.today())
            if not records:
                return False
            labels = [f"{r.reference} {r.requester_name}: {r.documents}" for r in records]
            chosen, ok = QInputDialog.getItem(self, "Link an information request",
                                              "Request:", labels, 0, False)
            if not ok:
                return False
            request_id = records[labels.index(chosen)].id
        wanted = request_id
        if attempt(self, lambda: links.link_access_request(self.meeting_id or 0, wanted,
                                                           self.ctx.actor, self.ctx.today())):
            self.reload(self.current_item_id())
            return True
        return False

    def issue_summons(self, path: Path | None = None) -> Path | None:
        """Save the summons and agenda PDF and record today as the day it was issued."""
        self.flush()
        issued = self.header.issue_summons(path)
        if issued is not None:
            self.reload()
        return issued
