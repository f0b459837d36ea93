"""Replies and acknowledgements: written in the app, issued as a letter or saved as an
e-mail draft, copies shown openly (CORR-1, CORR-2).

An issued reply marks an open enquiry answered (a late one needs a reason,
ENQ-2); an issued acknowledgement marks a new one acknowledged.
"""

from __future__ import annotations

import datetime as dt
import re
from email.message import EmailMessage
from email.utils import formataddr
from pathlib import Path

from parishdesk.domain import enquiry as rules
from parishdesk.domain.enquiry import Status, StatusChange
from parishdesk.domain.enquiry_records import EnquiryRecord, ReplyRecord
from parishdesk.domain.letters import long_date, salutation
from parishdesk.domain.text_fields import multi_line_problem
from parishdesk.paths import DataPaths
from parishdesk.services import letters
from parishdesk.services.enquiries.common import TABLE, EnquiryProblem, history, load
from parishdesk.services.enquiries.lifecycle import transition
from parishdesk.services.enquiries.settings import due_dates
from parishdesk.store import enquiry_store, members_store
from parishdesk.store.council_store import get_council
from parishdesk.store.db import database

_OPEN = {s.value for s in rules.OPEN_STATUSES}


def write_reply(enquiry_id: int, body: str, actor: str, at: dt.datetime,
                kind: str = "reply") -> int:
    """Keep a reply (or acknowledgement) written in the app with the enquiry; returns its id."""
    if not body.strip():
        raise EnquiryProblem("Write the reply before saving it.")
    if message := multi_line_problem("The reply", body):
        raise EnquiryProblem(message)
    record = load(enquiry_id)
    with database.atomic():
        reply = enquiry_store.add_reply(record.id, actor, kind, body.strip(),
                                        at.replace(microsecond=0))
        enquiry_store.reindex([record.id])
    return reply.id


def update_reply(reply_id: int, body: str, actor: str) -> None:
    reply = _reply(reply_id)
    if reply.issued_as:
        raise EnquiryProblem("This reply has been issued; write a new one instead.")
    if message := multi_line_problem("The reply", body):
        raise EnquiryProblem(message)
    with database.atomic():
        enquiry_store.update_reply(reply.id, actor, body=body.strip())
        enquiry_store.reindex([reply.enquiry_id])


def _reply(reply_id: int) -> ReplyRecord:
    reply = enquiry_store.get_reply(reply_id)
    if reply is None:
        raise EnquiryProblem(f"There is no reply number {reply_id}.")
    return reply


def copied_names(enquiry_id: int) -> tuple[str, ...]:
    """The councillors a reply is openly copied to: only those the author agreed to (CORR-1)."""
    return tuple(c.name for c in enquiry_store.copies(enquiry_id) if c.consented)


def _summary(record: EnquiryRecord) -> str:
    return f"\u201c{record.subject}\u201d"


def _letter_text(paths: DataPaths, record: EnquiryRecord, reply: ReplyRecord, on: dt.date
                 ) -> tuple[str, str, tuple[str, ...]]:
    """(letter type, subject, paragraphs) for a reply or an acknowledgement."""
    values = {"enquiry_reference": record.reference, "enquiry_summary": _summary(record),
              "received_on": long_date(record.received_at.date()),
              "councillor_name": record.councillor_name}
    if reply.kind == "ack":
        subject, _ = letters.from_template(
            "enquiry_ack", {**values, "answer_by": long_date(record.answer_due)}, paths, on)
        paragraphs = tuple(p.strip() for p in re.split(r"\n\s*\n", reply.body) if p.strip())
        return "enquiry_ack", subject, paragraphs
    subject, paragraphs = letters.from_template("enquiry_reply", {**values, "body": reply.body},
                                                paths, on)
    return "enquiry_reply", subject, paragraphs


