"""The steps of a dispute case on each track, and the time limits that run from them.

A case is a dated list of :class:`Step` records; its state is the kind of its latest step.
:data:`FLOW` says which steps may follow which on each track (the first is the usual next
step, offered as the case file's button); :func:`case_deadlines` works out every time limit
(DISP-9, DISP-10, DISP-14 and the council's settings) in the council's working days, and
:func:`tribunal_warning` the employment tribunal date that is only ever a warning (DISP-13).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from parishdesk.domain.disputes import companion_latest, tribunal_deadline
from parishdesk.domain.workdays import ENGLAND_AND_WALES, add_working_days, working_days_between

STEP_LABELS: dict[str, str] = {
    # informal
    "raised": "Concern raised",
    "discussed": "Discussed informally",
    "mediation_offered": "Mediation offered",
    "resolved": "Resolved informally",
    "escalated": "Moved to a formal route",
    # grievance and disciplinary
    "received": "Grievance received in writing",
    "concern": "Concern recorded in writing",
    "acknowledged": "Acknowledged",
    "investigation": "Investigation",
    "suspended": "Suspended on full pay",
    "suspension_reviewed": "Suspension reviewed",
    "no_case": "No case to answer",
    "hearing_invited": "Invited to a hearing",
    "postponed": "Hearing postponed for the companion",
    "hearing_held": "Hearing held",
    "outcome_sent": "Outcome sent in writing",
    "appeal_received": "Appeal received",
    "appeal_heard": "Appeal heard",
    "appeal_outcome": "Appeal outcome sent",
    "warning_live": "Warning on file",
    "paused": "Paused for a grievance",
    "resumed": "Resumed",
    # code of conduct
    "drafting": "Complaint being drafted",
    "sent_to_mo": "Sent to the Monitoring Officer",
    "mo_acknowledged": "Monitoring Officer acknowledged",
    "assessment": "Assessment decision",
    "report": "Investigation report",
    "hearing": "Standards hearing",
    "finding": "Finding",
    "council_considered": "Council considered the finding",
    # protocol question
    "asked": "Question asked",
    "answered": "Answered by the Clerk",
    # every track
    "closed": "Closed",
}

_GRIEVANCE = {
    "received": ("acknowledged",),
    "acknowledged": ("investigation", "hearing_invited"),
    "investigation": ("hearing_invited",),
    "hearing_invited": ("hearing_held", "postponed"),
    "postponed": ("hearing_held",),
    "hearing_held": ("outcome_sent",),
    "outcome_sent": ("closed", "appeal_received"),
    "appeal_received": ("appeal_heard",),
    "appeal_heard": ("appeal_outcome",),
    "appeal_outcome": ("closed",),
}
_DISCIPLINARY = {
    "concern": ("investigation",),
    "investigation": ("hearing_invited", "no_case", "suspended"),
    "suspended": ("suspension_reviewed", "hearing_invited", "no_case"),
    "suspension_reviewed": ("hearing_invited", "suspension_reviewed", "no_case"),
    "no_case": ("closed",),
    "hearing_invited": ("hearing_held", "postponed"),
    "postponed": ("hearing_held",),
    "hearing_held": ("outcome_sent",),
    "outcome_sent": ("closed", "appeal_received", "warning_live"),
    "appeal_received": ("appeal_heard",),
    "appeal_heard": ("appeal_outcome",),
    "appeal_outcome": ("closed", "warning_live"),
    "warning_live": ("closed",),
}
FLOW: dict[str, dict[str, tuple[str, ...]]] = {
    "informal": {
        "raised": ("discussed", "mediation_offered", "resolved", "escalated"),
        "discussed": ("resolved", "mediation_offered", "escalated"),
        "mediation_offered": ("resolved", "escalated"),
        "resolved": ("closed",),
    },
    "grievance": _GRIEVANCE,
    "disciplinary": _DISCIPLINARY,
    "code_of_conduct": {
        "drafting": ("sent_to_mo",),
        "sent_to_mo": ("mo_acknowledged",),
        "mo_acknowledged": ("assessment",),
        "assessment": ("investigation", "closed"),
        "investigation": ("report",),
        "report": ("hearing", "closed"),
        "hearing": ("finding",),
        "finding": ("council_considered",),
        "council_considered": ("closed",),
    },
    "protocol_question": {
        "asked": ("answered",),
        "answered": ("closed",),
    },
}
FIRST_STEP: dict[str, str] = {"informal": "raised", "grievance": "received",
                              "disciplinary": "concern", "code_of_conduct": "drafting",
                              "protocol_question": "asked"}
#: Steps that record something beside the flow and do not change the state.
_ASIDE = frozenset({"paused", "resumed"})
#: What an assessment by the Monitoring Officer may decide (DISP-14).
ASSESSMENT_OUTCOMES: dict[str, str] = {
    "no_further_action": "No further action",
    "informal_resolution": "Informal resolution",
    "investigation": "Investigation",
}
#: The step that asks for a date beside the day it happened, and what that date means.
STEP_DATE_MEANING: dict[str, str] = {
    "hearing_invited": "Hearing on",
    "postponed": "New hearing on",
    "suspended": "Review suspension by",
    "suspension_reviewed": "Next review by",
    "warning_live": "Warning lapses on",
    "appeal_received": "Appeal hearing on",
    "hearing": "Hearing on",
}


@dataclass(frozen=True)
class Step:
    """One dated step of a case. ``due_on`` is the date the step sets (a hearing date, a
    review date, a warning's expiry); ``outcome`` a decision's key."""

    kind: str
    on: date
    due_on: date | None = None
    outcome: str = ""
    id: int | None = None
    letter_id: int | None = None

    @property
    def label(self) -> str:
        return STEP_LABELS.get(self.kind, self.kind)


@dataclass(frozen=True)
class DisputeSettings:
    """The council's time limits, in working days (DISP-9; DISP-14 for the Monitoring
    Officer's, which each principal council publishes)."""

    ack_days: int = 5
    hearing_days: int = 5
    appeal_days: int = 5
    suspension_review_days: int = 10
    protocol_answer_days: int = 10
    mo_complaint_age_days: int = 20
    mo_ack_days: int = 5
    mo_assessment_days: int = 20


@dataclass(frozen=True)
class Deadline:
    """A time limit in a case: what is due, by when, and when it was met (if it was)."""

    label: str
    due_on: date
    met_on: date | None = None
    after: str = ""  # the step it runs from

    def is_open(self) -> bool:
        return self.met_on is None

    def is_overdue(self, today: date) -> bool:
        return self.met_on is None and today > self.due_on

    def days_left(self, today: date, nation: str = ENGLAND_AND_WALES) -> int:
        """Working days left (negative when past due)."""
        return working_days_between(today, self.due_on, nation)


def flow_steps(steps: Sequence[Step]) -> list[Step]:
    return [s for s in steps if s.kind not in _ASIDE]


def state_of(steps: Sequence[Step]) -> str:
    """The case's state: the kind of its latest step on the flow ("" for no steps)."""
    flow = flow_steps(steps)
    return flow[-1].kind if flow else ""


def is_paused(steps: Sequence[Step]) -> bool:
    aside = [s.kind for s in steps if s.kind in _ASIDE]
    return bool(aside) and aside[-1] == "paused"


def next_steps(track: str, steps: Sequence[Step]) -> tuple[str, ...]:
    """The steps that may come next; the first is the usual one. Nothing once closed."""
    state = state_of(steps)
    if not state:
        return (FIRST_STEP[track],)
    if state == "closed":
        return ()
    following = FLOW[track].get(state, ("closed",))
    if track == "code_of_conduct" and state == "assessment":
        last = flow_steps(steps)[-1]
        following = ("investigation", "closed") if last.outcome == "investigation" else \
            ("closed",)
    extra: tuple[str, ...] = ()
    if track == "disciplinary":
        extra = ("resumed",) if is_paused(steps) else ("paused",)
        if is_paused(steps):
            return extra
    return following + extra


def check_step(track: str, steps: Sequence[Step], kind: str) -> str:
    """"" if ``kind`` may be recorded now, else why not, in plain words."""
    allowed = next_steps(track, steps)
    if kind in allowed or (kind == "closed" and state_of(steps) not in ("", "closed")):
        return ""
    label = STEP_LABELS.get(kind, kind).lower()
    if not allowed:
        return "This case is closed; nothing more can be recorded on it."
    shown = ", ".join(STEP_LABELS[k].lower() for k in allowed)
    return f"A step \u201c{label}\u201d cannot follow here. Next can come: {shown}."


def _first_after(steps: Sequence[Step], index: int, kinds: set[str]) -> date | None:
    for later in steps[index + 1:]:
        if later.kind in kinds:
            return later.on
    return None


def case_deadlines(track: str, steps: Sequence[Step], events_on: date | None,
                   settings: DisputeSettings, nation: str = ENGLAND_AND_WALES,
                   ) -> tuple[Deadline, ...]:
    """Every time limit of the case, met or open, in date order of the step it runs from.

    Once the case is closed, a limit still open is treated as met on the day it closed.
    """
    s = settings
    found: list[Deadline] = []
    closed_on = next((x.on for x in steps if x.kind == "closed"), None)

    def add(label: str, due: date, index: int, met_by: set[str]) -> None:
        met = _first_after(steps, index, met_by | {"closed"})
        found.append(Deadline(label, due, met or (closed_on if closed_on else None),
                              steps[index].kind))

    last_hearing: date | None = None
    for i, step in enumerate(steps):
        k = step.kind
        if k == "received" and track == "grievance":
            add("Acknowledge the grievance", add_working_days(step.on, s.ack_days, nation),
                i, {"acknowledged"})
        elif k == "hearing_invited":
            last_hearing = step.due_on or add_working_days(step.on, s.hearing_days, nation)
            add("Hold the hearing", last_hearing, i, {"hearing_held", "postponed"})
        elif k == "postponed":
            proposed = last_hearing or step.on
            add("Hold the postponed hearing (companion's limit)",
                companion_latest(proposed, nation), i, {"hearing_held"})
        elif k == "outcome_sent":
            add("Appeal window closes", add_working_days(step.on, s.appeal_days, nation),
                i, {"appeal_received", "warning_live"})
        elif k == "appeal_received":
            add("Hear the appeal",
                step.due_on or add_working_days(step.on, s.hearing_days, nation),
                i, {"appeal_heard"})
        elif k in ("suspended", "suspension_reviewed"):
            add("Review the suspension",
                step.due_on or add_working_days(step.on, s.suspension_review_days, nation),
                i, {"suspension_reviewed", "hearing_held", "no_case"})
        elif k == "warning_live" and step.due_on is not None:
            add("Warning lapses", step.due_on, i, set())
        elif k == "drafting":
            start = events_on or step.on
            add("Send to the Monitoring Officer (the principal council's time limit)",
                add_working_days(start, s.mo_complaint_age_days, nation), i, {"sent_to_mo"})
        elif k == "sent_to_mo":
            add("Monitoring Officer to acknowledge",
                add_working_days(step.on, s.mo_ack_days, nation), i, {"mo_acknowledged"})
        elif k == "mo_acknowledged":
            add("Monitoring Officer's assessment decision",
                add_working_days(step.on, s.mo_assessment_days, nation), i, {"assessment"})
        elif k == "asked":
            add("Answer the question",
                add_working_days(step.on, s.protocol_answer_days, nation), i, {"answered"})
    return tuple(found)


def next_deadline(deadlines: Sequence[Deadline]) -> Deadline | None:
    """The earliest limit still open."""
    open_ = [d for d in deadlines if d.is_open()]
    return min(open_, key=lambda d: d.due_on) if open_ else None


def tribunal_warning(track: str, events_on: date | None) -> str:
    """The employment tribunal date, as a warning that suggests taking advice (DISP-13)."""
    if track not in ("grievance", "disciplinary") or events_on is None:
        return ""
    due = tribunal_deadline(events_on)
    return (f"An employment tribunal claim about events on {events_on:%d/%m/%Y} would normally "
            f"be due by {due:%d/%m/%Y} (three months less one day; ACAS early conciliation "
            "pauses the clock). This is a warning, not advice: take advice from your "
            "county association, the Society of Local Council Clerks or ACAS.")


def hearing_delay_warning(invited_on: date, hearing_on: date, settings: DisputeSettings,
                          nation: str = ENGLAND_AND_WALES) -> str:
    """A warning when a hearing is set later than the council's setting allows (DISP-9: the
    meeting without unreasonable delay); "" when it is within it."""
    latest = add_working_days(invited_on, settings.hearing_days, nation)
    if hearing_on <= latest:
        return ""
    return (f"The council holds hearings within {settings.hearing_days} working days, so by "
            f"{latest:%d/%m/%Y}. A later date needs a good reason, such as the employee's "
            "own request; note it under \u201cWhat happened\u201d.")
