"""Information-request settings: the council's time for deciding a request."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from parishdesk.gui.common.context import AppContext
from parishdesk.gui.common.labels import fit_wrapped_labels, prepare_error_label
from parishdesk.services import access
from parishdesk.services.access import AccessProblem

DEFAULT_DAYS = access.DEFAULT_DEADLINE_WORKING_DAYS


class AccessSettingsDialog(QDialog):
    """Shows the current time for deciding a request; Save checks and stores it."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.saved = False
        self.setWindowTitle("Information request settings")
        layout = QVBoxLayout(self)
        intro = QLabel(
            "How long the council allows itself to decide a councillor's request to see "
            "documents, counted in working days from the day it arrives. It applies to "
            "requests logged from now on; those already logged keep their deadline. A "
            "request made under the Freedom of Information Act always has 20 working days.")
        intro.setWordWrap(True)
        layout.addWidget(intro)
        form = QFormLayout()
        self.days_spin = QSpinBox()
        self.days_spin.setRange(1, 60)
        self.days_spin.setSuffix(" working days")
        self.days_spin.setValue(access.deadline_working_days())
        self.days_spin.setAccessibleName("Working days to decide a request")
        days_label = QLabel("&Time to decide:")
        days_label.setBuddy(self.days_spin)
        form.addRow(days_label, self.days_spin)
        self.error_label = QLabel()
        self.error_label.setStyleSheet("color: #a4262c;")
        self.error_label.setAccessibleName("Problem with the setting")
        prepare_error_label(self.error_label)
        self.error_label.setVisible(False)
        form.addRow("", self.error_label)
        layout.addLayout(form)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save
                                        | QDialogButtonBox.StandardButton.Cancel
                                        | QDialogButtonBox.StandardButton.RestoreDefaults)
        defaults = self.buttons.button(QDialogButtonBox.StandardButton.RestoreDefaults)
        defaults.setText("Council &default")
        defaults.setToolTip(f"{DEFAULT_DAYS} working days")
        defaults.clicked.connect(lambda: self.days_spin.setValue(DEFAULT_DAYS))
        self.buttons.accepted.connect(self.try_save)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.resize(460, self.sizeHint().height())
        self.days_spin.setFocus()

    def try_save(self) -> None:
        try:
            access.set_deadline_working_days(self.days_spin.value(), self.ctx.actor)
        except AccessProblem as exc:
            self.error_label.setText(str(exc))
            self.error_label.setVisible(True)
            fit_wrapped_labels(self, [self.error_label])
            return
        self.saved = True
        self.accept()

    @classmethod
    def ask(cls, ctx: AppContext, parent: QWidget | None = None) -> bool:
        """Show the dialog; True if the setting was saved."""
        dialog = cls(ctx, parent)
        dialog.exec()
        return dialog.saved
