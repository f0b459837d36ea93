"""Enquiry use cases: log, change, move through the lifecycle, check, reply, acknowledge.

Each public function is one transaction and writes the audit log. The rules
(lifecycle, deadlines, protocol checks) live in ``parishdesk.domain``; this
module gathers the facts they need from the database and stores the results.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import re
import shutil
from collections.abc import Mapping
from dataclasses import dataclass, field
from email.message import EmailMessage
from email.utils import formataddr
from pathlib import Path
from typing import Any

from parishdesk.domain import enquiry as rules
from parishdesk.domain.enquiry import Kind, Priority, Status, StatusChange
from parishdesk.domain.enquiry_checks import (
    DEFAULT_MIN_WORKING_DAYS,
    CheckWarning,
    EnquiryFacts,
    run_checks,
)
from parishdesk.domain.letters import long_date, salutation
from parishdesk.domain.members import Officer
from parishdesk.domain.workdays import ENGLAND_AND_WALES, add_working_days
from parishdesk.errors import ValidationError
from parishdesk.paths import DataPaths
from parishdesk.services import letters, officer_leave
from parishdesk.store import audit, enquiry_store, members_store, register_store, settings
from parishdesk.store.council_store import get_council
from parishdesk.store.db import database
from parishdesk.store.enquiry_store import (
    Enquiry,
    EnquiryAttachment,
    EnquiryCopy,
    EnquiryReply,
    EnquiryStatusChange,
    EnquiryWarning,
    InboxQuery,
)

ACK_SETTING = "enquiries.ack_working_days"
ANSWER_SETTING = "enquiries.answer_working_days"
MIN_NOTICE_SETTING = "enquiries.min_notice_working_days"
TABLE = "enquiry"


class EnquiryProblem(ValidationError):
    """An enquiry, reply or setting that cannot be saved: ``problems`` maps each field to
    what is wrong with it ("" for a problem that is about no one field)."""

    title = "Enquiry"

    def __init__(self, problems: Mapping[str, str] | str) -> None:
        super().__init__({"": problems} if isinstance(problems, str) else problems)


# --- settings and calendar ----------------------------------------------------------------

def nation() -> str:
    council = get_council()
    return council.nation if council else ENGLAND_AND_WALES


def ack_working_days() -> int:
    return settings.get_int(ACK_SETTING, rules.ACK_WORKING_DAYS)


def answer_working_days() -> int:
    return settings.get_int(ANSWER_SETTING, rules.ANSWER_WORKING_DAYS)


def min_notice_working_days() -> int:
    """The reasonable minimum time a councillor should allow for an answer (ENQ-2)."""
    return settings.get_int(MIN_NOTICE_SETTING, DEFAULT_MIN_WORKING_DAYS)


@dataclass(frozen=True)
class InboxSettings:
    ack_working_days: int
    answer_working_days: int
    min_notice_working_days: int


def inbox_settings() -> InboxSettings:
    return InboxSettings(ack_working_days(), answer_working_days(), min_notice_working_days())


def deadline_problems(ack_days: int, answer_days: int, min_notice_days: int) -> dict[str, str]:
    """What is wrong with proposed standard times, by field ("ack", "answer", "notice")."""
    problems: dict[str, str] = {}
    if not 1 <= ack_days <= 60:
        problems["ack"] = "Acknowledge within 1 to 60 working days."
    if not 1 <= answer_days <= 60:
        problems["answer"] = "Answer within 1 to 60 working days."
    elif answer_days < ack_days:
        problems["answer"] = "The answer cannot be due before the acknowledgement."
    if not 0 <= min_notice_days <= 30:
        problems["notice"] = "The reasonable minimum notice is 0 to 30 working days."
    return problems


def set_deadlines(ack_days: int, answer_days: int, actor: str,
                  min_notice_days: int | None = None) -> None:
    """Change the council's standard times to acknowledge and to answer (in working days)
    and, if given, the reasonable minimum notice for an answer (ENQ-2). Enquiries already
    logged keep the times they were logged under; the settings are audited."""
    notice = min_notice_working_days() if min_notice_days is None else min_notice_days
    problems = deadline_problems(ack_days, answer_days, notice)
    if problems:
        raise EnquiryProblem(problems)
    with database.atomic():
        settings.put(ACK_SETTING, str(ack_days), actor)
        settings.put(ANSWER_SETTING, str(answer_days), actor)
        settings.put(MIN_NOTICE_SETTING, str(notice), actor)


def inbox_query(today: dt.date, filter: str = "all", search: str = "",
                me_id: int | None = None, sort: str = "due",
                descending: bool = False) -> InboxQuery:
    """An inbox query with the "due soon" horizon worked out in the council's working days."""
    return InboxQuery(today=today,
                      due_soon_until=add_working_days(today, rules.DUE_SOON_WORKING_DAYS,
                                                      nation()),
                      filter=filter, search=search, me_id=me_id, sort=sort,
                      descending=descending)


