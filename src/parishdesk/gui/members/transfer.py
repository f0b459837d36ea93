"""The Members area's import and export: the import preview, and the register saved as a
PDF, a spreadsheet or a CSV file.

Imported when the clerk first imports or exports (with it come the spreadsheet and PDF
code behind ``parishdesk.services.member_io``), not when the area opens.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtWidgets import QWidget

from parishdesk.errors import ParishDeskError
from parishdesk.gui.common import file_chooser
from parishdesk.gui.common.errors import show_expected
from parishdesk.gui.members.import_dialog import ImportPreviewDialog
from parishdesk.gui.members.widgets import run_service
from parishdesk.services import member_io


def import_file(parent: QWidget, path: Path, actor: str, today: dt.date) -> bool:
    """Preview the file's members, then add the ones the clerk keeps; True if added."""
    try:
        preview = member_io.preview_import(path, today)
    except ParishDeskError as exc:
        show_expected(parent, exc)
        return False
    chosen = ImportPreviewDialog.ask(parent, preview, today)
    if chosen is None:
        return False
    return run_service(parent, lambda: member_io.apply_import(chosen, actor, today))


def export_members(parent: QWidget, today: dt.date) -> None:
    """Ask where, then save the member register in the format the clerk chose."""
    path, _ = file_chooser.get_save_file_name(
        parent, "Export members", "member-register.pdf",
        "PDF register (*.pdf);;Spreadsheet (*.xlsx);;CSV (*.csv)")
    if path:
        try:
            member_io.export_file(Path(path), today)
        except (ParishDeskError, OSError) as exc:
            show_expected(parent, exc)


def register_pdf(today: dt.date) -> bytes:
    """The member register as it is exported to PDF (for File > Print…)."""
    return member_io.register_pdf(today)
