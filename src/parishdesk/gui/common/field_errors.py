"""Problems shown beside the fields they are about, in every dialog.

A service refuses bad input with one :class:`parishdesk.errors.ValidationError`
whose ``problems`` map a field's key to a message. A dialog hands
:class:`FieldErrors` its error labels by the same keys (and, if it likes, the
fields themselves): each message then appears under its field with a warning
sign (not colour alone), the dialog grows to show it whole, the first field
with a problem gets the focus, and a message goes away as soon as its field is
changed. A problem about no field in particular goes to the dialog's general
error line, or to a message box if it has none.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractSpinBox,
    QComboBox,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QSpinBox,
    QTextEdit,
    QWidget,
)

from parishdesk.errors import ValidationError
from parishdesk.gui.common.date_field import DateField
from parishdesk.gui.common.labels import (  # noqa: F401 - the style, here for every dialog
    ERROR_COLOUR,
    ERROR_STYLE,
    fit_wrapped_labels,
    prepare_error_label,
)


def show_message(label: QLabel, message: str) -> None:
    """A field's problem beside it: a warning sign and words, whole in the tooltip."""
    if message:
        label.setTextFormat(Qt.TextFormat.PlainText)  # the message may quote what was typed
        label.setText(f"\u26a0 {message}")
        label.setStyleSheet(ERROR_STYLE)
        label.setToolTip(message)
    else:
        label.setText("")
        label.setToolTip("")
    label.setVisible(bool(message))


def error_label(accessible_name: str) -> QLabel:
    """An empty, hidden error label for a field (for dialogs not built from a form)."""
    label = QLabel()
    label.setAccessibleName(accessible_name)
    prepare_error_label(label)
    label.setVisible(False)
    return label


def _on_change(widget: QWidget, slot: Callable[..., None]) -> None:
    """Call ``slot`` whenever the clerk changes ``widget``'s value."""
    if isinstance(widget, QLineEdit):
        widget.textEdited.connect(slot)
    elif isinstance(widget, (QPlainTextEdit, QTextEdit)):
        widget.textChanged.connect(slot)
    elif isinstance(widget, QComboBox):
        widget.currentIndexChanged.connect(slot)
        if widget.isEditable():
            widget.editTextChanged.connect(slot)
    elif isinstance(widget, DateField):
        widget.dateChanged.connect(slot)
    elif isinstance(widget, QSpinBox):
        widget.valueChanged.connect(slot)
    elif isinstance(widget, QAbstractSpinBox):
        widget.editingFinished.connect(slot)
    elif isinstance(widget, QAbstractButton):
        widget.toggled.connect(slot)


class FieldErrors:
    """The error labels of one dialog, by field key."""

    def __init__(self, dialog: QWidget, labels: Mapping[str, QLabel],
                 fields: Mapping[str, QWidget | Iterable[QWidget]] | None = None,
                 general: QLabel | None = None, fit: bool = True) -> None:
        """``fit=False`` leaves the labels' size and first text to the dialog (Members'
        grid puts each message beside its field and sizes the dialog itself)."""
        self.dialog = dialog
        self.labels = dict(labels)
        self.general = general
        self.fit = fit
        self._showing: set[int] = set()  # labels holding a message put there by show()
        self.fields: dict[str, list[QWidget]] = {}
        for key, widgets in (fields or {}).items():
            self.fields[key] = [widgets] if isinstance(widgets, QWidget) else list(widgets)
        for label in self._all_labels() if fit else ():
            prepare_error_label(label)
            show_message(label, "")
        for key, widgets in self.fields.items():
            for widget in widgets:
                _on_change(widget, lambda *_a, k=key: self.clear(k))

    def add(self, key: str, label: QLabel, *widgets: QWidget) -> None:
        """One more field (for a dialog that builds its rows one at a time)."""
        self.labels[key] = label
        if self.fit:
            prepare_error_label(label)
            show_message(label, "")
        self.fields.setdefault(key, []).extend(widgets)
        for widget in widgets:
            _on_change(widget, lambda *_a, k=key: self.clear(k))

    def _all_labels(self) -> list[QLabel]:
        labels = list({id(v): v for v in self.labels.values()}.values())
        return [*labels, self.general] if self.general is not None else labels

    def show(self, problems: Mapping[str, str]) -> bool:
        """Show each problem beside its field (and clear the rest); True if there were any."""
        shown: dict[int, list[str]] = {}
        unplaced: list[str] = []
        for key, message in problems.items():
            label = self.labels.get(key)
            if label is None:
                unplaced.append(message)
            else:
                shown.setdefault(id(label), []).append(message)
        for label in {id(v): v for v in self.labels.values()}.values():
            show_message(label, " ".join(shown.get(id(label), [])))
        if self.general is not None:
            show_message(self.general, " ".join(unplaced))
            if unplaced:
                shown[id(self.general)] = unplaced
        elif unplaced:
            QMessageBox.warning(self.dialog, ValidationError.title, "\n".join(unplaced))
        self._showing = set(shown)
        if self.fit:
            fit_wrapped_labels(self.dialog, [lb for lb in self._all_labels()
                                             if lb.isVisibleTo(self.dialog)])
        self._focus_first(problems)
        return bool(problems)

    def show_error(self, exc: ValidationError) -> None:
        self.show(exc.problems)

    def clear(self, key: str | None = None) -> None:
        """Take away the message of one field (it has been changed), or every message."""
        if key is None:
            for label in self._all_labels():
                show_message(label, "")
            self._showing.clear()
            return
        for maybe in (self.labels.get(key), self.general):
            if maybe is not None and id(maybe) in self._showing:
                show_message(maybe, "")
                self._showing.discard(id(maybe))

    def message(self, key: str) -> str:
        """The message shown beside a field now ("" if none): for tests and screen readers."""
        label = self.labels.get(key)
        return label.toolTip() if label is not None and label.isVisibleTo(self.dialog) else ""

    def _focus_first(self, problems: Mapping[str, str]) -> None:
        for key in problems:
            for widget in self.fields.get(key, []):
                if widget.isEnabled() and widget.isVisibleTo(self.dialog):
                    widget.setFocus()
                    return
