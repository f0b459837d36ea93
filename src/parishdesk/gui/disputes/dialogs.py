"""The Disputes area's smaller dialogs: a person in the case, a note, a change of track, and
the area's settings (time limits and the password)."""

from __future__ import annotations

from dataclasses import fields

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from parishdesk.domain.dispute_case import PARTY_ROLES, DisputeCase
from parishdesk.domain.dispute_steps import DisputeSettings
from parishdesk.domain.disputes import TRACKS
from parishdesk.errors import ParishDeskError, ValidationError
from parishdesk.gui.common.context import AppContext
from parishdesk.gui.disputes.widgets import (
    beside_fields,
    error_label,
    show_problems,
)
from parishdesk.gui.forms.ui_disputes_escalate_dialog import Ui_DisputesEscalateDialog
from parishdesk.gui.forms.ui_disputes_party_dialog import Ui_DisputesPartyDialog
from parishdesk.services import members as register
from parishdesk.services.disputes import cases, gate, steps
from parishdesk.services.disputes import meetings as case_meetings


class _Base(QDialog):
    def __init__(self, title: str, parent: QWidget | None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.layout_ = QVBoxLayout(self)
        self.errors = error_label()
        self.layout_.addWidget(self.errors)
        self.form = QFormLayout()
        self.layout_.addLayout(self.form)
        self.beside: dict[str, QLabel] = {}

    def add_field(self, name: str, label: str, widget: QWidget) -> None:
        """A field with a place for its problem just under it."""
        self.form.addRow(label, widget)
        message = error_label()
        message.setAccessibleName(f"{label.replace('&', '').rstrip(':')} problem")
        self.form.addRow("", message)
        message.field_widget = widget  # type: ignore[attr-defined]
        self.beside[name] = message

    def add_buttons(self, ok_text: str) -> None:
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(ok_text)
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        self.layout_.addWidget(buttons)

    def save(self) -> None:
        try:
            self.apply()
        except ValidationError as exc:
            show_problems(self.errors, exc.problems, self.beside)
            return
        except ParishDeskError as exc:
            show_problems(self.errors, {"": str(exc)}, self.beside)
            return
        self.accept()

    def apply(self) -> None:
        raise NotImplementedError("each dialog saves its own record")


class _FormDialog(QDialog):
    """A dialog built from a Designer form with ``errorLabel`` and ``buttons``."""

    beside: dict[str, QLabel] = {}

    def finish(self, error_label: QLabel, buttons: QDialogButtonBox, ok_text: str) -> None:
        self.errors = error_label
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(ok_text)
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)

    def save(self) -> None:
        try:
            self.apply()
        except ValidationError as exc:
            show_problems(self.errors, exc.problems, self.beside)
            return
        except ParishDeskError as exc:
            show_problems(self.errors, {"": str(exc)}, self.beside)
            return
        self.accept()

    def apply(self) -> None:
        raise NotImplementedError("each dialog saves its own record")


