"""Disputes ▸ New concern…: one plain question a page, then the lawful route, then the case.

The pages: who raised it, about whom, what it is about, whether it was tried informally,
whether the person wants it formal, a short account with the date; the last page shows the
route with the rules it rests on (plain words and sources), the next steps with their dates
and the warnings, lets the clerk choose another track with a written reason, and opens the
case.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QRadioButton,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from parishdesk.domain.dispute_steps import FIRST_STEP, Step, case_deadlines, tribunal_warning
from parishdesk.domain.disputes import NATURES, RAISERS, SUBJECTS, TRACKS
from parishdesk.errors import ValidationError
from parishdesk.gui.common.context import AppContext
from parishdesk.gui.common.date_field import first_unreadable_date
from parishdesk.gui.disputes.texts import route_html
from parishdesk.gui.disputes.widgets import (
    beside_fields,
    date_edit,
    error_label,
    show_problems,
    to_date,
)
from parishdesk.services import members as register
from parishdesk.services.disputes import cases, gate
from parishdesk.services.disputes.cases import NewCase

OTHER = "Someone else (type the name)"


def _choices(kind: str, today: dt.date) -> list[tuple[str, int | None, str]]:
    """People of one kind from the register: (label, person id, name)."""
    found: list[tuple[str, int | None, str]] = []
    if kind in ("councillor", "chair", "vice_chair"):
        holder = cases.office_holder_id(kind, today)
        for c in register.councillors(today):
            if not c.is_current(today) or (holder is not None and c.id != holder):
                continue
            found.append((f"Cllr {c.first_name} {c.surname}", c.id,
                          f"Cllr {c.first_name} {c.surname}"))
    elif kind in ("officer", "clerk"):
        clerk = register.clerk()
        for o in register.officers():
            is_clerk = clerk is not None and o.id == clerk.id
            if (kind == "clerk") == is_clerk:
                found.append((f"{o.first_name} {o.surname} ({o.post})", o.id,
                              f"{o.first_name} {o.surname}"))
    return found


class _ChoicePage(QWizardPage):
    """A page with one question answered by radio buttons, and optionally a person."""

    def __init__(self, title: str, question: str, options: dict[str, str],
                 with_person: bool = False) -> None:
        super().__init__()
        self.setTitle(title)
        self.setSubTitle(question)
        layout = QVBoxLayout(self)
        self.group = QButtonGroup(self)
        self.keys = list(options)
        for i, (key, label) in enumerate(options.items()):
            button = QRadioButton(label)
            button.setAccessibleName(label)
            self.group.addButton(button, i)
            layout.addWidget(button)
            button.setObjectName(f"option_{key}")
        self.group.idToggled.connect(lambda *_: self._changed())
        self.person: QComboBox | None = None
        self.name = QLineEdit()
        self.form = QFormLayout()
        if with_person:
            form = self.form
            self.person = QComboBox()
            self.person.setAccessibleName("Person")
            self.name.setAccessibleName("Name")
            form.addRow("&Who:", self.person)
            form.addRow("&Name:", self.name)
            layout.addSpacing(12)
            layout.addLayout(form)
            self.person.currentIndexChanged.connect(self._picked)
            self.name.textChanged.connect(lambda _t: self.completeChanged.emit())
        layout.addStretch(1)

    def choice(self) -> str:
        index = self.group.checkedId()
        return self.keys[index] if index >= 0 else ""

    def choose(self, key: str) -> None:
        self.group.button(self.keys.index(key)).setChecked(True)

    def _changed(self) -> None:
        if self.person is not None:
            wizard = self.wizard()
            today = wizard.ctx.today() if isinstance(wizard, NewConcernWizard) else dt.date.today()
            self.person.blockSignals(True)
            self.person.clear()
            for label, person_id, name in _choices(self.choice(), today):
                self.person.addItem(label, (person_id, name))
            self.person.addItem(OTHER, None)
            self.person.blockSignals(False)
            self._picked()
        self.completeChanged.emit()

    def _picked(self) -> None:
        assert self.person is not None
        data = self.person.currentData()
        self.name.setText(data[1] if data else "")
        self.form.setRowVisible(self.name, data is None)

    def person_id(self) -> int | None:
        data = self.person.currentData() if self.person is not None else None
        return data[0] if data else None

    def isComplete(self) -> bool:  # noqa: N802 - Qt name
        if not self.choice():
            return False
        wizard = self.wizard()
        if isinstance(wizard, NewConcernWizard) and self is wizard.about \
                and self.choice() == "clerk" == wizard.raised.choice():
            return False  # the Clerk raising a concern about the Clerk: choose again
        return self.person is None or bool(self.name.text().strip())


class _YesNoPage(QWizardPage):
    def __init__(self, title: str, question: str, yes: str, no: str,
                 follow_up: str = "") -> None:
        super().__init__()
        self.setTitle(title)
        self.setSubTitle(question)
        layout = QVBoxLayout(self)
        self.yes, self.no = QRadioButton(yes), QRadioButton(no)
        for b in (self.yes, self.no):
            b.setAccessibleName(b.text())
            layout.addWidget(b)
            b.toggled.connect(lambda *_: self._changed())
        self.follow = QPlainTextEdit()
        self.follow.setAccessibleName(follow_up or "More")
        self.follow_label = QLabel(follow_up)
        if follow_up:
            layout.addSpacing(12)
            layout.addWidget(self.follow_label)
            layout.addWidget(self.follow)
            self.follow.textChanged.connect(self.completeChanged.emit)
        else:
            self.follow.hide()
        layout.addStretch(1)
        self._changed()

    def _changed(self) -> None:
        self.follow.setEnabled(self.yes.isChecked())
        self.follow_label.setEnabled(self.yes.isChecked())
        self.completeChanged.emit()

    def isComplete(self) -> bool:  # noqa: N802
        if not (self.yes.isChecked() or self.no.isChecked()):
            return False
        return not (self.yes.isChecked() and self.follow.isVisibleTo(self)
                    and not self.follow.toPlainText().strip())


class _AccountPage(QWizardPage):
    def __init__(self, today: dt.date) -> None:
        super().__init__()
        self.setTitle("What happened")
        self.setSubTitle("A short account in plain words, and when it happened. It stays in "
                         "the confidential case file.")
        form = QFormLayout(self)
        self.title_edit = QLineEdit()
        self.title_edit.setAccessibleName("Short title")
        self.title_edit.setPlaceholderText("e.g. Remarks made after the finance committee")
        self.account = QPlainTextEdit()
        self.account.setAccessibleName("Account")
        self.events_on = date_edit(today, "Date of the events")
        form.addRow("Short &title:", self.title_edit)
        form.addRow("&Account:", self.account)
        form.addRow("&Date of the events:", self.events_on)
        self.account.textChanged.connect(self.completeChanged.emit)

    def isComplete(self) -> bool:  # noqa: N802
        return bool(self.account.toPlainText().strip())

    def validatePage(self) -> bool:  # noqa: N802
        return first_unreadable_date(self) is None  # its message shows beside the date


class _RoutePage(QWizardPage):
    def __init__(self) -> None:
        super().__init__()
        self.setTitle("The route this concern takes")
        self.setSubTitle("What the rules say should happen. Read it through, then open the "
                         "case.")
        layout = QVBoxLayout(self)
        self.text = QTextBrowser()
        self.text.setAccessibleName("The route")
        layout.addWidget(self.text, 1)
        self.other = QCheckBox("Take &another route (give the reason; it is kept with the case)")
        self.track = QComboBox()
        self.track.setAccessibleName("Other track")
        for key, label in TRACKS.items():
            self.track.addItem(label, key)
        self.reason = QLineEdit()
        self.reason.setAccessibleName("Reason for another route")
        self.reason.setPlaceholderText("Why this case takes another route")
        form = QFormLayout()
        form.addRow(self.other)
        form.addRow("&Track:", self.track)
        form.addRow("&Reason:", self.reason)
        layout.addLayout(form)
        self.errors = error_label()
        layout.addWidget(self.errors)
        self.beside = beside_fields(self, {"track": self.track,
                                           "override_reason": self.reason})
        self.other.toggled.connect(self._other)
        self._other(False)
        self.setButtonText(QWizard.WizardButton.FinishButton, "&Open the case")

    def _other(self, on: bool) -> None:
        self.track.setEnabled(on)
        self.reason.setEnabled(on)

    def initializePage(self) -> None:  # noqa: N802
        wizard = self.wizard()
        assert isinstance(wizard, NewConcernWizard)
        data = wizard.data()
        route = cases.route_for(data)
        today = wizard.ctx.today()
        dated = [f"By {d.due_on:%d/%m/%Y}: {d.label[:1].lower()}{d.label[1:]}." for d in case_deadlines(
            route.track, [Step(FIRST_STEP[route.track], today)], data.events_on,
            gate.load_settings(), gate.nation())]
        self.text.setHtml(route_html(route, [*dated, *route.steps],
                                     tribunal_warning(route.track, data.events_on)))
        self.track.setCurrentIndex(list(TRACKS).index(route.track))
        show_problems(self.errors, {}, self.beside)

    def validatePage(self) -> bool:  # noqa: N802
        wizard = self.wizard()
        assert isinstance(wizard, NewConcernWizard)
        try:
            case = cases.open_case(wizard.data(), wizard.ctx.actor, wizard.ctx.today())
        except ValidationError as exc:
            show_problems(self.errors, exc.problems, self.beside)
            return False
        wizard.case_id = case.id
        return True


class NewConcernWizard(QWizard):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None,
                 link: tuple[str, int, str] | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.link = link
        self.case_id: int | None = None
        self.setWindowTitle("New concern")
        self.setWizardStyle(QWizard.WizardStyle.ClassicStyle)
        self.setOption(QWizard.WizardOption.NoBackButtonOnLastPage, False)
        self.raised = _ChoicePage("Who raised it", "Who has raised this concern?", RAISERS,
                                  with_person=True)
        self.about = _ChoicePage("About whom", "Whom is the concern about?", SUBJECTS,
                                 with_person=True)
        self.nature = _ChoicePage("What it is about", "What is the concern about?", NATURES)
        self.informal = _YesNoPage(
            "Tried informally?", "Has anyone tried to settle it informally, by talking it "
            "through or with a neutral person?", "&Yes, it has been tried", "&No, not yet",
            "What happened when it was tried?")
        self.formal = _YesNoPage(
            "Formal or informal", "Does the person who raised it want the formal route now?",
            "Yes, they ask for the &formal route", "No, &informal is fine for now")
        self.account = _AccountPage(ctx.today())
        self.route = _RoutePage()
        for page in (self.raised, self.about, self.nature, self.informal, self.formal,
                     self.account, self.route):
            self.addPage(page)
        self.resize(720, 560)

    def data(self) -> NewCase:
        track = str(self.route.track.currentData()) if self.route.other.isChecked() else ""
        return NewCase(
            raised_by=self.raised.choice(), about=self.about.choice(),
            nature=self.nature.choice(),
            complainant_name=self.raised.name.text(),
            complainant_person_id=self.raised.person_id(),
            subject_name=self.about.name.text(), subject_person_id=self.about.person_id(),
            informal_tried=self.informal.yes.isChecked(),
            informal_outcome=self.informal.follow.toPlainText()
            if self.informal.yes.isChecked() else "",
            formal_requested=self.formal.yes.isChecked(),
            title=self.account.title_edit.text(), account=self.account.account.toPlainText(),
            events_on=to_date(self.account.events_on), track=track,
            override_reason=self.route.reason.text() if track else "",
            link_kind=self.link[0] if self.link else "",
            link_id=self.link[1] if self.link else None,
            link_label=self.link[2] if self.link else "")

    @classmethod
    def ask(cls, ctx: AppContext, parent: QWidget | None = None,
            link: tuple[str, int, str] | None = None) -> int | None:
        wizard = cls(ctx, parent, link)
        wizard.exec()
        return wizard.case_id
