"""The letter engine as the services use it: templates filled in, letters numbered and filed."""

import datetime as dt
import io
import re

from pypdf import PdfReader

from parishdesk.documents.templates import save_template, shipped_template
from parishdesk.domain.letters import REFERENCE_SLOT
from parishdesk.services import letters

TODAY = dt.date(2026, 11, 22)


def _text(path) -> str:
    pages = [p.extract_text() for p in PdfReader(io.BytesIO(path.read_bytes())).pages]
    return re.sub(r"\s+", " ", " ".join(pages))


def test_reference_in_a_template_prints_the_number_the_letter_is_issued_under(paths, demo):
    save_template("general", "Subject: {subject} (our ref {reference})\n\n{body}\n\n"
                  "Please quote {reference} in any reply.\n", paths.templates_dir)
    pid = demo.councillors["Ellwood"].id
    subject, body = letters.from_template(
        "general", {"subject": "Allotment rents", "body": "The rents go up in April."},
        paths, TODAY)
    letter = letters.compose("general", letters.councillor_recipient(pid), subject, body, TODAY)
    issued = letters.issue_letter(paths, letter, "clerk", recipient_person_id=pid)

    assert re.fullmatch(r"PD/2026/\d{4}", issued.reference)
    text = _text(issued.pdf_path)
    assert f"Please quote {issued.reference} in any reply." in text
    assert f"Allotment rents (our ref {issued.reference})" in text
    assert REFERENCE_SLOT not in text and "quote in any" not in text
    assert issued.letter.body[-1] == f"Please quote {issued.reference} in any reply."
    # The register keeps the filled-in letter, so a reprint says the same.
    assert letters.reprint(paths, issued.id) == issued.pdf_path.read_bytes()


def test_a_reference_given_by_the_caller_is_used_as_it_is(paths, demo):
    # The template preview passes an example reference and must show it.
    save_template("general", "Subject: {subject}\n\nOur reference {reference}.\n\n{body}\n",
                  paths.templates_dir)
    _, body = letters.from_template(
        "general", {"subject": "S", "body": "B", "reference": "PD/2026/0001"}, paths, TODAY)
    assert body[0] == "Our reference PD/2026/0001."
    assert "{reference}" not in shipped_template("general")


def test_letters_issued_with_the_earlier_sign_off_layout_still_reprint_identically(paths, demo):
    import hashlib

    from parishdesk.documents.letter_pdf import render_letter
    from parishdesk.store import letters_store

    pid = demo.councillors["Ellwood"].id
    last = "Finally, " + " ".join(f"point {i}." for i in range(1, 200))
    body = tuple(f"Paragraph {i}. " + "Ordinary words to fill a line. " * 9 for i in range(4))
    letter = letters.compose("general", letters.councillor_recipient(pid), "Long letter",
                             (*body, last), TODAY)
    issued = letters.issue_letter(paths, letter, "clerk", recipient_person_id=pid)
    assert letters.reprint(paths, issued.id) == issued.pdf_path.read_bytes()
    # A letter of this shape issued before the sign-off change kept its last paragraph whole.
    earlier = render_letter(issued.letter, "whole")
    assert earlier != issued.pdf_path.read_bytes()
    letters_store.IssuedLetter.update(sha256=hashlib.sha256(earlier).hexdigest()).where(
        letters_store.IssuedLetter.id == issued.id).execute()
    issued.pdf_path.unlink()
    assert letters.reprint(paths, issued.id) == earlier


def test_an_address_of_a_hundred_lines_is_refused_and_a_long_one_still_prints(paths, demo):
    import pytest

    from parishdesk.documents.letter_pdf import render_letter
    from parishdesk.domain.letters import Recipient
    from parishdesk.errors import ParishDeskError

    on = dt.date(2026, 11, 22)
    pasted = Recipient("Ann Smith", tuple(f"Line {n}" for n in range(100)))
    with pytest.raises(ParishDeskError, match="The address has 100 lines"):
        letters.compose("general", pasted, "Subject", ("Body.",), on)
    # Rendered directly (an old letter's data, say), it carries on over the page.
    fits = letters.compose("general", Recipient("Ann Smith", ("1 High St",)), "Subject",
                           ("Body.",), on)
    from dataclasses import replace

    pdf = render_letter(replace(fits, recipient=pasted))
    text = " ".join(p.extract_text() for p in PdfReader(io.BytesIO(pdf)).pages)
    assert "Line 0" in text and "Line 99" in text
