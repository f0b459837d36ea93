"""The decisions register: every resolution with its meeting, minute, votes, delegation and
the action arising; searchable, exportable to CSV and PDF (MEET-7, MEET-10)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from parishdesk.domain.meetings.records import Resolution
from parishdesk.gui.common import file_chooser
from parishdesk.gui.common.context import AppContext
from parishdesk.gui.meetings.officer_decision_dialog import OfficerDecisionDialog
from parishdesk.gui.meetings.widgets import attempt
from parishdesk.services import members
from parishdesk.services.meetings import register

HEADERS = ("Date", "Minute", "Decision", "Outcome", "Votes", "Delegated to", "Action")
Index = QModelIndex | QPersistentModelIndex



def _sentence(text: str) -> str:
    """A register cell begins with a capital ("the precept…" from "RESOLVED that the
    precept…" reads as "The precept…")."""
    return text[:1].upper() + text[1:]

class RegisterModel(QAbstractTableModel):
    def __init__(self) -> None:
        super().__init__()
        self.rows: list[Resolution] = []

    def set_rows(self, rows: list[Resolution]) -> None:
        self.beginResetModel()
        self.rows = rows
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(HEADERS)

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return HEADERS[section]
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or role not in (Qt.ItemDataRole.DisplayRole,
                                               Qt.ItemDataRole.ToolTipRole):
            return None
        r = self.rows[index.row()]
        action = r.action_owner
        if r.action_due:
            action += f" by {r.action_due:%d/%m/%Y}"
        if r.action_status:
            action += f" ({r.action_status})"
        decision = _sentence(r.decision) + (" (confidential)" if r.confidential else "")
        return (f"{r.meeting_on:%d/%m/%Y}", r.minute_number, decision, _sentence(r.outcome),
                r.votes,
                r.delegation, action)[index.column()]


class RegisterView(QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        bar = QHBoxLayout()
        self.search = QLineEdit()
        self.search.setPlaceholderText("Search decisions, meetings, minute numbers, actions")
        self.search.setAccessibleName("Search the decisions register")
        self.search.textChanged.connect(lambda _t: self.reload())
        self.confidential = QCheckBox("Include confidential business")
        self.confidential.toggled.connect(lambda _c: self.reload())
        self.count = QLabel()
        csv_button = QPushButton("Export CSV\u2026")
        pdf_button = QPushButton("Export PDF\u2026")
        csv_button.clicked.connect(lambda: self.export("csv"))
        pdf_button.clicked.connect(lambda: self.export("pdf"))
        search_label = QLabel("&Search:")
        search_label.setBuddy(self.search)
        for widget in (search_label, self.search, self.confidential, self.count,
                       csv_button, pdf_button):
            bar.addWidget(widget, 1 if widget is self.search else 0)
        layout.addLayout(bar)
        self.model = RegisterModel()
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setAccessibleName("Decisions register")
        self.table.setWordWrap(True)
        self.table.verticalHeader().setVisible(False)
        self.table.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        layout.addWidget(self.table, 1)
        actions = QHBoxLayout()
        done = QPushButton("Mark the action &done")
        done.clicked.connect(lambda: self.mark_done())
        officer = QPushButton("Record an &officer's decision\u2026")
        officer.clicked.connect(lambda: self.record_officer_decision())
        actions.addWidget(done)
        actions.addWidget(officer)
        actions.addStretch(1)
        layout.addLayout(actions)
        self.officer_decisions = QLabel()
        self.officer_decisions.setWordWrap(True)
        self.officer_decisions.setTextFormat(Qt.TextFormat.PlainText)
        layout.addWidget(self.officer_decisions)

    def reload(self) -> None:
        rows = register.resolutions(self.search.text(), self.confidential.isChecked())
        self.model.set_rows(rows)
        self.count.setText(f"{len(rows)} decision{'s' if len(rows) != 1 else ''}")
        decisions = register.officer_decisions()[:5]
        self.officer_decisions.setText(
            "Officers' decisions under delegated powers:\n" + "\n".join(
                f"{d.decided_on:%d/%m/%Y} {d.officer_name}: {d.decision}"
                + (f" \u2014 because {d.reasons}" if d.reasons else " \u2014 no reasons recorded")
                for d in decisions) if decisions else "No officer's decision under delegated "
            "powers recorded yet.")

    def selected(self) -> Resolution | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.rows[rows[0].row()] if rows else None

    def mark_done(self) -> bool:
        row = self.selected()
        if row is None:
            return False
        done = attempt(self, lambda: register.set_action(row.motion_id, row.action_owner or
                                                         "Clerk", row.action_due, "done",
                                                         self.ctx.actor))
        self.reload()
        return done

    def record_officer_decision(self) -> bool:
        officers = {o.id: f"{o.first_name} {o.surname}" for o in members.officers()
                    if o.id is not None}
        wanted = OfficerDecisionDialog.ask(officers, self.ctx.today(), self)
        if wanted is None:
            return False
        done = attempt(self, lambda: register.record_officer_decision(wanted, self.ctx.actor))
        self.reload()
        return done

    def export(self, kind: str, path: Path | None = None) -> Path | None:
        if path is None:
            chosen, _ = file_chooser.get_save_file_name(
                self, "Export the decisions register",
                str(self.ctx.paths.data_dir / f"Decisions register.{kind}"),
                "CSV files (*.csv)" if kind == "csv" else "PDF files (*.pdf)")
            if not chosen:
                return None
            path = Path(chosen)
        target = path
        council = self.ctx.council.name if self.ctx.council else "The council"
        include = self.confidential.isChecked()
        work = ((lambda: register.export_csv(target, self.search.text(), include))
                if kind == "csv" else
                (lambda: register.export_pdf(target, council, self.search.text(), include)))
        return target if attempt(self, work) else None