class PartyDialog(_FormDialog):
    """Add someone to a case: from the register, or by name (a resident, a companion)."""

    def __init__(self, ctx: AppContext, case_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_DisputesPartyDialog()
        self.ui.setupUi(self)
        self.ctx, self.case_id = ctx, case_id
        self.role, self.person, self.name = (self.ui.roleCombo, self.ui.personCombo,
                                             self.ui.nameEdit)
        for key, label in PARTY_ROLES.items():
            if key not in ("complainant", "subject"):
                self.role.addItem(label, key)
        self.person.addItem("Someone not in the register (type the name)", None)
        today = ctx.today()
        for c in register.councillors(today):
            if c.is_current(today):
                self.person.addItem(f"Cllr {c.first_name} {c.surname}",
                                    ("councillor", c.id, f"{c.first_name} {c.surname}"))
        for o in register.officers():
            self.person.addItem(f"{o.first_name} {o.surname} ({o.post})",
                                ("officer", o.id, f"{o.first_name} {o.surname}"))
        self.person.currentIndexChanged.connect(self._picked)
        self.beside = beside_fields(self, {"role": self.role, "panel": self.person,
                                           "name": self.name})
        self.finish(self.ui.errorLabel, self.ui.buttons, "&Add")

    def _picked(self) -> None:
        data = self.person.currentData()
        self.name.setText(data[2] if data else "")
        self.name.setEnabled(data is None)

    def apply(self) -> None:
        data = self.person.currentData()
        steps.add_party(self.case_id, str(self.role.currentData()), self.name.text(),
                        self.ctx.actor, self.ctx.today(),
                        kind=data[0] if data else "public",
                        person_id=data[1] if data else None)


class NoteDialog(_Base):
    def __init__(self, ctx: AppContext, case_id: int, parent: QWidget | None = None) -> None:
        super().__init__("Add a note to the case", parent)
        self.ctx, self.case_id = ctx, case_id
        self.text = QPlainTextEdit()
        self.text.setAccessibleName("Note")
        self.form.addRow(self.text)
        self.beside = beside_fields(self, {"text": self.text})
        self.add_buttons("&Add note")
        self.resize(520, 260)

    def apply(self) -> None:
        steps.add_note(self.case_id, self.text.toPlainText(), self.ctx.actor, self.ctx.today())


class EscalateDialog(_FormDialog):
    """Move an informal case to a formal track, with the reason (kept and audited)."""

    def __init__(self, ctx: AppContext, case_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_DisputesEscalateDialog()
        self.ui.setupUi(self)
        self.ctx, self.case_id = ctx, case_id
        self.track, self.reason = self.ui.trackCombo, self.ui.reasonEdit
        for key in ("grievance", "disciplinary", "code_of_conduct"):
            self.track.addItem(TRACKS[key], key)
        self.beside = beside_fields(self, {"track": self.track,
                                           "override_reason": self.reason})
        self.finish(self.ui.errorLabel, self.ui.buttons, "&Move")

    def apply(self) -> None:
        steps.escalate(self.case_id, str(self.track.currentData()),
                       self.reason.toPlainText(), self.ctx.actor, self.ctx.today())


class ArchiveDialog(_Base):
    """Archive a case opened by mistake, after saying what that means and asking why."""

    def __init__(self, ctx: AppContext, case: DisputeCase, parent: QWidget | None = None,
                 ) -> None:
        super().__init__(f"Archive case {case.reference}?", parent)
        self.ctx, self.case_id = ctx, case.id
        intro = QLabel(f"Archive case {case.reference} because it was opened by mistake? "
                       "Nothing is deleted: the case keeps its steps, letters and papers, "
                       "leaves the usual lists and can still be read under "
                       "\u201cArchived (opened by mistake)\u201d. No step can be added to it "
                       "afterwards.")
        intro.setWordWrap(True)
        self.layout_.insertWidget(0, intro)
        self.reason = QLineEdit()
        self.reason.setAccessibleName("Why it is archived")
        self.reason.setPlaceholderText("For example: opened twice for the same concern")
        self.add_field("reason", "&Why:", self.reason)
        self.add_buttons("&Archive the case")
        self.resize(560, 220)

    def apply(self) -> None:
        cases.archive_case(self.case_id, self.reason.text(), self.ctx.actor, self.ctx.today())


class MeetingDialog(_Base):
    """Record the meeting that considered the case. The meeting learns the reference only."""

    def __init__(self, ctx: AppContext, case: DisputeCase, parent: QWidget | None = None,
                 ) -> None:
        super().__init__(f"Meeting that considered {case.reference}", parent)
        self.ctx, self.case_id = ctx, case.id
        intro = QLabel("Choose the meeting that considered this case. The meeting's agenda "
                       "shows only the case reference, never what the case is about.")
        intro.setWordWrap(True)
        self.layout_.insertWidget(0, intro)
        self.meeting = QComboBox()
        self.meeting.setAccessibleName("Meeting")
        self.meeting.addItem("Choose a meeting\u2026", None)
        for m in case_meetings.meeting_choices():
            self.meeting.addItem(case_meetings.meeting_label(m), m.id)
        self.add_field("meeting", "&Meeting:", self.meeting)
        self.add_buttons("&Record")
        self.resize(560, 200)

    def apply(self) -> None:
        case_meetings.record_meeting(self.case_id, self.meeting.currentData(), self.ctx.actor)


class SettingsDialog(_Base):
    """The council's time limits for cases, the Monitoring Officer's limits, the password."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__("Disputes settings", parent)
        self.ctx = ctx
        current = gate.load_settings()
        principal = gate.principal_council() or "the principal council"
        self.spins: dict[str, QSpinBox] = {}
        for f in fields(DisputeSettings):
            if f.name == "mo_complaint_age_days":
                self.form.addRow(QLabel(f"<b>{principal}'s arrangements for Code of "
                                        "Conduct complaints</b>"))
            spin = QSpinBox()
            spin.setRange(1, 120)
            spin.setSuffix(" working days")
            spin.setValue(int(getattr(current, f.name)))
            spin.setAccessibleName(gate.LABELS[f.name])
            self.spins[f.name] = spin
            self.form.addRow(f"{gate.LABELS[f.name]}:", spin)
        self.form.addRow(QLabel("<b>Password for the Disputes area</b>"))
        self.password = QLineEdit()
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.password.setAccessibleName("New password")
        self.password.setPlaceholderText("Leave empty to keep as it is")
        self.form.addRow("New &password:", self.password)
        state = "is required" if gate.password_required() else "is not required"
        self.beside = beside_fields(self, {**self.spins, "password": self.password})
        self.form.addRow(QLabel(f"A password {state} to open Disputes. Type \u201cnone\u201d to "
                                "stop asking for one."))
        self.add_buttons("&Save")

    def apply(self) -> None:
        gate.save_settings(DisputeSettings(**{k: s.value() for k, s in self.spins.items()}),
                           self.ctx.actor)
        typed = self.password.text()
        if typed.strip().lower() == "none":
            gate.set_password("", self.ctx.actor)
        elif typed:
            gate.set_password(typed, self.ctx.actor)
