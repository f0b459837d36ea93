"""Dialogs of the Members area. Each checks through a service and shows problems by the field.

Every dialog has a classmethod ``ask(...)`` that tests replace. A dialog is
given a ``save`` callable (a service call); Save runs it and closes only if it
succeeds, otherwise each problem is shown beside its field.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QTime
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QSpinBox,
    QTimeEdit,
    QWidget,
)

from parishdesk.domain.members import (
    JOINED_HOW,
    JOINED_HOW_LABELS,
    WEEKDAY_LABELS,
    Councillor,
)
from parishdesk.errors import ParishDeskError, ValidationError
from parishdesk.gui.common.errors import as_plain_text, show_expected
from parishdesk.gui.common.field_errors import FieldErrors, show_message
from parishdesk.gui.forms.ui_members_archive_dialog import Ui_MembersArchiveDialog
from parishdesk.gui.forms.ui_members_councillor_dialog import Ui_MembersCouncillorDialog
from parishdesk.gui.members.widgets import from_qdate, setup_date

INDEPENDENT = "Independent (no group)"
#: A record dialog's width, and the least width of the messages beside its fields.
DIALOG_WIDTH = 760
MESSAGE_WIDTH = 220


def _save_button(box: QDialogButtonBox) -> Any:
    return box.button(QDialogButtonBox.StandardButton.Save)


class _Validating(QDialog):
    """Runs ``save`` on Save; shows a ValidationError's messages beside the fields."""

    def __init__(self, parent: QWidget | None) -> None:
        super().__init__(parent)
        self.result_value: Any = None
        self._errors: dict[str, QLabel] = {}
        self.field_errors = FieldErrors(self, {})
        self._save: Callable[[], Any] | None = None

    def _watch(self, fields: dict[str, QWidget]) -> None:
        """Messages beside the fields, each cleared when its field is changed."""
        self.field_errors = FieldErrors(self, self._errors, fields, fit=False)

    def _show_problems(self, problems: dict[str, str]) -> None:
        self.field_errors.show(problems)
        self._fit_height()

    def _fit_height(self) -> None:
        """Grow to show every message whole (a wrapped message needs more lines)."""
        layout = self.layout()
        if layout is not None:
            layout.activate()
            wanted = layout.totalHeightForWidth(self.width())
            if wanted < 0:
                wanted = layout.totalSizeHint().height()
            if wanted > self.height():
                self.resize(self.width(), wanted)

    def try_save(self) -> None:
        assert self._save is not None
        try:
            self.result_value = self._save()
        except ValidationError as exc:
            self._show_problems(exc.problems)
            return
        except ParishDeskError as exc:
            show_expected(self, exc)
            return
        self.accept()


# --- Councillor ---------------------------------------------------------------------------

class CouncillorDialog(_Validating):
    FIELDS = ("title", "first_name", "surname", "preferred_name", "ward", "address", "phone",
              "email", "joined_how", "joined_on", "accepted_office_on", "term_ends_on", "group")

    def __init__(self, existing: Councillor | None, groups: Sequence[str], today: dt.date,
                 save: Callable[[Councillor], Councillor], parent: QWidget | None = None,
                 election_note: str = "") -> None:
        super().__init__(parent)
        self.ui = Ui_MembersCouncillorDialog()
        self.ui.setupUi(self)
        self.existing = existing
        self.setWindowTitle("Edit councillor" if existing else "Add councillor")
        ui = self.ui
        for key in JOINED_HOW:
            ui.joined_how.addItem(JOINED_HOW_LABELS[key], key)
        ui.group.addItem(INDEPENDENT, None)
        for name in groups:
            ui.group.addItem(name, name)
        c = existing or Councillor(joined_on=today, accepted_office_on=today)
        ui.title.setText(c.title)
        ui.first_name.setText(c.first_name)
        ui.surname.setText(c.surname)
        ui.preferred_name.setText(c.preferred_name)
        ui.ward.setText(c.ward)
        ui.address.setPlainText(c.address)
        ui.phone.setText(c.phone)
        ui.email.setText(c.email)
        ui.joined_how.setCurrentIndex(max(0, ui.joined_how.findData(c.joined_how)))
        setup_date(ui.joined_on, c.joined_on or today, optional=False)
        setup_date(ui.accepted_office_on, c.accepted_office_on, optional=True)
        setup_date(ui.term_ends_on, c.term_ends_on, optional=True)
        if election_note:
            ui.term_ends_on.setToolTip(election_note)
            ui.term_ends_onError.setText(election_note)
        if c.group and ui.group.findData(c.group) < 0:
            ui.group.addItem(c.group, c.group)
        ui.group.setCurrentIndex(max(0, ui.group.findData(c.group)))
        self._errors = {name: getattr(ui, f"{name}Error") for name in self.FIELDS}
        for name, label in self._errors.items():
            if not (name == "term_ends_on" and election_note):
                show_message(label, "")
        self._watch({name: getattr(ui, name) for name in self.FIELDS})
        self._save = lambda: save(self.councillor())
        ui.buttonBox.accepted.connect(self.try_save)
        ui.buttonBox.rejected.connect(self.reject)
        ui.first_name.setFocus()

    def councillor(self) -> Councillor:
        ui = self.ui
        base = self.existing or Councillor()
        return Councillor(
            id=base.id, title=ui.title.text(), first_name=ui.first_name.text(),
            surname=ui.surname.text(), preferred_name=ui.preferred_name.text(),
            ward=ui.ward.text(), address=ui.address.toPlainText(), phone=ui.phone.text(),
            email=ui.email.text(), joined_how=ui.joined_how.currentData(),
            joined_on=from_qdate(ui.joined_on.date()),
            accepted_office_on=from_qdate(ui.accepted_office_on.date()),
            term_ends_on=from_qdate(ui.term_ends_on.date()), group=ui.group.currentData(),
            left_on=base.left_on, left_reason=base.left_reason,
        )

    @classmethod
    def ask(cls, parent: QWidget | None, existing: Councillor | None, groups: Sequence[str],
            today: dt.date, save: Callable[[Councillor], Councillor],
            election_note: str = "") -> Councillor | None:
        dialog = cls(existing, groups, today, save, parent, election_note)
        return dialog.result_value if dialog.exec() == QDialog.DialogCode.Accepted else None


