"""The protocol checks on an enquiry: gather the facts, keep what the checks find, and
let the clerk set a warning aside with a reason.

The rules themselves are in ``parishdesk.domain.enquiry_checks``. Whether the
officer was on leave (ENQ-6) is read from the leave store; when leave is
recorded or changed, the leave service calls :func:`recheck_addressed_to`.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from parishdesk.domain.enquiry_checks import CheckWarning, EnquiryFacts, run_checks
from parishdesk.domain.enquiry_records import EnquiryRecord
from parishdesk.services.enquiries.common import (
    TABLE,
    EnquiryProblem,
    is_clerk,
    load,
    officer_name,
)
from parishdesk.services.enquiries.settings import council_name, min_notice_working_days, nation
from parishdesk.store import (
    audit,
    enquiry_store,
    members_store,
    officer_leave_store,
    register_store,
)
from parishdesk.store.db import database


def _declared_terms(councillor_id: int, on: dt.date) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """The councillor's declared special relationships (with whom) and current interests."""
    relationships = tuple(r.with_whom.strip() for r in register_store.list_relationships(
        councillor_id) if r.with_whom.strip() and (r.declared_on is None or r.declared_on <= on))
    interests = tuple(i.description.strip() for i in register_store.list_interests(councillor_id)
                      if i.description.strip()
                      and (i.removed_on is None or i.removed_on > on))
    return relationships, interests


def facts_for(record: EnquiryRecord) -> EnquiryFacts:
    """Everything the protocol checks need, read from the enquiry and the register."""
    officer = (members_store.get_officer(record.addressed_to_id) if record.addressed_to_id
               else None)
    officer = officer or members_store.clerk()
    hours = None
    if officer is not None and officer.hours_from and officer.hours_to:
        hours = (officer.hours_from, officer.hours_to)
    received = record.received_at.date()
    relationships, interests = _declared_terms(record.councillor_id, received)
    leave = (officer_leave_store.covering(officer.id, received)
             if officer is not None and officer.id is not None else None)
    return EnquiryFacts(
        addressed_to_is_clerk=officer is None or is_clerk(officer),
        addressed_to_name=(f"{officer_name(officer)} ({officer.post_label})"
                           if officer else ""),
        kind=record.kind, subject=record.subject, text=record.text,
        ticked_not_council_business=bool(record.not_council_business),
        requested_by=record.requested_by, received_at=record.received_at,
        officer_working_days=(officer.working_days if officer and officer.working_days
                              else frozenset({0, 1, 2, 3, 4})),
        officer_hours=hours, officer_on_leave=leave is not None,
        officer_leave_text=(f"{officer_name(officer)} was {leave.description}"
                            if leave is not None and officer is not None else ""),
        min_working_days=min_notice_working_days(),
        copied=tuple((c.name, bool(c.consented)) for c in enquiry_store.copies(record.id)),
        priority_demanded_by_councillor=bool(record.priority_demanded),
        special_relationships=relationships, interests=interests, nation=nation(),
        council_name=council_name(),
    )


def store_warnings(record: EnquiryRecord, actor: str) -> tuple[CheckWarning, ...]:
    """Run the checks and keep what they find; warnings no longer found are set inactive."""
    found = run_checks(facts_for(record))
    seen = set()
    for w in found:
        seen.add(w.code)
        values: dict[str, Any] = {"rule_ids": ",".join(w.rule_ids), "title": w.title,
                                  "message": w.message, "advice": w.advice, "active": True}
        enquiry_store.save_warning(record.id, w.code, actor, **values)
    for old in enquiry_store.warnings(record.id):
        if old.code not in seen:
            enquiry_store.update_warning(old.id, actor, note="The check no longer finds this",
                                         active=False)
    enquiry_store.update(record.id, actor,
                         warning_count=enquiry_store.open_warning_count(record.id))
    return found


def recheck_addressed_to(officer_id: int, spans: list[tuple[dt.date, dt.date]],
                         actor: str) -> list[int]:
    """Run the checks again on enquiries addressed to an officer and received in any of
    ``spans`` (first and last day included), e.g. after their leave was recorded.
    Returns the ids checked."""
    officer = members_store.get_officer(officer_id)
    targets: list[int | None] = [officer_id]
    if is_clerk(officer):
        targets.append(None)  # nobody named: it went to the Clerk
    checked: list[int] = []
    with database.atomic():
        for start, end in spans:
            for enquiry_id in enquiry_store.addressed_between(targets, start, end):
                if enquiry_id not in checked:
                    store_warnings(load(enquiry_id), actor)
                    checked.append(enquiry_id)
    return checked


def dismiss_warning(enquiry_id: int, code: str, note: str, actor: str,
                    at: dt.datetime) -> None:
    """Dismiss a protocol warning with the clerk's reason; both are audited."""
    if not note.strip():
        raise EnquiryProblem("Say why the warning can be set aside: the note is kept with it.")
    load(enquiry_id)
    warning = enquiry_store.warning(enquiry_id, code)
    if warning is None:
        raise EnquiryProblem(f"This enquiry has no warning {code!r}.")
    with database.atomic():
        enquiry_store.update_warning(warning.id, actor, note=note.strip(),
                                     dismissed_at=at.replace(microsecond=0),
                                     dismissed_by=actor, dismissal_note=note.strip())
        audit.note(TABLE, enquiry_id, actor, f"Dismissed warning “{warning.title}”: {note.strip()}",
                   {"warning": [code, "dismissed"]})
        enquiry_store.update(enquiry_id, actor,
                             warning_count=enquiry_store.open_warning_count(enquiry_id))
