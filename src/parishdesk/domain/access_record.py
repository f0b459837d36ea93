"""A councillor's request to see council documents, as one record.

:class:`AccessRecord` is the one shape of a request in every layer: the officer's
form fills its first fields, the store keeps and returns it, the service adds the
names and the deadline for the day it is read, and the register and letters show
it. The rules it is weighed and moved by are in :mod:`parishdesk.domain.access`.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from parishdesk.domain.access import DECISION_LABELS, STATUS_LABELS, Assessment, is_override

#: Statuses in which the officer still owes a decision.
AWAITING_DECISION = frozenset({"received", "assessing", "awaiting_justification"})
#: Statuses in which something is still owed (a decision, or the committee's outcome).
PENDING = AWAITING_DECISION | {"referred"}

#: The recommendation a request carries before it has been assessed.
NOT_ASSESSED = Assessment("justify", False, ("ACCESS-1",), ("Not yet assessed.",))


def request_reference(request_id: int, received_on: date) -> str:
    """The reference letters and the register quote, e.g. "IR/2026/0007"."""
    return f"IR/{received_on.year}/{request_id:04d}"


@dataclass(frozen=True, kw_only=True)
class AccessRecord:
    """One request: what the officer recorded, the decision and any referral.

    ``id`` is 0 until the request is saved. The last group of fields
    (``requester_name`` to ``due_text``) is worked out for the day the record is
    read (names of people and committees, the deadline); the store leaves them
    empty and never keeps them.
    """

    # What the officer records when a councillor asks.
    requester_id: int
    received_on: date
    documents: str
    holder: str = ""
    committee_id: int | None = None
    meeting_business: bool = False
    meeting: str = ""
    contents: frozenset[str] = frozenset()
    document_group: str = ""
    reason: str = ""
    reason_specific: bool = False
    foi: bool = False
    decider_id: int | None = None  # None: the Clerk
    # Kept with the request.
    id: int = 0  # 0 until saved: the store's ids start at 1
    due_working_days: int = 10
    status: str = "received"
    assessment: Assessment = NOT_ASSESSED
    decision: str = ""
    decision_reasons: tuple[str, ...] = ()
    purpose: str = ""
    conditions: tuple[str, ...] = ()
    redactions: str = ""
    override_reason: str = ""
    decided_on: date | None = None
    decision_letter_id: int | None = None
    reasons_letter_id: int | None = None
    referral_body: str = ""
    referred_on: date | None = None
    referral_meeting_on: date | None = None
    committee_outcome: str = ""
    committee_outcome_on: date | None = None
    committee_note: str = ""
    closed_on: date | None = None
    # Worked out when read.
    requester_name: str = ""
    committee_name: str = ""
    decider_name: str = ""
    due_on: date | None = None
    clock_stopped: bool = False
    overdue: bool = False
    due_text: str = ""

    @property
    def reference(self) -> str:
        return request_reference(self.id, self.received_on) if self.id else ""

    @property
    def status_label(self) -> str:
        return STATUS_LABELS.get(self.status, self.status)

    @property
    def decision_label(self) -> str:
        return DECISION_LABELS.get(self.decision, "")

    @property
    def pending(self) -> bool:
        return self.status in PENDING

    @property
    def overridden(self) -> bool:
        return bool(self.decision) and is_override(self.assessment, self.decision)


#: The fields the officer's request form fills (and may correct while undecided).
INPUT_FIELDS = ("requester_id", "received_on", "documents", "holder", "committee_id",
                "meeting_business", "meeting", "contents", "document_group", "reason",
                "reason_specific", "foi", "decider_id")

#: The fields worked out when a record is read; never stored.
READ_FIELDS = ("requester_name", "committee_name", "decider_name", "due_on", "clock_stopped",
               "overdue", "due_text")
