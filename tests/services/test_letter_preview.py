"""A preview is the letter (or pack) exactly as it will be issued, and leaves nothing behind."""

from __future__ import annotations

import datetime as dt
import io
import re

from pypdf import PdfReader

from parishdesk.services import enquiries, letter_preview, letters, packs
from parishdesk.store import audit, letters_store

TODAY = dt.date(2026, 11, 22)


def _files(paths) -> list:
    return sorted(p for p in paths.data_dir.rglob("*.pdf"))


def _general(paths, demo):
    pid = demo.councillors["Ellwood"].id
    subject, body = letters.from_template(
        "general", {"subject": "Allotment rents", "body": "The rents go up in April."},
        paths, TODAY)
    return letters.compose("general", letters.councillor_recipient(pid), subject, body,
                           TODAY), pid


def test_preview_uses_no_number_and_writes_nothing(paths, demo):
    letter, _ = _general(paths, demo)
    before = (audit.count(), letters_store.next_number(2026), _files(paths))
    shown = letter_preview.preview_letter(paths, letter)
    assert (audit.count(), letters_store.next_number(2026), _files(paths)) == before
    assert shown.reference == f"PD/2026/{before[1]:04d}"
    text = PdfReader(io.BytesIO(shown.pdf)).pages[0].extract_text()
    assert "Allotment rents" in text and shown.reference in text


def test_the_issued_letter_is_byte_for_byte_the_preview(paths, demo):
    letter, pid = _general(paths, demo)
    shown = letter_preview.preview_letter(paths, letter)
    issued = letters.issue_letter(paths, letter, "clerk", recipient_person_id=pid)
    assert issued.reference == shown.reference
    assert issued.pdf_path.read_bytes() == shown.pdf


def test_an_enquiry_reply_previews_as_issued_and_stays_unanswered(paths, demo):
    from parishdesk.services.enquiries import EnquiryInput

    at = dt.datetime(2026, 11, 20, 10)
    enquiry = enquiries.log_enquiry(EnquiryInput(
        councillor_id=demo.councillors["Nowak"].id, received_at=at,
        subject="Bench on the green", text="Could the bench be mended?"), "clerk")
    reply = enquiries.write_reply(enquiry.id, "The bench is mended on Friday.", "clerk", at)
    status = enquiries.detail(enquiry.id, TODAY).status
    count = audit.count()
    shown = letter_preview.preview(
        lambda: enquiries.issue_reply_letter(paths, reply, "clerk", at))
    assert audit.count() == count
    assert enquiries.detail(enquiry.id, TODAY).status == status != "answered"
    issued = enquiries.issue_reply_letter(paths, reply, "clerk", at)
    assert issued.pdf_path.read_bytes() == shown.pdf


def test_a_pack_preview_is_the_pack_made_next(paths, demo, tmp_path):
    pid = demo.councillors["Marchetti"].id
    count = audit.count()
    shown = letter_preview.preview_pack(paths, pid, TODAY)
    assert audit.count() == count and packs.existing_cover_letter(pid) is None
    made = packs.make_pack(paths, pid, "clerk", TODAY, out=tmp_path / "pack.pdf")
    assert made.letter_reference == shown.reference
    assert made.path.read_bytes() == shown.result
    first = re.sub(r"\s+", " ", PdfReader(io.BytesIO(shown.result)).pages[0].extract_text())
    assert "Dear Councillor Marchetti" in first and shown.reference in first


def test_issue_as_previewed_refuses_a_letter_that_changed(paths, demo):
    import pytest

    from parishdesk.errors import ParishDeskError

    letter, pid = _general(paths, demo)
    shown = letter_preview.preview_letter(paths, letter)
    other, _ = _general(paths, demo)
    letters.issue_letter(paths, other, "clerk")  # takes the number the preview showed
    count, number = audit.count(), letters_store.next_number(2026)
    with pytest.raises(ParishDeskError, match="changed since it was previewed"):
        letter_preview.issue_as_previewed(
            lambda: letters.issue_letter(paths, letter, "clerk", recipient_person_id=pid), shown)
    assert (audit.count(), letters_store.next_number(2026)) == (count, number)

    again = letter_preview.preview_letter(paths, letter)
    issued = letter_preview.issue_as_previewed(
        lambda: letters.issue_letter(paths, letter, "clerk", recipient_person_id=pid), again)
    assert issued.pdf_path.read_bytes() == again.pdf
