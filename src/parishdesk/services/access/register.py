"""Reading the register of requests (names and deadlines worked out for the day) and
exporting it as CSV or PDF."""

from __future__ import annotations

import csv
import datetime as dt
from collections.abc import Sequence
from dataclasses import replace
from pathlib import Path

from parishdesk.domain import access as rules
from parishdesk.domain.access import clock_stopped
from parishdesk.domain.access_deadline import StatusChange, decision_due
from parishdesk.domain.access_record import AWAITING_DECISION, PENDING, AccessRecord
from parishdesk.domain.spreadsheet import to_cell
from parishdesk.domain.workdays import working_days_between
from parishdesk.errors import ParishDeskError
from parishdesk.services import letters
from parishdesk.services.access.common import RegisterFilter, nation
from parishdesk.store import access_store, council_store, members_store


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


class _Names:
    """Names of people and committees, looked up once per read."""

    def __init__(self) -> None:
        self.councillors = {c.id: c.display_name
                            for c in members_store.list_councillors(include_former=True)}
        self.officers = {o.id: f"{o.first_name} {o.surname} ({o.post_label})"
                         for o in members_store.list_officers(include_former=True)}
        self.committees = {c.id: c.name
                           for c in members_store.list_committees(include_archived=True)}
        clerk = members_store.clerk()
        self.clerk_id = clerk.id if clerk else None


def _read(record: AccessRecord, history: Sequence[StatusChange], today: dt.date,
          names: _Names, nation: str) -> AccessRecord:
    """The record with its names and its deadline as they stand on ``today``."""
    stopped = clock_stopped(record.status)
    due: dt.date | None
    if record.status == "referred":
        due = record.referral_meeting_on
    elif record.status in AWAITING_DECISION:
        due = decision_due(record.received_on, record.due_working_days, history, nation,
                           as_of=today, foi=record.foi)
    else:
        due = None
    overdue = due is not None and not stopped and today > due
    decider = record.decider_id or names.clerk_id
    return replace(
        record,
        requester_name=names.councillors.get(record.requester_id, "(unknown councillor)"),
        committee_name=names.committees.get(record.committee_id or -1, ""),
        decider_id=decider, decider_name=names.officers.get(decider or -1, "the Clerk"),
        due_on=due, clock_stopped=stopped, overdue=overdue,
        due_text=_due_text(due, stopped, overdue, record.status, today, nation),
    )


def get_request(request_id: int, today: dt.date) -> AccessRecord:
    record = access_store.get(request_id)
    if record is None:
        raise ParishDeskError(f"There is no information request number {request_id}.")
    return _read(record, access_store.status_changes(request_id), today, _Names(), nation())


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


_EVERY_REQUEST = RegisterFilter()


def list_requests(today: dt.date, flt: RegisterFilter = _EVERY_REQUEST) -> list[AccessRecord]:
    """The register, newest first, narrowed by ``flt``."""
    kept = access_store.all_requests()
    histories = access_store.status_changes_for([r.id for r in kept])
    names, where = _Names(), nation()
    records = [_read(r, histories[r.id], today, names, where) for r in kept]
    return [r for r in records if _matches(r, flt)]


def councillor_history(person_id: int, today: dt.date) -> list[AccessRecord]:
    """Every request one councillor has made, newest first."""
    return list_requests(today, RegisterFilter(councillor_id=person_id))


def overdue_count(today: dt.date) -> int:
    return sum(1 for r in list_requests(today) if r.overdue)


def status_history(request_id: int) -> list[StatusChange]:
    return access_store.status_changes(request_id)


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
    from parishdesk.documents.access_register_pdf import RegisterLine, render_register

    council = council_store.get_council()
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