# --- Archive ------------------------------------------------------------------------------

class ArchiveDialog(_Validating):
    """Asks for the leaving date and reason before archiving someone."""

    def __init__(self, name: str, today: dt.date, archive: Callable[[dt.date, str], Any],
                 parent: QWidget | None = None, intro: str = "") -> None:
        super().__init__(parent)
        self.ui = Ui_MembersArchiveDialog()
        self.ui.setupUi(self)
        self.setWindowTitle(f"Archive {name}")
        self.ui.introLabel.setText(intro or (
            f"{name} will be archived, not deleted: their roles end on the leaving date and "
            "everything they did stays in the history."))
        _save_button(self.ui.buttonBox).setText("&Archive")
        setup_date(self.ui.left_on, today, optional=False)
        self._errors = {"left_on": self.ui.left_onError, "left_reason": self.ui.left_reasonError,
                        "ended_on": self.ui.left_onError}
        for label in self._errors.values():
            show_message(label, "")
        self._watch({"left_on": self.ui.left_on, "left_reason": self.ui.left_reason,
                     "ended_on": self.ui.left_on})
        self._save = lambda: archive(self.left_on(), self.ui.left_reason.text())
        self.ui.buttonBox.accepted.connect(self.try_save)
        self.ui.buttonBox.rejected.connect(self.reject)
        # As tall as its contents: the form's fixed height left a blank band above them.
        self.resize(self.width(), self.sizeHint().height())
        self.ui.left_reason.setFocus()

    def left_on(self) -> dt.date:
        day = from_qdate(self.ui.left_on.date())
        assert day is not None
        return day

    @classmethod
    def ask(cls, parent: QWidget | None, name: str, today: dt.date,
            archive: Callable[[dt.date, str], Any], intro: str = "") -> bool:
        return cls(name, today, archive, parent, intro).exec() == QDialog.DialogCode.Accepted


# --- Generic record dialogs (officer, committee, interest, training, role …) --------------

@dataclass(frozen=True)
class Field:
    """One row of a built-in-code form: ``kind`` is text, multiline, date, optdate, combo,
    check, time, days or year."""

    name: str
    label: str
    kind: str = "text"
    options: tuple[tuple[str, Any], ...] = ()
    value: Any = None
    hint: str = ""


