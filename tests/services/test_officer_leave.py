"""Officer leave through the service and the real database: validation, archive, the ENQ-6
check that reads it, and the migration that made the table."""

from __future__ import annotations

import datetime as dt
import sqlite3

import pytest

from parishdesk.services import enquiries as svc
from parishdesk.services import officer_leave as leave
from parishdesk.services.enquiries import EnquiryInput
from parishdesk.store import audit, enquiry_store, officer_leave_store

# Monday 02/11/2026 at 10:00: inside the assistant's hours (Monday to Wednesday, 9 to 1).
MONDAY = dt.datetime(2026, 11, 2, 10, 0)


@pytest.fixture
def demo(opened, monkeypatch):  # type: ignore[no-untyped-def]
    """The demo council without its inbox (and so without the demo's leave)."""
    from parishdesk.services.demo import create_demo_council, m20_enquiries

    monkeypatch.setattr(m20_enquiries, "populate", lambda *args: None)
    return create_demo_council("test", dt.date(2026, 11, 22))


def to_assistant(demo, received: dt.datetime) -> EnquiryInput:  # type: ignore[no-untyped-def]
    return EnquiryInput(councillor_id=demo.councillors["Pritchard"].id, received_at=received,
                        subject="Meeting dates", text="When is the next meeting?",
                        kind="factual", addressed_to_id=demo.officers["assistant"].id)


def codes(enquiry_id: int) -> set[str]:
    return {w.code for w in enquiry_store.warnings(enquiry_id)}


def test_leave_is_validated_beside_its_fields(demo) -> None:
    assistant = demo.officers["assistant"].id
    with pytest.raises(leave.LeaveProblem) as caught:
        leave.add_leave(leave.LeaveInput(assistant, dt.date(2026, 11, 6),
                                         dt.date(2026, 11, 5)), "clerk")
    assert set(caught.value.fields) == {"ends_on"}
    with pytest.raises(leave.LeaveProblem) as caught:
        leave.add_leave(leave.LeaveInput(9999, dt.date(2026, 11, 2), dt.date(2026, 11, 2),
                                         "holiday"), "clerk")
    assert set(caught.value.fields) == {"officer", "kind"}
    first = leave.add_leave(leave.LeaveInput(assistant, dt.date(2026, 11, 2),
                                             dt.date(2026, 11, 4)), "clerk")
    with pytest.raises(leave.LeaveProblem, match="overlaps"):
        leave.add_leave(leave.LeaveInput(assistant, dt.date(2026, 11, 4),
                                         dt.date(2026, 11, 9), "sick"), "clerk")
    # A single day (to == from) is a valid period; so is the same period for the Clerk.
    leave.add_leave(leave.LeaveInput(assistant, dt.date(2026, 11, 5), dt.date(2026, 11, 5),
                                     "other"), "clerk")
    leave.add_leave(leave.LeaveInput(demo.officers["clerk"].id, dt.date(2026, 11, 2),
                                     dt.date(2026, 11, 4)), "clerk")
    assert [p.starts_on for p in leave.list_leave(officer_id=assistant)] == [
        dt.date(2026, 11, 5), first.starts_on]
    assert first.description == "on annual leave from 02/11/2026 to 04/11/2026"


