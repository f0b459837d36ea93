"""Councillors' requests to see council documents: log, assess, decide, refer, export.

Each public function is one use case in one transaction, audited. The rules
themselves live in ``parishdesk.domain.access`` (the recommendation, the
checks on a decision, the lifecycle) and ``parishdesk.domain.access_letter``
(the letter's wording); this module gathers the facts they need from the
register, keeps the record, and issues letters through the letter engine.
"""

from __future__ import annotations

import csv
import datetime as dt
import importlib
import json
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path

from parishdesk.documents.access_register_pdf import RegisterLine, render_register
from parishdesk.domain import access as rules
from parishdesk.domain.access import (
    DECISION_LABELS,
    DISCLOSURE_DECISIONS,
    STATUS_LABELS,
    AccessRequest,
    Assessment,
    StatusChange,
    assess,
    clock_stopped,
    is_override,
    referral_body,
    validate_decision,
)
from parishdesk.domain.access_letter import (
    decision_letter_paragraphs,
    default_cite,
    letter_rules,
    written_reasons_paragraphs,
)
from parishdesk.domain.letters import LETTER_TYPES, TemplateError, long_date
from parishdesk.domain.spreadsheet import to_cell
from parishdesk.domain.workdays import ENGLAND_AND_WALES, working_days_between
from parishdesk.errors import ParishDeskError, ValidationError
from parishdesk.paths import DataPaths
from parishdesk.services import letters
from parishdesk.store import access_store, audit, council_repo, members_repo, settings
from parishdesk.store.access_store import StoredRequest
from parishdesk.store.db import database

DEADLINE_SETTING = "access.deadline_working_days"
DEFAULT_DEADLINE_WORKING_DAYS = 10
TABLE = access_store.TABLE

#: Statuses in which the officer still owes a decision.
AWAITING_DECISION = frozenset({"received", "assessing", "awaiting_justification"})
#: Statuses in which something is still owed (a decision, or the committee's outcome).
PENDING = AWAITING_DECISION | {"referred"}


class AccessProblem(ValidationError):
    """A request or decision that cannot be saved as it stands: ``problems`` maps each
    field to what is wrong with it ("" for a problem with the request as a whole)."""

    title = "The information request cannot be saved yet"

    def __init__(self, problems: Mapping[str, str] | Sequence[str]) -> None:
        super().__init__(problems if isinstance(problems, Mapping)
                         else {"": " ".join(problems)})


# --- Inputs and views -------------------------------------------------------------------


@dataclass(frozen=True)
class RequestInput:
    """What the officer records when a councillor asks to see documents."""

    requester_id: int
    received_on: dt.date
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


@dataclass(frozen=True)
class DecisionInput:
    """The officer's decision on a request."""

    decision: str
    reasons: tuple[str, ...]
    decided_on: dt.date
    purpose: str = ""
    conditions: tuple[str, ...] = ()
    redactions: str = ""
    override_reason: str = ""


@dataclass(frozen=True)
class AccessRecord:
    """A request as the register and the detail pane show it, deadline worked out."""

    id: int
    reference: str
    requester_id: int
    requester_name: str
    received_on: dt.date
    documents: str
    holder: str
    committee_id: int | None
    committee_name: str
    meeting_business: bool
    meeting: str
    contents: frozenset[str]
    document_group: str
    reason: str
    reason_specific: bool
    foi: bool
    decider_id: int | None
    decider_name: str
    status: str
    assessment: Assessment
    decision: str
    decision_reasons: tuple[str, ...]
    purpose: str
    conditions: tuple[str, ...]
    redactions: str
    override_reason: str
    decided_on: dt.date | None
    decision_letter_id: int | None
    reasons_letter_id: int | None
    referral_body: str
    referred_on: dt.date | None
    referral_meeting_on: dt.date | None
    committee_outcome: str
    committee_outcome_on: dt.date | None
    committee_note: str
    closed_on: dt.date | None
    due_on: dt.date | None
    clock_stopped: bool
    overdue: bool
    due_text: str

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


@dataclass(frozen=True)
class RegisterFilter:
    pending: bool = False
    overdue: bool = False
    councillor_id: int | None = None
    outcome: str = ""  # a decision key, or "" for any
    text: str = ""


