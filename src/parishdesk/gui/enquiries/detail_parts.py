"""Pieces of the enquiry detail pane: wrapped labels, the facts and deadlines, the
protocol checks banner and the timeline. Each shows one part of an
:class:`~parishdesk.services.enquiries.EnquiryDetail` and holds no rules."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from html import escape
from pathlib import Path

from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QDesktopServices, QPixmap, QResizeEvent
from PySide6.QtWidgets import (
    QApplication,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QStyle,
    QVBoxLayout,
    QWidget,
)

from parishdesk.domain import enquiry as rules
from parishdesk.domain.enquiry import CHANNEL_LABELS, KIND_LABELS, DueState, Status
from parishdesk.domain.rules import rule
from parishdesk.errors import ParishDeskError
from parishdesk.gui.common.errors import show_expected
from parishdesk.gui.common.rule_link import connect_why_links, rule_titles_html
from parishdesk.gui.enquiries.model import state_icon
from parishdesk.paths import DataPaths
from parishdesk.services.enquiries import EnquiryDetail, WarningView

_TIMELINE_ICONS = {
    "status": QStyle.StandardPixmap.SP_ArrowRight,
    "reply": QStyle.StandardPixmap.SP_FileDialogDetailedView,
    "letter": QStyle.StandardPixmap.SP_FileIcon,
    "email": QStyle.StandardPixmap.SP_DialogSaveButton,
    "file": QStyle.StandardPixmap.SP_DirIcon,
    "warning": QStyle.StandardPixmap.SP_MessageBoxInformation,
}


def _date(day: dt.date | None) -> str:
    return day.strftime("%d/%m/%Y") if day else ""


class WrapLabel(QLabel):
    """A word-wrapped label that keeps the height its text needs inside a scroll area."""

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt override
        super().resizeEvent(event)
        needed = self.heightForWidth(self.width())
        if needed > 0 and needed != self.minimumHeight():
            self.setMinimumHeight(needed)


def wrap_label(text: str = "", bold: bool = False) -> QLabel:
    label = WrapLabel(text)
    label.setTextFormat(Qt.TextFormat.PlainText)  # records are shown as typed, never as markup
    label.setWordWrap(True)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    if bold:
        font = label.font()
        font.setBold(True)
        label.setFont(font)
    return label


class EnquiryFacts(QWidget):
    """The title, both deadlines (with an icon, not colour alone) and the enquiry's facts."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.title = wrap_label(bold=True)
        font = self.title.font()
        font.setPointSizeF(font.pointSizeF() * 1.25)
        self.title.setFont(font)
        layout.addWidget(self.title)
        due_row = QHBoxLayout()
        self.due_icon = QLabel()
        self.due_label = wrap_label()
        self.due_label.setAccessibleName("Deadline")
        due_row.addWidget(self.due_icon)
        due_row.addWidget(self.due_label, 1)
        layout.addLayout(due_row)
        ack_row = QHBoxLayout()
        self.ack_icon = QLabel()
        self.ack_icon.setFixedWidth(20)  # in line with the deadline above, icon or not
        self.ack_label = wrap_label()
        self.ack_label.setAccessibleName("Acknowledgement deadline")
        ack_row.addWidget(self.ack_icon)
        ack_row.addWidget(self.ack_label, 1)
        layout.addLayout(ack_row)
        self.form = QFormLayout()
        self.facts: dict[str, QLabel] = {}
        for key, text in (("from", "From"), ("received", "Received"), ("kind", "Kind"),
                          ("addressed", "Addressed to"), ("status", "Status"),
                          ("requested", "Wanted by"), ("copies", "Copied to"),
                          ("resident", "Resident"), ("files", "Files")):
            self.facts[key] = wrap_label()
            self.form.addRow(f"{text}:", self.facts[key])

    def show_deadlines(self, d: EnquiryDetail, state: str, today: dt.date) -> None:
        self.title.setText(f"{d.reference}: {d.subject}")
        self.due_icon.setPixmap(state_icon(state).pixmap(20, 20))
        self.due_label.setText(d.due_text + (f". Late because: {d.late_reason}"
                                             if d.late_reason else ""))
        self.ack_label.setText(rules.describe_acknowledgement(d.status, d.ack_due, today))
        late_ack = rules.acknowledgement_late(d.status, d.ack_due, today)
        self.ack_icon.setPixmap(state_icon(DueState.OVERDUE.value).pixmap(20, 20)
                                if late_ack else QPixmap())

    def show_facts(self, d: EnquiryDetail) -> None:
        f = self.facts
        f["from"].setText(d.councillor_name)
        f["received"].setText(f"{d.received_at.strftime('%d/%m/%Y %H:%M')} by "
                              f"{CHANNEL_LABELS[rules.Channel(d.channel)].lower()}")
        f["kind"].setText(KIND_LABELS[rules.Kind(d.kind)])
        f["addressed"].setText(d.addressed_to_name)
        f["status"].setText(rules.STATUS_LABELS[Status(d.status)])
        f["requested"].setText(_date(d.requested_by) or "No date given")
        f["copies"].setText("; ".join(f"{n} ({'author agreed' if ok else 'NO consent'})"
                                      for n, ok in d.copies) or "Nobody")
        f["resident"].setText(" – ".join(x for x in (d.resident_name, d.resident_contact) if x)
                              or "None")
        f["files"].setText(", ".join(name for name, _ in d.attachments) or "None")


