"""The case file beside the case list: what the case is, its next step as a button, and its
timeline, time limits, people, notes, documents, letters and the rules it rests on."""

from __future__ import annotations

import datetime as dt
from html import escape
from pathlib import Path

from PySide6.QtCore import Qt, QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QMenu,
    QPushButton,
    QTabWidget,
    QTextBrowser,
    QToolButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from parishdesk.domain.dispute_steps import STEP_LABELS
from parishdesk.domain.disputes import TRACKS
from parishdesk.errors import ParishDeskError
from parishdesk.gui.common import file_chooser
from parishdesk.gui.common.context import AppContext
from parishdesk.gui.common.errors import show_expected
from parishdesk.gui.disputes.dialogs import (
    ArchiveDialog,
    EscalateDialog,
    MeetingDialog,
    NoteDialog,
    PartyDialog,
)
from parishdesk.gui.disputes.step_dialog import StepDialog
from parishdesk.gui.disputes.texts import deadline_text, route_html
from parishdesk.services import letters
from parishdesk.services.disputes import bundle, case_file, steps
from parishdesk.services.disputes.case_file import CaseFile
from parishdesk.services.disputes.case_letters import CASE_LETTERS


def _d(day: dt.date | None) -> str:
    return f"{day:%d/%m/%Y}" if day else ""


def _tree(headers: tuple[str, ...], name: str) -> QTreeWidget:
    tree = QTreeWidget()
    tree.setHeaderLabels(list(headers))
    tree.setRootIsDecorated(False)
    tree.setAlternatingRowColors(True)
    tree.setWordWrap(True)
    tree.setAccessibleName(name)
    tree.header().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    tree.header().setStretchLastSection(True)
    return tree


