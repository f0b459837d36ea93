"""Enquiry use cases: log, change, move through the lifecycle, check, reply, acknowledge.

Each public function is one transaction and writes the audit log. The rules
(lifecycle, deadlines, protocol checks) live in ``parishdesk.domain``; these
modules gather the facts they need through the store, which speaks in the
records of ``parishdesk.domain.enquiry_records``.

One module per job:

- ``settings``: the council's standard times, its calendar, the inbox query;
- ``common``: the error, loading an enquiry, officers, status history;
- ``checks``: the protocol checks, their warnings and dismissals;
- ``lifecycle``: logging, changing, assigning and moving an enquiry on;
- ``attachments``: files kept with an enquiry;
- ``replies``: replies and acknowledgements, as letters or e-mail drafts;
- ``detail_view``: one enquiry as the detail pane shows it;
- ``group_advice``: advice to party groups and who must still be told.

Every public name is importable from this package, as it was from the one
module it replaces.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from parishdesk.domain.enquiry_records import InboxQuery
    from parishdesk.services.enquiries.attachments import attach_file
    from parishdesk.services.enquiries.checks import (
        dismiss_warning,
        facts_for,
        recheck_addressed_to,
    )
    from parishdesk.services.enquiries.common import TABLE, EnquiryProblem, history
    from parishdesk.services.enquiries.detail_view import (
        EnquiryDetail,
        ReplyView,
        TimelineEntry,
        WarningView,
        detail,
        due_text,
    )
    from parishdesk.services.enquiries.group_advice import (
        GroupAdviceView,
        group_advice_log,
        mark_group_told,
        record_group_advice,
    )
    from parishdesk.services.enquiries.lifecycle import (
        CopyInput,
        EnquiryInput,
        Saved,
        assign,
        log_enquiry,
        save_enquiry,
        set_priority,
        transition,
        update_enquiry,
    )
    from parishdesk.services.enquiries.replies import (
        acknowledge,
        acknowledgement_text,
        build_email,
        copied_names,
        issue_reply_letter,
        save_reply_email,
        update_reply,
        write_reply,
    )
    from parishdesk.services.enquiries.settings import (
        ACK_SETTING,
        ANSWER_SETTING,
        MIN_NOTICE_SETTING,
        InboxSettings,
        ack_working_days,
        answer_working_days,
        deadline_problems,
        inbox_query,
        inbox_settings,
        min_notice_working_days,
        nation,
        set_deadlines,
    )

# Each public name and the module that defines it. A name is imported on first use, so
# asking for one job (e.g. the group-advice log for the reminder banner) does not load
# the others (replies, letters …) at start-up.
_WHERE: dict[str, str] = {
    "InboxQuery": "parishdesk.domain.enquiry_records",
    "attach_file": ".attachments",
    "dismiss_warning": ".checks",
    "facts_for": ".checks",
    "recheck_addressed_to": ".checks",
    "EnquiryProblem": ".common",
    "TABLE": ".common",
    "history": ".common",
    "EnquiryDetail": ".detail_view",
    "ReplyView": ".detail_view",
    "TimelineEntry": ".detail_view",
    "WarningView": ".detail_view",
    "detail": ".detail_view",
    "due_text": ".detail_view",
    "GroupAdviceView": ".group_advice",
    "group_advice_log": ".group_advice",
    "mark_group_told": ".group_advice",
    "record_group_advice": ".group_advice",
    "CopyInput": ".lifecycle",
    "EnquiryInput": ".lifecycle",
    "Saved": ".lifecycle",
    "assign": ".lifecycle",
    "log_enquiry": ".lifecycle",
    "save_enquiry": ".lifecycle",
    "set_priority": ".lifecycle",
    "transition": ".lifecycle",
    "update_enquiry": ".lifecycle",
    "acknowledge": ".replies",
    "acknowledgement_text": ".replies",
    "build_email": ".replies",
    "copied_names": ".replies",
    "issue_reply_letter": ".replies",
    "save_reply_email": ".replies",
    "update_reply": ".replies",
    "write_reply": ".replies",
    "ACK_SETTING": ".settings",
    "ANSWER_SETTING": ".settings",
    "InboxSettings": ".settings",
    "MIN_NOTICE_SETTING": ".settings",
    "ack_working_days": ".settings",
    "answer_working_days": ".settings",
    "deadline_problems": ".settings",
    "inbox_query": ".settings",
    "inbox_settings": ".settings",
    "min_notice_working_days": ".settings",
    "nation": ".settings",
    "set_deadlines": ".settings",
}


def __getattr__(name: str) -> Any:
    module = _WHERE.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(module, __name__), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted({*globals(), *_WHERE})


__all__ = [
    "ACK_SETTING", "ANSWER_SETTING", "MIN_NOTICE_SETTING", "TABLE", "CopyInput",
    "EnquiryDetail", "EnquiryInput", "EnquiryProblem", "GroupAdviceView", "InboxQuery",
    "InboxSettings", "ReplyView", "Saved", "TimelineEntry", "WarningView", "ack_working_days",
    "acknowledge", "acknowledgement_text", "answer_working_days", "assign", "attach_file",
    "build_email", "copied_names", "deadline_problems", "detail", "dismiss_warning",
    "due_text", "facts_for", "group_advice_log", "history", "inbox_query", "inbox_settings",
    "issue_reply_letter", "log_enquiry", "mark_group_told", "min_notice_working_days",
    "nation", "record_group_advice", "recheck_addressed_to", "save_enquiry",
    "save_reply_email", "set_deadlines", "set_priority", "transition", "update_enquiry",
    "update_reply", "write_reply",
]