class WarningCard(QFrame):
    """One protocol warning: rule, title, what was found, what to do, source, Dismiss."""

    def __init__(self, warning: WarningView, on_dismiss: Callable[[WarningView], None],
                 parent: QWidget | None = None,
                 on_concern: Callable[[WarningView], object] | None = None) -> None:
        super().__init__(parent)
        self.warning = warning
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setAccessibleName(f"Protocol warning: {warning.title}")
        layout = QHBoxLayout(self)
        icon = QLabel()
        pixmap = (QStyle.StandardPixmap.SP_MessageBoxInformation if warning.dismissed
                  else QStyle.StandardPixmap.SP_MessageBoxWarning)
        icon.setPixmap(QApplication.style().standardIcon(pixmap).pixmap(24, 24))
        icon.setAlignment(Qt.AlignmentFlag.AlignTop)
        layout.addWidget(icon)
        prefix = "Dismissed – " if warning.dismissed else "Warning – "
        # The rules by their plain titles, each with a "Why?" link; never their IDs.
        titles = [rule(rule_id).title for rule_id in warning.rule_ids]
        lines = [f"<b>{escape(prefix)}{escape(warning.title)}</b>", escape(warning.message),
                 f"<i>What to do:</i> {escape(warning.advice)}",
                 f"<i>The rule:</i> {rule_titles_html(titles)}",
                 f"<i>Source:</i> {escape('; '.join(dict.fromkeys(warning.sources)))}"]
        if warning.dismissed:
            lines.append(f"<i>Dismissed with the note:</i> {escape(warning.dismissal_note)}")
        self.text = wrap_label("<br>".join(lines))
        self.text.setTextFormat(Qt.TextFormat.RichText)
        connect_why_links(self.text, warning.rule_ids)
        body = QVBoxLayout()
        body.addWidget(self.text)
        layout.addLayout(body, 1)
        if not warning.dismissed:
            self.dismiss_button = QPushButton("Dis&miss…")
            self.dismiss_button.setAccessibleName(f"Dismiss warning {warning.title}")
            self.dismiss_button.clicked.connect(lambda: on_dismiss(warning))
            buttons = QVBoxLayout()
            buttons.addWidget(self.dismiss_button)
            if on_concern is not None:
                # A warning can be the first sign of a dispute: open one, linked, in Disputes.
                self.concern_button = QPushButton("Open a &concern from this…")
                self.concern_button.setAccessibleName(
                    f"Open a dispute concern from warning {warning.title}")
                self.concern_button.clicked.connect(lambda: on_concern(warning))
                buttons.addWidget(self.concern_button)
            buttons.addStretch(1)
            layout.addLayout(buttons)


class ChecksBanner(QFrame):
    """The protocol checks of the enquiry shown: a card per warning, hidden when none."""

    def __init__(self, on_dismiss: Callable[[WarningView], None],
                 parent: QWidget | None = None,
                 on_concern: Callable[[WarningView], object] | None = None) -> None:
        super().__init__(parent)
        self.on_dismiss, self.on_concern = on_dismiss, on_concern
        self.setAccessibleName("Protocol checks")
        self.cards_layout = QVBoxLayout(self)
        self.cards_layout.setContentsMargins(0, 0, 0, 0)
        self.cards: list[WarningCard] = []

    def show_warnings(self, warnings: tuple[WarningView, ...]) -> None:
        while self.cards_layout.count():
            item = self.cards_layout.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.hide()
                widget.deleteLater()
        self.cards = []
        for warning in warnings:
            card = WarningCard(warning, self.on_dismiss, self, self.on_concern)
            self.cards.append(card)
            self.cards_layout.addWidget(card)
        self.setVisible(bool(warnings))


class Timeline(QListWidget):
    """What happened to the enquiry, oldest first; activating a letter or e-mail opens it."""

    def __init__(self, paths: DataPaths, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.paths = paths
        self.detail: EnquiryDetail | None = None
        self.setAccessibleName("Timeline")
        self.setMinimumHeight(110)
        self.itemActivated.connect(self.open_item)

    def show_detail(self, d: EnquiryDetail) -> None:
        self.detail = d
        self.clear()
        style = QApplication.style()
        for entry in d.timeline:
            self.addItem(QListWidgetItem(style.standardIcon(_TIMELINE_ICONS[entry.kind]),
                                         f"{entry.at.strftime('%d/%m/%Y %H:%M')}  {entry.text}"))

    def open_item(self, item: QListWidgetItem) -> None:
        """Open the letter or e-mail draft a timeline entry refers to."""
        if self.detail is None:
            return
        text = item.text()
        for reply in self.detail.replies:
            if reply.letter_reference and reply.letter_reference in text:
                pdf = (self.paths.letters_dir / str(reply.issued_on.year if reply.issued_on
                                                    else "")
                       / f"{reply.letter_reference.replace('/', '-')}.pdf")
                QDesktopServices.openUrl(QUrl.fromLocalFile(str(pdf)))
            elif reply.eml_file and Path(reply.eml_file).name in text:
                try:  # a path read from the database stays inside the data folder
                    draft = self.paths.confined(reply.eml_file)
                except ParishDeskError as exc:
                    show_expected(self, exc)
                    return
                QDesktopServices.openUrl(QUrl.fromLocalFile(str(draft)))
