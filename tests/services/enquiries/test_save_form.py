"""The full enquiry form's service and the inbox settings, through the real database."""

from __future__ import annotations

import datetime as dt

import pytest

from parishdesk.domain.workdays import add_working_days
from parishdesk.services import enquiries as svc
from parishdesk.services.enquiries import CopyInput, EnquiryInput
from parishdesk.store import audit, enquiry_store
from tests.services.enquiries.conftest import MONDAY


def plain(demo, **changes) -> EnquiryInput:  # type: ignore[no-untyped-def]
    base = dict(councillor_id=demo.councillors["Pritchard"].id, received_at=MONDAY,
                subject="Bench on the green", text="When will the bench be mended?")
    base.update(changes)
    return EnquiryInput(**base)  # type: ignore[arg-type]


def test_save_enquiry_logs_assigns_prioritises_and_attaches_in_one_go(demo, paths, tmp_path
                                                                      ) -> None:
    photo = tmp_path / "bench photo.jpg"
    photo.write_bytes(b"\xff\xd8 not really a photo")
    clerk, assistant = demo.officers["clerk"].id, demo.officers["assistant"].id
    saved = svc.save_enquiry(paths, None, plain(demo), "clerk", assigned_to_id=assistant,
                             priority="high", by_officer_id=clerk, new_files=(photo,))
    shown = svc.detail(saved.id, MONDAY.date())
    assert (shown.assigned_name, shown.priority) == ("Liam Hartley", "high")
    [(name, stored)] = shown.attachments
    assert name == "bench photo.jpg"
    copy = paths.data_dir / stored
    assert copy.is_relative_to(paths.attachments_dir) and copy.read_bytes() == photo.read_bytes()
    # Editing keeps what was not changed and records only what was.
    changed = svc.save_enquiry(paths, saved.id, plain(demo, subject="Bench by the memorial"),
                               "clerk", assigned_to_id=assistant, priority="high",
                               by_officer_id=clerk)
    assert changed.id == saved.id
    assert svc.detail(saved.id, MONDAY.date()).subject == "Bench by the memorial"
    updates = [e for e in audit.history("enquiry", saved.id) if e.action == "update"]
    assert any("subject" in e.changes for e in updates)


def test_only_the_clerk_sets_priority_and_a_refusal_changes_nothing(demo, paths, tmp_path
                                                                    ) -> None:
    photo = tmp_path / "note.txt"
    photo.write_text("hello")
    assistant = demo.officers["assistant"].id
    before = enquiry_store.inbox_count(svc.inbox_query(MONDAY.date()))
    with pytest.raises(svc.EnquiryProblem, match="The Clerk sets priorities"):
        svc.save_enquiry(paths, None, plain(demo), "liam", priority="urgent",
                         by_officer_id=assistant, new_files=(photo,))
    assert enquiry_store.inbox_count(svc.inbox_query(MONDAY.date())) == before
    assert not list(paths.attachments_dir.rglob("note*.txt"))
    with pytest.raises(svc.EnquiryProblem, match="Staff take work through the Clerk"):
        svc.save_enquiry(paths, None, plain(demo), "liam", assigned_to_id=assistant,
                         by_officer_id=assistant)
    # Leaving the Clerk's settings as they are is fine for anyone.
    saved = svc.save_enquiry(paths, None, plain(demo), "liam", priority="normal",
                             by_officer_id=assistant)
    assert svc.detail(saved.id, MONDAY.date()).priority == "normal"


def test_copies_without_consent_warn_until_consent_is_recorded(demo, paths) -> None:
    patel = demo.councillors["Patel"].id
    saved = svc.save_enquiry(paths, None, plain(demo, copies=(CopyInput(patel, False),)),
                             "clerk")
    assert "copied-without-consent" in {w.code for w in saved.warnings}
    again = svc.save_enquiry(paths, saved.id, plain(demo, copies=(CopyInput(patel, True),)),
                             "clerk")
    assert again.warnings == ()
    assert svc.detail(saved.id, MONDAY.date()).copy_inputs == (CopyInput(patel, True),)


def test_settings_are_checked_audited_and_apply_to_new_enquiries_only(demo) -> None:
    assert svc.inbox_settings() == svc.InboxSettings(2, 10, 3)
    assert set(svc.deadline_problems(0, 10, 3)) == {"ack"}
    assert set(svc.deadline_problems(5, 4, 3)) == {"answer"}
    assert set(svc.deadline_problems(2, 10, 31)) == {"notice"}
    with pytest.raises(svc.EnquiryProblem):
        svc.set_deadlines(5, 4, "clerk")
    old = svc.log_enquiry(plain(demo), "clerk")
    svc.set_deadlines(3, 15, "clerk", 5)
    assert svc.inbox_settings() == svc.InboxSettings(3, 15, 5)
    assert [e.action for e in audit.history("setting", svc.MIN_NOTICE_SETTING)] == ["create"]
    new = enquiry_store.get(svc.log_enquiry(plain(demo), "clerk").id)
    assert new is not None
    assert new.answer_due == add_working_days(MONDAY.date(), 15)
    # The enquiry logged before the change keeps its 10 working days, even when it moves on.
    svc.transition(old.id, "acknowledged", "clerk", MONDAY + dt.timedelta(hours=1))
    row = enquiry_store.get(old.id)
    assert row is not None and row.answer_due == add_working_days(MONDAY.date(), 10)


def test_minimum_notice_setting_drives_the_enq_2_check(demo) -> None:
    four_days = add_working_days(MONDAY.date(), 4)
    quiet = svc.log_enquiry(plain(demo, requested_by=four_days), "clerk")
    assert "short-deadline" not in {w.code for w in quiet.warnings}
    svc.set_deadlines(2, 10, "clerk", 5)
    loud = svc.log_enquiry(plain(demo, requested_by=four_days), "clerk")
    [warning] = [w for w in loud.warnings if w.code == "short-deadline"]
    assert "minimum of 5" in warning.message


def test_input_that_cannot_be_saved_is_one_validation_error_by_field(demo) -> None:
    from parishdesk.errors import ValidationError

    with pytest.raises(ValidationError) as caught:
        svc.log_enquiry(plain(demo, councillor_id=999999, subject="  "), "clerk")
    assert set(caught.value.problems) == {"councillor", "subject"}
    with pytest.raises(ValidationError) as caught:
        svc.set_deadlines(5, 3, "clerk")
    assert set(caught.value.problems) == {"answer"}