# --- input --------------------------------------------------------------------------------

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
    try:
        rules.Channel(data.channel)
        Kind(data.kind)
    except ValueError:
        problems["channel"] = "Choose a channel and a kind from the lists."
    if problems:
        raise EnquiryProblem(problems)
    assert councillor is not None
    addressed = _officer(data.addressed_to_id) if data.addressed_to_id else members_store.clerk()
    return {
        "councillor_id": councillor.id, "councillor_name": councillor.display_name,
        "received_at": data.received_at.replace(microsecond=0), "channel": data.channel,
        "subject": data.subject.strip(), "text": data.text.strip(), "kind": data.kind,
        "requested_by": data.requested_by,
        "addressed_to_id": addressed.id if addressed else None,
        "addressed_to_name": _officer_name(addressed) if addressed else "",
        "not_council_business": data.not_council_business,
        "priority_demanded": data.priority_demanded,
        "resident_name": data.resident_name.strip(),
        "resident_contact": data.resident_contact.strip(),
    }


def _officer(officer_id: int | None) -> Officer:
    officer = members_store.get_officer(officer_id) if officer_id else None
    if officer is None:
        raise EnquiryProblem("That officer is not in the register.")
    return officer


def _officer_name(officer: Officer) -> str:
    return f"{officer.first_name} {officer.surname}".strip()


def _is_clerk(officer: Officer | None) -> bool:
    return officer is not None and (officer.is_clerk or officer.is_proper_officer)


def _require_clerk(by_officer_id: int | None, what: str, rule_id: str) -> None:
    officer = members_store.get_officer(by_officer_id) if by_officer_id else None
    if not _is_clerk(officer):
        raise EnquiryProblem(f"Only the Clerk {what} ({rule_id}).")


# --- deadlines ----------------------------------------------------------------------------

def history(enquiry_id: int) -> list[StatusChange]:
    return [StatusChange(c.at, c.status) for c in enquiry_store.status_history(enquiry_id)]


def _due_dates(row: Enquiry, changes: list[StatusChange]) -> tuple[dt.date, dt.date]:
    """Deadlines from the times the enquiry was logged under (today's settings for an
    enquiry that does not record them)."""
    received = row.received_at.date()
    n = nation()
    ack = row.ack_working_days or ack_working_days()
    answer = row.answer_working_days or answer_working_days()
    return (rules.deadline(received, ack, changes, n),
            rules.deadline(received, answer, changes, n))


# --- protocol checks ----------------------------------------------------------------------

def _declared_terms(councillor_id: int, on: dt.date) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """The councillor's declared special relationships (with whom) and current interests."""
    relationships = tuple(r.with_whom.strip() for r in register_store.list_relationships(
        councillor_id) if r.with_whom.strip() and (r.declared_on is None or r.declared_on <= on))
    interests = tuple(i.description.strip() for i in register_store.list_interests(councillor_id)
                      if i.description.strip()
                      and (i.removed_on is None or i.removed_on > on))
    return relationships, interests


def _council_name() -> str:
    council = get_council()
    return council.name if council is not None else ""


def facts_for(row: Enquiry) -> EnquiryFacts:
    """Everything the protocol checks need, read from the enquiry and the register."""
    officer = members_store.get_officer(row.addressed_to_id) if row.addressed_to_id else None
    officer = officer or members_store.clerk()
    hours = None
    if officer is not None and officer.hours_from and officer.hours_to:
        hours = (officer.hours_from, officer.hours_to)
    relationships, interests = _declared_terms(row.councillor_id, row.received_at.date())
    leave = (officer_leave.on_leave(officer.id, row.received_at.date())
             if officer is not None and officer.id is not None else None)
    return EnquiryFacts(
        addressed_to_is_clerk=officer is None or _is_clerk(officer),
        addressed_to_name=(f"{_officer_name(officer)} ({officer.post_label})"
                           if officer else ""),
        kind=row.kind, subject=row.subject, text=row.text,
        ticked_not_council_business=bool(row.not_council_business),
        requested_by=row.requested_by, received_at=row.received_at,
        officer_working_days=(officer.working_days if officer and officer.working_days
                              else frozenset({0, 1, 2, 3, 4})),
        officer_hours=hours, officer_on_leave=leave is not None,
        officer_leave_text=(f"{_officer_name(officer)} was {leave.description}"
                            if leave is not None and officer is not None else ""),
        min_working_days=min_notice_working_days(),
        copied=tuple((c.name, bool(c.consented)) for c in enquiry_store.copies(row.id)),
        priority_demanded_by_councillor=bool(row.priority_demanded),
        special_relationships=relationships, interests=interests, nation=nation(),
        council_name=_council_name(),
    )