class CaseFilePane(QWidget):
    changed = Signal(int)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.cf: CaseFile | None = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.header = QLabel()
        self.header.setWordWrap(True)
        self.header.setTextFormat(Qt.TextFormat.RichText)
        # At the top of the pane, not floating in its middle while no case is chosen.
        self.header.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(self.header)
        row = QHBoxLayout()
        self.next_button = QPushButton()
        self.next_button.setDefault(True)
        self.next_button.setAccessibleName("Next step")
        self.next_button.clicked.connect(self.next_step)
        self.other_button = QToolButton()
        self.other_button.setText("Other step")
        self.other_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.other_menu = QMenu(self.other_button)
        self.other_button.setMenu(self.other_menu)
        self.bundle_button = QPushButton("Case &bundle\u2026")
        self.bundle_button.clicked.connect(self.save_bundle)
        self.archive_button = QPushButton("Arc&hive (opened by mistake)\u2026")
        self.archive_button.clicked.connect(self.archive)
        self.meeting_button = QPushButton("&Meeting that considered it\u2026")
        self.meeting_button.clicked.connect(self.record_meeting)
        for w in (self.next_button, self.other_button, self.meeting_button):
            row.addWidget(w)
        row.addStretch(1)
        row.addWidget(self.archive_button)
        row.addWidget(self.bundle_button)
        layout.addLayout(row)
        self.tabs = QTabWidget()
        layout.addWidget(self.tabs, 1)
        self.timeline = _tree(("Date", "Step", "Date set", "What happened", "Letter"),
                              "Timeline")
        self.limits = _tree(("Time limit", "Due", "Status"), "Time limits")
        self.limits_note = QLabel()
        self.limits_note.setWordWrap(True)
        self.people = _tree(("Role", "Name"), "People in the case")
        self.notes = _tree(("Date", "Note"), "Notes")
        self.docs = _tree(("Added", "Title", "File"), "Attached documents")
        self.letter_list = _tree(("Reference", "Date", "To", "Subject", "Signed by"), "Letters")
        self.route = QTextBrowser()
        self.route.setAccessibleName("Route and rules")
        self.tabs.addTab(self.timeline, "&Timeline")
        self.tabs.addTab(self._with(self.limits, self.limits_note), "Time &limits")
        people_buttons = QWidget()
        people_row = QHBoxLayout(people_buttons)
        people_row.setContentsMargins(0, 0, 0, 0)
        people_row.addWidget(self._button("Add &person\u2026", self.add_person))
        people_row.addWidget(self._button("Take &off the case\u2026", self.remove_person))
        self.tabs.addTab(self._with(self.people, people_buttons), "&People")
        self.tabs.addTab(self._with(self.notes, self._button("Add &note\u2026", self.add_note)),
                         "N&otes")
        self.tabs.addTab(self._with(self.docs, self._button("&Attach a document\u2026",
                                                            self.attach)), "&Documents")
        letter_buttons = QWidget()
        letter_row = QHBoxLayout(letter_buttons)
        letter_row.setContentsMargins(0, 0, 0, 0)
        letter_row.addWidget(self._button("Open the &letter", self.open_letter))
        self.issue_button = QToolButton()
        self.issue_button.setText("&Issue a letter")
        self.issue_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        issue_menu = QMenu(self.issue_button)
        for key, label in CASE_LETTERS.items():
            action = issue_menu.addAction(label + "\u2026")
            action.triggered.connect(lambda _=False, k=key: self.issue_letter(k))
        self.issue_button.setMenu(issue_menu)
        letter_row.addWidget(self.issue_button)
        self.tabs.addTab(self._with(self.letter_list, letter_buttons), "L&etters")
        self.tabs.addTab(self.route, "&Route and rules")
        self.docs.itemDoubleClicked.connect(lambda *_: self.open_document())
        self.letter_list.itemDoubleClicked.connect(lambda *_: self.open_letter())
        self.clear()

    def _button(self, text: str, slot: object) -> QPushButton:
        button = QPushButton(text)
        button.clicked.connect(lambda _=False: slot())  # type: ignore[operator]
        return button

    def _with(self, main: QWidget, extra: QWidget) -> QWidget:
        holder = QWidget()
        box = QVBoxLayout(holder)
        box.addWidget(main, 1)
        row = QHBoxLayout()
        row.addWidget(extra)
        row.addStretch(1)
        box.addLayout(row)
        return holder

    # --- showing ------------------------------------------------------------------------------

    #: What the pane says while no case is chosen (the page says where to look).
    hint = "Choose a case in the list above to see its file, or press Ctrl+N for a new concern."

    def clear(self) -> None:
        self.cf = None
        self.header.setText(f"<p>{self.hint}</p>")
        for w in (self.next_button, self.other_button, self.bundle_button, self.archive_button,
                  self.meeting_button, self.tabs):
            w.setVisible(False)

    def show_case(self, case_id: int) -> None:
        cf = case_file.case_file(case_id, self.ctx.today())
        self.cf = cf
        case = cf.case
        paused = " \u2014 paused" if cf.paused else ""
        links = "".join(f"<br>Arose from: {escape(x.label)}" for x in cf.links)
        override = links + (f"<br><i>Route chosen instead of {escape(TRACKS[case.recommended_track])}"
                    f": {escape(case.override_reason)}</i>" if case.overridden else "")
        considered = "".join(f"<br>Considered at: {escape(m)}" for m in cf.meetings)
        archived = considered + (f"<br><b>Archived on {_d(case.archived_on)} as opened by mistake</b> "
                    "(the reason is in its notes)" if case.archived_on else "")
        self.header.setText(
            f"<h3 style='margin:0'>{escape(case.reference)} \u2014 {escape(case.title)}</h3>"
            f"<p style='margin:2px 0'>{escape(TRACKS[case.track])} \u00b7 "
            f"<b>{escape(cf.state_label)}</b>{paused} \u00b7 opened {_d(case.opened_on)} "
            f"\u00b7 <span style='color:#7a4b00'>Confidential</span>{override}{archived}</p>")
        live = case.archived_on is None
        for w in (self.next_button, self.other_button, self.bundle_button, self.tabs):
            w.setVisible(True)
        self.archive_button.setVisible(live)
        self.meeting_button.setVisible(live)
        self._buttons(cf)
        if not live:
            self.next_button.setEnabled(False)
            self.next_button.setText("Archived")
            self.other_button.setEnabled(False)
        self._fill(cf)

    def _buttons(self, cf: CaseFile) -> None:
        options = list(cf.next_steps)
        if cf.case.track == "informal" and options and "escalated" in options:
            options.remove("escalated")
        self.next_button.setEnabled(bool(options))
        self.next_button.setText(f"Next step: {STEP_LABELS[options[0]]}\u2026" if options
                                 else "Case closed")
        self.other_menu.clear()
        for kind in options[1:]:
            action = self.other_menu.addAction(STEP_LABELS[kind] + "\u2026")
            action.triggered.connect(lambda _=False, k=kind: self.record(k))
        if "closed" not in options and options:
            action = self.other_menu.addAction("Close the case\u2026")
            action.triggered.connect(lambda _=False: self.record("closed"))
        if cf.case.track == "informal" and "escalated" in cf.next_steps:
            action = self.other_menu.addAction("Move to a formal route\u2026")
            action.triggered.connect(self.escalate)
        self.other_button.setEnabled(not self.other_menu.isEmpty())

    def _fill(self, cf: CaseFile) -> None:
        today = self.ctx.today()
        letters_by_id = {x.id: x.reference for x in cf.letters}
        self.timeline.clear()
        for e in cf.timeline:
            QTreeWidgetItem(self.timeline, [_d(e.step.on), e.label, _d(e.step.due_on), e.detail,
                                            letters_by_id.get(e.step.letter_id or 0, "")])
        self.limits.clear()
        for d in cf.deadlines:
            item = QTreeWidgetItem(self.limits, [d.label, _d(d.due_on),
                                                 deadline_text(d, today, cf.nation)])
            item.setData(0, Qt.ItemDataRole.UserRole, d.is_overdue(today))
        self.limits_note.setText(f"\u26a0 {cf.tribunal_warning}" if cf.tribunal_warning else "")
        self.limits_note.setVisible(bool(cf.tribunal_warning))
        self.people.clear()
        for p in cf.parties:
            # A councillor is kept by name (as letters address them) and shown as the
            # register shows them.
            shown = (f"Cllr {p.name}" if p.kind == "councillor"
                     and not p.name.lower().startswith("cllr ") else p.name)
            item = QTreeWidgetItem(self.people, [p.role_label, shown])
            item.setData(0, Qt.ItemDataRole.UserRole, p.id)
        self.notes.clear()
        for n in cf.notes:
            QTreeWidgetItem(self.notes, [_d(n.on), n.text])
        self.docs.clear()
        for a in cf.attachments:
            item = QTreeWidgetItem(self.docs, [_d(a.added_on), a.title, Path(a.file_name).name])
            item.setData(0, Qt.ItemDataRole.UserRole, a.file_name)
        self.letter_list.clear()
        for x in cf.letters:
            item = QTreeWidgetItem(self.letter_list, [x.reference, _d(x.issued_on), x.recipient,
                                                      x.subject, x.signatory])
            item.setData(0, Qt.ItemDataRole.UserRole, x.id)
        self.route.setHtml(route_html(cf.route, tribunal=cf.tribunal_warning))

    def _reload(self) -> None:
        if self.cf is not None:
            case_id = self.cf.case.id
            self.show_case(case_id)
            self.changed.emit(case_id)

    # --- actions ------------------------------------------------------------------------------

    def next_step(self) -> None:
        if self.cf is not None and self.cf.next_steps:
            options = [k for k in self.cf.next_steps if k != "escalated"]
            if options:
                self.record(options[0])

    def record(self, kind: str) -> bool:
        if self.cf is None:
            return False
        done = StepDialog.ask(self.ctx, self.cf, kind, self)
        if done:
            self._reload()
        return done

    def escalate(self) -> None:
        if self.cf is not None and EscalateDialog(self.ctx, self.cf.case.id, self).exec():
            self._reload()

    def archive(self) -> bool:
        """Archive a case opened by mistake, after asking (it is never deleted)."""
        if self.cf is None or self.cf.case.archived_on is not None:
            return False
        if not ArchiveDialog(self.ctx, self.cf.case, self).exec():
            return False
        self.changed.emit(self.cf.case.id)
        return True

    def record_meeting(self) -> bool:
        if self.cf is None or not MeetingDialog(self.ctx, self.cf.case, self).exec():
            return False
        self._reload()
        return True

    def add_person(self) -> None:
        if self.cf is not None and PartyDialog(self.ctx, self.cf.case.id, self).exec():
            self._reload()

    def remove_person(self) -> None:
        item = self.people.currentItem()
        if self.cf is None or item is None:
            return
        reason, ok = QInputDialog.getText(
            self, "Take someone off the case",
            f"Why is {item.text(1)} taken off the case? (They stay in its history.)")
        if not ok:
            return
        try:
            steps.remove_party(int(item.data(0, Qt.ItemDataRole.UserRole)), self.ctx.actor,
                               reason)
        except ParishDeskError as exc:
            show_expected(self, exc)
            return
        self._reload()

    def issue_letter(self, letter_type: str) -> bool:
        if self.cf is None:
            return False
        done = StepDialog.ask(self.ctx, self.cf, "", self, letter_type)
        if done:
            self._reload()
        return done

    def add_note(self) -> None:
        if self.cf is not None and NoteDialog(self.ctx, self.cf.case.id, self).exec():
            self._reload()

    def attach(self) -> None:
        if self.cf is None:
            return
        name, _ = file_chooser.get_open_file_name(self, "Attach a document to the case")
        if not name:
            return
        try:
            steps.attach_document(self.ctx.paths, self.cf.case.id, Path(name), Path(name).stem,
                                  self.ctx.actor, self.ctx.today())
        except (ParishDeskError, OSError) as exc:
            show_expected(self, exc)
            return
        self._reload()

    def open_document(self) -> None:
        item = self.docs.currentItem()
        if item is not None:
            path = self.ctx.paths.attachments_dir / str(item.data(0, Qt.ItemDataRole.UserRole))
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))

    def open_letter(self) -> None:
        item = self.letter_list.currentItem()
        if item is None:
            return
        try:
            path = letters.stored_pdf(self.ctx.paths, int(item.data(0, Qt.ItemDataRole.UserRole)))
        except ParishDeskError as exc:
            show_expected(self, exc)
            return
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))

    def save_bundle(self) -> None:
        if self.cf is None:
            return
        suggested = self.ctx.paths.data_dir / f"{self.cf.case.reference.replace('/', '-')}.pdf"
        name, _ = file_chooser.get_save_file_name(self, "Save the case bundle (confidential)",
                                              str(suggested), "PDF files (*.pdf)")
        if not name:
            return
        try:
            out = bundle.make_bundle(self.ctx.paths, self.cf.case.id, Path(name),
                                     self.ctx.actor, self.ctx.today())
        except ParishDeskError as exc:
            show_expected(self, exc)
            return
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(out)))
