"""Deadlines as calendar entries: what goes in the clerk's calendar, and under which name.

Pure: the service hands in the open enquiries, information requests and dispute
cases; this decides which deadlines become all-day entries, how they read, and the stable
identifier that lets a calendar replace an entry on the next export instead of
adding a second one.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass


@dataclass(frozen=True)
class Deadline:
    """One all-day calendar entry for a deadline."""

    uid: str
    on: dt.date
    summary: str
    description: str
    category: str
    privacy: str = "PRIVATE"  # RFC 5545 CLASS: PRIVATE, or CONFIDENTIAL for a dispute case


@dataclass(frozen=True)
class OpenEnquiry:
    reference: str
    councillor_name: str
    subject: str
    status: str  # new | acknowledged | in_progress | waiting
    ack_due: dt.date
    answer_due: dt.date
    assigned_name: str = ""


@dataclass(frozen=True)
class PendingRequest:
    reference: str
    councillor_name: str
    documents: str
    due_on: dt.date | None
    clock_stopped: bool


@dataclass(frozen=True)
class OpenCase:
    """A dispute case's next time limit: the case reference and what is due, nothing else."""

    reference: str
    due_label: str  # e.g. "Hold the hearing"
    due_on: dt.date
    paused: bool


def uid_domain(council_name: str) -> str:
    """The right-hand part of every UID: the council's name, so two councils never clash."""
    slug = re.sub(r"[^a-z0-9]+", "-", council_name.lower()).strip("-") or "council"
    return f"{slug}.parishdesk"


def _uid_part(reference: str) -> str:
    """A reference as part of a UID: "DC/2026/001" becomes "DC-2026-001"."""
    return re.sub(r"[^A-Za-z0-9-]+", "-", reference).strip("-")


def _short(text: str, limit: int = 60) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


def enquiry_deadlines(enquiry: OpenEnquiry, domain: str) -> list[Deadline]:
    """An enquiry waiting for an acknowledgement has that deadline as well as the answer's.

    While the councillor is being waited for, the clock is stopped: no entry.
    """
    if enquiry.status == "waiting":
        return []
    about = f"{enquiry.reference} from {enquiry.councillor_name}: {enquiry.subject}"
    who = f"\nWith: {enquiry.assigned_name}" if enquiry.assigned_name else ""
    found = []
    if enquiry.status == "new":
        found.append(Deadline(
            uid=f"enquiry-{enquiry.reference}-acknowledge@{domain}", on=enquiry.ack_due,
            summary=f"Acknowledge {enquiry.reference} ({_short(enquiry.subject, 40)})",
            description=f"Acknowledgement due for enquiry {about}{who}",
            category="Enquiries"))
    found.append(Deadline(
        uid=f"enquiry-{enquiry.reference}-answer@{domain}", on=enquiry.answer_due,
        summary=f"Answer due: {enquiry.reference} ({_short(enquiry.subject, 40)})",
        description=f"Answer due for enquiry {about}{who}",
        category="Enquiries"))
    return found


def request_deadline(request: PendingRequest, domain: str) -> list[Deadline]:
    """A request to see documents has a decision date, unless its clock is stopped."""
    if request.due_on is None or request.clock_stopped:
        return []
    return [Deadline(
        uid=f"information-request-{request.reference}-decision@{domain}", on=request.due_on,
        summary=f"Decision due: {request.reference} ({_short(request.documents, 40)})",
        description=(f"Decision due on the request {request.reference} from "
                     f"{request.councillor_name} to see: {request.documents}"),
        category="Information requests")]


def case_deadline(case: OpenCase, domain: str) -> list[Deadline]:
    """A dispute case's next time limit, unless the case is paused.

    Case records are confidential and calendars are often shared or copied to a phone,
    so the entry carries only what the reminder banner already shows outside the
    Disputes area: the case reference and the step that is due. No names, no kind of
    case, no words from the case; the clerk opens the case in ParishDesk for the rest.
    The UID names the case, not the step, so when the next step falls due the same
    entry moves to its new date instead of leaving the old one behind.
    """
    if case.paused:
        return []
    return [Deadline(
        uid=f"dispute-case-{_uid_part(case.reference)}-next-step@{domain}", on=case.due_on,
        summary=f"Case {case.reference}: {case.due_label}",
        description=(f"Next time limit in case {case.reference}: {case.due_label}. "
                     "The case file is in ParishDesk, under Disputes."),
        category="Dispute cases", privacy="CONFIDENTIAL")]


def deadlines(enquiries: list[OpenEnquiry], requests: list[PendingRequest],
              council_name: str, cases: list[OpenCase] | None = None) -> list[Deadline]:
    """Every deadline to put in the calendar, soonest first."""
    domain = uid_domain(council_name)
    found = [d for e in enquiries for d in enquiry_deadlines(e, domain)]
    found += [d for r in requests for d in request_deadline(r, domain)]
    found += [d for c in cases or [] for d in case_deadline(c, domain)]
    return sorted(found, key=lambda d: (d.on, d.uid))