def _store_warnings(row: Enquiry, actor: str) -> tuple[CheckWarning, ...]:
    found = run_checks(facts_for(row))
    seen = set()
    for w in found:
        seen.add(w.code)
        values: dict[str, Any] = {"rule_ids": ",".join(w.rule_ids), "title": w.title,
                                  "message": w.message, "advice": w.advice, "active": True}
        existing = enquiry_store.warning(row.id, w.code)
        if existing is None:
            audit.create(EnquiryWarning, actor, enquiry=row, code=w.code, **values)
        else:
            audit.update(existing, actor, **values)
    for old in enquiry_store.warnings(row.id):
        if old.code not in seen:
            audit.update(old, actor, note="The check no longer finds this", active=False)
    audit.update(row, actor, warning_count=enquiry_store.open_warning_count(row.id))
    return found


def recheck_addressed_to(officer_id: int, spans: list[tuple[dt.date, dt.date]],
                         actor: str) -> list[int]:
    """Run the checks again on enquiries addressed to an officer and received in any of
    ``spans`` (first and last day included), e.g. after their leave was recorded.
    Returns the ids checked."""
    officer = members_store.get_officer(officer_id)
    targets: list[int | None] = [officer_id]
    if _is_clerk(officer):
        targets.append(None)  # nobody named: it went to the Clerk
    checked: list[int] = []
    with database.atomic():
        for start, end in spans:
            for enquiry_id in enquiry_store.addressed_between(targets, start, end):
                if enquiry_id not in checked:
                    _store_warnings(_row(enquiry_id), actor)
                    checked.append(enquiry_id)
    return checked


def _set_copies(row: Enquiry, copies: tuple[CopyInput, ...], actor: str, on: dt.date) -> None:
    wanted = {c.councillor_id: c.consented for c in copies if c.councillor_id != row.councillor_id}
    for existing in enquiry_store.copies(row.id):
        if existing.councillor_id not in wanted:
            audit.archive(existing, actor, "No longer copied")
        else:
            audit.update(existing, actor, consented=wanted.pop(existing.councillor_id))
    for councillor_id, consented in wanted.items():
        councillor = members_store.get_councillor(councillor_id, on)
        if councillor is None:
            raise EnquiryProblem("A councillor copied in is not in the register.")
        audit.create(EnquiryCopy, actor, enquiry=row, councillor_id=councillor_id,
                     name=councillor.display_name, consented=consented)


# --- use cases ----------------------------------------------------------------------------

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
        row = audit.create(
            Enquiry, actor, reference=enquiry_store.format_reference(year, number),
            year=year, number=number, **values,
            assigned_to_id=clerk.id if clerk else None,
            assigned_name=_officer_name(clerk) if clerk else "",
            priority=Priority.NORMAL.value, status=Status.NEW.value,
            ack_due=ack_due, answer_due=answer_due, ack_working_days=ack_days,
            answer_working_days=answer_days,
        )
        audit.create(EnquiryStatusChange, actor, enquiry=row, at=received,
                     status=Status.NEW.value, changed_by=actor, note="Logged")
        _set_copies(row, data.copies, actor, received.date())
        found = _store_warnings(row, actor)
        enquiry_store.reindex([row.id])
    return Saved(row.id, row.reference, found)


def _row(enquiry_id: int) -> Enquiry:
    row = enquiry_store.get(enquiry_id)
    if row is None:
        raise EnquiryProblem(f"There is no enquiry number {enquiry_id}.")
    return row