@dataclass(frozen=True)
class DecisionResult:
    record: AccessRecord
    letter: letters.IssuedLetterInfo | None


# --- Settings, citations, deadlines ------------------------------------------------------


def deadline_working_days() -> int:
    """The council's time for deciding a request, in working days (10 unless set)."""
    days = settings.get_int(DEADLINE_SETTING, DEFAULT_DEADLINE_WORKING_DAYS)
    return days if days > 0 else DEFAULT_DEADLINE_WORKING_DAYS


def set_deadline_working_days(days: int, actor: str) -> None:
    if days < 1 or days > 60:
        raise AccessProblem({"days": "The time for deciding a request must be between 1 and "
                                     "60 working days."})
    settings.put(DEADLINE_SETTING, str(days), actor)


def cite_function() -> Callable[[str], str]:
    """How letters cite a rule: the council's linked protocol paragraph where there is one."""
    try:
        module = importlib.import_module("parishdesk.services.protocol_links")
    except ModuleNotFoundError as exc:
        if exc.name != "parishdesk.services.protocol_links":
            raise
        return default_cite
    cite_rule = getattr(module, "cite_rule", None)
    return cite_rule if callable(cite_rule) else default_cite


def _nation() -> str:
    council = council_repo.get_council()
    return council.nation if council else ENGLAND_AND_WALES


def _due_text(due: dt.date | None, stopped: bool, overdue: bool, status: str,
              today: dt.date, nation: str) -> str:
    if status not in PENDING or due is None:
        return ""
    when = due.strftime("%d/%m/%Y")
    if stopped:
        return f"Clock stopped: waiting for the councillor's reason (due {when} so far)"
    if overdue:
        late = max(working_days_between(due, today, nation), 1)
        what = "Committee hearing" if status == "referred" else "Decision"
        return f"Overdue: {what.lower()} was due {when} ({late} working day" \
               f"{'s' if late != 1 else ''} late)"
    left = working_days_between(today, due, nation)
    if status == "referred":
        return f"Committee meets {when}"
    if left == 0:
        return f"Due today ({when})"
    return f"Due {when} ({left} working day{'s' if left != 1 else ''} left)"


# --- Reading ---------------------------------------------------------------------------


def reference(request_id: int, received_on: dt.date) -> str:
    return f"IR/{received_on.year}/{request_id:04d}"


def _assessment_from_json(text: str) -> Assessment:
    if not text:
        return Assessment("justify", False, ("ACCESS-1",), ("Not yet assessed.",))
    data = json.loads(text)
    return Assessment(data["outcome"], bool(data["presumed"]), tuple(data["rules"]),
                      tuple(data["reasons"]))


def _assessment_to_json(assessment: Assessment) -> str:
    return json.dumps({"outcome": assessment.outcome, "presumed": assessment.presumed,
                       "rules": list(assessment.rules), "reasons": list(assessment.reasons)},
                      ensure_ascii=False)


def _lines(text: str) -> tuple[str, ...]:
    return tuple(line.strip() for line in text.splitlines() if line.strip())


class _Names:
    """Names of people and committees, looked up once per read."""

    def __init__(self) -> None:
        self.councillors = {c.id: c.display_name
                            for c in members_repo.list_councillors(include_former=True)}
        self.officers = {o.id: f"{o.first_name} {o.surname} ({o.post_label})"
                         for o in members_repo.list_officers(include_former=True)}
        self.committees = {c.id: c.name
                           for c in members_repo.list_committees(include_archived=True)}
        clerk = members_repo.clerk()
        self.clerk_id = clerk.id if clerk else None


