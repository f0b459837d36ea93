"""The officer's decision on an information request, and the letter that tells the councillor."""

from __future__ import annotations

import re
from html import escape

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QPushButton,
    QSizePolicy,
    QWidget,
)

from parishdesk.domain.access import (
    DECISION_LABELS,
    DECISIONS,
    DISCLOSURE_DECISIONS,
    is_override,
)
from parishdesk.domain.rules import rule
from parishdesk.errors import ParishDeskError, ValidationError
from parishdesk.gui.access.request_dialog import to_date, to_qdate
from parishdesk.gui.access.text import outcome_words
from parishdesk.gui.common import errors
from parishdesk.gui.common.context import AppContext
from parishdesk.gui.common.date_field import first_unreadable_date
from parishdesk.gui.common.field_errors import FieldErrors
from parishdesk.gui.common.pdf_preview import Choice, ask_to_issue
from parishdesk.gui.common.rule_link import connect_why_links, rule_titles_html
from parishdesk.gui.forms.ui_access_decision_dialog import Ui_AccessDecisionDialog
from parishdesk.services import access, letter_preview
from parishdesk.services.access import AccessRecord, DecisionInput, DecisionResult

#: The decision the form starts on for each recommendation.
DEFAULT_DECISION = {"disclose": "disclosed_full", "justify": "justification_requested",
                    "refuse": "refused"}


OWN_REASONS_PROMPT = ("Write the reasons for this decision, one paragraph each: they go into "
                      "the letter. The recommendation's reasons argued for a different outcome.")


def paragraphs(text: str) -> tuple[str, ...]:
    """Text split at blank lines, each paragraph on one line."""
    return tuple(" ".join(p.split()) for p in re.split(r"\n\s*\n", text) if p.strip())


QWIDGETSIZE_MAX = (1 << 24) - 1


