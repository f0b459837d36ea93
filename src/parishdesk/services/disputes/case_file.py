"""Everything about one case, read together for the case file and the case bundle."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from parishdesk.domain.dispute_case import (
    CaseAttachment,
    CaseLink,
    CaseNote,
    DisputeCase,
    Party,
    case_signer,
)
from parishdesk.domain.dispute_steps import (
    STEP_LABELS,
    Deadline,
    Step,
    case_deadlines,
    is_paused,
    next_steps,
    tribunal_warning,
)
from parishdesk.domain.disputes import Concern, Route, route
from parishdesk.errors import ParishDeskError
from parishdesk.services.disputes import gate
from parishdesk.services.disputes.cases import state_label
from parishdesk.services.disputes.meetings import considered_at, meeting_label
from parishdesk.store import disputes_store as store
from parishdesk.store import letters_store, members_store

CASE_TABLE = store.TABLE
_SIGNED_AS = {"clerk": "Clerk", "chair": "Chair of the Council",
              "staffing_chair": "Chair of the staffing committee"}


@dataclass(frozen=True)
class TimelineEntry:
    step: Step
    detail: str

    @property
    def label(self) -> str:
        return self.step.label


@dataclass(frozen=True)
class CaseLetter:
    id: int
    reference: str
    issued_on: dt.date
    letter_type: str
    subject: str
    recipient: str
    signatory: str


@dataclass(frozen=True)
class CaseFile:
    case: DisputeCase
    route: Route
    parties: tuple[Party, ...]
    timeline: tuple[TimelineEntry, ...]
    deadlines: tuple[Deadline, ...]
    notes: tuple[CaseNote, ...]
    attachments: tuple[CaseAttachment, ...]
    letters: tuple[CaseLetter, ...]
    links: tuple[CaseLink, ...]
    next_steps: tuple[str, ...]
    state_label: str
    paused: bool
    tribunal_warning: str
    signer: str  # "clerk", "chair", "staffing_chair", or "" when nobody may sign
    signer_problem: str
    nation: str
    meetings: tuple[str, ...] = ()  # the meetings that considered the case, in words

    @property
    def steps(self) -> tuple[Step, ...]:
        return tuple(e.step for e in self.timeline)

    def next_step_labels(self) -> tuple[tuple[str, str], ...]:
        return tuple((k, STEP_LABELS[k]) for k in self.next_steps)

    def party(self, role: str) -> Party | None:
        return next((p for p in self.parties if p.role == role), None)


def _signer(case: DisputeCase, parties: list[Party], on: dt.date) -> tuple[str, str]:
    chair = members_store.holder_of("council_chair", on)
    staffing = next((c for c in members_store.list_committees() if c.is_staffing), None)
    s_chair = members_store.holder_of("committee_chair", on, staffing.id) if staffing else None
    try:
        return case_signer(case.about, parties,
                           f"{chair.first_name} {chair.surname}" if chair else None,
                           f"{s_chair.first_name} {s_chair.surname}" if s_chair else None), ""
    except ValueError as exc:
        return "", str(exc)


def case_file(case_id: int, today: dt.date) -> CaseFile:
    case = store.get_case(case_id, include_archived=True)
    if case is None:
        raise ParishDeskError("That case is not in the Disputes area any more.")
    steps = store.steps_by_case([case_id]).get(case_id, [])
    details = store.step_details(case_id)
    parties = store.parties([case_id])
    n = gate.nation()
    letters = tuple(
        CaseLetter(x.id, x.reference, x.issued_on, x.letter_type, x.subject, x.recipient_name,
                   f"{x.signatory_name} ({_SIGNED_AS.get(x.signatory_role, 'Clerk')})")
        for x in letters_store.for_record(CASE_TABLE, case_id))
    signer, problem = _signer(case, parties, today)
    concern = Concern(case.raised_by, case.about, case.nature, case.informal_tried,
                      case.formal_requested)
    return CaseFile(
        case=case, route=route(concern), parties=tuple(parties),
        timeline=tuple(TimelineEntry(s, details.get(s.id or 0, "")) for s in steps),
        deadlines=case_deadlines(case.track, steps, case.events_on, gate.load_settings(), n),
        notes=tuple(store.notes(case_id)), attachments=tuple(store.attachments(case_id)),
        letters=letters, links=tuple(store.links(case_id)),
        next_steps=next_steps(case.track, steps), state_label=state_label(steps),
        paused=is_paused(steps), tribunal_warning=tribunal_warning(case.track, case.events_on),
        signer=signer, signer_problem=problem, nation=n,
        meetings=tuple(meeting_label(m) for m in considered_at(case_id)))


def find_reference(reference: str) -> int:
    case = store.find_case(reference)
    if case is None:
        raise ParishDeskError(f"There is no case {reference.strip().upper()} in the Disputes "
                              "area. References look like DC/2026/001.")
    return case.id