class RecordDialog(_Validating):
    """A small form built from :class:`Field` rows, with a message beside each field."""

    def __init__(self, title: str, fields: Sequence[Field],
                 save: Callable[[dict[str, Any]], Any], parent: QWidget | None = None,
                 intro: str = "", save_text: str = "") -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.widgets: dict[str, Any] = {}
        grid = QGridLayout(self)
        grid.setColumnStretch(1, 2)
        grid.setColumnStretch(2, 1)
        row = 0
        if intro:
            text = QLabel(intro)
            text.setWordWrap(True)
            grid.addWidget(text, 0, 0, 1, 3)
            row = 1
        for f in fields:
            widget = self._make(f)
            label = QLabel(f.label)
            label.setBuddy(widget)
            message = QLabel()
            message.setWordWrap(True)
            message.setMinimumWidth(MESSAGE_WIDTH)
            message.setAccessibleName(f"{f.label.replace('&', '').rstrip(':')} problem")
            show_message(message, "")
            grid.addWidget(label, row, 0)
            grid.addWidget(widget, row, 1)
            grid.addWidget(message, row, 2)
            self.widgets[f.name] = widget
            self._errors[f.name] = message
            row += 1
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save
                                   | QDialogButtonBox.StandardButton.Cancel)
        if save_text:
            _save_button(buttons).setText(save_text)
        buttons.accepted.connect(self.try_save)
        buttons.rejected.connect(self.reject)
        grid.addWidget(buttons, row, 0, 1, 3)
        self.buttons = buttons
        self._save = lambda: save(self.values())
        self._watch(self.widgets)
        self.resize(DIALOG_WIDTH, self.sizeHint().height())

    def _make(self, f: Field) -> QWidget:
        name = f.label.replace("&", "").rstrip(":")
        widget: QWidget
        if f.kind == "multiline":
            edit = QPlainTextEdit(f.value or "")
            edit.setMaximumHeight(80)
            widget = edit
        elif f.kind in ("date", "optdate"):
            date_edit = QDateEdit()
            setup_date(date_edit, f.value, optional=f.kind == "optdate")
            if f.kind == "optdate" and f.hint:
                date_edit.setSpecialValueText(f.hint)  # what an empty date means here
            widget = date_edit
        elif f.kind == "combo":
            combo = QComboBox()
            for text, data in f.options:
                combo.addItem(text, data)
            combo.setCurrentIndex(max(0, combo.findData(f.value)))
            widget = combo
        elif f.kind == "check":
            box = QCheckBox(f.hint or "")
            box.setChecked(bool(f.value))
            widget = box
        elif f.kind == "time":
            time_edit = QTimeEdit()
            time_edit.setDisplayFormat("HH:mm")
            time_edit.setTime(QTime(f.value.hour, f.value.minute) if f.value else QTime(9, 0))
            widget = time_edit
        elif f.kind == "days":
            holder = QWidget()
            row = QHBoxLayout(holder)
            row.setContentsMargins(0, 0, 0, 0)
            boxes = []
            for number, day in enumerate(WEEKDAY_LABELS):
                box = QCheckBox(day[:3])
                box.setAccessibleName(day)
                box.setChecked(number in (f.value or ()))
                row.addWidget(box)
                boxes.append(box)
            holder.setProperty("boxes", boxes)
            self._day_boxes = boxes
            widget = holder
        elif f.kind == "year":
            spin = QSpinBox()
            spin.setRange(1990, 2200)
            spin.setValue(int(f.value or 2027))
            widget = spin
        else:
            line = QLineEdit(f.value or "")
            if f.hint:
                line.setPlaceholderText(f.hint)
            widget = line
        widget.setAccessibleName(name)
        return widget

    def values(self) -> dict[str, Any]:
        out: dict[str, Any] = {}
        for name, w in self.widgets.items():
            if isinstance(w, QPlainTextEdit):
                out[name] = w.toPlainText()
            elif isinstance(w, QDateEdit):
                out[name] = from_qdate(w.date())
            elif isinstance(w, QComboBox):
                out[name] = w.currentData()
            elif isinstance(w, QCheckBox):
                out[name] = w.isChecked()
            elif isinstance(w, QTimeEdit):
                t = w.time()
                out[name] = dt.time(t.hour(), t.minute())
            elif isinstance(w, QSpinBox):
                out[name] = w.value()
            elif isinstance(w, QLineEdit):
                out[name] = w.text()
            else:
                out[name] = frozenset(i for i, b in enumerate(self._day_boxes) if b.isChecked())
        return out

    @classmethod
    def ask(cls, parent: QWidget | None, title: str, fields: Sequence[Field],
            save: Callable[[dict[str, Any]], Any], intro: str = "", save_text: str = "") -> Any:
        dialog = cls(title, fields, save, parent, intro, save_text)
        return dialog.result_value if dialog.exec() == QDialog.DialogCode.Accepted else None


def confirm(parent: QWidget | None, title: str, text: str) -> bool:
    answer = QMessageBox.question(parent, title, as_plain_text(text),
                                  QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
                                  QMessageBox.StandardButton.No)
    return answer == QMessageBox.StandardButton.Yes