class AccessDecisionDialog(QDialog):
    def __init__(self, ctx: AppContext, record: AccessRecord,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx, self.record = ctx, record
        self.result_: DecisionResult | None = None
        self.ui = Ui_AccessDecisionDialog()
        self.ui.setupUi(self)
        ui = self.ui
        self.setWindowTitle(f"Decide {record.reference}")
        for value in (ui.requestValue, ui.recommendedValue):  # as tall as their text, no more
            value.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Maximum)
        # The reasons take any height the dialog has to spare, so there are no empty bands.
        ui.reasonsEdit.setMaximumHeight(QWIDGETSIZE_MAX)
        ui.reasonsEdit.setMinimumHeight(130)
        ui.reasonsEdit.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        ui.requestValue.setTextFormat(Qt.TextFormat.PlainText)  # the request as typed
        ui.requestValue.setText(f"{record.reference}: {record.requester_name} asks to see "
                                f"{' '.join(record.documents.split())}")
        # The rules by plain title, each with a "Why?" link to its words and source.
        ui.recommendedValue.setTextFormat(Qt.TextFormat.RichText)
        ui.recommendedValue.setText(
            f"{escape(outcome_words(record.assessment))}. The rules: "
            + rule_titles_html([rule(r).title for r in record.assessment.rules]))
        connect_why_links(ui.recommendedValue, record.assessment.rules)
        for key in DECISIONS:
            ui.decisionCombo.addItem(DECISION_LABELS[key], key)
        ui.decisionCombo.setCurrentIndex(
            ui.decisionCombo.findData(DEFAULT_DECISION[record.assessment.outcome]))
        #: The recommendation's reasons, offered only while the decision follows it.
        self.recommended_reasons = "\n\n".join(record.assessment.reasons)
        ui.reasonsEdit.setPlainText(self.recommended_reasons)
        ui.decidedDate.set_today(ctx.today)
        ui.decidedDate.setDate(to_qdate(ctx.today()))
        ui.decidedDate.setMinimumDate(to_qdate(record.received_on))
        self.issue_button = QPushButton("&Issue letter")
        self.issue_button.setAccessibleName("Record the decision and issue the letter")
        self.record_button = QPushButton("Record &without letter")
        self.record_button.setAccessibleName("Record the decision without a letter")
        ui.buttonBox.addButton(self.issue_button, QDialogButtonBox.ButtonRole.AcceptRole)
        ui.buttonBox.addButton(self.record_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.issue_button.setDefault(True)
        self.issue_button.clicked.connect(lambda: self.decide(issue_letter=True))
        self.record_button.clicked.connect(lambda: self.decide(issue_letter=False))
        ui.buttonBox.rejected.connect(self.reject)
        self.field_errors = FieldErrors(
            self, {"override": ui.overrideError, "purpose": ui.purposeError,
                   "redactions": ui.redactionsError, "reasons": ui.reasonsError},
            {"override": ui.overrideEdit, "purpose": ui.purposeEdit,
             "redactions": ui.redactionsEdit, "reasons": ui.reasonsEdit},
            general=ui.errorLabel)
        self.error_labels = self.field_errors.labels
        ui.decisionCombo.currentIndexChanged.connect(self.sync)
        self.sync()

    def decision(self) -> str:
        return str(self.ui.decisionCombo.currentData())

    def sync(self) -> None:
        """Show only the fields this decision needs; the override reason only on an override."""
        ui, decision = self.ui, self.decision()
        disclosure = decision in DISCLOSURE_DECISIONS
        for widget in (ui.purposeLabel, ui.purposeEdit, ui.conditionsLabel, ui.conditionsEdit):
            widget.setVisible(disclosure)
        for widget in (ui.redactionsLabel, ui.redactionsEdit):
            widget.setVisible(decision == "disclosed_part")
        override = is_override(self.record.assessment, decision)
        ui.overrideLabel.setVisible(override)
        ui.overrideEdit.setVisible(override)
        self.sync_reasons(follows=not override and decision != "not_held")
        self.field_errors.clear()

    def sync_reasons(self, follows: bool) -> None:
        """Offer the recommendation's reasons only for a decision that follows it: they
        argue for the recommended outcome, so they must not slip into a letter saying
        something else. Reasons the officer has written themselves are never touched."""
        edit = self.ui.reasonsEdit
        text = edit.toPlainText().strip()
        if follows:
            edit.setPlaceholderText("")
            if not text:
                edit.setPlainText(self.recommended_reasons)
        else:
            edit.setPlaceholderText(OWN_REASONS_PROMPT)
            if text == self.recommended_reasons.strip():
                edit.clear()

    def decision_input(self) -> DecisionInput:
        ui = self.ui
        return DecisionInput(
            decision=self.decision(), reasons=paragraphs(ui.reasonsEdit.toPlainText()),
            decided_on=to_date(ui.decidedDate.date()), purpose=ui.purposeEdit.text(),
            conditions=tuple(line.strip() for line in ui.conditionsEdit.toPlainText()
                             .splitlines() if line.strip()),
            redactions=ui.redactionsEdit.toPlainText(),
            override_reason=ui.overrideEdit.toPlainText(),
        )

    def decide(self, issue_letter: bool) -> None:
        if first_unreadable_date(self) is not None:
            return  # the date field says beside it what is wrong
        data = self.decision_input()

        def run() -> DecisionResult:
            return access.decide_access(self.record.id, data, self.ctx.actor, self.ctx.paths,
                                        self.ctx.today(), issue_letter)

        try:
            if issue_letter:  # the decision letter as it will go first; only Issue sends it
                shown = letter_preview.preview(run)
                choice = ask_to_issue(self, shown.pdf, shown.reference, "decision letter")
                if choice is not Choice.ISSUE:
                    return  # Edit or Cancel: back to this form, everything typed kept
                self.result_ = letter_preview.issue_as_previewed(run, shown)
            else:
                self.result_ = run()
        except ValidationError as exc:
            self.field_errors.show_error(exc)
            return
        except ParishDeskError as exc:
            errors.show_expected(self, exc)
            return
        self.accept()

    @classmethod
    def ask(cls, ctx: AppContext, record: AccessRecord,
            parent: QWidget | None = None) -> DecisionResult | None:
        dialog = cls(ctx, record, parent)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            return dialog.result_
        return None