def _view(stored: StoredRequest, history: Sequence[StatusChange], today: dt.date,
          names: _Names, nation: str) -> AccessRecord:
    stopped = clock_stopped(stored.status)
    due: dt.date | None
    if stored.status == "referred":
        due = stored.referral_meeting_on
    elif stored.status in AWAITING_DECISION:
        due = rules.decision_due(stored.received_on, stored.due_working_days, history, nation,
                                 as_of=today, foi=stored.foi)
    else:
        due = None
    overdue = due is not None and not stopped and today > due
    decider = stored.decider_id or names.clerk_id
    return AccessRecord(
        id=stored.id, reference=reference(stored.id, stored.received_on),
        requester_id=stored.requester_id,
        requester_name=names.councillors.get(stored.requester_id, "(unknown councillor)"),
        received_on=stored.received_on, documents=stored.documents, holder=stored.holder,
        committee_id=stored.committee_id,
        committee_name=names.committees.get(stored.committee_id or -1, ""),
        meeting_business=stored.meeting_business, meeting=stored.meeting,
        contents=frozenset(c for c in stored.contents.split(",") if c),
        document_group=stored.document_group, reason=stored.reason,
        reason_specific=stored.reason_specific, foi=stored.foi, decider_id=decider,
        decider_name=names.officers.get(decider or -1, "the Clerk"),
        status=stored.status, assessment=_assessment_from_json(stored.assessment),
        decision=stored.decision, decision_reasons=_lines(stored.decision_reasons),
        purpose=stored.purpose, conditions=_lines(stored.conditions),
        redactions=stored.redactions, override_reason=stored.override_reason,
        decided_on=stored.decided_on, decision_letter_id=stored.decision_letter_id,
        reasons_letter_id=stored.reasons_letter_id, referral_body=stored.referral_body,
        referred_on=stored.referred_on, referral_meeting_on=stored.referral_meeting_on,
        committee_outcome=stored.committee_outcome,
        committee_outcome_on=stored.committee_outcome_on, committee_note=stored.committee_note,
        closed_on=stored.closed_on, due_on=due, clock_stopped=stopped, overdue=overdue,
        due_text=_due_text(due, stopped, overdue, stored.status, today, nation),
    )


def get_request(request_id: int, today: dt.date) -> AccessRecord:
    stored = access_store.get(request_id)
    if stored is None:
        raise ParishDeskError(f"There is no information request number {request_id}.")
    return _view(stored, access_store.status_changes(request_id), today, _Names(), _nation())


def _matches(record: AccessRecord, flt: RegisterFilter) -> bool:
    if flt.pending and not record.pending:
        return False
    if flt.overdue and not record.overdue:
        return False
    if flt.councillor_id is not None and record.requester_id != flt.councillor_id:
        return False
    if flt.outcome and record.decision != flt.outcome:
        return False
    haystack = " ".join((record.reference, record.requester_name, record.documents,
                         record.holder, record.committee_name, record.reason,
                         record.status_label, record.decision_label)).casefold()
    return all(word in haystack for word in flt.text.casefold().split())


def list_requests(today: dt.date, flt: RegisterFilter = RegisterFilter()) -> list[AccessRecord]:
    """The register, newest first, narrowed by ``flt``."""
    stored = access_store.all_requests()
    histories = access_store.status_changes_for([s.id for s in stored])
    names, nation = _Names(), _nation()
    records = [_view(s, histories[s.id], today, names, nation) for s in stored]
    return [r for r in records if _matches(r, flt)]


def councillor_history(person_id: int, today: dt.date) -> list[AccessRecord]:
    """Every request one councillor has made, newest first."""
    return list_requests(today, RegisterFilter(councillor_id=person_id))


def overdue_count(today: dt.date) -> int:
    return sum(1 for r in list_requests(today) if r.overdue)


def status_history(request_id: int) -> list[StatusChange]:
    return access_store.status_changes(request_id)


# --- Assessing -------------------------------------------------------------------------


def access_request_for(data: RequestInput, on: dt.date) -> AccessRequest:
    """The facts the assistant weighs, with the requester's committees and group on ``on``."""
    councillor = members_repo.get_councillor(data.requester_id, on)
    committees = frozenset(c.name for c in members_repo.committees_of(data.requester_id, on))
    committee = None
    if data.committee_id is not None:
        committee = next((c.name for c in members_repo.list_committees(include_archived=True)
                          if c.id == data.committee_id), None)
    return AccessRequest(
        requester_committees=committees,
        requester_group=councillor.group if councillor else None,
        document_committee=committee, meeting_business=data.meeting_business,
        contents=frozenset(data.contents), document_group=data.document_group or None,
        reason=data.reason, reason_specific=data.reason_specific,
    )


def recommend(data: RequestInput) -> Assessment:
    """The assistant's recommendation for the request as it stands (nothing is saved)."""
    return assess(access_request_for(data, data.received_on))


