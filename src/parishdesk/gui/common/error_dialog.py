"""The dialog that tells the clerk about a bug (something unexpected went wrong) and offers
the details to copy; :mod:`.errors` shows it, and loads this module only then."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from parishdesk.gui.common.markup import escape


class ErrorDialog(QDialog):
    """Says something unexpected went wrong, and offers the details to copy."""

    def __init__(self, summary: str, details: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle("Something went wrong")
        self.details = details
        layout = QVBoxLayout(self)
        message = QLabel(
            "<b>ParishDesk met an unexpected problem.</b><br>"
            f"{escape(summary)}<br><br>What you were doing when it happened may not have "
            "been saved: please check it. Every change ParishDesk confirmed before is kept. "
            "The details have been written to the log. If it happens again, copy the "
            "details and send them to your support contact."
        )
        message.setWordWrap(True)
        layout.addWidget(message)
        self.text = QPlainTextEdit(details)
        self.text.setReadOnly(True)
        self.text.setAccessibleName("Error details")
        self.text.setMinimumHeight(160)
        layout.addWidget(self.text)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.copy_button = QPushButton("&Copy details")
        buttons.addButton(self.copy_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.copy_button.clicked.connect(self.copy_details)
        buttons.rejected.connect(self.reject)
        buttons.accepted.connect(self.accept)
        layout.addWidget(buttons)
        self.resize(560, 380)

    def copy_details(self) -> None:
        QApplication.clipboard().setText(self.details)
        self.copy_button.setText("Copied")
