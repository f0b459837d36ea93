"""Retention and erasure (UK GDPR): what is past its period, and erasing it.

Erasing replaces the personal values of a record, of the records that hang on it (a
councillor's interests, enquiries and requests; an enquiry's replies and attachments; a
case's parties, notes and steps), of the register rows of the letters sent about it, and
of all their audit entries, with "[erased on dd/mm/yyyy]"; a person's name and e-mail
address are also replaced wherever they are mentioned outside the minutes and decisions of
meetings (the council's permanent public record). The files that belonged to what was
erased are listed for the service to delete. Each audit entry keeps its hashes of the
original content and is marked erased, so the chain still verifies; the erasure itself is
audited with the kinds of thing erased and how many, never their values. Everything else
in the audit log stays append-only (the database's trigger allows nothing more).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from parishdesk.store import audit, settings
from parishdesk.store.db import database
from parishdesk.store.erasure_run import (
    ATTACHMENTS,
    DATA,
    ERASURE_NOTE,
    ErasureRun,
    StoredFile,
)


@dataclass(frozen=True)
class RetentionKind:
    key: str
    label: str  # what the clerk reads: "Councillors, after they leave"
    default_years: int
    why: str  # the default's reason, stated in the dialog
    table: str
    ended: str  # SQL for the date the period runs from
    where: str  # SQL narrowing the table to this kind
    describe: str  # SQL for a one-line description
    fields: tuple[str, ...]


_PERSON_FIELDS = ("title", "first_name", "surname", "preferred_name", "address", "phone",
                  "email", "left_reason")
# A case is closed by its "closed" step; the period runs from that step's date.
_CASE_CLOSED = ("(SELECT MAX(s.\"on\") FROM dispute_step s WHERE s.case_id = dispute_case.id "
                "AND s.kind = 'closed')")

KINDS: tuple[RetentionKind, ...] = (
    RetentionKind(
        "councillors", "Councillors, after they leave", 6,
        "six years: the time within which a claim about their time in office can be made",
        "person", "left_on", "kind = 'councillor' AND left_on IS NOT NULL",
        "first_name || ' ' || surname", _PERSON_FIELDS),
    RetentionKind(
        "officers", "Officers, after they leave", 6,
        "six years: the time within which an employment or contract claim can be made",
        "person", "COALESCE(ended_on, left_on)",
        "kind = 'officer' AND COALESCE(ended_on, left_on) IS NOT NULL",
        "first_name || ' ' || surname", _PERSON_FIELDS),
    RetentionKind(
        "enquiries", "Councillors' enquiries, after they are closed", 2,
        "two years: long enough to answer a follow-up or a complaint about the answer",
        "enquiry", "COALESCE(closed_on, answered_on)",
        "COALESCE(closed_on, answered_on) IS NOT NULL",
        "reference || ': ' || subject",
        ("subject", "text", "resident_name", "resident_contact", "late_reason")),
    RetentionKind(
        "access_requests", "Requests to see documents, after they are closed", 2,
        "two years: long enough for a complaint or a review of the decision",
        "access_request", "closed_on", "closed_on IS NOT NULL",
        "'Request ' || id || ' received on ' || strftime('%d/%m/%Y', received_on)",
        ("documents", "reason", "purpose", "conditions", "redactions", "override_reason",
         "committee_note", "decision_reasons")),
    RetentionKind(
        "disputes", "Complaints, grievances and disciplinary cases, after they are closed", 6,
        "six years: the time within which a claim about the case can be brought",
        "dispute_case", _CASE_CLOSED, f"{_CASE_CLOSED} IS NOT NULL",
        "reference || ': ' || title",
        ("title", "account", "informal_outcome", "override_reason")),
)


def kind(key: str) -> RetentionKind:
    return next(k for k in KINDS if k.key == key)


def marker(on: dt.date) -> str:
    return f"[erased on {on:%d/%m/%Y}]"


def _setting_key(k: RetentionKind) -> str:
    return f"retention.{k.key}_years"


def period_years(k: RetentionKind) -> int:
    return settings.get_int(_setting_key(k), k.default_years)


def set_period_years(k: RetentionKind, years: int, actor: str) -> None:
    settings.put(_setting_key(k), str(years), actor)


@dataclass(frozen=True)
class DueRecord:
    kind: str
    record_id: int
    description: str
    ended_on: dt.date
    due_on: dt.date


def _years_before(day: dt.date, years: int) -> dt.date:
    try:
        return day.replace(year=day.year - years)
    except ValueError:  # 29 February
        return day.replace(year=day.year - years, day=28)


def past_period(today: dt.date) -> list[DueRecord]:
    """Every record past its retention period and not yet erased, oldest first."""
    found: list[DueRecord] = []
    for k in KINDS:
        if not database.table_exists(k.table):
            continue
        years = period_years(k)
        cutoff = _years_before(today, years)
        rows = database.execute_sql(
            f"SELECT id, {k.describe}, {k.ended} FROM {k.table} WHERE {k.where} "
            f"AND {k.ended} <= ? AND {k.fields[0]} NOT LIKE '[erased on %' ORDER BY {k.ended}",
            (cutoff.isoformat(),)).fetchall()
        for record_id, description, ended in rows:
            ended_on = dt.date.fromisoformat(str(ended)[:10])
            due = ended_on.replace(year=ended_on.year + years) if not (
                ended_on.month == 2 and ended_on.day == 29) else dt.date(
                ended_on.year + years, 2, 28)
            found.append(DueRecord(k.key, int(record_id), str(description), ended_on, due))
    found.sort(key=lambda d: d.due_on)
    return found


def _erase_enquiry(run: ErasureRun, enquiry_id: int, fields: tuple[str, ...]) -> None:
    run.row("enquiry", enquiry_id, fields, "enquiries")
    for reply_id in run.children("enquiry_reply", "enquiry_id", enquiry_id, ("body",),
                                 "enquiry replies"):
        run.file("enquiry_reply", reply_id, "eml_file", DATA, "e-mail drafts")
        found = database.execute_sql("SELECT letter_id FROM enquiry_reply WHERE id = ?",
                                     (reply_id,)).fetchone()
        run.letter(found[0] if found else None)
    for attachment_id in run.children("enquiry_attachment", "enquiry_id", enquiry_id,
                                      ("original_name",)):
        run.file("enquiry_attachment", attachment_id, "stored_file", DATA,
                 "enquiry attachments")
    run.children("enquiry_status_change", "enquiry_id", enquiry_id, ("note",))
    run.children("enquiry_warning", "enquiry_id", enquiry_id, ("message", "dismissal_note"))
    run.letters_where("related_table = 'enquiry' AND related_id = ?", str(enquiry_id))


def _erase_access_request(run: ErasureRun, request_id: int, fields: tuple[str, ...]) -> None:
    run.row("access_request", request_id, fields, "requests to see documents")
    run.children("access_status_change", "request_id", request_id, ("note",))
    found = database.execute_sql(
        "SELECT decision_letter_id, reasons_letter_id FROM access_request WHERE id = ?",
        (request_id,)).fetchone()
    for letter_id in found or ():
        run.letter(letter_id)
    run.letters_where("related_table = 'access_request' AND related_id = ?", str(request_id))


def _erase_dispute(run: ErasureRun, case_id: int, fields: tuple[str, ...]) -> None:
    run.row("dispute_case", case_id, fields, "cases")
    run.children("dispute_party", "case_id", case_id, ("name", "address"), "case parties")
    run.children("dispute_note", "case_id", case_id, ("text",), "case notes")
    for step_id in run.children("dispute_step", "case_id", case_id, ("detail",)):
        found = database.execute_sql("SELECT letter_id FROM dispute_step WHERE id = ?",
                                     (step_id,)).fetchone()
        run.letter(found[0] if found else None)
    for attachment_id in run.children("dispute_attachment", "case_id", case_id, ("title",)):
        run.file("dispute_attachment", attachment_id, "file_name", ATTACHMENTS,
                 "case documents")
    run.children("dispute_link", "case_id", case_id, ("label",))
    run.letters_where("related_table = 'dispute_case' AND related_id = ?", str(case_id))


def _ids(sql: str, *params: object) -> list[int]:
    return [int(r[0]) for r in database.execute_sql(sql, params).fetchall()]


def _erase_person(run: ErasureRun, person_id: int, fields: tuple[str, ...]) -> None:
    found = database.execute_sql(
        "SELECT first_name, preferred_name, surname, email, phone, title, kind FROM person "
        "WHERE id = ?", (person_id,)).fetchone()
    if found is None:
        raise LookupError(person_id)
    first, preferred, surname, email, phone, title, person_kind = (str(v or "") for v in found)
    run.row("person", person_id, fields, "people")
    run.children("interest", "person_id", person_id, ("description",), "interests")
    run.children("special_relationship", "person_id", person_id, ("with_whom", "nature"))
    run.children("officer_leave", "officer_id", person_id, ("comment",))
    run.children("dispute_party", "person_id", person_id, ("name", "address"), "case parties")
    # Their own enquiries and requests are theirs as a whole, whatever their own periods.
    for enquiry_id in _ids("SELECT id FROM enquiry WHERE councillor_id = ?", person_id):
        _erase_enquiry(run, enquiry_id, (*kind("enquiries").fields, "councillor_name"))
    if database.table_exists("access_request"):
        for request_id in _ids("SELECT id FROM access_request WHERE requester_id = ?",
                               person_id):
            _erase_access_request(run, request_id, kind("access_requests").fields)
    run.letters_where("recipient_person_id = ?", person_id)
    # Their name as it is written about them; never the surname alone, which is also
    # someone else's (another councillor's, a resident's).
    titles = {title, *(("Cllr", "Councillor") if person_kind == "councillor" else ())}
    names = {f"{first} {surname}", f"{preferred} {surname}", email, phone,
             *(f"{t} {surname}" for t in titles if t)}
    run.scrub(n for n in names if n.strip() and "[erased on" not in n
              and not n.startswith(" ") and not n.endswith(" "))


_PLANS = {"councillors": _erase_person, "officers": _erase_person,
          "enquiries": _erase_enquiry, "access_requests": _erase_access_request,
          "disputes": _erase_dispute}


@dataclass(frozen=True)
class Erased:
    """What one erasure did: the audit entries marked erased, the files that belonged to
    the record (to be removed once the transaction commits), and what kinds of thing went."""

    audit_entries: int
    files: tuple[StoredFile, ...]
    kinds: dict[str, int]
    letter_references: tuple[str, ...] = ()


def erase(kind_key: str, record_id: int, actor: str, today: dt.date) -> Erased:
    """Erase one record's personal values, its dependants', its letters' and their audit
    entries'. One transaction; the record's files are listed, not yet removed."""
    k = kind(kind_key)
    run = ErasureRun(today)
    if not database.in_transaction():
        # Freed space is overwritten, so the old values do not linger in the file.
        database.execute_sql("PRAGMA secure_delete = ON")
    with database.atomic():
        _PLANS[k.key](run, record_id, k.fields)
        entries = run.finish()
        kinds = run.summary()
        audit.note(k.table, record_id, actor,
                   f"{ERASURE_NOTE}: past the retention period for {k.label.lower()} "
                   f"({period_years(k)} years)",
                   {"erased_fields": [list(k.fields)], "audit_entries_erased": [entries],
                    "erased": [kinds]})
    return Erased(entries, tuple(run.files), kinds, tuple(run.letter_references))