def request_problems(data: RequestInput) -> dict[str, str]:
    """What stops a request being saved, by field ("requester", "documents", "meeting",
    "document_group", "contents"); empty when it may be saved."""
    problems: dict[str, str] = {}
    if members_repo.get_councillor(data.requester_id) is None:
        problems["requester"] = "Choose the councillor who asked."
    if not data.documents.strip():
        problems["documents"] = "Describe the documents the councillor asked to see."
    if data.meeting_business and not data.meeting.strip():
        problems["meeting"] = "Say which meeting's business the documents relate to."
    if "group_internal" in data.contents and not data.document_group.strip():
        problems["document_group"] = "Say which party group the internal paper belongs to."
    try:
        AccessRequest(contents=frozenset(data.contents))
    except ValueError as exc:
        problems["contents"] = str(exc)
    return problems


def _check_input(data: RequestInput) -> None:
    problems = request_problems(data)
    if problems:
        raise AccessProblem(problems)


def preview_due(received_on: dt.date, foi: bool) -> dt.date:
    """When a request received on ``received_on`` would be due (before any stopped clock)."""
    return rules.decision_due(received_on, deadline_working_days(), (), _nation(),
                              as_of=received_on, foi=foi)


def _input_values(data: RequestInput) -> dict[str, object]:
    ordered = [c for c in rules.CONTENT_CATEGORIES if c in data.contents]
    return dict(
        requester_id=data.requester_id, received_on=data.received_on,
        documents=data.documents.strip(), holder=data.holder.strip(),
        committee_id=data.committee_id, meeting_business=data.meeting_business,
        meeting=data.meeting.strip() if data.meeting_business else "",
        contents=",".join(ordered),
        document_group=data.document_group.strip() if "group_internal" in data.contents else "",
        reason=data.reason.strip(), reason_specific=data.reason_specific, foi=data.foi,
        decider_id=data.decider_id,
    )


def log_request(data: RequestInput, actor: str, today: dt.date) -> AccessRecord:
    """Record a new request, with the assistant's recommendation and its deadline."""
    _check_input(data)
    with database.atomic():
        stored = access_store.create(
            actor, data.received_on, **_input_values(data), status="received",
            due_working_days=deadline_working_days(),
            assessment=_assessment_to_json(recommend(data)),
        )
    return get_request(stored.id, today)


def request_input(record: AccessRecord) -> RequestInput:
    """A saved request as form input, for editing."""
    return RequestInput(
        requester_id=record.requester_id, received_on=record.received_on,
        documents=record.documents, holder=record.holder, committee_id=record.committee_id,
        meeting_business=record.meeting_business, meeting=record.meeting,
        contents=record.contents, document_group=record.document_group, reason=record.reason,
        reason_specific=record.reason_specific, foi=record.foi, decider_id=record.decider_id,
    )


def update_request(request_id: int, data: RequestInput, actor: str,
                   today: dt.date) -> AccessRecord:
    """Correct or complete a request not yet decided, and assess it again."""
    current = get_request(request_id, today)
    if current.status not in AWAITING_DECISION:
        raise AccessProblem([f"{current.reference} has been decided, so its facts can no "
                             "longer be changed. Refer it to committee if it is disputed."])
    _check_input(data)
    with database.atomic():
        access_store.update(request_id, actor, "Request details changed and re-assessed",
                            **_input_values(data),
                            assessment=_assessment_to_json(recommend(data)))
    return get_request(request_id, today)


# --- Moving through the lifecycle --------------------------------------------------------


def transition(request_id: int, new_status: str, actor: str, on: dt.date, today: dt.date,
               note: str = "") -> AccessRecord:
    """Move a request to ``new_status`` (checked against the lifecycle), kept in its history."""
    current = get_request(request_id, today)
    try:
        rules.transition(current.status, new_status)
    except ValueError as exc:
        raise AccessProblem([str(exc)]) from None
    with database.atomic():
        access_store.record_status(request_id, new_status, on, actor, note)
        if new_status == "closed":
            access_store.update(request_id, actor, closed_on=on)
    return get_request(request_id, today)


