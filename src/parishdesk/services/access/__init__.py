"""Councillors' requests to see council documents: log, assess, decide, refer, export.

Each public function is one use case in one transaction, audited. The rules
themselves live in ``parishdesk.domain.access`` (the recommendation, the
checks on a decision, the lifecycle) and ``parishdesk.domain.access_letter``
(the letter's wording); a request is one record, ``domain.access_record.AccessRecord``,
in every layer. The package keeps one job per module: :mod:`.register` (reading
and exporting), :mod:`.requests` (logging and the lifecycle), :mod:`.decisions`
(deciding and letters) and :mod:`.common` (settings, errors, inputs).
"""

from parishdesk.domain.access_record import AWAITING_DECISION, PENDING, AccessRecord
from parishdesk.domain.access_record import request_reference as reference
from parishdesk.services.access.common import (
    DEADLINE_SETTING,
    DEFAULT_DEADLINE_WORKING_DAYS,
    TABLE,
    AccessProblem,
    DecisionInput,
    RegisterFilter,
    cite_function,
    deadline_working_days,
    set_deadline_working_days,
)
from parishdesk.services.access.decisions import (
    DecisionResult,
    decide_access,
    decision_letter_body,
    decision_problems,
    issue_decision_letter,
    issue_written_reasons,
)
from parishdesk.services.access.register import (
    CSV_HEADERS,
    councillor_history,
    export_csv,
    export_pdf,
    get_request,
    list_requests,
    overdue_count,
    status_history,
)
from parishdesk.services.access.requests import (
    access_request_for,
    close_request,
    justification_received,
    log_request,
    preview_due,
    recommend,
    record_committee_outcome,
    refer_to_committee,
    request_input,
    request_problems,
    transition,
    update_request,
)

#: What the officer's request form fills in: the request record's first fields.
RequestInput = AccessRecord

__all__ = [
    "AWAITING_DECISION",
    "CSV_HEADERS",
    "DEADLINE_SETTING",
    "DEFAULT_DEADLINE_WORKING_DAYS",
    "PENDING",
    "TABLE",
    "AccessProblem",
    "AccessRecord",
    "DecisionInput",
    "DecisionResult",
    "RegisterFilter",
    "RequestInput",
    "access_request_for",
    "cite_function",
    "close_request",
    "councillor_history",
    "deadline_working_days",
    "decide_access",
    "decision_problems",
    "decision_letter_body",
    "export_csv",
    "export_pdf",
    "get_request",
    "issue_decision_letter",
    "issue_written_reasons",
    "justification_received",
    "list_requests",
    "log_request",
    "overdue_count",
    "preview_due",
    "recommend",
    "record_committee_outcome",
    "reference",
    "refer_to_committee",
    "request_input",
    "request_problems",
    "set_deadline_working_days",
    "status_history",
    "transition",
    "update_request",
]
