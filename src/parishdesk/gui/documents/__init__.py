"""The Documents area: the Member/Officer Protocol, protocol packs and letters.

The area's page and its dialogs can be had from here; each is imported only
when it is first asked for, so that naming the package (as the area list does
to find ``page``) loads nothing the clerk has not opened yet.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from parishdesk.gui.documents.composer import LetterComposer
    from parishdesk.gui.documents.import_wizard import ImportWizard
    from parishdesk.gui.documents.outline import ClauseTextDialog
    from parishdesk.gui.documents.pack_dialogs import PackGenerator, ReturnedDialog
    from parishdesk.gui.documents.page import DocumentsPage, create
    from parishdesk.gui.documents.version_dialogs import (
        AdoptDialog,
        CompareDialog,
        DraftEditor,
        RuleLinksDialog,
    )

_WHERE = {
    "DocumentsPage": "page",
    "create": "page",
    "LetterComposer": "composer",
    "ImportWizard": "import_wizard",
    "ClauseTextDialog": "outline",
    "PackGenerator": "pack_dialogs",
    "ReturnedDialog": "pack_dialogs",
    "AdoptDialog": "version_dialogs",
    "CompareDialog": "version_dialogs",
    "DraftEditor": "version_dialogs",
    "RuleLinksDialog": "version_dialogs",
}
__all__ = [
    "AdoptDialog", "ClauseTextDialog", "CompareDialog", "DocumentsPage", "DraftEditor",
    "ImportWizard", "LetterComposer", "PackGenerator", "ReturnedDialog", "RuleLinksDialog",
    "create",
]


def __getattr__(name: str) -> Any:
    module = _WHERE.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    return getattr(importlib.import_module(f"{__name__}.{module}"), name)