def justification_received(request_id: int, reason: str, reason_specific: bool, actor: str,
                           on: dt.date, today: dt.date) -> AccessRecord:
    """The councillor has given their reason: record it, assess again, restart the clock."""
    current = get_request(request_id, today)
    if current.status != "awaiting_justification":
        raise AccessProblem([f"{current.reference} is not waiting for the councillor's reason."])
    if not reason.strip():
        raise AccessProblem({"reason": "Write down the reason the councillor gave."})
    data = RequestInput(**{**request_input(current).__dict__, "reason": reason,
                           "reason_specific": reason_specific})
    with database.atomic():
        access_store.update(request_id, actor, "Councillor's reason received",
                            reason=reason.strip(), reason_specific=reason_specific,
                            assessment=_assessment_to_json(recommend(data)))
        transition(request_id, "assessing", actor, on, today, "Councillor's reason received")
    return get_request(request_id, today)


def close_request(request_id: int, actor: str, on: dt.date, today: dt.date,
                  note: str = "") -> AccessRecord:
    return transition(request_id, "closed", actor, on, today, note)


# --- Deciding and letters ------------------------------------------------------------------

def _status_after(decision: str) -> str:
    return "awaiting_justification" if decision == "justification_requested" else "decided"


def decision_problems(assessment: Assessment, decision: DecisionInput) -> dict[str, str]:
    """What stops a decision being recorded, by field ("decision", "override", "purpose",
    "redactions", "reasons"); empty when it may be recorded."""
    messages = list(validate_decision(assessment, decision.decision, decision.override_reason,
                                      decision.purpose, decision.redactions))
    if decision.decision not in rules.DECISIONS:
        return {"decision": messages[0]}
    checks = (
        ("override", is_override(assessment, decision.decision)
         and not decision.override_reason.strip()),
        ("purpose", decision.decision in DISCLOSURE_DECISIONS and not decision.purpose.strip()),
        ("redactions", decision.decision == "disclosed_part" and not decision.redactions.strip()),
    )
    problems = {key: messages.pop(0) for key, failed in checks if failed and messages}
    if decision.decision == "refused" and not any(r.strip() for r in decision.reasons):
        problems["reasons"] = "Give the councillor the reasons for refusing (ACCESS-8)."
    return problems


def decide_access(request_id: int, decision: DecisionInput, actor: str, paths: DataPaths | None,
                  today: dt.date, issue_letter: bool = True) -> DecisionResult:
    """Record the officer's decision; audit any override; issue the decision letter.

    ``issue_letter=False`` records the decision only (the letter can be issued later
    with :func:`issue_decision_letter`); ``paths`` is then not needed.
    """
    current = get_request(request_id, today)
    if current.status not in AWAITING_DECISION:
        raise AccessProblem([f"{current.reference} has already been decided."])
    problems = decision_problems(current.assessment, decision)
    reasons = tuple(r.strip() for r in decision.reasons if r.strip())
    if problems:
        raise AccessProblem(problems)
    override = is_override(current.assessment, decision.decision)
    target = _status_after(decision.decision)
    with database.atomic():
        access_store.update(
            request_id, actor, "Decision recorded",
            decision=decision.decision, decision_reasons="\n".join(reasons),
            purpose=decision.purpose.strip() if decision.decision in DISCLOSURE_DECISIONS else "",
            conditions="\n".join(c.strip() for c in decision.conditions if c.strip()),
            redactions=decision.redactions.strip() if decision.decision == "disclosed_part"
            else "",
            override_reason=decision.override_reason.strip() if override else "",
            decided_on=decision.decided_on,
        )
        if override:
            audit.note(TABLE, request_id, actor,
                       f"Decided otherwise than recommended: {decision.override_reason.strip()}",
                       {"recommended": current.assessment.outcome,
                        "decided": decision.decision})
        if target != current.status:
            rules.transition(current.status, target)
            access_store.record_status(request_id, target, decision.decided_on, actor,
                                       DECISION_LABELS[decision.decision])
        letter = None
        if issue_letter:
            if paths is None:
                raise ValueError("paths are needed to issue the decision letter")
            letter = issue_decision_letter(paths, request_id, actor, decision.decided_on, today)
    return DecisionResult(get_request(request_id, today), letter)


