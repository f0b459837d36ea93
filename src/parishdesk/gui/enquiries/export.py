"""File > Export > Export enquiries…: the inbox, as filtered, to a CSV or Excel file."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QWidget

from parishdesk.domain.enquiry_records import InboxQuery
from parishdesk.errors import ParishDeskError
from parishdesk.gui.common import errors, file_chooser
from parishdesk.services import enquiry_export

FILTERS = {"Excel workbook (*.xlsx)": ".xlsx", "CSV file (*.csv)": ".csv"}


def ask_target(parent: QWidget) -> Path | None:
    name, chosen = file_chooser.get_save_file_name(parent, "Export enquiries",
                                                   "enquiries.xlsx", ";;".join(FILTERS))
    if not name:
        return None
    path = Path(name)
    if path.suffix.lower() not in enquiry_export.FORMATS:
        path = path.with_name(path.name + FILTERS.get(chosen, ".xlsx"))
    return path


def export_inbox(parent: QWidget, query: InboxQuery, target: Path | None = None) -> str:
    """The inbox as filtered now, to a CSV or Excel file: ask where (unless ``target`` is
    given), write it, and say so in the window's status bar; those words ("" when nothing
    was written)."""
    target = target or ask_target(parent)
    if target is None:
        return ""
    try:
        count = enquiry_export.export_file(target, query)
    except (ParishDeskError, OSError) as exc:
        errors.show_expected(parent, exc)
        return ""
    done = f"{count} enquir{'y' if count == 1 else 'ies'} exported to {target}."
    status = getattr(parent.window(), "statusBar", None)
    if callable(status):
        status().showMessage(done, 8000)
    return done
