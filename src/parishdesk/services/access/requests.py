"""Logging a request, assessing it, correcting it and moving it through its lifecycle,
up to a referral to committee and the committee's outcome (ACCESS-8)."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace
from typing import Any

from parishdesk.domain import access as rules
from parishdesk.domain.access import AccessRequest, Assessment, assess, referral_body
from parishdesk.domain.access_deadline import decision_due
from parishdesk.domain.access_record import AWAITING_DECISION, INPUT_FIELDS, AccessRecord
from parishdesk.domain.text_fields import multi_line_problem, single_line_problem
from parishdesk.services.access.common import AccessProblem, deadline_working_days, nation
from parishdesk.services.access.register import get_request
from parishdesk.store import access_store, members_store
from parishdesk.store.db import database


def access_request_for(data: AccessRecord, on: dt.date) -> AccessRequest:
    """The facts the assistant weighs, with the requester's committees and group on ``on``."""
    councillor = members_store.get_councillor(data.requester_id, on)
    committees = frozenset(c.name for c in members_store.committees_of(data.requester_id, on))
    committee = None
    if data.committee_id is not None:
        committee = next((c.name for c in members_store.list_committees(include_archived=True)
                          if c.id == data.committee_id), None)
    return AccessRequest(
        requester_committees=committees,
        requester_group=councillor.group if councillor else None,
        document_committee=committee, meeting_business=data.meeting_business,
        contents=frozenset(data.contents), document_group=data.document_group or None,
        reason=data.reason, reason_specific=data.reason_specific,
    )


def recommend(data: AccessRecord) -> Assessment:
    """The assistant's recommendation for the request as it stands (nothing is saved)."""
    return assess(access_request_for(data, data.received_on))


def request_problems(data: AccessRecord) -> dict[str, str]:
    """What stops a request being saved, by field ("requester", "documents", "meeting",
    "document_group", "contents"); empty when it may be saved."""
    problems: dict[str, str] = {}
    if members_store.get_councillor(data.requester_id) is None:
        problems["requester"] = "Choose the councillor who asked."
    if not data.documents.strip():
        problems["documents"] = "Describe the documents the councillor asked to see."
    if data.meeting_business and not data.meeting.strip():
        problems["meeting"] = "Say which meeting's business the documents relate to."
    if "group_internal" in data.contents and not data.document_group.strip():
        problems["document_group"] = "Say which party group the internal paper belongs to."
    for name, label, value in (("holder", "Who holds the documents", data.holder),
                               ("meeting", "The meeting", data.meeting),
                               ("document_group", "The party group", data.document_group)):
        if message := single_line_problem(label, value):
            problems.setdefault(name, message)
    for name, label, value in (("documents", "The documents asked for", data.documents),
                               ("reason", "The reason", data.reason)):
        if message := multi_line_problem(label, value):
            problems.setdefault(name, message)
    try:
        AccessRequest(contents=frozenset(data.contents))
    except ValueError as exc:
        problems["contents"] = str(exc)
    return problems


def _check_input(data: AccessRecord) -> None:
    problems = request_problems(data)
    if problems:
        raise AccessProblem(problems)


def preview_due(received_on: dt.date, foi: bool) -> dt.date:
    """When a request received on ``received_on`` would be due (before any stopped clock)."""
    return decision_due(received_on, deadline_working_days(), (), nation(),
                        as_of=received_on, foi=foi)


def _cleaned(data: AccessRecord) -> dict[str, Any]:
    """The form's fields as kept: trimmed, and emptied where they do not apply."""
    return dict(
        requester_id=data.requester_id, received_on=data.received_on,
        documents=data.documents.strip(), holder=data.holder.strip(),
        committee_id=data.committee_id, meeting_business=data.meeting_business,
        meeting=data.meeting.strip() if data.meeting_business else "",
        contents=frozenset(data.contents),
        document_group=data.document_group.strip() if "group_internal" in data.contents else "",
        reason=data.reason.strip(), reason_specific=data.reason_specific, foi=data.foi,
        decider_id=data.decider_id,
    )


def log_request(data: AccessRecord, actor: str, today: dt.date) -> AccessRecord:
    """Record a new request, with the assistant's recommendation and its deadline."""
    _check_input(data)
    new = AccessRecord(**_cleaned(data), status="received",
                       due_working_days=deadline_working_days(), assessment=recommend(data))
    with database.atomic():
        kept = access_store.create(new, actor, data.received_on)
    return get_request(kept.id, today)


def request_input(record: AccessRecord) -> AccessRecord:
    """A saved request as form input, for editing: the fields the form fills, nothing else."""
    return AccessRecord(**{name: getattr(record, name) for name in INPUT_FIELDS})


def update_request(request_id: int, data: AccessRecord, actor: str,
                   today: dt.date) -> AccessRecord:
    """Correct or complete a request not yet decided, and assess it again."""
    current = get_request(request_id, today)
    if current.status not in AWAITING_DECISION:
        raise AccessProblem([f"{current.reference} has been decided, so its facts can no "
                             "longer be changed. Refer it to committee if it is disputed."])
    _check_input(data)
    with database.atomic():
        access_store.update(request_id, actor, "Request details changed and re-assessed",
                            **_cleaned(data), assessment=recommend(data))
    return get_request(request_id, today)


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
    data = replace(current, reason=reason, reason_specific=reason_specific)
    with database.atomic():
        access_store.update(request_id, actor, "Councillor's reason received",
                            reason=reason.strip(), reason_specific=reason_specific,
                            assessment=recommend(data))
        transition(request_id, "assessing", actor, on, today, "Councillor's reason received")
    return get_request(request_id, today)


def close_request(request_id: int, actor: str, on: dt.date, today: dt.date,
                  note: str = "") -> AccessRecord:
    return transition(request_id, "closed", actor, on, today, note)


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
