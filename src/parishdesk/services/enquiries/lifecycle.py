"""Logging and changing an enquiry, and moving it through its lifecycle.

Each public function is one transaction and writes the audit log. The rules
(lifecycle, deadlines) live in ``parishdesk.domain.enquiry``; this module
gathers the facts they need and stores the results.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from parishdesk.domain import enquiry as rules
from parishdesk.domain.enquiry import Kind, Priority, Status, StatusChange
from parishdesk.domain.enquiry_checks import CheckWarning
from parishdesk.domain.text_fields import multi_line_problem, single_line_problem
from parishdesk.domain.workdays import add_working_days
from parishdesk.paths import DataPaths
from parishdesk.services.enquiries.attachments import attach_file
from parishdesk.services.enquiries.checks import store_warnings
from parishdesk.services.enquiries.common import (
    EnquiryProblem,
    history,
    load,
    officer,
    officer_name,
    require_clerk,
)
from parishdesk.services.enquiries.settings import (
    ack_working_days,
    answer_working_days,
    due_dates,
    nation,
)
from parishdesk.store import enquiry_store, members_store
from parishdesk.store.db import database


@dataclass(frozen=True)
class CopyInput:
    councillor_id: int
    consented: bool


@dataclass(frozen=True)
class EnquiryInput:
    """What the clerk records about an enquiry (new or changed)."""

    councillor_id: int
    received_at: dt.datetime
    subject: str
    text: str = ""
    channel: str = rules.Channel.EMAIL.value
    kind: str = Kind.WORK.value
    requested_by: dt.date | None = None
    addressed_to_id: int | None = None  # None: the Clerk
    not_council_business: bool = False
    priority_demanded: bool = False
    copies: tuple[CopyInput, ...] = ()
    resident_name: str = ""
    resident_contact: str = ""


@dataclass(frozen=True)
class Saved:
    id: int
    reference: str
    warnings: tuple[CheckWarning, ...] = field(default=())


def _validate(data: EnquiryInput) -> dict[str, Any]:
    problems: dict[str, str] = {}
    councillor = members_store.get_councillor(data.councillor_id, data.received_at.date())
    if councillor is None:
        problems["councillor"] = "Choose the councillor the enquiry is from."
    if not data.subject.strip():
        problems["subject"] = "Give the enquiry a subject."
    for key, label, value in (("subject", "The subject", data.subject),
                              ("resident_name", "The resident's name", data.resident_name),
                              ("resident_contact", "The resident's contact",
                               data.resident_contact)):
        if key not in problems and (message := single_line_problem(label, value)):
            problems[key] = message
    if message := multi_line_problem("The enquiry's text", data.text):
        problems["text"] = message
    try:
        rules.Channel(data.channel)
        Kind(data.kind)
    except ValueError:
        problems["channel"] = "Choose a channel and a kind from the lists."
    if problems:
        raise EnquiryProblem(problems)
    assert councillor is not None
    addressed = officer(data.addressed_to_id) if data.addressed_to_id else members_store.clerk()
    return {
        "councillor_id": councillor.id, "councillor_name": councillor.display_name,
        "received_at": data.received_at.replace(microsecond=0), "channel": data.channel,
        "subject": data.subject.strip(), "text": data.text.strip(), "kind": data.kind,
        "requested_by": data.requested_by,
        "addressed_to_id": addressed.id if addressed else None,
        "addressed_to_name": officer_name(addressed) if addressed else "",
        "not_council_business": data.not_council_business,
        "priority_demanded": data.priority_demanded,
        "resident_name": data.resident_name.strip(),
        "resident_contact": data.resident_contact.strip(),
    }


def _set_copies(enquiry_id: int, author_id: int, copies: tuple[CopyInput, ...], actor: str,
                on: dt.date) -> None:
    wanted = {c.councillor_id: c.consented for c in copies if c.councillor_id != author_id}
    for existing in enquiry_store.copies(enquiry_id):
        if existing.councillor_id not in wanted:
            enquiry_store.archive_copy(existing.id, actor, "No longer copied")
        else:
            enquiry_store.set_copy_consent(existing.id, actor,
                                           wanted.pop(existing.councillor_id))
    for councillor_id, consented in wanted.items():
        councillor = members_store.get_councillor(councillor_id, on)
        if councillor is None:
            raise EnquiryProblem("A councillor copied in is not in the register.")
        enquiry_store.add_copy(enquiry_id, actor, councillor_id, councillor.display_name,
                               consented)


def log_enquiry(data: EnquiryInput, actor: str) -> Saved:
    """Record a new enquiry, assigned to the Clerk, and run the protocol checks."""
    values = _validate(data)
    clerk = members_store.clerk()
    received = values["received_at"]
    with database.atomic():
        year = received.year
        number = enquiry_store.next_number(year)
        ack_days, answer_days = ack_working_days(), answer_working_days()
        ack_due = add_working_days(received.date(), ack_days, nation())
        answer_due = add_working_days(received.date(), answer_days, nation())
        record = enquiry_store.create(
            actor, reference=enquiry_store.format_reference(year, number),
            year=year, number=number, **values,
            assigned_to_id=clerk.id if clerk else None,
            assigned_name=officer_name(clerk) if clerk else "",
            priority=Priority.NORMAL.value, status=Status.NEW.value,
            ack_due=ack_due, answer_due=answer_due, ack_working_days=ack_days,
            answer_working_days=answer_days,
        )
        enquiry_store.add_status_change(record.id, actor, received, Status.NEW.value,
                                        "Logged")
        _set_copies(record.id, record.councillor_id, data.copies, actor, received.date())
        found = store_warnings(record, actor)
        enquiry_store.reindex([record.id])
    return Saved(record.id, record.reference, found)


def update_enquiry(enquiry_id: int, data: EnquiryInput, actor: str) -> Saved:
    """Change an enquiry's details; deadlines and checks are worked out again."""
    load(enquiry_id)
    values = _validate(data)
    with database.atomic():
        record = enquiry_store.update(enquiry_id, actor, **values)
        _set_copies(record.id, record.councillor_id, data.copies, actor,
                    record.received_at.date())
        ack_due, answer_due = due_dates(record, history(record.id))
        record = enquiry_store.update(record.id, actor, ack_due=ack_due, answer_due=answer_due)
        found = store_warnings(record, actor)
        enquiry_store.reindex([record.id])
    return Saved(record.id, record.reference, found)


