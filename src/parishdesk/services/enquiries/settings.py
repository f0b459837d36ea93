"""The council's standard times for enquiries, its calendar, and the inbox query.

The times to acknowledge and to answer are counted in working days of the
council's nation; each enquiry keeps the times it was logged under.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from parishdesk.domain import enquiry as rules
from parishdesk.domain.enquiry import StatusChange
from parishdesk.domain.enquiry_checks import DEFAULT_MIN_WORKING_DAYS
from parishdesk.domain.enquiry_records import EnquiryRecord, InboxQuery
from parishdesk.domain.workdays import ENGLAND_AND_WALES, add_working_days
from parishdesk.services.enquiries.common import EnquiryProblem
from parishdesk.store import settings
from parishdesk.store.council_store import get_council
from parishdesk.store.db import database

ACK_SETTING = "enquiries.ack_working_days"
ANSWER_SETTING = "enquiries.answer_working_days"
MIN_NOTICE_SETTING = "enquiries.min_notice_working_days"


def nation() -> str:
    council = get_council()
    return council.nation if council else ENGLAND_AND_WALES


def council_name() -> str:
    council = get_council()
    return council.name if council is not None else ""


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
                me_id: int | None = None, sort: str = "action",
                descending: bool = False) -> InboxQuery:
    """An inbox query with the "due soon" horizon worked out in the council's working days.

    The list opens with what needs action first: overdue enquiries, then those due soon,
    then the other open ones by due date, then the answered and closed."""
    return InboxQuery(today=today,
                      due_soon_until=add_working_days(today, rules.DUE_SOON_WORKING_DAYS,
                                                      nation()),
                      filter=filter, search=search, me_id=me_id, sort=sort,
                      descending=descending)


def due_dates(record: EnquiryRecord, changes: list[StatusChange]) -> tuple[dt.date, dt.date]:
    """Deadlines from the times the enquiry was logged under (today's settings for an
    enquiry that does not record them)."""
    received = record.received_at.date()
    n = nation()
    ack = record.ack_working_days or ack_working_days()
    answer = record.answer_working_days or answer_working_days()
    return (rules.deadline(received, ack, changes, n),
            rules.deadline(received, answer, changes, n))