def update_enquiry(enquiry_id: int, data: EnquiryInput, actor: str) -> Saved:
    """Change an enquiry's details; deadlines and checks are worked out again."""
    row = _row(enquiry_id)
    values = _validate(data)
    with database.atomic():
        audit.update(row, actor, **values)
        _set_copies(row, data.copies, actor, row.received_at.date())
        ack_due, answer_due = _due_dates(row, history(row.id))
        audit.update(row, actor, ack_due=ack_due, answer_due=answer_due)
        found = _store_warnings(row, actor)
        enquiry_store.reindex([row.id])
    return Saved(row.id, row.reference, found)


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
            row = _row(saved.id)
            if assigned_to_id is not None and assigned_to_id != row.assigned_to_id:
                assign(saved.id, assigned_to_id, by_officer_id, actor)
            if priority is not None and priority != row.priority:
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
    row = _row(enquiry_id)
    if row.status == target:
        raise EnquiryProblem(f"The enquiry is already {rules.STATUS_LABELS[Status(target)]}.")
    try:
        new = rules.transition(row.status, target)
    except rules.EnquiryError as exc:
        raise EnquiryProblem(str(exc)) from None
    at = at.replace(microsecond=0)
    on = at.date()
    changes = [*history(row.id), StatusChange(at, new.value)]
    ack_due, answer_due = _due_dates(row, changes)
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
        if row.answered_on is None:
            fields["answered_on"] = None
    if rules.is_reopening(row.status, new.value):
        fields.update(answered_on=None, closed_on=None)
    with database.atomic():
        audit.create(EnquiryStatusChange, actor, enquiry=row, at=at, status=new.value,
                     changed_by=actor, note=note.strip() or (late_reason.strip() and
                                                         f"Late: {late_reason.strip()}"))
        audit.update(row, actor, note=note.strip(), **fields)
    return new


def assign(enquiry_id: int, officer_id: int, by_officer_id: int | None, actor: str) -> None:
    """Give the enquiry to an officer. Only the Clerk assigns work (ROLE-7)."""
    _require_clerk(by_officer_id, "assigns enquiries to staff", "ROLE-7")
    officer = _officer(officer_id)
    row = _row(enquiry_id)
    audit.update(row, actor, assigned_to_id=officer.id, assigned_name=_officer_name(officer))


def set_priority(enquiry_id: int, priority: str, by_officer_id: int | None, actor: str) -> None:
    """Set the priority. Only the Clerk sets the order of work (ENQ-3)."""
    _require_clerk(by_officer_id, "sets the priority of work", "ENQ-3")
    try:
        value = Priority(priority).value
    except ValueError:
        raise EnquiryProblem(f"Unknown priority {priority!r}.") from None
    audit.update(_row(enquiry_id), actor, priority=value)


def dismiss_warning(enquiry_id: int, code: str, note: str, actor: str,
                    at: dt.datetime) -> None:
    """Dismiss a protocol warning with the clerk's reason; both are audited."""
    if not note.strip():
        raise EnquiryProblem("Say why the warning can be set aside: the note is kept with it.")
    row = _row(enquiry_id)
    warning = enquiry_store.warning(enquiry_id, code)
    if warning is None:
        raise EnquiryProblem(f"This enquiry has no warning {code!r}.")
    with database.atomic():
        audit.update(warning, actor, note=note.strip(), dismissed_at=at.replace(microsecond=0),
                     dismissed_by=actor, dismissal_note=note.strip())
        audit.note(TABLE, enquiry_id, actor, f"Dismissed warning “{warning.title}”: {note.strip()}",
                   {"warning": [code, "dismissed"]})
        audit.update(row, actor, warning_count=enquiry_store.open_warning_count(enquiry_id))


def _safe_name(name: str) -> str:
    cleaned = re.sub(r"[^\w.\- ]+", "_", name).strip(" .") or "file"
    return cleaned[:120]


def attach_file(paths: DataPaths, enquiry_id: int, source: Path, actor: str
                ) -> EnquiryAttachment:
    """Copy a file into the data folder and keep it with the enquiry."""
    row = _row(enquiry_id)
    if not source.is_file():
        raise EnquiryProblem(f"{source} is not a file that can be attached.")
    folder = paths.confined(Path("enquiries") / row.reference, paths.attachments_dir)
    folder.mkdir(parents=True, exist_ok=True)
    target = folder / _safe_name(source.name)
    counter = 1
    while target.exists():
        target = folder / f"{Path(_safe_name(source.name)).stem}-{counter}{source.suffix}"
        counter += 1
    shutil.copy2(source, target)
    digest = hashlib.sha256(target.read_bytes()).hexdigest()
    try:
        return audit.create(EnquiryAttachment, actor, enquiry=row, original_name=source.name,
                            stored_file=str(target.relative_to(paths.data_dir)),
                            size=target.stat().st_size, sha256=digest)
    except Exception:
        target.unlink(missing_ok=True)
        raise


