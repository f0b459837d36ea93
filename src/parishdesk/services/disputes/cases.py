"""Opening a case on the route the rules give, and reading cases back for the area."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from parishdesk.domain.dispute_case import LINK_KINDS, CaseLink, DisputeCase, Party
from parishdesk.domain.dispute_steps import (
    FIRST_STEP,
    STEP_LABELS,
    Deadline,
    Step,
    case_deadlines,
    is_paused,
    next_deadline,
    state_of,
)
from parishdesk.domain.disputes import (
    COUNCILLORS,
    TRACKS,
    Concern,
    Route,
    route,
    rule_in_words,
)
from parishdesk.errors import ParishDeskError, ValidationError
from parishdesk.services.disputes import fields, gate
from parishdesk.store import disputes_store as store
from parishdesk.store.db import database


@dataclass(frozen=True)
class NewCase:
    """What the wizard gathers about a new concern."""

    raised_by: str
    about: str
    nature: str
    complainant_name: str
    subject_name: str
    account: str
    events_on: dt.date | None
    informal_tried: bool = False
    informal_outcome: str = ""
    formal_requested: bool = False
    complainant_person_id: int | None = None
    subject_person_id: int | None = None
    title: str = ""
    track: str = ""  # "" takes the route's track
    override_reason: str = ""
    link_kind: str = ""
    link_id: int | None = None
    link_label: str = ""

    def concern(self) -> Concern:
        return Concern(self.raised_by, self.about, self.nature, self.informal_tried,
                       self.formal_requested)


def route_for(data: NewCase) -> Route:
    return route(data.concern())


def track_problems(data: NewCase, recommended: str) -> dict[str, str]:
    """Why the track chosen instead of the recommended one cannot stand."""
    if not data.track or data.track == recommended:
        return {}
    if data.track not in TRACKS:
        return {"track": "Choose one of the tracks offered."}
    problems: dict[str, str] = {}
    if not data.override_reason.strip():
        problems["override_reason"] = ("Say in a sentence why this case takes another route "
                                       "than the one recommended; the reason is kept.")
    if data.about in COUNCILLORS and data.track == "disciplinary":
        problems["track"] = ("A councillor cannot be put through the council's disciplinary "
                             "procedure. " + rule_in_words("DISP-8"))
    return problems


def validate(data: NewCase, today: dt.date) -> dict[str, str]:
    problems: dict[str, str] = {}
    try:
        data.concern()
    except ValueError:
        return {"about": "Choose who raised the concern, whom it is about and what it is "
                         "about (the Clerk cannot raise a concern about the Clerk)."}
    if not data.complainant_name.strip():
        problems["complainant"] = "Say who raised the concern."
    if not data.subject_name.strip():
        problems["subject"] = "Say whom the concern is about."
    if not data.account.strip():
        problems["account"] = "Write a short account of what happened."
    if data.events_on is not None and data.events_on > today:
        problems["events_on"] = "The events cannot be dated after today."
    if data.informal_tried and not data.informal_outcome.strip():
        problems["informal_outcome"] = "Say briefly what happened when it was tried informally."
    problems.update(track_problems(data, route_for(data).track))
    for name, message in fields.problems({
            "complainant": data.complainant_name, "subject": data.subject_name,
            "title": data.title, "link_label": data.link_label, "account": data.account,
            "informal_outcome": data.informal_outcome,
            "override_reason": data.override_reason}).items():
        problems.setdefault(name, message)
    return problems


def _title(data: NewCase) -> str:
    if data.title.strip():
        return data.title.strip()[:200]
    return f"{data.complainant_name.strip()} about {data.subject_name.strip()}"[:200]


def open_case(data: NewCase, actor: str, today: dt.date) -> DisputeCase:
    """Open the case on its route (or the clerk's chosen track, with the reason kept), with
    its complainant, subject, first step and any link, in one transaction."""
    problems = validate(data, today)
    if problems:
        raise ValidationError(problems)
    recommended = route_for(data).track
    track = data.track or recommended
    with database.atomic():
        case = store.create_case(
            actor, today, track=track, raised_by=data.raised_by, about=data.about,
            nature=data.nature, title=_title(data), account=data.account.strip(),
            events_on=data.events_on, informal_tried=data.informal_tried,
            informal_outcome=data.informal_outcome.strip(),
            formal_requested=data.formal_requested, recommended_track=recommended,
            override_reason=data.override_reason.strip() if track != recommended else "")
        store.add_party(actor, case.id, "complainant", data.complainant_name.strip(),
                        data.raised_by, data.complainant_person_id,
                        register_address(data.complainant_person_id))
        store.add_party(actor, case.id, "subject", data.subject_name.strip(), data.about,
                        data.subject_person_id, register_address(data.subject_person_id))
        store.add_step(actor, case.id, FIRST_STEP[track], today)
        if data.link_kind and data.link_id is not None:
            store.add_link(actor, case.id, data.link_kind, data.link_id, data.link_label)
    return case


# --- reading -----------------------------------------------------------------------------------

#: More overdue cases than this make one banner line, not one each.
MAX_ALERT_LINES = 3


@dataclass(frozen=True)
class CaseSummary:
    """One line of the case list."""

    id: int
    reference: str
    opened_on: dt.date
    parties: str
    people: tuple[str, ...]
    track: str
    track_label: str
    state_label: str
    is_open: bool
    paused: bool
    next_due: Deadline | None
    days_left: int | None
    archived: bool = False

    @property
    def overdue(self) -> bool:
        return self.days_left is not None and self.days_left < 0


def _parties_text(parties: list[Party]) -> str:
    complainant = next((p.name for p in parties if p.role == "complainant"), "")
    subject = next((p.name for p in parties if p.role == "subject"), "")
    if complainant and subject and complainant != subject:
        return f"{complainant} \u2192 {subject}"
    return complainant or subject


def state_label(steps: list[Step]) -> str:
    state = state_of(steps)
    label = STEP_LABELS.get(state, "New")
    return f"{label} (paused)" if is_paused(steps) else label


def summaries(today: dt.date, archived: bool = False) -> list[CaseSummary]:
    """The cases in use (or, with ``archived``, those archived as opened by mistake)."""
    cases = store.all_cases(archived)
    ids = [c.id for c in cases]
    steps = store.steps_by_case(ids)
    parties: dict[int, list[Party]] = {}
    for p in store.parties(ids):
        parties.setdefault(p.case_id, []).append(p)
    settings, n = gate.load_settings(), gate.nation()
    found = []
    for case in cases:
        mine = steps.get(case.id, [])
        open_ = state_of(mine) != "closed" and case.archived_on is None
        paused = is_paused(mine)
        due = next_deadline(case_deadlines(case.track, mine, case.events_on, settings, n)) \
            if open_ else None
        found.append(CaseSummary(
            id=case.id, reference=case.reference, opened_on=case.opened_on,
            parties=_parties_text(parties.get(case.id, [])),
            people=tuple(p.name for p in parties.get(case.id, [])), track=case.track,
            track_label=TRACKS[case.track], state_label=state_label(mine), is_open=open_,
            paused=paused, next_due=due,
            days_left=due.days_left(today, n) if due is not None and not paused else None,
            archived=case.archived_on is not None))
    return found


def filtered(today: dt.date, show: str = "open", track: str = "", person: str = "",
             ) -> list[CaseSummary]:
    """The case list under the area's filters: show "open", "overdue", "all" or "archived"
    (only cases archived as opened by mistake, which no other choice shows); one track;
    cases where a person's name appears among the parties."""
    wanted = person.strip().lower()
    rows = []
    for s in summaries(today, archived=show == "archived"):
        if show == "open" and not s.is_open:
            continue
        if show == "overdue" and not s.overdue:
            continue
        if track and s.track != track:
            continue
        if wanted and not any(wanted in name.lower() for name in s.people):
            continue
        rows.append(s)
    return rows


def archive_case(case_id: int, reason: str, actor: str, today: dt.date) -> DisputeCase:
    """Archive a case opened by mistake. Nothing is deleted: the case, its steps and papers
    stay, hidden from the usual lists and shown under "Archived"; the reason is kept."""
    case = store.get_case(case_id, include_archived=True)
    if case is None:
        raise ParishDeskError("That case is not in the Disputes area.")
    if case.archived_on is not None:
        raise ParishDeskError(f"Case {case.reference} is already archived.")
    if len(reason.strip()) < 5:
        raise ValidationError({"reason": "Say why the case is archived, for example "
                                         "\u201copened twice for the same concern\u201d."})
    fields.check({"reason": reason})
    return store.archive_case(actor, case_id, today, reason.strip())


def overdue_cases(today: dt.date) -> list[CaseSummary]:
    return [s for s in summaries(today) if s.is_open and s.overdue]


def alerts(today: dt.date) -> list[str]:
    """Reminder-banner lines: only the case reference and what is due, never case words."""
    overdue = overdue_cases(today)
    if len(overdue) > MAX_ALERT_LINES:
        return [f"Disputes: {len(overdue)} cases have an overdue step: see Disputes, Overdue."]
    lines = []
    for s in overdue:
        assert s.next_due is not None
        lines.append(f"Disputes: case {s.reference}: \u201c{s.next_due.label}\u201d was due "
                     f"on {s.next_due.due_on:%d/%m/%Y}.")
    return lines


def cases_linked_to(kind: str, record_id: int) -> list[CaseLink]:
    if kind not in LINK_KINDS:
        raise ValueError(f"Unknown link kind {kind!r}")
    return store.links(kind=kind, record_id=record_id)


def register_address(person_id: int | None) -> str:
    """A councillor's postal address from the register, for the case's letters."""
    from parishdesk.store import members_store

    if person_id is None:
        return ""
    councillor = members_store.get_councillor(person_id)
    return councillor.address if councillor is not None else ""


def office_holder_id(about: str, on: dt.date) -> int | None:
    """The councillor who is the Chair (about "chair") or Vice-Chair today, if recorded."""
    from parishdesk.store import members_store

    kind = {"chair": "council_chair", "vice_chair": "council_vice_chair"}.get(about)
    holder = members_store.holder_of(kind, on) if kind else None
    return holder.id if holder is not None else None