def _answer_if_reply(record: EnquiryRecord, reply: ReplyRecord, actor: str, at: dt.datetime,
                     late_reason: str) -> None:
    if reply.kind == "ack":
        if record.status == Status.NEW.value:
            transition(record.id, Status.ACKNOWLEDGED.value, actor, at, "Acknowledged")
    elif record.status in _OPEN:
        transition(record.id, Status.ANSWERED.value, actor, at, "Reply issued",
                   late_reason=late_reason)


def _check_late(record: EnquiryRecord, reply: ReplyRecord, on: dt.date,
                late_reason: str) -> None:
    if reply.kind == "reply" and record.status in _OPEN:
        due = due_dates(record, [*history(record.id), StatusChange(
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
    record = load(reply.enquiry_id)
    on = at.date()
    _check_late(record, reply, on, late_reason)
    letter_type, subject, paragraphs = _letter_text(paths, record, reply, on)
    letter = letters.compose(letter_type, letters.councillor_recipient(record.councillor_id),
                             subject, paragraphs, on, cc=copied_names(record.id))
    with database.atomic():
        info = letters.issue_letter(paths, letter, actor,
                                    recipient_person_id=record.councillor_id,
                                    related=(TABLE, record.id))
        enquiry_store.update_reply(reply.id, actor, issued_as="letter", issued_on=on,
                                   letter_id=info.id, letter_reference=info.reference)
        _answer_if_reply(record, reply, actor, at, late_reason)
    return info


def _email_of(person_id: int) -> str:
    councillor = members_store.get_councillor(person_id)
    return councillor.email.strip() if councillor else ""


def build_email(paths: DataPaths, reply_id: int, on: dt.date) -> EmailMessage:
    """The reply as an e-mail: To the councillor, Cc every agreed copy, never a blind copy."""
    reply = _reply(reply_id)
    record = load(reply.enquiry_id)
    _, subject, paragraphs = _letter_text(paths, record, reply, on)
    recipient = letters.councillor_recipient(record.councillor_id)
    signatory = letters.signatory_for("clerk", on)
    council = get_council()
    message = EmailMessage()
    sender = council.email if council and council.email else ""
    message["From"] = formataddr((signatory.name, sender)) if sender else signatory.name
    message["To"] = formataddr((recipient.name, _email_of(record.councillor_id)))
    cc = [formataddr((c.name, _email_of(c.councillor_id)))
          for c in enquiry_store.copies(record.id) if c.consented]
    if cc:
        message["Cc"] = ", ".join(cc)
    message["Subject"] = subject
    message["Date"] = dt.datetime.combine(on, dt.time(9)).strftime("%a, %d %b %Y %H:%M:%S +0000")
    message["X-Unsent"] = "1"  # opens as a draft in Outlook and Thunderbird
    lines = [salutation(recipient), "", *("\n\n".join(paragraphs)).split("\n"), "",
             "Yours sincerely,", "", signatory.name, signatory.capacity]
    if council:
        lines.append(council.name)
    copied = copied_names(record.id)
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
    record = load(reply.enquiry_id)
    on = at.date()
    _check_late(record, reply, on, late_reason)
    message = build_email(paths, reply_id, on)
    folder = paths.data_dir / "email-drafts"
    folder.mkdir(parents=True, exist_ok=True)
    target = paths.confined(f"{record.reference}-{reply.kind}-{reply.id}.eml", folder)
    with database.atomic():
        enquiry_store.update_reply(reply.id, actor, issued_as="email", issued_on=on,
                                   eml_file=str(target.relative_to(paths.data_dir)))
        _answer_if_reply(record, reply, actor, at, late_reason)
        target.write_bytes(bytes(message))
    return target


def acknowledgement_text(paths: DataPaths, enquiry_id: int, on: dt.date) -> str:
    """The standard acknowledgement wording for an enquiry, from the clerk's template."""
    record = load(enquiry_id)
    _, paragraphs = letters.from_template(
        "enquiry_ack", {"enquiry_reference": record.reference,
                        "enquiry_summary": _summary(record),
                        "received_on": long_date(record.received_at.date()),
                        "answer_by": long_date(record.answer_due),
                        "councillor_name": record.councillor_name}, paths, on)
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
