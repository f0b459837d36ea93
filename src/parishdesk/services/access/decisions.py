"""Deciding a request (overrides audited) and issuing the decision letter and the written
reasons through the letter engine."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from parishdesk.domain import access as rules
from parishdesk.domain.access import (
    DECISION_LABELS,
    DISCLOSURE_DECISIONS,
    Assessment,
    is_override,
    referral_body,
    validate_decision,
)
from parishdesk.domain.access_letter import (
    decision_letter_paragraphs,
    letter_rules,
    written_reasons_paragraphs,
)
from parishdesk.domain.access_record import AWAITING_DECISION, AccessRecord
from parishdesk.domain.letters import LETTER_TYPES, TemplateError, long_date
from parishdesk.paths import DataPaths
from parishdesk.services import letters
from parishdesk.services.access.common import TABLE, AccessProblem, DecisionInput, cite_function
from parishdesk.services.access.register import get_request
from parishdesk.store import access_store, audit, members_store
from parishdesk.store.db import database


@dataclass(frozen=True)
class DecisionResult:
    record: AccessRecord
    letter: letters.IssuedLetterInfo | None


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
        problems["reasons"] = "Give the councillor the reasons for refusing: a refusal must be explained in writing."
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
            decision=decision.decision, decision_reasons=reasons,
            purpose=decision.purpose.strip() if decision.decision in DISCLOSURE_DECISIONS else "",
            conditions=tuple(c.strip() for c in decision.conditions if c.strip()),
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
    councillor = members_store.get_councillor(record.requester_id)
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
