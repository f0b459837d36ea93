"""The base of an area's settings dialog: current values, the council default, Save.

A subclass sets up its compiled form, then calls :meth:`SettingsDialog.wire`
with the form's button box and its fields and error labels by the service's
field keys. Save hands the values to the service (:meth:`store`); a
``ValidationError`` puts each problem beside its field and keeps the dialog
open. ``ask()`` shows it and says whether anything was saved.
"""

from __future__ import annotations

from collections.abc import Mapping

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QWidget

from parishdesk.errors import ParishDeskError, ValidationError
from parishdesk.gui.common.context import AppContext
from parishdesk.gui.common.errors import show_expected
from parishdesk.gui.common.field_errors import FieldErrors


class SettingsDialog(QDialog):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.saved = False
        self.field_errors = FieldErrors(self, {})

    def wire(self, buttons: QDialogButtonBox, labels: Mapping[str, QLabel],
             fields: Mapping[str, QWidget], defaults_text: str, defaults_tip: str) -> None:
        self.buttons = buttons
        buttons.accepted.connect(self.try_save)
        buttons.rejected.connect(self.reject)
        defaults = buttons.button(QDialogButtonBox.StandardButton.RestoreDefaults)
        defaults.setText(defaults_text)
        defaults.setToolTip(defaults_tip)
        defaults.clicked.connect(self.restore_defaults)
        self.field_errors = FieldErrors(self, labels, fields)

    def restore_defaults(self) -> None:
        """Put the council's default values in the fields (saved only on Save)."""
        raise NotImplementedError(f"{type(self).__name__} must define restore_defaults()")

    def store(self) -> None:
        """Save the values through the service; it raises ValidationError if it cannot."""
        raise NotImplementedError(f"{type(self).__name__} must define store()")

    def try_save(self) -> None:
        try:
            self.store()
        except ValidationError as exc:
            self.field_errors.show_error(exc)
            return
        except ParishDeskError as exc:
            show_expected(self, exc)
            return
        self.saved = True
        self.accept()

    @classmethod
    def ask(cls, ctx: AppContext, parent: QWidget | None = None) -> bool:
        """Show the dialog; True if the settings were saved."""
        dialog = cls(ctx, parent)
        return dialog.exec() == QDialog.DialogCode.Accepted and dialog.saved