# --- replies ------------------------------------------------------------------------------

def write_reply(enquiry_id: int, body: str, actor: str, at: dt.datetime,
                kind: str = "reply") -> int:
    """Keep a reply (or acknowledgement) written in the app with the enquiry; returns its id."""
    if not body.strip():
        raise EnquiryProblem("Write the reply before saving it.")
    row = _row(enquiry_id)
    with database.atomic():
        reply = audit.create(EnquiryReply, actor, enquiry=row, kind=kind, body=body.strip(),
                             written_at=at.replace(microsecond=0), written_by=actor)
        enquiry_store.reindex([row.id])
    return reply.id


def update_reply(reply_id: int, body: str, actor: str) -> None:
    reply = _reply(reply_id)
    if reply.issued_as:
        raise EnquiryProblem("This reply has been issued; write a new one instead.")
    with database.atomic():
        audit.update(reply, actor, body=body.strip())
        enquiry_store.reindex([reply.__data__["enquiry"]])


def _reply(reply_id: int) -> EnquiryReply:
    reply = EnquiryReply.get_or_none(EnquiryReply.id == reply_id)
    if reply is None:
        raise EnquiryProblem(f"There is no reply number {reply_id}.")
    return reply


def copied_names(enquiry_id: int) -> tuple[str, ...]:
    """The councillors a reply is openly copied to: only those the author agreed to (CORR-1)."""
    return tuple(c.name for c in enquiry_store.copies(enquiry_id) if c.consented)


def _summary(row: Enquiry) -> str:
    return f"\u201c{row.subject}\u201d"


def _letter_text(paths: DataPaths, row: Enquiry, reply: EnquiryReply, on: dt.date
                 ) -> tuple[str, str, tuple[str, ...]]:
    """(letter type, subject, paragraphs) for a reply or an acknowledgement."""
    values = {"enquiry_reference": row.reference, "enquiry_summary": _summary(row),
              "received_on": long_date(row.received_at.date()),
              "councillor_name": row.councillor_name}
    if reply.kind == "ack":
        subject, _ = letters.from_template(
            "enquiry_ack", {**values, "answer_by": long_date(row.answer_due)}, paths, on)
        paragraphs = tuple(p.strip() for p in re.split(r"\n\s*\n", reply.body) if p.strip())
        return "enquiry_ack", subject, paragraphs
    subject, paragraphs = letters.from_template("enquiry_reply", {**values, "body": reply.body},
                                                paths, on)
    return "enquiry_reply", subject, paragraphs


def _answer_if_reply(row: Enquiry, reply: EnquiryReply, actor: str, at: dt.datetime,
                     late_reason: str) -> None:
    if reply.kind == "ack":
        if row.status == Status.NEW.value:
            transition(row.id, Status.ACKNOWLEDGED.value, actor, at, "Acknowledged")
    elif row.status in {s.value for s in rules.OPEN_STATUSES}:
        transition(row.id, Status.ANSWERED.value, actor, at, "Reply issued",
                   late_reason=late_reason)


def _check_late(row: Enquiry, reply: EnquiryReply, on: dt.date, late_reason: str) -> None:
    if reply.kind == "reply" and row.status in {s.value for s in rules.OPEN_STATUSES}:
        due = _due_dates(row, [*history(row.id), StatusChange(
            dt.datetime.combine(on, dt.time()), Status.ANSWERED.value)])[1]
        try:
            rules.check_late_reason(due, on, late_reason)
        except rules.EnquiryError as exc:
            raise EnquiryProblem(str(exc)) from None


def issue_reply_letter(paths: DataPaths, reply_id: int, actor: str, at: dt.datetime,
                       late_reason: str = "") -> letters.IssuedLetterInfo:
    """Issue a reply as a formal letter from the Clerk, copies shown on it (CORR-1, CORR-2).

    An issued reply marks an open enquiry answered (a late one needs ``late_reason``);
    an issued acknowledgement marks a new one acknowledged.
    """
    reply = _reply(reply_id)
    if reply.issued_as:
        raise EnquiryProblem("This reply has already been issued.")
    row = _row(reply.__data__["enquiry"])
    on = at.date()
    _check_late(row, reply, on, late_reason)
    letter_type, subject, paragraphs = _letter_text(paths, row, reply, on)
    letter = letters.compose(letter_type, letters.councillor_recipient(row.councillor_id),
                             subject, paragraphs, on, cc=copied_names(row.id))
    with database.atomic():
        info = letters.issue_letter(paths, letter, actor, recipient_person_id=row.councillor_id,
                                    related=(TABLE, row.id))
        audit.update(reply, actor, issued_as="letter", issued_on=on, letter_id=info.id,
                     letter_reference=info.reference)
        _answer_if_reply(row, reply, actor, at, late_reason)
    return info


