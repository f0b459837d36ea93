"""The import preview: column mapping, every row's problems, likely duplicates, then Import."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from parishdesk.domain.member_import import IMPORT_FIELDS
from parishdesk.gui.members.widgets import warning_icon
from parishdesk.services import member_io
from parishdesk.services.member_io import ImportPreview

IGNORE = "(ignore this column)"


class ImportPreviewDialog(QDialog):
    def __init__(self, preview: ImportPreview, today: dt.date,
                 parent: QWidget | None = None,
                 remap: Callable[[ImportPreview, dict[int, str | None], dt.date],
                                 ImportPreview] = member_io.remap) -> None:
        super().__init__(parent)
        self.setWindowTitle(f"Import members from {preview.source.name}")
        self.preview = preview
        self.today = today
        self._remap = remap
        layout = QVBoxLayout(self)
        mapping_box = QGroupBox("Columns: choose which field each column holds")
        mapping_layout = QVBoxLayout(mapping_box)
        self.mapping_table = QTableWidget(2, len(preview.headers))
        self.mapping_table.setAccessibleName("Column mapping and first rows")
        self.mapping_table.setVerticalHeaderLabels(["Field", "First row"])
        self.mapping_table.setHorizontalHeaderLabels(list(preview.headers))
        self.combos: list[QComboBox] = []
        for column, _header in enumerate(preview.headers):
            combo = QComboBox()
            combo.setAccessibleName(f"Field for column {column + 1}")
            combo.addItem(IGNORE, None)
            for key, label in IMPORT_FIELDS.items():
                combo.addItem(label, key)
            combo.setCurrentIndex(max(0, combo.findData(preview.mapping.get(column))))
            combo.currentIndexChanged.connect(self._mapping_changed)
            self.mapping_table.setCellWidget(0, column, combo)
            first = preview.rows[0][column] if preview.rows and column < len(preview.rows[0]) \
                else ""
            self.mapping_table.setItem(1, column, QTableWidgetItem(first))
            self.combos.append(combo)
        self.mapping_table.resizeColumnsToContents()
        self.mapping_table.setMaximumHeight(110)
        mapping_layout.addWidget(self.mapping_table)
        layout.addWidget(mapping_box)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        layout.addWidget(self.summary)
        lists = QHBoxLayout()
        problems_box = QGroupBox("Problems (nothing is imported until every row is right)")
        problems_layout = QVBoxLayout(problems_box)
        self.problems = QListWidget()
        self.problems.setAccessibleName("Problems by row")
        self.problems.setWordWrap(True)
        problems_layout.addWidget(self.problems)
        dup_box = QGroupBox("Likely duplicates (not imported again)")
        dup_layout = QVBoxLayout(dup_box)
        self.duplicates = QListWidget()
        self.duplicates.setAccessibleName("Likely duplicates")
        self.duplicates.setWordWrap(True)
        dup_layout.addWidget(self.duplicates)
        lists.addWidget(problems_box, 3)
        lists.addWidget(dup_box, 2)
        layout.addLayout(lists, 1)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.import_button = self.buttons.addButton("&Import",
                                                    QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self._show()
        self.resize(900, 560)

    def mapping(self) -> dict[int, str | None]:
        return {i: combo.currentData() for i, combo in enumerate(self.combos)}

    def _mapping_changed(self) -> None:
        self.preview = self._remap(self.preview, self.mapping(), self.today)
        self._show()

    def _show(self) -> None:
        plan = self.preview.plan
        self.problems.clear()
        for error in plan.errors:
            item = QListWidgetItem(warning_icon(self), error.describe())
            self.problems.addItem(item)
        if not plan.errors:
            self.problems.addItem("No problems found.")
        self.duplicates.clear()
        for dup in plan.duplicates:
            self.duplicates.addItem(f"Row {dup.row}: {dup.reason}")
        if not plan.duplicates:
            self.duplicates.addItem("None.")
        if plan.errors:
            self.summary.setText(f"\u26a0 {len(plan.errors)} problem(s) to put right in the file "
                                 "(or the column mapping) before anything can be imported.")
        else:
            self.summary.setText(" ".join(member_io.describe_plan(plan)))
        self.import_button.setEnabled(plan.ok and bool(plan.rows_to_add))

    @classmethod
    def ask(cls, parent: QWidget | None, preview: ImportPreview,
            today: dt.date) -> ImportPreview | None:
        dialog = cls(preview, today, parent)
        return dialog.preview if dialog.exec() == QDialog.DialogCode.Accepted else None
