"""Recording a step of a case, with the letter that goes with it when there is one."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from parishdesk.domain.dispute_case import letter_recipient_role
from parishdesk.domain.dispute_steps import (
    ASSESSMENT_OUTCOMES,
    STEP_DATE_MEANING,
    STEP_LABELS,
    hearing_delay_warning,
)
from parishdesk.domain.disputes import COUNCILLOR_SANCTIONS, COUNCILLORS, EMPLOYEE_OUTCOMES
from parishdesk.domain.workdays import add_working_days
from parishdesk.errors import ParishDeskError, ValidationError
from parishdesk.gui.common.context import AppContext
from parishdesk.gui.common.date_field import first_unreadable_date
from parishdesk.gui.common.pdf_preview import Choice, ask_to_issue
from parishdesk.gui.disputes.widgets import (
    beside_fields,
    date_edit,
    error_label,
    show_problems,
    to_date,
)
from parishdesk.services import letter_preview
from parishdesk.services.disputes import gate, steps
from parishdesk.services.disputes.case_file import CaseFile
from parishdesk.services.disputes.case_letters import (
    CASE_LETTERS,
    LetterRequest,
    issue_case_letter,
    step_with_letter,
)
from parishdesk.services.letters import IssuedLetterInfo

#: The letter each step usually sends, and whether it goes by default.
STEP_LETTER: dict[str, tuple[str, bool]] = {
    "acknowledged": ("case_ack", True),
    "investigation": ("case_investigation_invite", False),
    "hearing_invited": ("case_hearing_invite", True),
    "outcome_sent": ("case_outcome", True),
    "appeal_received": ("case_appeal_invite", True),
    "appeal_outcome": ("case_appeal_outcome", True),
    "sent_to_mo": ("case_mo_referral", True),
    "discussed": ("case_informal_note", False),
    "resolved": ("case_informal_note", False),
}
APPEAL_OUTCOMES = {"upheld": "Appeal upheld", "partly_upheld": "Appeal partly upheld",
                   "not_upheld": "Appeal not upheld"}
#: Which letter fields each letter asks for.
LETTER_FIELDS: dict[str, tuple[str, ...]] = {
    "case_ack": (),
    "case_investigation_invite": ("meeting_on", "time", "place", "investigator", "matter"),
    "case_hearing_invite": ("time", "place", "panel", "matter", "evidence"),
    "case_outcome": ("reasons",),
    "case_appeal_invite": ("time", "place", "panel"),
    "case_appeal_outcome": ("reasons",),
    "case_mo_referral": ("summary",),
    "case_informal_note": ("summary",),
}


def outcomes_for(cf: CaseFile, kind: str) -> dict[str, str]:
    if kind == "outcome_sent":
        return dict(EMPLOYEE_OUTCOMES) if cf.case.track == "disciplinary" else \
            dict(steps.GRIEVANCE_OUTCOMES)
    if kind == "appeal_outcome":
        return APPEAL_OUTCOMES
    if kind == "assessment":
        return dict(ASSESSMENT_OUTCOMES)
    return {}


class StepDialog(QDialog):
    """Record a step (``kind``) with its letter; or, with ``kind`` "" and a ``letter_type``,
    issue a case letter on its own (e.g. an investigation invitation to a witness)."""

    def __init__(self, ctx: AppContext, cf: CaseFile, kind: str,
                 parent: QWidget | None = None, letter_type: str = "") -> None:
        super().__init__(parent)
        self.ctx, self.cf, self.kind = ctx, cf, kind
        self.issued_path: str = ""
        today = ctx.today()
        heading = STEP_LABELS[kind] if kind else CASE_LETTERS[letter_type]
        self.setWindowTitle(f"{heading} \u2014 {cf.case.reference}")
        layout = QVBoxLayout(self)
        self.errors = error_label()
        layout.addWidget(self.errors)
        form = QFormLayout()
        layout.addLayout(form)
        self.on_edit = date_edit(today, "Date of the step")
        form.addRow("&Date:", self.on_edit)
        self.due_edit = None
        if kind in STEP_DATE_MEANING:
            default = add_working_days(today, 5, cf.nation)
            self.due_edit = date_edit(default, STEP_DATE_MEANING[kind])
            form.addRow(f"{STEP_DATE_MEANING[kind]}:", self.due_edit)
        self.delay_note = QLabel()
        self.delay_note.setWordWrap(True)
        self.delay_note.setVisible(False)
        if kind == "hearing_invited" and self.due_edit is not None:
            form.addRow("", self.delay_note)
            self.due_edit.dateChanged.connect(lambda _d: self._check_delay())
            self.on_edit.dateChanged.connect(lambda _d: self._check_delay())
        self.outcome = QComboBox()
        self.outcome.setAccessibleName("Outcome")
        for key, label in outcomes_for(cf, kind).items():
            self.outcome.addItem(label, key)
        if self.outcome.count():
            form.addRow("&Outcome:", self.outcome)
        self.sanction = QComboBox()
        self.sanction.setAccessibleName("Action proposed about the councillor")
        if kind in ("outcome_sent", "finding", "appeal_outcome") and cf.case.about in COUNCILLORS:
            self.sanction.addItem("None", "")
            for key, label in COUNCILLOR_SANCTIONS.items():
                self.sanction.addItem(label, key)
            form.addRow("Action about the &councillor:", self.sanction)
        self.detail = QPlainTextEdit()
        self.detail.setAccessibleName("What happened")
        self.detail.setPlaceholderText("What happened, briefly (kept in the confidential case "
                                       "file)")
        self.detail.setFixedHeight(70)
        if kind:
            form.addRow("&What happened:", self.detail)
        else:
            self.on_edit.setAccessibleName("Date of the letter")

        self.letter_type, default_on = STEP_LETTER.get(kind, (letter_type, bool(letter_type)))
        self.send = QCheckBox()
        self.fields: dict[str, QWidget] = {}
        if self.letter_type:
            self.send.setText(f"&Issue the letter: {CASE_LETTERS[self.letter_type].lower()}")
            self.send.setChecked(default_on)
            if kind:
                layout.addWidget(self.send)
            self.letter_box = QGroupBox("The letter")
            letter_form = QFormLayout(self.letter_box)
            self._letter_fields(letter_form)
            layout.addWidget(self.letter_box)
            self.send.toggled.connect(self.letter_box.setEnabled)
            self.letter_box.setEnabled(default_on)
            signer = {"clerk": "the Clerk", "chair": "the Chair of the council",
                      "staffing_chair": "the chair of the staffing committee"}.get(cf.signer)
            note = QLabel(f"It goes out in the name of {signer}." if signer
                          else cf.signer_problem)
            note.setWordWrap(True)
            letter_form.addRow(note)
        layout.addStretch(1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText("&Record")
        buttons.accepted.connect(self.record)
        buttons.rejected.connect(self.reject)
        self.buttons = buttons
        layout.addWidget(buttons)
        self.beside = beside_fields(self, {
            "on": self.on_edit, **({"due_on": self.due_edit} if self.due_edit else {}),
            "outcome": self.outcome, "sanction": self.sanction, **self.fields,
            **({"meeting_on": self.due_edit} if self.due_edit and "meeting_on" not in
               self.fields else {})})
        self.resize(560, self.sizeHint().height())

    def _check_delay(self) -> None:
        assert self.due_edit is not None
        if not (self.on_edit.is_acceptable() and self.due_edit.is_acceptable()):
            return  # half-typed: the warning waits for two dates
        text = hearing_delay_warning(to_date(self.on_edit), to_date(self.due_edit),
                                     gate.load_settings(), self.cf.nation)
        self.delay_note.setText(f"\u26a0 {text}" if text else "")
        self.delay_note.setVisible(bool(text))

    def _letter_fields(self, form: QFormLayout) -> None:
        self.recipient = QComboBox()
        self.recipient.setAccessibleName("Letter to")
        role = letter_recipient_role(self.letter_type, self.cf.case.track, self.cf.case.about,
                                     self.cf.case.raised_by)
        if role == "mo":
            self.recipient.addItem("The Monitoring Officer (from the council's details)", None)
        else:
            for party in self.cf.parties:
                self.recipient.addItem(f"{party.name} ({party.role_label.lower()})", party.id)
            usual = next((i for i, p in enumerate(self.cf.parties) if p.role == role), 0)
            self.recipient.setCurrentIndex(usual)
        form.addRow("&To:", self.recipient)
        wanted = LETTER_FIELDS[self.letter_type]
        labels = {"meeting_on": "Meeting on", "time": "Time", "place": "Place",
                  "investigator": "Investigator", "panel": "Heard by", "matter": "About",
                  "evidence": "The case and the evidence", "reasons": "Reasons",
                  "summary": "Summary"}
        for name in wanted:
            widget: QWidget
            if name == "meeting_on":
                widget = date_edit(add_working_days(self.ctx.today(), 3, self.cf.nation),
                                   labels[name])
            elif name in ("evidence", "reasons", "summary"):
                edit = QPlainTextEdit()
                edit.setFixedHeight(80)
                if name == "summary":
                    edit.setPlainText(self.cf.case.account)
                widget = edit
            else:
                line = QLineEdit()
                if name == "time":
                    line.setPlaceholderText("e.g. 10.00 am")
                if name == "panel":
                    judges = [p.name for p in self.cf.parties if p.role == "decision_maker"]
                    line.setText(" and ".join(judges))
                widget = line
            widget.setAccessibleName(labels[name])
            form.addRow(f"{labels[name]}:", widget)
            self.fields[name] = widget

    def _text(self, name: str) -> str:
        widget = self.fields.get(name)
        if isinstance(widget, QLineEdit):
            return widget.text()
        if isinstance(widget, QPlainTextEdit):
            return widget.toPlainText()
        return ""

    def request(self) -> LetterRequest:
        meeting = self.fields.get("meeting_on")
        meeting_on = to_date(meeting) if meeting is not None else (  # type: ignore[arg-type]
            to_date(self.due_edit) if self.due_edit is not None else None)
        return LetterRequest(
            self.letter_type, to_date(self.on_edit), meeting_on=meeting_on,
            time=self._text("time"), place=self._text("place"), panel=self._text("panel"),
            matter=self._text("matter"), evidence=self._text("evidence"),
            outcome=str(self.outcome.currentData() or ""), reasons=self._text("reasons"),
            summary=self._text("summary"), investigator=self._text("investigator"),
            recipient_party_id=self.recipient.currentData() if self.letter_type else None)

    def record(self) -> None:
        if first_unreadable_date(self) is not None:
            return  # the date field says beside it what is wrong
        due = to_date(self.due_edit) if self.due_edit is not None else None
        outcome = str(self.outcome.currentData() or "")
        sanction = str(self.sanction.currentData() or "")
        def run() -> IssuedLetterInfo:
            request = self.request()
            if not self.kind:
                return issue_case_letter(self.ctx.paths, self.cf.case.id, request,
                                         self.ctx.actor, self.ctx.today())
            return step_with_letter(self.ctx.paths, self.cf.case.id, self.kind, request,
                                    self.ctx.actor, self.ctx.today(), due_on=due,
                                    outcome=outcome, detail=self.detail.toPlainText(),
                                    sanction=sanction)

        try:
            if not self.kind or (self.letter_type and self.send.isChecked()):
                # The letter exactly as it will go first; only Issue records and sends it.
                shown = letter_preview.preview(run)
                choice = ask_to_issue(self, shown.pdf, shown.reference)
                if choice is not Choice.ISSUE:
                    return  # Edit or Cancel: back to this form, everything typed kept
                self.issued_path = str(letter_preview.issue_as_previewed(run, shown).pdf_path)
            else:
                steps.record_step(self.cf.case.id, self.kind, to_date(self.on_edit),
                                  self.ctx.actor, self.ctx.today(), due_on=due,
                                  outcome=outcome, detail=self.detail.toPlainText(),
                                  sanction=sanction)
        except ValidationError as exc:
            show_problems(self.errors, exc.problems, self.beside)
            self.adjustSize()
            return
        except ParishDeskError as exc:
            show_problems(self.errors, {"": str(exc)}, self.beside)
            return
        self.accept()

    @classmethod
    def ask(cls, ctx: AppContext, cf: CaseFile, kind: str, parent: QWidget | None = None,
            letter_type: str = "") -> bool:
        return cls(ctx, cf, kind, parent, letter_type).exec() == QDialog.DialogCode.Accepted