def _email_of(person_id: int) -> str:
    councillor = members_store.get_councillor(person_id)
    return councillor.email.strip() if councillor else ""


def build_email(paths: DataPaths, reply_id: int, on: dt.date) -> EmailMessage:
    """The reply as an e-mail: To the councillor, Cc every agreed copy, never a blind copy."""
    reply = _reply(reply_id)
    row = _row(reply.__data__["enquiry"])
    _, subject, paragraphs = _letter_text(paths, row, reply, on)
    recipient = letters.councillor_recipient(row.councillor_id)
    signatory = letters.signatory_for("clerk", on)
    council = get_council()
    message = EmailMessage()
    sender = council.email if council and council.email else ""
    message["From"] = formataddr((signatory.name, sender)) if sender else signatory.name
    message["To"] = formataddr((recipient.name, _email_of(row.councillor_id)))
    cc = [formataddr((c.name, _email_of(c.councillor_id)))
          for c in enquiry_store.copies(row.id) if c.consented]
    if cc:
        message["Cc"] = ", ".join(cc)
    message["Subject"] = subject
    message["Date"] = dt.datetime.combine(on, dt.time(9)).strftime("%a, %d %b %Y %H:%M:%S +0000")
    message["X-Unsent"] = "1"  # opens as a draft in Outlook and Thunderbird
    lines = [salutation(recipient), "", *("\n\n".join(paragraphs)).split("\n"), "",
             "Yours sincerely,", "", signatory.name, signatory.capacity]
    if council:
        lines.append(council.name)
    copied = copied_names(row.id)
    if copied:
        lines += ["", "cc " + ", ".join(copied)]
    message.set_content("\n".join(lines) + "\n")
    return message


def save_reply_email(paths: DataPaths, reply_id: int, actor: str, at: dt.datetime,
                     late_reason: str = "") -> Path:
    """Save the reply as an .eml draft in the data folder, ready to send once online."""
    reply = _reply(reply_id)
    if reply.issued_as:
        raise EnquiryProblem("This reply has already been issued.")
    row = _row(reply.__data__["enquiry"])
    on = at.date()
    _check_late(row, reply, on, late_reason)
    message = build_email(paths, reply_id, on)
    folder = paths.data_dir / "email-drafts"
    folder.mkdir(parents=True, exist_ok=True)
    target = paths.confined(f"{row.reference}-{reply.kind}-{reply.id}.eml", folder)
    with database.atomic():
        audit.update(reply, actor, issued_as="email", issued_on=on,
                     eml_file=str(target.relative_to(paths.data_dir)))
        _answer_if_reply(row, reply, actor, at, late_reason)
        target.write_bytes(bytes(message))
    return target


def acknowledgement_text(paths: DataPaths, enquiry_id: int, on: dt.date) -> str:
    """The standard acknowledgement wording for an enquiry, from the clerk's template."""
    row = _row(enquiry_id)
    _, paragraphs = letters.from_template(
        "enquiry_ack", {"enquiry_reference": row.reference, "enquiry_summary": _summary(row),
                        "received_on": long_date(row.received_at.date()),
                        "answer_by": long_date(row.answer_due),
                        "councillor_name": row.councillor_name}, paths, on)
    return "\n\n".join(paragraphs)


def acknowledge(paths: DataPaths, enquiry_id: int, actor: str, at: dt.datetime,
                as_email: bool = False) -> letters.IssuedLetterInfo | Path:
    """One step: write the standard acknowledgement, issue it, mark the enquiry acknowledged."""
    with database.atomic():
        reply_id = write_reply(enquiry_id, acknowledgement_text(paths, enquiry_id, at.date()),
                               actor, at, kind="ack")
        if as_email:
            return save_reply_email(paths, reply_id, actor, at)
        return issue_reply_letter(paths, reply_id, actor, at)


# --- reading one enquiry ------------------------------------------------------------------

