"""The Information requests area: councillors' requests to see council documents.

The area's page and its dialogs can be had from here; each is imported only
when it is first asked for, so that naming the package (as the area list does
to find ``page``) loads nothing the clerk has not opened yet.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from parishdesk.gui.access.decision_dialog import AccessDecisionDialog
    from parishdesk.gui.access.history import CouncillorHistoryDialog
    from parishdesk.gui.access.page import AccessPage, create
    from parishdesk.gui.access.referral import (
        CommitteeOutcomeDialog,
        ReasonReceivedDialog,
        ReferralDialog,
    )
    from parishdesk.gui.access.request_dialog import AccessRequestDialog
    from parishdesk.gui.access.settings_dialog import AccessSettingsDialog

_WHERE = {
    "AccessPage": "page",
    "create": "page",
    "AccessDecisionDialog": "decision_dialog",
    "CouncillorHistoryDialog": "history",
    "CommitteeOutcomeDialog": "referral",
    "ReasonReceivedDialog": "referral",
    "ReferralDialog": "referral",
    "AccessRequestDialog": "request_dialog",
    "AccessSettingsDialog": "settings_dialog",
}
__all__ = [
    "AccessDecisionDialog", "AccessPage", "AccessRequestDialog", "AccessSettingsDialog",
    "CommitteeOutcomeDialog", "CouncillorHistoryDialog", "ReasonReceivedDialog",
    "ReferralDialog", "create",
]


def __getattr__(name: str) -> Any:
    module = _WHERE.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    return getattr(importlib.import_module(f"{__name__}.{module}"), name)
