"""The records of a meeting, as frozen dataclasses the store hands out."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, time

MEETING_KINDS: dict[str, str] = {
    "annual": "Annual meeting",
    "ordinary": "Ordinary meeting",
    "extraordinary": "Extraordinary meeting",
}
PRESIDING_AS: dict[str, str] = {"chair": "Chair", "vice-chair": "Vice-Chair",
                                "chosen": "Member chosen to preside"}
ATTENDANCE: dict[str, str] = {"present": "Present", "apologies": "Apologies",
                              "absent": "Absent"}
MINUTE_STATES: dict[str, str] = {"none": "No minutes yet", "draft": "Draft",
                                 "approved": "Approved", "signed": "Signed"}
ACTION_STATUSES: tuple[str, ...] = ("", "open", "done")

#: The items every agenda opens with, in order: key → title.
STANDARD_ITEMS: tuple[tuple[str, str, bool], ...] = (
    ("apologies", "Apologies for absence", True),
    ("declarations", "Declarations of interest and requests for dispensations", False),
    ("minutes", "Minutes of the last meeting", True),
    ("public", "Public participation", False),
)


@dataclass(frozen=True, kw_only=True)
class Meeting:
    id: int | None = None
    committee_id: int | None = None
    body: str = "Full council"  # the council or the committee's name
    kind: str = "ordinary"
    on: date
    at: time | None = None
    place: str = ""
    presiding_id: int | None = None
    presiding_as: str = "chair"
    summons_issued_on: date | None = None
    minutes_state: str = "none"
    approved_at_meeting_id: int | None = None
    approved_by_motion_id: int | None = None
    signed_by: str = ""
    signed_on: date | None = None

    @property
    def title(self) -> str:
        kind = MEETING_KINDS.get(self.kind, self.kind)
        if self.committee_id is None:
            return f"{kind} of the council"
        return f"{kind} of the {self.body}"

    @property
    def signed(self) -> bool:
        return self.minutes_state == "signed"


@dataclass(frozen=True, kw_only=True)
class AgendaItem:
    id: int | None = None
    meeting_id: int
    position: int = 0
    title: str = ""
    papers: tuple[str, ...] = ()
    decision_expected: bool = False
    confidential: bool = False
    confidential_reason: str = ""
    standard: str = ""
    requested_by_id: int | None = None
    asked_on: date | None = None
    papers_received_on: date | None = None
    notes: str = ""


@dataclass(frozen=True, kw_only=True)
class Attendance:
    id: int | None = None
    meeting_id: int
    person_id: int
    name: str = ""
    status: str = "absent"
    reason: str = ""
    reason_accepted: bool | None = None
    arrived_at: str = ""
    left_at: str = ""


@dataclass(frozen=True, kw_only=True)
class Declaration:
    id: int | None = None
    meeting_id: int
    item_id: int
    person_id: int
    name: str = ""
    kind: str = "pecuniary"
    description: str = ""
    action: str = "left"
    dispensation_ref: str = ""
    on_register: bool = True


@dataclass(frozen=True, kw_only=True)
class Motion:
    id: int | None = None
    meeting_id: int
    item_id: int
    text: str = ""
    proposer_id: int | None = None
    seconder_id: int | None = None
    amends_id: int | None = None
    in_favour: int = 0
    against: int = 0
    abstentions: int = 0
    recorded: bool = False
    casting_vote: str | None = None
    casting_by_id: int | None = None
    outcome: str = ""  # "" until voted | carried | not carried | withdrawn
    excludes_public: bool = False
    exclusion_reason: str = ""
    delegate_kind: str = ""
    delegate_to: str = ""
    reverses_id: int | None = None
    action_owner: str = ""
    action_due: date | None = None
    action_status: str = ""
    votes: tuple[tuple[int, str], ...] = field(default=())  # recorded: (person id, choice)


@dataclass(frozen=True, kw_only=True)
class Minute:
    id: int | None = None
    meeting_id: int
    item_id: int | None = None
    position: int = 0
    number: str = ""
    title: str = ""
    body: str = ""
    confidential: bool = False
    corrects_id: int | None = None
    signed_hash: str = ""


@dataclass(frozen=True, kw_only=True)
class Signature:
    meeting_id: int
    signed_by: str
    signed_on: date
    content_hash: str
    previous_hash: str
    chain_hash: str


@dataclass(frozen=True, kw_only=True)
class OfficerDecision:
    id: int | None = None
    officer_id: int
    officer_name: str = ""
    decided_on: date
    decision: str = ""
    reasons: str = ""
    authority: str = ""  # the resolution or scheme of delegation relied on


@dataclass(frozen=True, kw_only=True)
class Resolution:
    """One line of the decisions register."""

    motion_id: int
    meeting_id: int
    meeting_on: date
    meeting_title: str
    minute_number: str
    decision: str
    outcome: str
    votes: str
    delegation: str
    action_owner: str
    action_due: date | None
    action_status: str
    confidential: bool