@dataclass(frozen=True)
class TimelineEntry:
    at: dt.datetime
    kind: str  # status | reply | letter | email | file | warning
    text: str


@dataclass(frozen=True)
class WarningView:
    code: str
    rule_ids: tuple[str, ...]
    title: str
    message: str
    advice: str
    sources: tuple[str, ...]
    dismissed: bool
    dismissal_note: str


@dataclass(frozen=True)
class ReplyView:
    id: int
    kind: str
    body: str
    written_at: dt.datetime
    issued_as: str
    issued_on: dt.date | None
    letter_reference: str
    letter_id: int | None
    eml_file: str


@dataclass(frozen=True)
class EnquiryDetail:
    id: int
    reference: str
    councillor_id: int
    councillor_name: str
    received_at: dt.datetime
    channel: str
    kind: str
    subject: str
    text: str
    requested_by: dt.date | None
    addressed_to_name: str
    assigned_to_id: int | None
    assigned_name: str
    priority: str
    status: str
    ack_due: dt.date
    answer_due: dt.date
    answered_on: dt.date | None
    late_reason: str
    resident_name: str
    resident_contact: str
    due_text: str
    copies: tuple[tuple[str, bool], ...]
    attachments: tuple[tuple[str, str], ...]  # (original name, path relative to data folder)
    warnings: tuple[WarningView, ...]
    replies: tuple[ReplyView, ...]
    timeline: tuple[TimelineEntry, ...]
    allowed: tuple[str, ...]
    addressed_to_id: int | None = None
    not_council_business: bool = False
    priority_demanded: bool = False
    copy_inputs: tuple[CopyInput, ...] = ()


def due_text(status: str, answer_due: dt.date, today: dt.date,
             waiting_since: dt.date | None = None) -> str:
    """What the list and the detail pane say about the deadline, in words."""
    if status == Status.WAITING.value:
        since = f" since {waiting_since.strftime('%d/%m/%Y')}" if waiting_since else ""
        return f"Clock stopped{since}: waiting for the councillor"
    closed = status in (Status.ANSWERED.value, Status.CLOSED.value)
    return rules.describe_due(answer_due, today, nation(), closed=closed)


def detail(enquiry_id: int, today: dt.date) -> EnquiryDetail:
    """One enquiry with its copies, files, warnings, replies and timeline."""
    from parishdesk.domain.rules import rule
    from parishdesk.store import letters_store

    row = _row(enquiry_id)
    timeline: list[TimelineEntry] = []
    for change in enquiry_store.status_history(row.id):
        label = rules.STATUS_LABELS[Status(change.status)]
        extra = f": {change.note}" if change.note and change.note != "Logged" else ""
        timeline.append(TimelineEntry(change.at, "status", f"{label}{extra} ({change.changed_by})"))
    reply_views = []
    for reply in enquiry_store.replies(row.id):
        what = "Acknowledgement" if reply.kind == "ack" else "Reply"
        timeline.append(TimelineEntry(reply.written_at, "reply",
                                      f"{what} written by {reply.written_by}"))
        if reply.issued_as == "email" and reply.issued_on:
            timeline.append(TimelineEntry(
                dt.datetime.combine(reply.issued_on, dt.time(23, 59)), "email",
                f"{what} saved as an e-mail draft ({Path(reply.eml_file).name})"))
        reply_views.append(ReplyView(reply.id, reply.kind, reply.body, reply.written_at,
                                     reply.issued_as, reply.issued_on, reply.letter_reference,
                                     reply.letter_id, reply.eml_file))
    for letter in letters_store.for_record(TABLE, row.id):
        timeline.append(TimelineEntry(dt.datetime.combine(letter.issued_on, dt.time(23, 59)),
                                      "letter", f"Letter {letter.reference} issued: "
                                      f"{letter.subject}"))
    for item in enquiry_store.attachments(row.id):
        timeline.append(TimelineEntry(item.added_at, "file", f"File attached: "
                                      f"{item.original_name}"))
    warning_views = []
    for w in enquiry_store.warnings(row.id):
        ids = tuple(x for x in w.rule_ids.split(",") if x)
        warning_views.append(WarningView(
            w.code, ids, w.title, w.message, w.advice,
            tuple(f"{i}: {rule(i).source}" for i in ids), w.dismissed_at is not None,
            w.dismissal_note))
        if w.dismissed_at is not None:
            timeline.append(TimelineEntry(w.dismissed_at, "warning",
                                          f"Warning “{w.title}” dismissed by {w.dismissed_by}: "
                                          f"{w.dismissal_note}"))
    timeline.sort(key=lambda e: e.at)
    return EnquiryDetail(
        id=row.id, reference=row.reference, councillor_id=row.councillor_id,
        councillor_name=row.councillor_name, received_at=row.received_at, channel=row.channel,
        kind=row.kind, subject=row.subject, text=row.text, requested_by=row.requested_by,
        addressed_to_name=row.addressed_to_name, assigned_to_id=row.assigned_to_id,
        assigned_name=row.assigned_name, priority=row.priority, status=row.status,
        ack_due=row.ack_due, answer_due=row.answer_due, answered_on=row.answered_on,
        late_reason=row.late_reason, resident_name=row.resident_name,
        resident_contact=row.resident_contact,
        due_text=due_text(row.status, row.answer_due, today, row.waiting_since),
        copies=tuple((c.name, bool(c.consented)) for c in enquiry_store.copies(row.id)),
        attachments=tuple((a.original_name, a.stored_file)
                          for a in enquiry_store.attachments(row.id)),
        warnings=tuple(warning_views), replies=tuple(reply_views), timeline=tuple(timeline),
        allowed=tuple(s.value for s in Status if s in rules.allowed_transitions(row.status)),
        addressed_to_id=row.addressed_to_id,
        not_council_business=bool(row.not_council_business),
        priority_demanded=bool(row.priority_demanded),
        copy_inputs=tuple(CopyInput(c.councillor_id, bool(c.consented))
                          for c in enquiry_store.copies(row.id)),
    )


