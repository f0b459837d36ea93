"""Councillors' requests to see council information: the "need to know" test.

``assess`` recommends an outcome for one request from the facts the officer
records about it (who asks, which committee the document concerns, what it
contains, the reason given). The officer makes the actual decision; the
helpers below check that decision before it is recorded and keep the request
moving through its lifecycle. Every outcome names the rules it relies on by
their IDs in the rulebook (``parishdesk.domain.rules``).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from types import MappingProxyType

# --- What a document may contain -------------------------------------------

#: Content categories in the order a form lists them, with their labels.
#: A label reads well on its own and, first letter lowered, inside a sentence.
CONTENT_CATEGORIES: Mapping[str, str] = MappingProxyType({
    "personal_data": "Personal information about other people",
    "employee": "Information about a particular employee",
    "occupier": "Information about an occupier of council property",
    "grant_applicant": "Information about an applicant for a grant or service",
    "negotiation": "Information about contract or industrial-relations negotiations",
    "legal_advice": "Legal advice given to the council",
    "crime": "Information about the investigation of crime",
    "monitoring_officer": "Correspondence held for a Monitoring Officer investigation",
    "group_internal": "A party group's internal papers",
})

#: Categories exempt even from councillors (ACCESS-4), in form order.
EXEMPT_CATEGORIES: tuple[str, ...] = (
    "employee", "occupier", "grant_applicant", "negotiation", "legal_advice", "crime",
)

# --- Recommended outcomes and the officer's decisions ----------------------

OUTCOMES: tuple[str, ...] = ("disclose", "justify", "refuse")
OUTCOME_LABELS: Mapping[str, str] = MappingProxyType({
    "disclose": "Disclose",
    "justify": "Ask the councillor for a specific reason first",
    "refuse": "Refuse",
})

DECISIONS: tuple[str, ...] = (
    "disclosed_full", "disclosed_part", "justification_requested", "refused", "not_held",
)
DECISION_LABELS: Mapping[str, str] = MappingProxyType({
    "disclosed_full": "Disclosed in full",
    "disclosed_part": "Disclosed in part (with redactions)",
    "justification_requested": "Specific reason requested",
    "refused": "Refused",
    "not_held": "Not held by the council",
})

#: Decisions that give the councillor some information (ACCESS-9 applies).
DISCLOSURE_DECISIONS: frozenset[str] = frozenset({"disclosed_full", "disclosed_part"})

#: The decisions that follow each recommendation; anything else is an override.
#: "Not held" is a statement of fact, never an override.
RECOMMENDED_DECISIONS: Mapping[str, frozenset[str]] = MappingProxyType({
    "disclose": frozenset({"disclosed_full", "disclosed_part", "not_held"}),
    "justify": frozenset({"justification_requested", "not_held"}),
    "refuse": frozenset({"refused", "not_held"}),
})

# --- Lifecycle -------------------------------------------------------------

STATUSES: tuple[str, ...] = (
    "received", "assessing", "awaiting_justification", "decided",
    "referred", "committee_decided", "closed",
)
STATUS_LABELS: Mapping[str, str] = MappingProxyType({
    "received": "Received",
    "assessing": "Being assessed",
    "awaiting_justification": "Waiting for the councillor's reason (clock stopped)",
    "decided": "Decided",
    "referred": "Referred to committee",
    "committee_decided": "Committee has decided",
    "closed": "Closed",
})

#: Where a request may go next from each status.
TRANSITIONS: Mapping[str, tuple[str, ...]] = MappingProxyType({
    "received": ("assessing", "awaiting_justification", "decided", "closed"),
    "assessing": ("awaiting_justification", "decided", "closed"),
    "awaiting_justification": ("assessing", "decided", "closed"),
    "decided": ("referred", "closed"),
    "referred": ("committee_decided",),
    "committee_decided": ("closed",),
    "closed": (),
})

COMMITTEE_OUTCOMES: tuple[str, ...] = ("upheld", "varied", "overturned")
COMMITTEE_OUTCOME_LABELS: Mapping[str, str] = MappingProxyType({
    "upheld": "Officer's decision upheld",
    "varied": "Officer's decision varied",
    "overturned": "Officer's decision overturned",
})


# --- The request and the assessment ----------------------------------------


def _norm(name: str | None) -> str:
    """A committee or group name for comparison: case and outer spaces ignored."""
    return " ".join((name or "").split()).casefold()


@dataclass(frozen=True)
class AccessRequest:
    """The facts :func:`assess` weighs about one request, with committees and the party group
    named as they stand on the day. Built from the request for the assessment only: the
    request itself, in every layer, is :class:`~parishdesk.domain.access_record.AccessRecord`.
    """

    requester_committees: frozenset[str] = frozenset()
    requester_group: str | None = None
    document_committee: str | None = None
    meeting_business: bool = False
    contents: frozenset[str] = frozenset()
    document_group: str | None = None
    reason: str = ""
    reason_specific: bool = False

    def __post_init__(self) -> None:
        if isinstance(self.contents, str):
            raise ValueError(
                "contents must be a set of categories, not a single string "
                f"(got {self.contents!r})"
            )
        contents = frozenset(self.contents)
        unknown = sorted(contents - CONTENT_CATEGORIES.keys())
        if unknown:
            raise ValueError(
                f"Unknown content categor{'y' if len(unknown) == 1 else 'ies'}: "
                f"{', '.join(unknown)}. Known categories are: {', '.join(CONTENT_CATEGORIES)}."
            )
        if isinstance(self.requester_committees, str):
            raise ValueError(
                "requester_committees must be a set of committee names, not a single string "
                f"(got {self.requester_committees!r})"
            )
        object.__setattr__(self, "contents", contents)
        object.__setattr__(self, "requester_committees", frozenset(self.requester_committees))


@dataclass(frozen=True)
class Assessment:
    """ParishDesk's recommendation on one request, with the rules and reasons behind it."""

    outcome: str
    presumed: bool
    rules: tuple[str, ...]
    reasons: tuple[str, ...] = field(default_factory=tuple)


