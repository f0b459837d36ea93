"""One enquiry as the detail pane reads it: facts, copies, files, replies and one timeline."""

from __future__ import annotations

import datetime as dt

from parishdesk.services import enquiries as svc
from parishdesk.services.enquiries import CopyInput
from tests.services.enquiries.conftest import MONDAY, plain


def test_the_timeline_tells_the_story_in_order(demo, paths, tmp_path) -> None:
    patel = demo.councillors["Patel"].id
    saved = svc.log_enquiry(plain(demo, priority_demanded=True,
                                  copies=(CopyInput(patel, True),)), "clerk")
    photo = tmp_path / "bench.txt"
    photo.write_text("a bench, in words", encoding="utf-8")
    svc.attach_file(paths, saved.id, photo, "clerk")
    svc.dismiss_warning(saved.id, "priority-demanded", "A loose slat is a danger",
                        "clerk", MONDAY + dt.timedelta(hours=1))
    reply = svc.write_reply(saved.id, "The bench will be mended on Friday.", "clerk",
                            MONDAY + dt.timedelta(days=1))
    info = svc.issue_reply_letter(paths, reply, "clerk", MONDAY + dt.timedelta(days=1))

    shown = svc.detail(saved.id, MONDAY.date())
    assert shown.reference == saved.reference and shown.status == "answered"
    assert shown.copies == (("Cllr Rajesh Patel", True),)
    assert shown.copy_inputs == (CopyInput(patel, True),)
    assert [name for name, _stored in shown.attachments] == ["bench.txt"]
    [kept] = shown.replies
    assert (kept.id, kept.issued_as, kept.letter_reference) == (reply, "letter", info.reference)
    [warning] = shown.warnings
    assert warning.dismissed and warning.dismissal_note == "A loose slat is a danger"
    assert warning.sources == ("ParishDesk's model protocol, paragraph 3.3",)  # no rule ID
    kinds = [entry.kind for entry in shown.timeline]
    assert kinds[0] == "status" and {"file", "warning", "reply", "letter"} <= set(kinds)
    assert [e.at for e in shown.timeline] == sorted(e.at for e in shown.timeline)
    assert any(info.reference in e.text for e in shown.timeline if e.kind == "letter")
    assert "answered" not in shown.allowed and "closed" in shown.allowed


def test_due_text_says_when_the_clock_is_stopped(demo) -> None:
    waiting = svc.due_text("waiting", dt.date(2026, 11, 16), dt.date(2026, 11, 10),
                           dt.date(2026, 11, 4))
    assert waiting == "Clock stopped since 04/11/2026: waiting for the councillor"
    assert svc.due_text("answered", dt.date(2026, 11, 16),
                        dt.date(2026, 11, 20)).startswith("Done")
