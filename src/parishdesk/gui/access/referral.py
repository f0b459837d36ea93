"""Small dialogs for a request's later steps: the councillor's reason, a referral to
committee (ACCESS-8) and the committee's outcome. Built in code: each is a few fields."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from parishdesk.domain.access import COMMITTEE_OUTCOME_LABELS, COMMITTEE_OUTCOMES, referral_body
from parishdesk.errors import ParishDeskError, ValidationError
from parishdesk.gui.access.request_dialog import to_date, to_qdate
from parishdesk.gui.common.context import AppContext
from parishdesk.gui.common.date_field import DateField
from parishdesk.gui.common.field_errors import FieldErrors, error_label
from parishdesk.gui.common.rule_link import RuleLink
from parishdesk.services import access
from parishdesk.services.access import AccessRecord


def _date_edit(accessible: str) -> DateField:
    edit = DateField()
    edit.setAccessibleName(accessible)
    return edit


def _text_edit(accessible: str, placeholder: str) -> QPlainTextEdit:
    edit = QPlainTextEdit()
    edit.setAccessibleName(accessible)
    edit.setPlaceholderText(placeholder)
    edit.setTabChangesFocus(True)
    edit.setMaximumHeight(90)
    return edit


class _StepDialog(QDialog):
    """A titled form with an explanation, a plain error line and OK/Cancel."""

    def __init__(self, ctx: AppContext, record: AccessRecord,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx, self.record = ctx, record
        self.saved: AccessRecord | None = None
        layout = QVBoxLayout(self)
        self.intro = QLabel()
        self.intro.setWordWrap(True)
        layout.addWidget(self.intro)
        self.form = QFormLayout()
        layout.addLayout(self.form)
        self.error = error_label("Problem with this step")
        layout.addWidget(self.error)
        self.field_errors = FieldErrors(self, {}, general=self.error)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                        | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self._save)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.resize(520, 300)

    def explain(self, title: str, intro: str, rule_id: str = "") -> None:
        """The window's title and opening words; ``rule_id`` adds the rule the step rests
        on, by its plain title with a "Why?" link."""
        self.setWindowTitle(title)
        self.intro.setText(intro)
        if rule_id:
            self.rule_link = RuleLink(rule_id, prefix="The rule: ", bold=False)
            layout = self.layout()
            if isinstance(layout, QVBoxLayout):
                layout.insertWidget(1, self.rule_link)

    def add_field(self, key: str, caption: str, widget: QWidget) -> None:
        """A row of the form, with its problem (from the service's key) shown under it."""
        self.form.addRow(caption, widget)
        if key:
            label = error_label(f"Problem with {widget.accessibleName().lower() or key}")
            self.form.addRow("", label)
            self.field_errors.add(key, label, widget)

    def _save(self) -> None:
        try:
            self.saved = self.apply()
        except ValidationError as exc:
            self.field_errors.show_error(exc)
            return
        except ParishDeskError as exc:
            self.field_errors.show({"": str(exc)})
            return
        self.accept()

    def apply(self) -> AccessRecord:
        """Save this step through the service. Every step dialog below defines its own."""
        raise NotImplementedError(f"{type(self).__name__} must define apply()")

    @classmethod
    def ask(cls, ctx: AppContext, record: AccessRecord,
            parent: QWidget | None = None) -> AccessRecord | None:
        dialog = cls(ctx, record, parent)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            return dialog.saved
        return None


class ReasonReceivedDialog(_StepDialog):
    def __init__(self, ctx: AppContext, record: AccessRecord,
                 parent: QWidget | None = None) -> None:
        super().__init__(ctx, record, parent)
        self.explain(f"Reason received for {record.reference}",
                     "Record the reason the councillor has now given. The request is "
                     "assessed again and the clock starts again.")
        self.reason = _text_edit("Councillor's reason", "In the councillor's words")
        self.specific = QCheckBox("The reason is &specific and tied to their duties")
        self.specific.setAccessibleName("Reason is specific and tied to their duties")
        self.on = _date_edit("Date the reason was received")
        self.on.setDate(to_qdate(ctx.today()))
        self.add_field("reason", "&Reason:", self.reason)
        self.add_field("", "", self.specific)
        self.add_field("", "Received &on:", self.on)

    def apply(self) -> AccessRecord:
        return access.justification_received(
            self.record.id, self.reason.toPlainText(), self.specific.isChecked(),
            self.ctx.actor, to_date(self.on.date()), self.ctx.today())


class ReferralDialog(_StepDialog):
    def __init__(self, ctx: AppContext, record: AccessRecord,
                 parent: QWidget | None = None) -> None:
        body = referral_body(record.committee_name or None)
        super().__init__(ctx, record, parent)
        self.explain(f"Refer {record.reference} to committee",
                     f"{record.requester_name} disputes the decision. It goes to {body}"
                     + (", whose functions the documents concern" if record.committee_name
                        else ", as no committee was named for the documents")
                     + ". Record the meeting that will hear it, so the date "
                     "can be tracked.", "ACCESS-8")
        self.referred_on = _date_edit("Date referred")
        self.referred_on.setDate(to_qdate(ctx.today()))
        self.meeting_known = QCheckBox("Meeting date &known")
        self.meeting_known.setAccessibleName("Meeting date known")
        self.meeting_known.setChecked(True)
        self.meeting_on = _date_edit("Date of the meeting that hears the referral")
        self.meeting_on.setDate(to_qdate(ctx.today()))
        self.meeting_known.toggled.connect(self.meeting_on.setEnabled)
        self.note = _text_edit("Note about the referral", "Optional: what the councillor said")
        self.form.addRow("Heard by:", QLabel(body))
        self.add_field("", "&Referred on:", self.referred_on)
        self.add_field("", "", self.meeting_known)
        self.add_field("meeting_on", "&Meeting on:", self.meeting_on)
        self.add_field("", "&Note:", self.note)

    def apply(self) -> AccessRecord:
        meeting = to_date(self.meeting_on.date()) if self.meeting_known.isChecked() else None
        return access.refer_to_committee(self.record.id, self.ctx.actor,
                                         to_date(self.referred_on.date()), self.ctx.today(),
                                         meeting_on=meeting, note=self.note.toPlainText())


class CommitteeOutcomeDialog(_StepDialog):
    def __init__(self, ctx: AppContext, record: AccessRecord,
                 parent: QWidget | None = None) -> None:
        super().__init__(ctx, record, parent)
        self.explain(f"Committee outcome for {record.reference}",
                     f"What did {record.referral_body or 'the committee'} decide?")
        self.outcome = QComboBox()
        self.outcome.setAccessibleName("Committee's outcome")
        for key in COMMITTEE_OUTCOMES:
            self.outcome.addItem(COMMITTEE_OUTCOME_LABELS[key], key)
        self.on = _date_edit("Date of the committee's decision")
        self.on.setDate(to_qdate(record.referral_meeting_on or ctx.today()))
        self.note = _text_edit("What the committee decided",
                               "Needed when the decision was varied or overturned")
        self.add_field("outcome", "&Outcome:", self.outcome)
        self.add_field("on", "&Decided on:", self.on)
        self.add_field("note", "&Details:", self.note)

    def apply(self) -> AccessRecord:
        return access.record_committee_outcome(
            self.record.id, str(self.outcome.currentData()), self.ctx.actor,
            to_date(self.on.date()), self.ctx.today(), self.note.toPlainText())