def _letter_values(record: AccessRecord) -> dict[str, str]:
    """The template fields every access letter fills, besides ``decision_paragraphs``."""
    documents = " ".join(record.documents.split()).rstrip(".")
    first, _, rest = documents.partition(" ")
    if first in ("The", "A", "An", "All", "Any", "Some") and rest[:1].islower():
        documents = f"{first.lower()} {rest}"  # it is read mid-sentence: "to see the …"
    summary = documents if len(documents) <= 120 else documents[:117].rstrip() + "…"
    councillor = members_repo.get_councillor(record.requester_id)
    return {
        "councillor_name": councillor.display_name if councillor else record.requester_name,
        "document_description": documents, "document_summary": summary,
        "request_reference": record.reference, "requested_on": long_date(record.received_on),
        "decided_on": long_date(record.decided_on) if record.decided_on else "",
    }


def _from_template(letter_type: str, paths: DataPaths, record: AccessRecord,
                   paragraphs: tuple[str, ...], on: dt.date) -> tuple[str, tuple[str, ...]]:
    """Subject and body from the clerk's template, the rule-required paragraphs put in at
    ``{decision_paragraphs}``; a template that lost that field is refused, never bypassed."""
    values = {**_letter_values(record), "decision_paragraphs": "\n\n".join(paragraphs)}
    try:
        return letters.from_template(letter_type, values, paths, on)
    except TemplateError as exc:
        label = LETTER_TYPES[letter_type].label.lower()
        raise AccessProblem([f"The template for the {label} needs correcting in Documents > "
                             f"Letter templates before this letter can go out: {exc}"]) from None


def decision_letter_body(record: AccessRecord) -> tuple[str, ...]:
    """The paragraphs the rules require in the decision letter (the template adds the rest)."""
    if not record.decision:
        raise AccessProblem([f"{record.reference} has no decision yet, so there is no "
                             "decision letter to issue."])
    try:
        return decision_letter_paragraphs(
            councillor_name=_letter_values(record)["councillor_name"],
            decision=record.decision, reasons=record.decision_reasons,
            rules=letter_rules(record.assessment, record.decision), purpose=record.purpose,
            conditions=record.conditions, redactions=record.redactions,
            referral_body=referral_body(record.committee_name or None), cite=cite_function(),
        )
    except ValueError as exc:
        raise AccessProblem([str(exc)]) from None


def issue_decision_letter(paths: DataPaths, request_id: int, actor: str, on: dt.date,
                          today: dt.date) -> letters.IssuedLetterInfo:
    """Issue the letter telling the councillor the decision (type "access_decision")."""
    record = get_request(request_id, today)
    subject, body = _from_template("access_decision", paths, record,
                                   decision_letter_body(record), on)
    with database.atomic():
        letter = letters.compose(
            "access_decision", letters.councillor_recipient(record.requester_id),
            subject, body, on, title="Decision on a request for documents",
        )
        info = letters.issue_letter(paths, letter, actor, record.requester_id,
                                    (TABLE, request_id))
        access_store.update(request_id, actor, f"Decision letter {info.reference} issued",
                            decision_letter_id=info.id)
    return info


def issue_written_reasons(paths: DataPaths, request_id: int, actor: str, on: dt.date,
                          today: dt.date) -> letters.IssuedLetterInfo:
    """Written reasons on request (ACCESS-8): one step, from the decision on record."""
    record = get_request(request_id, today)
    if not record.decision or record.decided_on is None:
        raise AccessProblem([f"{record.reference} has no decision yet, so there are no "
                             "reasons to set out."])
    try:
        paragraphs = written_reasons_paragraphs(
            councillor_name=_letter_values(record)["councillor_name"],
            decision=record.decision, reasons=record.decision_reasons,
            rules=letter_rules(record.assessment, record.decision),
            referral_body=referral_body(record.committee_name or None), cite=cite_function(),
        )
    except ValueError as exc:
        raise AccessProblem([str(exc)]) from None
    subject, body = _from_template("access_written_reasons", paths, record, paragraphs, on)
    with database.atomic():
        letter = letters.compose(
            "access_written_reasons", letters.councillor_recipient(record.requester_id),
            subject, body, on,
            title="Written reasons for a decision on a request for documents",
        )
        info = letters.issue_letter(paths, letter, actor, record.requester_id,
                                    (TABLE, request_id))
        access_store.update(request_id, actor, f"Written reasons {info.reference} issued",
                            reasons_letter_id=info.id)
    return info


