"""The template editor: change a letter's wording, see it filled in, save or go back.

The preview fills the template with example values through the letter
engine's own template rules, so what it shows is what a letter will say
(this build of Qt has no PDF viewer, so the preview is the subject and
paragraphs as text). A template is checked before it is saved: a missing
subject line, stray braces or a field the letter cannot fill are shown
beside the editor and nothing is written.
"""

from __future__ import annotations

import html

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListView,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPlainTextEdit,
    QSplitter,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from parishdesk.domain.letters import (
    LETTER_TYPES,
    TemplateError,
    allowed_placeholders,
    check_template,
    long_date,
    render_template,
    required_placeholders,
)
from parishdesk.gui.common import errors
from parishdesk.gui.common.button_bar import action_button, make_action
from parishdesk.gui.common.context import AppContext
from parishdesk.gui.documents.common import ERROR_STYLE
from parishdesk.services import members as member_register
from parishdesk.services import templates
from parishdesk.services.templates import TemplateProblem

KEY_ROLE = Qt.ItemDataRole.UserRole

EXAMPLE_VALUES: dict[str, str] = {
    "clerk_name": "the Clerk",
    "councillor_name": "Cllr Alex Example",
    "salutation": "Councillor Example",  # as real letters greet a councillor
    "reference": "PD/2026/0001",
    "protocol_title": "Member/Officer Protocol",
    "protocol_version": "2.0",
    "protocol_adopted": "12 May 2026",
    "return_by": "31 December 2026",
    "sent_on": "1 December 2026",
    "subject": "An example subject",
    "body": "The text the clerk writes for this letter goes here.\n\nA second paragraph.",
    "enquiry_reference": "ENQ-2026-007",
    "enquiry_summary": "the state of the bus shelter on Church Lane",
    "received_on": "3 November 2026",
    "answer_by": "17 November 2026",
    "document_description": "the tender report for the playground",
    "requested_on": "2 November 2026",
    "decided_on": "9 November 2026",
    "document_summary": "the tender report for the playground",
    "request_reference": "IR/2026/0007",
    "decision_paragraphs": "[Here ParishDesk writes the decision and the reasons, citing the "
                           "rules relied on.]\n\n[Then what the councillor may use the "
                           "information for, or how to dispute the decision and the Freedom "
                           "of Information route, as the decision requires.]",
    "matter": "the matter raised",
}


def example_values(key: str, council_name: str, today_text: str) -> dict[str, str]:
    """A value for every field the template may use, to fill the preview."""
    values = {name: EXAMPLE_VALUES.get(name, f"[{name.replace('_', ' ')}]")
              for name in allowed_placeholders(key)}
    values["council_name"] = council_name or "Your Parish Council"
    values["date"] = today_text
    return values


