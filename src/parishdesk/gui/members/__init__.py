"""The Members area: the register of councillors, officers, committees and groups.

The area's page and its dialogs can be had from here; each is imported only
when it is first asked for, so that naming the package (as the area list does
to find ``page``) loads nothing the clerk has not opened yet.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from parishdesk.gui.members.dialogs import ArchiveDialog, CouncillorDialog, RecordDialog
    from parishdesk.gui.members.import_dialog import ImportPreviewDialog
    from parishdesk.gui.members.page import MembersPage, create

_WHERE = {
    "MembersPage": "page",
    "create": "page",
    "ArchiveDialog": "dialogs",
    "CouncillorDialog": "dialogs",
    "RecordDialog": "dialogs",
    "ImportPreviewDialog": "import_dialog",
}
__all__ = [
    "ArchiveDialog", "CouncillorDialog", "ImportPreviewDialog", "MembersPage",
    "RecordDialog", "create",
]


def __getattr__(name: str) -> Any:
    module = _WHERE.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    return getattr(importlib.import_module(f"{__name__}.{module}"), name)