def test_enq_6_fires_during_leave_and_not_outside_it(demo) -> None:
    leave.add_leave(leave.LeaveInput(demo.officers["assistant"].id, dt.date(2026, 11, 2),
                                     dt.date(2026, 11, 4), "sick"), "clerk")
    during = svc.log_enquiry(to_assistant(demo, MONDAY), "clerk")
    last_day = svc.log_enquiry(to_assistant(demo, MONDAY + dt.timedelta(days=2)), "clerk")
    before = svc.log_enquiry(to_assistant(demo, MONDAY - dt.timedelta(days=7)), "clerk")
    after = svc.log_enquiry(to_assistant(demo, MONDAY + dt.timedelta(days=7)), "clerk")
    assert "out-of-hours" in codes(during.id) and "out-of-hours" in codes(last_day.id)
    assert "out-of-hours" not in codes(before.id) | codes(after.id)
    [warning] = [w for w in during.warnings if w.code == "out-of-hours"]
    assert "Liam Hartley was on sick leave from 02/11/2026 to 04/11/2026" in warning.message
    # The Clerk's own enquiries are not touched by the assistant's leave.
    clerk_one = svc.log_enquiry(EnquiryInput(councillor_id=demo.councillors["Patel"].id,
                                             received_at=MONDAY, subject="Hedge"), "clerk")
    assert "out-of-hours" not in codes(clerk_one.id)


def test_recording_changing_and_archiving_leave_rechecks_enquiries(demo) -> None:
    assistant = demo.officers["assistant"].id
    saved = svc.log_enquiry(to_assistant(demo, MONDAY), "clerk")
    assert "out-of-hours" not in codes(saved.id)
    period = leave.add_leave(leave.LeaveInput(assistant, dt.date(2026, 11, 2),
                                              dt.date(2026, 11, 3)), "clerk")
    assert "out-of-hours" in codes(saved.id)
    leave.update_leave(period.id, leave.LeaveInput(assistant, dt.date(2026, 11, 3),
                                                   dt.date(2026, 11, 4)), "clerk")
    assert "out-of-hours" not in codes(saved.id)
    leave.update_leave(period.id, leave.LeaveInput(assistant, dt.date(2026, 10, 30),
                                                   dt.date(2026, 11, 4), "other",
                                                   "Training course"), "clerk")
    assert "out-of-hours" in codes(saved.id)
    with pytest.raises(leave.LeaveProblem, match="why"):
        leave.archive_leave(period.id, " ", "clerk")
    leave.archive_leave(period.id, "The course was cancelled", "clerk")
    assert "out-of-hours" not in codes(saved.id)
    assert leave.list_leave() == []
    [kept] = leave.list_leave(include_archived=True)
    assert kept.archived and kept.note == "Training course"
    trail = audit.history(leave.TABLE, period.id)
    assert [e.action for e in trail] == ["create", "update", "update", "archive"]
    assert trail[-1].note == "The course was cancelled"
    with pytest.raises(leave.LeaveProblem, match="archived"):
        leave.update_leave(period.id, leave.LeaveInput(assistant, dt.date(2026, 11, 2),
                                                       dt.date(2026, 11, 2)), "clerk")
    assert officer_leave_store.get(period.id) == kept


def test_migration_made_the_table_and_the_enquiry_columns(demo, paths) -> None:
    conn = sqlite3.connect(paths.db_file)
    try:
        leave_cols = {r[1] for r in conn.execute("PRAGMA table_info(officer_leave)")}
        enquiry_cols = {r[1] for r in conn.execute("PRAGMA table_info(enquiry)")}
    finally:
        conn.close()
    assert {"officer_id", "starts_on", "ends_on", "kind", "comment", "archived_at"} <= leave_cols
    assert {"ack_working_days", "answer_working_days"} <= enquiry_cols


def test_demo_assistant_is_on_leave_when_the_ward_walk_request_arrives(paths, demo_template
                                                                       ) -> None:
    from parishdesk.store import db, schema
    from tests.conftest import install_demo

    install_demo(demo_template, paths.db_file)
    schema.open_database(paths.db_file, paths.backups_dir)
    try:
        [period] = leave.list_leave()
        assert period.officer_name == "Liam Hartley" and period.kind == "annual"
        [walk] = enquiry_store.inbox_page(
            svc.inbox_query(dt.date(2026, 11, 22), search="Footpath survey forms"), 0, 5)
        assert period.covers(walk.received_at.date())
        assert "out-of-hours" in codes(walk.id)
    finally:
        db.close()