_ALWAYS: Mapping[str, tuple[str, ...]] = MappingProxyType({
    "disclose": ("ACCESS-9",),
    "refuse": ("ACCESS-8", "ACCESS-10"),
    "justify": ("ACCESS-1",),
})


def _phrase(category: str) -> str:
    label = CONTENT_CATEGORIES[category]
    return label[0].lower() + label[1:]


def _join(items: list[str]) -> str:
    if len(items) <= 1:
        return "".join(items)
    return ", ".join(items[:-1]) + " and " + items[-1]


def _result(outcome: str, primary: Iterable[str], reasons: Iterable[str],
            presumed: bool = False) -> Assessment:
    rules: list[str] = []
    for rule_id in (*primary, *_ALWAYS[outcome]):
        if rule_id not in rules:
            rules.append(rule_id)
    return Assessment(outcome=outcome, presumed=presumed, rules=tuple(rules),
                      reasons=tuple(reasons))


def assess(request: AccessRequest) -> Assessment:
    """Recommend an outcome for one request; the first rule that applies decides."""
    contents = request.contents
    reason_given = bool(request.reason.strip())

    # 1. Another group's internal papers.
    if "group_internal" in contents:
        own = _norm(request.requester_group)
        if not own or _norm(request.document_group) != own:
            return _result("refuse", ["ACCESS-5"], [
                "The document is an internal paper of a party group you do not belong to. "
                "A member of one group has no need to know another group's internal papers, "
                "even where the council holds them.",
            ])

    # 2. Monitoring Officer investigation.
    if "monitoring_officer" in contents:
        return _result("refuse", ["ACCESS-7"], [
            "The document is correspondence held for a Monitoring Officer investigation. "
            "Such correspondence is not disclosed unless it is released for the purposes of "
            "that investigation.",
        ])

    # 3. Exempt information or third parties' personal data (ACCESS-4, ACCESS-3).
    exempt = [c for c in EXEMPT_CATEGORIES if c in contents]
    personal = "personal_data" in contents
    if exempt or personal:
        primary = (["ACCESS-4"] if exempt else []) + (["ACCESS-3"] if personal else [])
        found = [c for c in CONTENT_CATEGORIES if c in exempt or (personal and c == "personal_data")]
        reasons = [
            f"The document contains {_join([_phrase(c) for c in found])}. Information of this "
            "kind is given to a councillor only where they show a specific need for it in their "
            "work as a councillor, even if they sit on the committee concerned or the matter is "
            "on an agenda.",
        ]
        if personal:
            reasons.append(
                "Personal information about other people is not normally released without their "
                "consent, and the Clerk is consulted before any is released."
            )
        if request.reason_specific:
            reasons.append("You have explained a specific need for it that is connected with "
                           "your duties as a councillor.")
            return _result("disclose", primary, reasons)
        if not reason_given:
            reasons.append("You have not yet said why you need it, so a decision cannot be made "
                           "until you explain the specific need.")
            return _result("justify", primary, reasons)
        reasons.append("The reason you gave does not show a specific need connected with your "
                       "duties as a councillor.")
        return _result("refuse", primary, reasons)

    # 4. Business to be transacted at a meeting.
    if request.meeting_business:
        return _result("disclose", ["ACCESS-6"], [
            "The document concerns business to be transacted at a meeting and contains no exempt "
            "information, so any councillor may inspect it, as may any member of the public.",
        ], presumed=True)

    # 5. A member of the committee whose functions the document concerns.
    committee = _norm(request.document_committee)
    if committee and committee in {_norm(c) for c in request.requester_committees}:
        name = (request.document_committee or "").strip()
        return _result("disclose", ["ACCESS-2"], [
            f"You are a member of {name}, and the document concerns that committee's functions, "
            "so you are taken to need to know its contents.",
        ], presumed=True)

    # 6-8. The general need-to-know test.
    if request.reason_specific:
        return _result("disclose", ["ACCESS-1"], [
            "You have explained a specific need for the document that is connected with your "
            "duties as a councillor.",
        ])
    if not reason_given:
        return _result("justify", ["ACCESS-1"], [
            "A councillor may see council documents that are reasonably needed for their duties. "
            "You have not yet said why you need this one, so a decision cannot be made until you "
            "explain the specific need.",
        ])
    return _result("refuse", ["ACCESS-1"], [
        "The reason you gave does not show that you need the document for your duties as a "
        "councillor. Curiosity, or a general wish to look through the council's papers, is not "
        "enough.",
    ])