class TemplatesTab(QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.unsaved: dict[str, str] = {}
        self.current_key: str | None = None
        layout = QVBoxLayout(self)
        intro = QLabel("Each kind of letter has a template: a \"Subject:\" line, then paragraphs "
                       "separated by blank lines. Fields in braces, like {councillor_name}, are "
                       "filled in when the letter is written.")
        intro.setWordWrap(True)
        layout.addWidget(intro)
        split = QSplitter(Qt.Orientation.Horizontal)
        self.list = QListWidget()
        self.list.setAccessibleName("Letter templates")
        # Long names ("Written reasons for an access decision (edited)") wrap, never cut off.
        self.list.setWordWrap(True)
        self.list.setResizeMode(QListView.ResizeMode.Adjust)
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.list.setMinimumWidth(180)
        split.addWidget(self.list)

        middle = QWidget()
        middle_layout = QVBoxLayout(middle)
        middle_layout.setContentsMargins(0, 0, 0, 0)
        self.editor = QPlainTextEdit()
        self.editor.setAccessibleName("Template text")
        self.editor.setTabChangesFocus(True)
        editor_label = QLabel("&Wording:")
        editor_label.setBuddy(self.editor)
        middle_layout.addWidget(editor_label)
        middle_layout.addWidget(self.editor, 1)
        self.fields = QLabel()
        self.fields.setWordWrap(True)
        self.fields.setAccessibleName("Fields this letter can use")
        self.fields.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        middle_layout.addWidget(self.fields)
        self.problems = QLabel()
        self.problems.setStyleSheet(ERROR_STYLE)
        self.problems.setWordWrap(True)
        self.problems.setAccessibleName("Problems with the template")
        middle_layout.addWidget(self.problems)
        buttons = QHBoxLayout()
        self.save_action = make_action(self, "&Save template", "Ctrl+S", self.save,
                                       "Check and save this wording")
        self.reset_action = make_action(self, "Reset to ParishDesk's &wording", "Ctrl+Shift+W",
                                        self.reset, "Go back to the wording ParishDesk ships")
        self.save_button = action_button(self.save_action, "Save template")
        self.reset_button = action_button(self.reset_action, "Reset to ParishDesk's wording")
        self.status = QLabel()
        self.status.setAccessibleName("Template status")
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.reset_button)
        buttons.addWidget(self.status, 1)
        middle_layout.addLayout(buttons)
        split.addWidget(middle)

        preview_box = QWidget()
        preview_layout = QVBoxLayout(preview_box)
        preview_layout.setContentsMargins(0, 0, 0, 0)
        preview_layout.addWidget(QLabel("<b>Preview</b> (with example details)"))
        self.preview = QTextBrowser()
        self.preview.setAccessibleName("Preview of the letter")
        preview_layout.addWidget(self.preview, 1)
        split.addWidget(preview_box)
        split.setStretchFactor(0, 1)
        split.setStretchFactor(1, 3)
        split.setStretchFactor(2, 3)
        split.setSizes([260, 520, 480])
        split.setCollapsible(0, False)
        layout.addWidget(split, 1)

        for key in templates.template_keys():
            item = QListWidgetItem()
            item.setData(KEY_ROLE, key)
            self.list.addItem(item)
        self._label_items()
        self.list.currentItemChanged.connect(lambda *_: self._show_current())
        self.editor.textChanged.connect(self._edited)
        self.list.setCurrentRow(0)

    # -- showing -----------------------------------------------------------
    def _label_items(self) -> None:
        for i in range(self.list.count()):
            item = self.list.item(i)
            key = str(item.data(KEY_ROLE))
            label = LETTER_TYPES[key].label
            if key in self.unsaved:
                label += " (not saved)"
            elif templates.is_edited(key, self.ctx.paths.templates_dir):
                label += " (edited)"
            item.setText(label)
            item.setToolTip(label)

    def _show_current(self) -> None:
        item = self.list.currentItem()
        if item is None:
            return
        key = str(item.data(KEY_ROLE))
        self.current_key = None  # no "unsaved" bookkeeping while loading
        text = self.unsaved.get(key, templates.wording(key, self.ctx.paths.templates_dir))
        self.editor.setPlainText(text)
        self.current_key = key
        names = sorted(allowed_placeholders(key))
        self.fields.setText("Fields this letter can use: "
                            + ", ".join("{" + n + "}" for n in names))
        self.status.setText("")
        self._update_preview()

    def _edited(self) -> None:
        key = self.current_key
        if key is None:
            return
        text = self.editor.toPlainText()
        if text == templates.wording(key, self.ctx.paths.templates_dir):
            self.unsaved.pop(key, None)
        else:
            self.unsaved[key] = text
        self._label_items()
        self.status.setText("")
        self._update_preview()

    def _update_preview(self) -> None:
        key = self.current_key
        if key is None:
            return
        text = self.editor.toPlainText()
        problems = check_template(text, allowed_placeholders(key), required_placeholders(key))
        self.problems.setText(" ".join(problems))
        self.problems.setVisible(bool(problems))
        self.save_button.setEnabled(key in self.unsaved and not problems)
        self.reset_button.setEnabled(templates.is_edited(key, self.ctx.paths.templates_dir)
                                     or text != templates.shipped_wording(key))
        council = self.ctx.council.name if self.ctx.council else ""
        try:
            subject, paragraphs = render_template(
                text, example_values(key, council, long_date(self.ctx.today())))
        except TemplateError as exc:
            self.preview.setHtml(f"<p><i>No preview until the template is fixed:</i> "
                                 f"{html.escape(str(exc))}</p>")
            return
        body = "".join(f"<p>{html.escape(p).replace(chr(10), '<br>')}</p>" for p in paragraphs)
        self.preview.setHtml(
            f"<p>Dear {html.escape(EXAMPLE_VALUES['salutation'])},</p>"
            f"<p><b>{html.escape(subject)}</b></p>{body}<p>Yours sincerely,</p>"
            f"<p><br><b>{html.escape(self._signature())}</b><br>Clerk and Proper Officer</p>")

    def _signature(self) -> str:
        clerk = member_register.clerk()
        return f"{clerk.first_name} {clerk.surname}".strip() if clerk else "The Clerk"

    # -- actions -----------------------------------------------------------
    def save(self) -> bool:
        key = self.current_key
        if key is None:
            return False
        try:
            templates.save_wording(key, self.editor.toPlainText(),
                                   self.ctx.paths.templates_dir, self.ctx.actor)
        except TemplateProblem as exc:
            self.problems.setText(exc.problems["text"])
            self.problems.show()
            return False
        except OSError as exc:
            errors.show_expected(self, exc)
            return False
        self.unsaved.pop(key, None)
        self._label_items()
        self._update_preview()
        self.status.setText("Saved. New letters of this kind use this wording.")
        return True

    @classmethod
    def confirm_reset(cls, parent: QWidget, label: str) -> bool:
        answer = QMessageBox.question(
            parent, "Reset the wording?",
            f"Go back to ParishDesk's wording for the {label.lower()}? Your own wording for "
            "it will be removed.")
        return answer == QMessageBox.StandardButton.Yes

    def reset(self) -> None:
        key = self.current_key
        if key is None or not self.confirm_reset(self, LETTER_TYPES[key].label):
            return
        try:
            templates.reset_wording(key, self.ctx.paths.templates_dir, self.ctx.actor)
        except OSError as exc:
            errors.show_expected(self, exc)
            return
        self.unsaved.pop(key, None)
        self._show_current()
        self._label_items()
        self.status.setText("Back to ParishDesk's wording.")
