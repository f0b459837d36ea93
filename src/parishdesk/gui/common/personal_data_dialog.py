"""File > Personal data…: what is past its retention period (and erasing it, after a
confirmation), the periods themselves, and the subject access export."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from parishdesk.errors import ParishDeskError
from parishdesk.gui.common import file_chooser
from parishdesk.paths import DataPaths
from parishdesk.services import personal_data


class _WheelOnlyWithFocus(QObject):
    """A spin box or list that has not been clicked into ignores the mouse wheel."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt name
        if event.type() == QEvent.Type.Wheel and isinstance(watched, QWidget) \
                and not watched.hasFocus():
            event.ignore()
            return True
        return False


class PersonalDataDialog(QDialog):
    def __init__(self, paths: DataPaths, actor: str, today: dt.date,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.paths, self.actor, self.today = paths, actor, today
        self.setWindowTitle("Personal data")
        self._wheel = _WheelOnlyWithFocus(self)
        layout = QVBoxLayout(self)
        self.tabs = QTabWidget()
        self.tabs.addTab(self._due_tab(), "&Past their period")
        self.tabs.addTab(self._periods_tab(), "&Retention periods")
        self.tabs.addTab(self._export_tab(), "&Subject access")
        layout.addWidget(self.tabs)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.refresh()
        self.resize(820, 520)

    def _guard(self, widget: QWidget) -> QWidget:
        widget.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        widget.installEventFilter(self._wheel)
        return widget

    # -- past their period -----------------------------------------------
    def _due_tab(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        intro = QLabel(
            "These records are past the period for which the council keeps personal data. "
            "Erasing one replaces the names, contact details and free text in it, and in its "
            "history, with \u201c[erased on date]\u201d, and deletes its files in the data "
            "folder (letters, e-mail drafts, attachments). The rest of the record (numbers, "
            "dates, decisions) stays, and the erasure is noted in the history. Minutes and "
            "decisions of meetings are a permanent public record and keep their names, as "
            "do letters they signed for the council. It cannot be undone.")
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.due_table = QTableWidget(0, 4)
        self.due_table.setHorizontalHeaderLabels(["Kind", "Record", "Ended on", "Due since"])
        self.due_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.due_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.due_table.verticalHeader().setVisible(False)
        header = self.due_table.horizontalHeader()
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        for column in (0, 2, 3):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self.due_table.setAccessibleName("Records past their retention period")
        layout.addWidget(self.due_table)
        self.nothing_due = QLabel("Nothing is past its retention period today.")
        layout.addWidget(self.nothing_due)
        row = QHBoxLayout()
        row.addStretch(1)
        self.erase_button = QPushButton("&Erase the ticked records…")
        self.erase_button.clicked.connect(lambda: self.erase_ticked())
        row.addWidget(self.erase_button)
        layout.addLayout(row)
        return page

    def refresh(self) -> None:
        self.due = personal_data.past_period(self.today)
        labels = {k.key: k.label for k in personal_data.KINDS}
        self.due_table.setRowCount(len(self.due))
        for r, record in enumerate(self.due):
            kind = QTableWidgetItem(labels[record.kind])
            kind.setFlags(kind.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            kind.setCheckState(Qt.CheckState.Checked)
            self.due_table.setItem(r, 0, kind)
            self.due_table.setItem(r, 1, QTableWidgetItem(record.description))
            self.due_table.setItem(r, 2, QTableWidgetItem(f"{record.ended_on:%d/%m/%Y}"))
            self.due_table.setItem(r, 3, QTableWidgetItem(f"{record.due_on:%d/%m/%Y}"))
        self.nothing_due.setVisible(not self.due)
        self.erase_button.setEnabled(bool(self.due))

    def ticked(self) -> list[personal_data.DueRecord]:
        chosen = []
        for r, record in enumerate(self.due):
            item = self.due_table.item(r, 0)
            if item is not None and item.checkState() == Qt.CheckState.Checked:
                chosen.append(record)
        return chosen

    def erase_ticked(self, confirmed: bool = False) -> int:
        chosen = self.ticked()
        if not chosen:
            return 0
        if not confirmed and QMessageBox.question(
                self, "Erase personal data",
                f"Erase the personal data in {len(chosen)} "
                f"record{'s' if len(chosen) != 1 else ''} and in their history? This cannot "
                "be undone (a backup made before today still holds it).") \
                != QMessageBox.StandardButton.Yes:
            return 0
        try:
            done = personal_data.erase(self.paths, chosen, self.actor, self.today)
        except (ParishDeskError, OSError) as exc:
            from parishdesk.gui.common import errors

            errors.show_expected(self, exc)
            return 0
        self.refresh()
        self._fill_people()
        if done.files_left:
            QMessageBox.warning(
                self, "Some files were not deleted",
                "The records were erased, but these files could not be deleted; close any "
                "program that has them open and delete them from the data folder:\n"
                + "\n".join(done.files_left[:20]))
        return done.records

    # -- retention periods -----------------------------------------------
    def _periods_tab(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        intro = QLabel("How long the council keeps personal data after a record has ended. "
                       "The suggested periods and the reasons for them are given beside each; "
                       "your council's retention policy may set others.")
        intro.setWordWrap(True)
        layout.addWidget(intro)
        form = QFormLayout()
        self.spins: dict[str, QSpinBox] = {}
        for kind in personal_data.KINDS:
            spin = QSpinBox()
            spin.setRange(1, personal_data.MAX_YEARS)
            spin.setSuffix(" years")
            spin.setValue(personal_data.period_years(kind))
            spin.setAccessibleName(kind.label)
            self._guard(spin)
            self.spins[kind.key] = spin
            why = QLabel(f"Suggested: {kind.why}.")
            why.setWordWrap(True)
            why.setStyleSheet("color: #555555;")
            cell = QWidget()
            cell_layout = QHBoxLayout(cell)
            cell_layout.setContentsMargins(0, 0, 0, 0)
            cell_layout.addWidget(spin)
            cell_layout.addWidget(why, 1)
            form.addRow(f"{kind.label}:", cell)
        layout.addLayout(form)
        layout.addStretch(1)
        row = QHBoxLayout()
        row.addStretch(1)
        self.save_periods_button = QPushButton("Sa&ve the periods")
        self.save_periods_button.clicked.connect(self.save_periods)
        row.addWidget(self.save_periods_button)
        layout.addLayout(row)
        return page

    def save_periods(self) -> None:
        try:
            personal_data.set_period_years({k: s.value() for k, s in self.spins.items()},
                                           self.actor)
        except (ParishDeskError, OSError) as exc:
            from parishdesk.gui.common import errors

            errors.show_expected(self, exc)
            return
        self.refresh()

    # -- subject access --------------------------------------------------
    def _export_tab(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        intro = QLabel("Everything the council holds about one person, for a subject access "
                       "request: a PDF to read, and a .zip of the same records with copies of "
                       "the letters sent to them. Answer the request within one month.")
        intro.setWordWrap(True)
        layout.addWidget(intro)
        form = QFormLayout()
        self.person = QComboBox()
        self.person.setAccessibleName("Person")
        self._guard(self.person)
        self._fill_people()
        form.addRow("&Person:", self.person)
        layout.addLayout(form)
        row = QHBoxLayout()
        row.addStretch(1)
        self.export_button = QPushButton("E&xport to a folder…")
        self.export_button.clicked.connect(lambda: self.export())
        row.addWidget(self.export_button)
        layout.addLayout(row)
        self.exported = QLabel("")
        self.exported.setWordWrap(True)
        layout.addWidget(self.exported)
        layout.addStretch(1)
        return page

    def _fill_people(self) -> None:
        chosen = self.person.currentData()
        self.person.clear()
        for person_id, name in personal_data.people():
            self.person.addItem(name, person_id)
        if chosen is not None and self.person.findData(chosen) >= 0:
            self.person.setCurrentIndex(self.person.findData(chosen))

    def export(self, folder: Path | None = None) -> None:
        if self.person.currentIndex() < 0:
            return
        if folder is None:
            chosen = file_chooser.get_existing_directory(self, "Export to", str(Path.home()))
            if not chosen:
                return
            folder = Path(chosen)
        try:
            made = personal_data.subject_access_export(
                self.paths, int(self.person.currentData()), folder, self.today)
        except (ParishDeskError, OSError) as exc:
            from parishdesk.gui.common import errors

            errors.show_expected(self, exc)
            return
        self.exported.setText(f"Written: {made.pdf.name} and {made.archive.name} in {folder}.")
