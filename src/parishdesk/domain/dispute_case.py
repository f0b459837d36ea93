"""The records of a confidential dispute case, and who may sign its letters (CORR-2, DISP-3).

A case has parties in roles, dated steps (``dispute_steps.Step``), notes, attached documents,
letters and links to the enquiry or information request it arose from. These are the frozen
records the store hands out; the rules for them are here too.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from parishdesk.domain.disputes import same_person

PARTY_ROLES: dict[str, str] = {
    "complainant": "Complainant",
    "subject": "Subject of the concern",
    "witness": "Witness",
    "companion": "Companion",
    "investigator": "Investigator",
    "decision_maker": "Decision-maker",
    "appeal_panel": "Appeal panel",
}
#: Roles whose holders are parties to the case, never judges of it.
PARTY_SIDES = frozenset({"complainant", "subject"})
LINK_KINDS: dict[str, str] = {"enquiry": "Enquiry", "access": "Information request"}
SIGNER_LABELS: dict[str, str] = {"clerk": "the Clerk", "chair": "the Chair of the council",
                                 "staffing_chair": "the chair of the staffing committee"}


@dataclass(frozen=True)
class DisputeCase:
    """One case as opened by the wizard (the steps, parties and papers are kept beside it)."""

    id: int
    reference: str
    opened_on: date
    track: str
    raised_by: str
    about: str
    nature: str
    title: str
    account: str = ""
    events_on: date | None = None
    informal_tried: bool = False
    informal_outcome: str = ""
    formal_requested: bool = False
    recommended_track: str = ""
    override_reason: str = ""
    archived_on: date | None = None

    @property
    def overridden(self) -> bool:
        return bool(self.recommended_track) and self.recommended_track != self.track


@dataclass(frozen=True)
class Party:
    id: int
    case_id: int
    role: str
    name: str
    kind: str = ""  # officer | clerk | councillor | chair | vice_chair | public
    person_id: int | None = None
    address: str = ""

    @property
    def role_label(self) -> str:
        return PARTY_ROLES.get(self.role, self.role)


@dataclass(frozen=True)
class CaseNote:
    id: int
    case_id: int
    on: date
    text: str


@dataclass(frozen=True)
class CaseAttachment:
    id: int
    case_id: int
    title: str
    file_name: str
    sha256: str
    added_on: date


@dataclass(frozen=True)
class CaseLink:
    id: int
    case_id: int
    kind: str
    record_id: int
    label: str = ""


def case_reference(year: int, number: int) -> str:
    """A case's reference, e.g. "DC/2026/003" (kept apart from the letters' numbers)."""
    return f"DC/{year}/{number:03d}"


def case_signer(about: str, parties: Sequence[Party], chair: str | None,
                staffing_chair: str | None) -> str:
    """Who signs the case's letters: the Clerk (CORR-2), except in a case about the Clerk,
    which goes out in the name of the Chair, or the staffing committee's chair when the Chair
    is a party; never in the name of a party to the case.

    Raises ``ValueError`` with a plain reason when nobody can sign.
    """
    if about != "clerk":
        return "clerk"
    sides = [p.name for p in parties if p.role in PARTY_SIDES or p.role == "witness"]
    for role, name in (("chair", chair), ("staffing_chair", staffing_chair)):
        if name and not any(same_person(name, s) for s in sides):
            return role
    raise ValueError("This case is about the Clerk, so its letters go out in the name of the "
                     "Chair or the staffing committee's chair, and both are parties to it or "
                     "not recorded. Ask the council to name another member to sign.")


def companion_right(hearing_on: date, latest: date) -> str:
    """The right to be accompanied, in the words every hearing invitation carries (DISP-10)."""
    from parishdesk.domain.letters import long_date

    return ("You have the right to be accompanied at the hearing by a fellow worker or a trade "
            "union representative of your choice. If your companion cannot come on "
            f"{long_date(hearing_on)}, you may propose another time, which must be no later "
            f"than {long_date(latest)}.")


def letter_recipient_role(letter_type: str, track: str, about: str = "",
                          raised_by: str = "") -> str:
    """Who normally receives a kind of case letter: "complainant", "subject" or "mo" (the
    Monitoring Officer). The note of an informal resolution goes to the councillor."""
    if letter_type == "case_mo_referral":
        return "mo"
    if letter_type == "case_ack":
        return "complainant"
    if letter_type == "case_informal_note":
        councillors = ("councillor", "chair", "vice_chair")
        return "complainant" if about not in councillors and raised_by == "councillor" \
            else "subject"
    return "subject" if track == "disciplinary" else "complainant"


#: What an acknowledgement tells the person who raised the concern happens next, by track.
ACK_NEXT_STEP: dict[str, str] = {
    "grievance": "The next step is to look into what you have raised. You will then be invited "
                 "in writing to a meeting to discuss it, and you may bring a companion.",
    "disciplinary": "It will be looked into under the council's procedure. I will let you know "
                    "when it has been dealt with, although some details about a member of "
                    "staff must stay confidential.",
    "code_of_conduct": "A complaint that a councillor broke the Code of Conduct is decided by "
                       "the Monitoring Officer of the principal council, not by this council; "
                       "I will tell you how it goes forward.",
    "informal": "The first step is a private conversation to see whether it can be put right "
                "informally.",
    "protocol_question": "I will answer your question in writing.",
}