# --- The officer's decision ------------------------------------------------


def _check_decision(decision: str) -> None:
    if decision not in DECISIONS:
        raise ValueError(f"Unknown decision {decision!r}; expected one of: {', '.join(DECISIONS)}")


def is_override(assessment: Assessment, decision: str) -> bool:
    """True when the officer decided otherwise than ParishDesk recommended."""
    _check_decision(decision)
    return decision not in RECOMMENDED_DECISIONS[assessment.outcome]


def validate_decision(assessment: Assessment, decision: str, override_reason: str,
                      purpose: str, redactions: str) -> tuple[str, ...]:
    """Problems that stop this decision being recorded; empty when it may be recorded."""
    if decision not in DECISIONS:
        return (f"Choose a decision: {decision!r} is not one of "
                f"{', '.join(DECISION_LABELS.values())}.",)
    errors: list[str] = []
    if is_override(assessment, decision) and not override_reason.strip():
        errors.append(
            f"The recommendation was '{OUTCOME_LABELS[assessment.outcome]}'. To decide "
            f"'{DECISION_LABELS[decision]}' instead, write down the reason for departing from it."
        )
    if decision in DISCLOSURE_DECISIONS and not purpose.strip():
        errors.append("State the purpose the information is given for: it may be used only for "
                      "that purpose, and the letter must say so.")
    if decision == "disclosed_part" and not redactions.strip():
        errors.append("Describe what has been removed from the document for a part disclosure.")
    return tuple(errors)


# --- Lifecycle and disputes ------------------------------------------------


def allowed_transitions(status: str) -> tuple[str, ...]:
    """The statuses a request may move to from ``status``."""
    if status not in TRANSITIONS:
        raise ValueError(f"Unknown status {status!r}; expected one of: {', '.join(STATUSES)}")
    return TRANSITIONS[status]


def transition(current: str, new: str) -> str:
    """Move a request from ``current`` to ``new``; raise ``ValueError`` if not allowed."""
    allowed = allowed_transitions(current)
    if new not in TRANSITIONS:
        raise ValueError(f"Unknown status {new!r}; expected one of: {', '.join(STATUSES)}")
    if new not in allowed:
        onward = ", ".join(allowed) if allowed else "nowhere (it is finished)"
        raise ValueError(
            f"An access request cannot move from '{current}' to '{new}'. "
            f"From '{current}' it may go to: {onward}."
        )
    return new


def clock_stopped(status: str) -> bool:
    """True while the councillor owes a reason: the time to decide does not run."""
    allowed_transitions(status)
    return status == "awaiting_justification"


def referral_body(document_committee: str | None) -> str:
    """Who hears a dispute: the committee the document concerns, else the Council."""
    name = " ".join((document_committee or "").split())
    return name or "the Council"