# --- party-group advice (GROUP-1, GROUP-2) ------------------------------------------------

@dataclass(frozen=True)
class GroupAdviceView:
    id: int
    matter: str
    advised_group: str
    advised_on: dt.date
    summary: str
    enquiry_id: int | None
    told: tuple[tuple[str, dt.date], ...]
    outstanding: tuple[str, ...]
    status_text: str


def record_group_advice(advised_group_id: int, matter: str, summary: str, on: dt.date,
                        actor: str, enquiry_id: int | None = None
                        ) -> tuple[int, CheckWarning | None]:
    """Record advice given to one party group; every other group is then still to be told.

    Returns the record's id and a GROUP-1 warning if the summary reads as a recommendation.
    """
    from parishdesk.domain.group_advice import check_group_advice_text

    group = next((g for g in members_store.list_groups() if g.id == advised_group_id), None)
    if group is None:
        raise EnquiryProblem({"group": "Choose the party group that was advised."})
    if not matter.strip():
        raise EnquiryProblem({"matter": "Say what the advice was about."})
    row = audit.create(enquiry_store.GroupAdvice, actor, enquiry_id=enquiry_id,
                       advised_group_id=group.id, advised_group=group.name,
                       matter=matter.strip(), summary=summary.strip(), advised_on=on)
    return row.id, check_group_advice_text(summary)


def mark_group_told(advice_id: int, group_id: int, told_on: dt.date, actor: str) -> None:
    """Tick one other party group as told, with the date (GROUP-2)."""
    advice = enquiry_store.GroupAdvice.get_or_none(enquiry_store.GroupAdvice.id == advice_id)
    group = next((g for g in members_store.list_groups() if g.id == group_id), None)
    if advice is None or group is None:
        raise EnquiryProblem("That advice record or party group no longer exists.")
    if any(t.group_id == group_id for t in enquiry_store.told_for(advice_id)):
        raise EnquiryProblem(f"{group.name} is already recorded as told.")
    audit.create(enquiry_store.GroupAdviceTold, actor, advice=advice, group_id=group.id,
                 group_name=group.name, told_on=told_on, told_by=actor)


def group_advice_log(outstanding_only: bool = False) -> list[GroupAdviceView]:
    """Every piece of advice to a group, newest first, with who still has to be told."""
    from parishdesk.domain.group_advice import group_advice_status

    groups = [g.name for g in members_store.list_groups()]
    views = []
    for advice in enquiry_store.group_advice_list():
        told = {t.group_name: t.told_on for t in enquiry_store.told_for(advice.id)}
        status = group_advice_status(advice.advised_group, groups, told)
        if outstanding_only and status.complete:
            continue
        views.append(GroupAdviceView(advice.id, advice.matter, advice.advised_group,
                                     advice.advised_on, advice.summary, advice.enquiry_id,
                                     status.told, status.outstanding, status.summary))
    return views
