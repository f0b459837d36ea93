"""First run: the council's details and the Clerk's name, or the demo council."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QWidget

from parishdesk.domain.council import KINDS, NATIONS, CouncilDetails, validate_council
from parishdesk.gui.common.field_errors import FieldErrors
from parishdesk.gui.forms.ui_setup_dialog import Ui_SetupDialog


@dataclass(frozen=True)
class SetupChoice:
    """Either ``demo`` is true, or ``details`` and ``clerk_name`` are filled in."""

    demo: bool
    details: CouncilDetails | None = None
    clerk_name: str = ""


class SetupDialog(QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_SetupDialog()
        self.ui.setupUi(self)
        self.choice: SetupChoice | None = None
        self._editing: CouncilDetails | None = None
        for key, label in KINDS.items():
            self.ui.kindCombo.addItem(label, key)
        for key, label in NATIONS.items():
            self.ui.nationCombo.addItem(label, key)
        self._errors: dict[str, QLabel] = {
            "name": self.ui.nameError, "telephone": self.ui.telephoneError,
            "email": self.ui.emailError, "clerk_name": self.ui.clerkError,
        }
        ui = self.ui
        # One style everywhere: a warning sign and words beside the field, gone as soon
        # as the field is changed.
        self.field_errors = FieldErrors(self, self._errors, {
            "name": ui.nameEdit, "telephone": ui.telephoneEdit, "email": ui.emailEdit,
            "clerk_name": ui.clerkEdit})
        ok = self.ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText("&Create council")
        self.ui.buttonBox.accepted.connect(self.try_accept)
        self.ui.buttonBox.rejected.connect(self.reject)
        self.ui.demoButton.clicked.connect(self.choose_demo)
        self.ui.nameEdit.setFocus()

    def details(self) -> CouncilDetails:
        ui = self.ui
        return CouncilDetails(
            name=ui.nameEdit.text().strip(),
            kind=ui.kindCombo.currentData(),
            nation=ui.nationCombo.currentData(),
            address=ui.addressEdit.toPlainText().strip(),
            telephone=ui.telephoneEdit.text().strip(),
            email=ui.emailEdit.text().strip(),
            principal_council=ui.principalEdit.text().strip(),
            mo_name=ui.moNameEdit.text().strip(),
            mo_address=ui.moAddressEdit.toPlainText().strip(),
            election_year=self._editing.election_year if self._editing else 2027,
        )

    def show_problems(self, problems: dict[str, str]) -> None:
        self.field_errors.show(problems)

    def try_accept(self) -> None:
        details = self.details()
        clerk = self.ui.clerkEdit.text().strip()
        problems = validate_council(details, clerk)
        self.show_problems(problems)
        if problems:
            return
        self.choice = SetupChoice(demo=False, details=details, clerk_name=clerk)
        self.accept()

    def choose_demo(self) -> None:
        self.choice = SetupChoice(demo=True)
        self.accept()

    def fill(self, details: CouncilDetails) -> None:
        ui = self.ui
        ui.nameEdit.setText(details.name)
        ui.kindCombo.setCurrentIndex(max(0, ui.kindCombo.findData(details.kind)))
        ui.nationCombo.setCurrentIndex(max(0, ui.nationCombo.findData(details.nation)))
        ui.addressEdit.setPlainText(details.address)
        ui.telephoneEdit.setText(details.telephone)
        ui.emailEdit.setText(details.email)
        ui.principalEdit.setText(details.principal_council)
        ui.moNameEdit.setText(details.mo_name)
        ui.moAddressEdit.setPlainText(details.mo_address)

    def use_for_editing(self, details: CouncilDetails) -> None:
        """Turn the first-run dialog into 'Council details': no demo, no Clerk."""
        self.setWindowTitle("Council details")
        self.ui.introLabel.setText(
            "<h2>Council details</h2><p>These appear on every letter and pack. Changes are "
            "recorded in the history. The Clerk and other staff are kept in Members.</p>")
        self.ui.demoButton.hide()
        self.ui.clerkBox.hide()
        self.ui.clerkEdit.setText("-")  # not asked here; keeps the check quiet
        ok = self.ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText("&Save")
        self.fill(details)
        self._editing = details

    @classmethod
    def edit(cls, details: CouncilDetails, parent: QWidget | None = None) -> CouncilDetails | None:
        """Show the council's details for correction; the corrected details, or None."""
        dialog = cls(parent)
        dialog.use_for_editing(details)
        if dialog.exec() != QDialog.DialogCode.Accepted or dialog.choice is None:
            return None
        return dialog.choice.details

    @classmethod
    def ask(cls, parent: QWidget | None = None) -> SetupChoice | None:
        """Show the dialog; None if the clerk cancelled. Tests replace this."""
        dialog = cls(parent)
        return dialog.choice if dialog.exec() == QDialog.DialogCode.Accepted else None