# --- Disputes (ACCESS-8) -----------------------------------------------------------------


def refer_to_committee(request_id: int, actor: str, on: dt.date, today: dt.date,
                       meeting_on: dt.date | None = None, note: str = "") -> AccessRecord:
    """The councillor disputes the decision: it goes to the committee whose functions the
    documents concern, else to the Council, to be heard at ``meeting_on``."""
    current = get_request(request_id, today)
    if meeting_on is not None and meeting_on < on:
        raise AccessProblem({"meeting_on": "The meeting that hears the referral cannot be "
                                           "before the day it was referred."})
    body = referral_body(current.committee_name or None)
    with database.atomic():
        transition(request_id, "referred", actor, on, today,
                   note or f"Referred to {body}")
        access_store.update(request_id, actor, referral_body=body, referred_on=on,
                            referral_meeting_on=meeting_on)
    return get_request(request_id, today)


def record_committee_outcome(request_id: int, outcome: str, actor: str, on: dt.date,
                             today: dt.date, note: str = "") -> AccessRecord:
    """The committee's decision on a referral: upheld, varied or overturned."""
    if outcome not in rules.COMMITTEE_OUTCOMES:
        raise AccessProblem({"outcome": f"Choose the committee's outcome: one of "
                             f"{', '.join(rules.COMMITTEE_OUTCOME_LABELS.values())}."})
    current = get_request(request_id, today)
    if outcome in {"varied", "overturned"} and not note.strip():
        raise AccessProblem({"note": "Say how the committee changed the decision."})
    if current.referred_on is not None and on < current.referred_on:
        raise AccessProblem({"on": "The committee cannot have decided before the referral "
                                   "was made."})
    with database.atomic():
        transition(request_id, "committee_decided", actor, on, today,
                   rules.COMMITTEE_OUTCOME_LABELS[outcome])
        access_store.update(request_id, actor, committee_outcome=outcome,
                            committee_outcome_on=on, committee_note=note.strip())
    return get_request(request_id, today)


# --- Exports -------------------------------------------------------------------------------

CSV_HEADERS = ("Reference", "Councillor", "Received", "Documents", "Held by", "Committee",
               "Status", "Due", "Overdue", "FOI", "Recommendation", "Decision", "Decided",
               "Purpose", "Committee outcome")


def _date(day: dt.date | None) -> str:
    return day.strftime("%d/%m/%Y") if day else ""


def _csv_row(r: AccessRecord) -> list[str]:
    return [r.reference, r.requester_name, _date(r.received_on), r.documents, r.holder,
            r.committee_name, r.status_label, _date(r.due_on), "Yes" if r.overdue else "",
            "Yes" if r.foi else "", rules.OUTCOME_LABELS[r.assessment.outcome],
            r.decision_label, _date(r.decided_on), r.purpose,
            rules.COMMITTEE_OUTCOME_LABELS.get(r.committee_outcome, "")]


def export_csv(records: Sequence[AccessRecord], target: Path) -> Path:
    """The register (as filtered) as a CSV file that opens in a spreadsheet."""
    target.parent.mkdir(parents=True, exist_ok=True)
    with target.open("w", newline="", encoding="utf-8-sig") as handle:
        writer = csv.writer(handle)
        writer.writerow(CSV_HEADERS)
        for record in records:
            writer.writerow([to_cell(value) for value in _csv_row(record)])
    return target


def export_pdf(records: Sequence[AccessRecord], target: Path, today: dt.date,
               description: str = "") -> Path:
    """The register (as filtered) as an A4 PDF in the house style."""
    council = council_repo.get_council()
    lines = [RegisterLine(
        reference=r.reference, councillor=r.requester_name, received=_date(r.received_on),
        documents=r.documents, status=r.status_label,
        due=("Overdue \u2013 " if r.overdue else "") + _date(r.due_on),
        outcome=r.decision_label or "\u2013", overdue=r.overdue,
    ) for r in records]
    pdf = render_register(lines, council_name=council.name if council else "ParishDesk",
                          letterhead=letters.letterhead() if council else None,
                          on=today, description=description)
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_bytes(pdf)
    return target