def save_enquiry(paths: DataPaths, enquiry_id: int | None, data: EnquiryInput, actor: str,
                 *, assigned_to_id: int | None = None, priority: str | None = None,
                 by_officer_id: int | None = None, new_files: tuple[Path, ...] = ()) -> Saved:
    """Save the full enquiry form in one transaction: log a new enquiry (``enquiry_id``
    None) or change one, then the Clerk's assignment and priority (refused unless
    ``by_officer_id`` is the Clerk, ROLE-7 and ENQ-3) and any new files."""
    copied: list[Path] = []
    try:
        with database.atomic():
            saved = (log_enquiry(data, actor) if enquiry_id is None
                     else update_enquiry(enquiry_id, data, actor))
            record = load(saved.id)
            if assigned_to_id is not None and assigned_to_id != record.assigned_to_id:
                assign(saved.id, assigned_to_id, by_officer_id, actor)
            if priority is not None and priority != record.priority:
                set_priority(saved.id, priority, by_officer_id, actor)
            for source in new_files:
                copied.append(paths.data_dir / attach_file(paths, saved.id, source,
                                                           actor).stored_file)
    except BaseException:
        for target in copied:  # the records were rolled back: do not keep their copies
            target.unlink(missing_ok=True)
        raise
    return saved


def transition(enquiry_id: int, target: str, actor: str, at: dt.datetime,
               note: str = "", late_reason: str = "") -> Status:
    """Move an enquiry to ``target``; the change is kept in its status history.

    Marking it answered after its due date needs ``late_reason`` (ENQ-2).
    Leaving "waiting" restarts the clock and moves the deadlines on.
    """
    record = load(enquiry_id)
    if record.status == target:
        raise EnquiryProblem(f"The enquiry is already {rules.STATUS_LABELS[Status(target)]}.")
    try:
        new = rules.transition(record.status, target)
    except rules.EnquiryError as exc:
        raise EnquiryProblem(str(exc)) from None
    at = at.replace(microsecond=0)
    on = at.date()
    changes = [*history(record.id), StatusChange(at, new.value)]
    ack_due, answer_due = due_dates(record, changes)
    fields: dict[str, Any] = {"status": new.value, "ack_due": ack_due, "answer_due": answer_due,
                              "waiting_since": on if new is Status.WAITING else None}
    if new is Status.ANSWERED:
        try:
            rules.check_late_reason(answer_due, on, late_reason)
        except rules.EnquiryError as exc:
            raise EnquiryProblem(str(exc)) from None
        fields.update(answered_on=on, late_reason=late_reason.strip())
    elif new is Status.ACKNOWLEDGED:
        fields["acknowledged_on"] = on
    elif new is Status.CLOSED:
        fields["closed_on"] = on
        if record.answered_on is None:
            fields["answered_on"] = None
    if rules.is_reopening(record.status, new.value):
        fields.update(answered_on=None, closed_on=None)
    with database.atomic():
        enquiry_store.add_status_change(record.id, actor, at, new.value,
                                        note.strip() or (late_reason.strip()
                                                         and f"Late: {late_reason.strip()}"))
        enquiry_store.update(record.id, actor, note=note.strip(), **fields)
    return new


def assign(enquiry_id: int, officer_id: int, by_officer_id: int | None, actor: str) -> None:
    """Give the enquiry to an officer. Only the Clerk assigns work (ROLE-7)."""
    require_clerk(by_officer_id, "assigns enquiries to staff", "ROLE-7")
    someone = officer(officer_id)
    load(enquiry_id)
    enquiry_store.update(enquiry_id, actor, assigned_to_id=someone.id,
                         assigned_name=officer_name(someone))


def set_priority(enquiry_id: int, priority: str, by_officer_id: int | None, actor: str) -> None:
    """Set the priority. Only the Clerk sets the order of work (ENQ-3)."""
    require_clerk(by_officer_id, "sets the priority of work", "ENQ-3")
    try:
        value = Priority(priority).value
    except ValueError:
        raise EnquiryProblem(f"Unknown priority {priority!r}.") from None
    load(enquiry_id)
    enquiry_store.update(enquiry_id, actor, priority=value)
