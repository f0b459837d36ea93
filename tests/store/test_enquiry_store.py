"""The enquiry store hands out frozen domain records and audits every write."""

from __future__ import annotations

import dataclasses
import datetime as dt

import pytest

from parishdesk.domain.enquiry_records import EnquiryRecord, ReplyRecord, WarningRecord
from parishdesk.domain.officer_leave import LeavePeriod
from parishdesk.errors import ArchiveInstead
from parishdesk.store import (
    audit,
    enquiry_inbox,
    enquiry_store,
    group_advice_store,
    officer_leave_store,
    register_store,
)

RECEIVED = dt.datetime(2026, 11, 2, 10, 0)


def _enquiry(number: int = 1) -> EnquiryRecord:
    return enquiry_store.create(
        "clerk", reference=enquiry_store.format_reference(2026, number), year=2026,
        number=number, councillor_id=1, councillor_name="Cllr Ann Example",
        received_at=RECEIVED, channel="email", subject="Bench on the green", kind="work",
        status="new", ack_due=dt.date(2026, 11, 4), answer_due=dt.date(2026, 11, 16))


def test_references_number_per_year(opened) -> None:
    assert enquiry_store.format_reference(2026, 42) == "ENQ-2026-0042"
    assert enquiry_store.next_number(2026) == 1
    _enquiry(1)
    _enquiry(2)
    assert enquiry_store.next_number(2026) == 3
    assert enquiry_store.next_number(2027) == 1


def test_an_enquiry_comes_back_as_a_frozen_record_and_changes_are_audited(opened) -> None:
    made = _enquiry()
    assert isinstance(made, EnquiryRecord)
    assert enquiry_store.get(made.id) == made
    assert (made.priority, made.warning_count, made.ack_working_days) == ("normal", 0, None)
    with pytest.raises(dataclasses.FrozenInstanceError):
        made.status = "closed"  # type: ignore[misc]
    changed = enquiry_store.update(made.id, "clerk", note="Picked up", status="in_progress")
    assert changed.status == "in_progress" and enquiry_store.get(made.id) == changed
    trail = audit.history("enquiry", made.id)
    assert [e.action for e in trail] == ["create", "update"]
    assert trail[-1].changes == {"status": ["new", "in_progress"]}
    assert trail[-1].note == "Picked up"
    assert enquiry_store.get(made.id + 1) is None


def test_related_records_carry_the_enquiry_id(opened) -> None:
    made = _enquiry()
    step = enquiry_store.add_status_change(made.id, "clerk", RECEIVED, "new", "Logged")
    assert enquiry_store.status_history(made.id) == [step]
    assert (step.enquiry_id, step.changed_by) == (made.id, "clerk")
    copy = enquiry_store.add_copy(made.id, "clerk", 2, "Cllr Bob Example", False)
    enquiry_store.set_copy_consent(copy.id, "clerk", True)
    [now] = enquiry_store.copies(made.id)
    assert now.consented and now.enquiry_id == made.id
    enquiry_store.archive_copy(copy.id, "clerk", "No longer copied")
    assert enquiry_store.copies(made.id) == []
    reply = enquiry_store.add_reply(made.id, "clerk", "reply", "It will be mended.", RECEIVED)
    assert isinstance(reply, ReplyRecord) and reply.written_by == "clerk"
    issued = enquiry_store.update_reply(reply.id, "clerk", issued_as="email",
                                        issued_on=dt.date(2026, 11, 3), eml_file="x.eml")
    assert enquiry_store.get_reply(reply.id) == issued
    assert enquiry_store.email_replies() == [issued]
    assert enquiry_store.replies(made.id) == [issued]


def test_warnings_are_kept_once_per_code_and_counted_until_dismissed(opened) -> None:
    made = _enquiry()
    values = {"rule_ids": "ENQ-3", "title": "Priority", "message": "m", "advice": "a",
              "active": True}
    enquiry_store.save_warning(made.id, "priority-demanded", "clerk", **values)
    enquiry_store.save_warning(made.id, "priority-demanded", "clerk",
                               **{**values, "message": "again"})
    [kept] = enquiry_store.warnings(made.id)
    assert isinstance(kept, WarningRecord) and kept.message == "again"
    assert enquiry_store.open_warning_count(made.id) == 1
    enquiry_store.update_warning(kept.id, "clerk", note="Urgent",
                                 dismissed_at=RECEIVED, dismissed_by="clerk")
    assert enquiry_store.open_warning_count(made.id) == 0
    assert enquiry_store.all_warnings() == enquiry_store.warnings(made.id)


def test_group_advice_records(opened) -> None:
    advice = group_advice_store.add("clerk", 1, "Community First", "Precept", "Options",
                                    dt.date(2026, 11, 2))
    assert group_advice_store.get(advice.id) == advice
    told = group_advice_store.add_told(advice.id, "clerk", 2, "Riverside Alliance",
                                       dt.date(2026, 11, 3))
    assert group_advice_store.told_for(advice.id) == [told]
    assert told.advice_id == advice.id and told.told_by == "clerk"
    assert group_advice_store.advice_list() == [advice]


def test_leave_periods_come_back_with_the_officers_name(opened) -> None:
    officer = register_store.add_person("clerk", kind="officer", first_name="Liam",
                                        surname="Hartley", post="Assistant")
    period = officer_leave_store.add("clerk", officer, dt.date(2026, 11, 16),
                                     dt.date(2026, 11, 18), "annual", "Away")
    assert isinstance(period, LeavePeriod)
    assert (period.officer_id, period.officer_name, period.note) == (officer, "Liam Hartley",
                                                                    "Away")
    assert officer_leave_store.covering(officer, dt.date(2026, 11, 17)) == period
    assert officer_leave_store.covering(officer, dt.date(2026, 11, 19)) is None
    moved = officer_leave_store.update(period.id, "clerk", officer, dt.date(2026, 11, 17),
                                       dt.date(2026, 11, 19), "annual", "Away")
    assert officer_leave_store.covering(officer, dt.date(2026, 11, 19)) == moved
    officer_leave_store.archive(period.id, "clerk", "Cancelled")
    assert officer_leave_store.periods() == []
    [archived] = officer_leave_store.periods(include_archived=True)
    assert archived.archived
    with pytest.raises(ArchiveInstead):  # not even the store can delete a period
        officer_leave_store.OfficerLeave.get_by_id(period.id).delete_instance()


def test_answered_between_gives_report_records(opened) -> None:
    made = _enquiry()
    enquiry_store.update(made.id, "clerk", status="answered",
                         answered_on=dt.date(2026, 11, 5), assigned_name="Catherine Brooks")
    [answered] = enquiry_inbox.answered_between(dt.date(2026, 11, 1), dt.date(2026, 11, 30))
    assert (answered.id, answered.answered_on, answered.assigned_name) == (
        made.id, dt.date(2026, 11, 5), "Catherine Brooks")
