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
    POSTS,
    WEEKDAY_LABELS,
    Councillor,
    Officer,
)
from parishdesk.errors import ParishDeskError, ValidationError
from parishdesk.gui.errors import as_plain_text, show_expected
from parishdesk.gui.forms.ui_members_archive_dialog import Ui_MembersArchiveDialog
from parishdesk.gui.forms.ui_members_councillor_dialog import Ui_MembersCouncillorDialog
from parishdesk.gui.members_widgets import from_qdate, setup_date, show_message

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
        self._save: Callable[[], Any] | None = None

    def _show_problems(self, problems: dict[str, str]) -> None:
        unplaced = []
        for name, label in self._errors.items():
            show_message(label, problems.get(name, ""))
        for name, message in problems.items():
            if name not in self._errors:
                unplaced.append(message)
        self._fit_height()
        if unplaced:
            QMessageBox.warning(self, "Please check the details",
                                as_plain_text("\n".join(unplaced)))

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
        self._save = lambda: archive(self.left_on(), self.ui.left_reason.text())
        self.ui.buttonBox.accepted.connect(self.try_save)
        self.ui.buttonBox.rejected.connect(self.reject)
        # As tall as its contents: the form's fixed height left a blank band above them.
        self.resize(self.width(), self.sizeHint().height())
        self.ui.left_reason.setFocus()

    def _show_problems(self, problems: dict[str, str]) -> None:
        merged = dict(problems)
        if "ended_on" in merged:
            merged["left_on"] = merged.pop("ended_on")
        super()._show_problems(merged)

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


#: The working hours an officer's form offers until they are set.
DEFAULT_HOURS = (dt.time(9, 0), dt.time(17, 0))


def officer_fields(o: Officer | None, managers: Sequence[tuple[str, int | None]],
                   today: dt.date, clerk_id: int | None = None) -> list[Field]:
    """The officer form. Staff other than the Clerk report to the Clerk (ROLE-7), so a new
    officer, or one with no line manager yet, is offered the Clerk (``clerk_id``)."""
    o = o or Officer(post="Assistant", working_days=frozenset(range(5)), started_on=today)
    manager = o.line_manager_id
    if manager is None and o.id != clerk_id and not (o.is_clerk or o.is_proper_officer):
        manager = clerk_id
    return [
        Field("title", "&Title:", value=o.title),
        Field("first_name", "&First name:", value=o.first_name),
        Field("surname", "&Surname:", value=o.surname),
        Field("post", "&Post:", "combo", tuple((p, p) for p in POSTS), o.post),
        Field("post_other", "Post &name if other:", value=o.post_other),
        Field("is_proper_officer", "Proper Officer:", "check", value=o.is_proper_officer,
              hint="The council's Proper Officer (only one at a time)"),
        Field("working_days", "Working &days:", "days", value=o.working_days),
        Field("hours_set", "Hours:", "check", value=o.hours_from is not None,
              hint="Has set working hours"),
        Field("hours_from", "Hours &from:", "time", value=o.hours_from or DEFAULT_HOURS[0]),
        Field("hours_to", "Hours &to:", "time", value=o.hours_to or DEFAULT_HOURS[1]),
        Field("started_on", "St&arted on:", "optdate", value=o.started_on),
        Field("line_manager_id", "&Line manager:", "combo",
              (("None (the Clerk: managed by the council)", None), *managers), manager),
        Field("email", "&E-mail:", value=o.email),
        Field("phone", "Tele&phone:", value=o.phone),
    ]


def officer_from_values(base: Officer | None, v: dict[str, Any]) -> Officer:
    hours = bool(v.pop("hours_set"))
    return Officer(
        id=base.id if base else None, title=v["title"], first_name=v["first_name"],
        surname=v["surname"], post=v["post"], post_other=v["post_other"],
        is_proper_officer=v["is_proper_officer"], working_days=v["working_days"],
        hours_from=v["hours_from"] if hours else None, hours_to=v["hours_to"] if hours else None,
        started_on=v["started_on"], ended_on=base.ended_on if base else None,
        line_manager_id=v["line_manager_id"], email=v["email"], phone=v["phone"],
    )


def confirm(parent: QWidget | None, title: str, text: str) -> bool:
    answer = QMessageBox.question(parent, title, as_plain_text(text),
                                  QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
                                  QMessageBox.StandardButton.No)
    return answer == QMessageBox.StandardButton.Yes
