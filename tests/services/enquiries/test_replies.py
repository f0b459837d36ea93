"""Replies: a formal letter with a visible cc line, an .eml draft with every copy shown, and
the one-step acknowledgement."""

from __future__ import annotations

import datetime as dt
import email
import email.policy
import io

import pytest
from pypdf import PdfReader

from parishdesk.services import enquiries as svc
from parishdesk.services.enquiries import CopyInput, EnquiryInput
from parishdesk.services.letters import IssuedLetterInfo
from parishdesk.store import enquiry_store
from tests.services.enquiries.conftest import MONDAY


def logged(demo, consented: bool = True) -> int:  # type: ignore[no-untyped-def]
    data = EnquiryInput(
        councillor_id=demo.councillors["Nowak"].id, received_at=MONDAY,
        subject="Dog bins at Mill End", text="Could another dog bin go by the playing field?",
        copies=(CopyInput(demo.councillors["Okafor"].id, consented),
                CopyInput(demo.councillors["Carey"].id, True)))
    return svc.log_enquiry(data, "clerk").id


def test_reply_issued_as_letter_shows_the_copies_and_answers(demo, paths) -> None:
    enquiry_id = logged(demo)
    reply = svc.write_reply(enquiry_id, "A second bin will be fitted in December.", "clerk",
                            MONDAY)
    info = svc.issue_reply_letter(paths, reply, "clerk", dt.datetime(2026, 11, 5, 15))
    text = " ".join(page.extract_text() for page in PdfReader(io.BytesIO(
        info.pdf_path.read_bytes())).pages)
    assert "cc Cllr David Okafor, Cllr Siobhan Carey" in text
    assert "A second bin will be fitted in December." in text
    assert "Dear Councillor Nowak" in text
    row = enquiry_store.get(enquiry_id)
    assert row is not None and row.status == "answered"
    assert row.answered_on == dt.date(2026, 11, 5)
    shown = svc.detail(enquiry_id, dt.date(2026, 11, 5))
    assert shown.replies[0].letter_reference == info.reference
    assert any(info.reference in e.text for e in shown.timeline)
    with pytest.raises(svc.EnquiryProblem, match="already been issued"):
        svc.issue_reply_letter(paths, reply, "clerk", dt.datetime(2026, 11, 5, 15))


def test_email_draft_has_visible_copies_and_no_blind_copy(demo, paths) -> None:
    enquiry_id = logged(demo, consented=False)
    reply = svc.write_reply(enquiry_id, "A second bin will be fitted in December.\n\n"
                            "The contractor empties it on Tuesdays.", "clerk", MONDAY)
    path = svc.save_reply_email(paths, reply, "clerk", dt.datetime(2026, 11, 6, 11))
    message = email.message_from_bytes(path.read_bytes(), policy=email.policy.default)
    assert message["To"] == "Cllr Tomasz Nowak <t.nowak@ashcombe-pc.example>"
    # Okafor was copied without consent, so only Carey is copied, openly.
    assert message["Cc"] == "Cllr Siobhan Carey <s.carey@ashcombe-pc.example>"
    assert message["Bcc"] is None
    assert "bcc" not in path.read_text(encoding="utf-8").lower()
    assert message["Subject"] == "Your enquiry ENQ-2026-0001"
    body = message.get_body(preferencelist=("plain",)).get_content()  # type: ignore[union-attr]
    assert "Dear Councillor Nowak," in body
    assert "The contractor empties it on Tuesdays." in body
    assert "cc Cllr Siobhan Carey" in body
    assert path.is_relative_to(paths.data_dir)
    row = enquiry_store.get(enquiry_id)
    assert row is not None and row.status == "answered"


def test_late_reply_is_refused_without_a_reason_and_nothing_is_issued(demo, paths) -> None:
    enquiry_id = logged(demo)
    reply = svc.write_reply(enquiry_id, "Sorry for the delay.", "clerk", MONDAY)
    late = dt.datetime(2026, 11, 20, 10)
    before = sorted(paths.letters_dir.rglob("*.pdf"))
    with pytest.raises(svc.EnquiryProblem, match="late"):
        svc.issue_reply_letter(paths, reply, "clerk", late)
    assert sorted(paths.letters_dir.rglob("*.pdf")) == before
    svc.save_reply_email(paths, reply, "clerk", late, late_reason="Contractor's quote was late")
    row = enquiry_store.get(enquiry_id)
    assert row is not None and row.late_reason == "Contractor's quote was late"


def test_acknowledgement_in_one_step(demo, paths) -> None:
    enquiry_id = logged(demo)
    info = svc.acknowledge(paths, enquiry_id, "clerk", dt.datetime(2026, 11, 3, 9))
    assert isinstance(info, IssuedLetterInfo)
    text = " ".join(PdfReader(io.BytesIO(info.pdf_path.read_bytes())).pages[0]
                    .extract_text().split())
    assert "about \u201cDog bins at Mill End\u201d" in text
    assert "ENQ-2026-0001" in text and "16 November 2026" in text
    row = enquiry_store.get(enquiry_id)
    assert row is not None and row.status == "acknowledged"
    assert row.acknowledged_on == dt.date(2026, 11, 3)
    assert [r.kind for r in enquiry_store.replies(enquiry_id)] == ["ack"]
