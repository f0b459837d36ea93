"""The Enquiries area: councillors' requests to staff, with their deadlines.

The area's page and its dialogs can be had from here; each is imported only
when it is first asked for, so that naming the package (as the area list does
to find ``page``) loads nothing the clerk has not opened yet.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from parishdesk.gui.enquiries.capture import QuickCaptureDialog
    from parishdesk.gui.enquiries.form import EnquiryFormDialog
    from parishdesk.gui.enquiries.group_advice import GroupAdviceDialog, RecordAdviceDialog
    from parishdesk.gui.enquiries.leave_dialog import LeaveEditDialog, OfficerLeaveDialog
    from parishdesk.gui.enquiries.page import EnquiriesPage, create
    from parishdesk.gui.enquiries.report_dialog import EnquiryReportDialog
    from parishdesk.gui.enquiries.settings_dialog import EnquirySettingsDialog

_WHERE = {
    "EnquiriesPage": "page",
    "create": "page",
    "QuickCaptureDialog": "capture",
    "EnquiryFormDialog": "form",
    "GroupAdviceDialog": "group_advice",
    "RecordAdviceDialog": "group_advice",
    "LeaveEditDialog": "leave_dialog",
    "OfficerLeaveDialog": "leave_dialog",
    "EnquiryReportDialog": "report_dialog",
    "EnquirySettingsDialog": "settings_dialog",
}
__all__ = [
    "EnquiriesPage", "EnquiryFormDialog", "EnquiryReportDialog", "EnquirySettingsDialog",
    "GroupAdviceDialog", "LeaveEditDialog", "OfficerLeaveDialog", "QuickCaptureDialog",
    "RecordAdviceDialog", "create",
]


def __getattr__(name: str) -> Any:
    module = _WHERE.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    return getattr(importlib.import_module(f"{__name__}.{module}"), name)
