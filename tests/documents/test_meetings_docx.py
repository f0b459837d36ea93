"""Word copies of the summons and agenda and of the minutes, opened with python-docx and
compared paragraph by paragraph with the PDF's text read by pypdf: same items, same words,
the confidential minutes kept out of the public copy just as in the PDF."""

from __future__ import annotations

import datetime as dt
import io
import re

import docx
import pypdf
import pytest

from parishdesk.documents.meetings_text import INITIALS_MARK
from parishdesk.domain.meetings.records import Meeting
from parishdesk.errors import ParishDeskError
from parishdesk.services.letters import letterhead
from parishdesk.services.meetings import agenda, minutes, papers, word_copies
from tests.fixtures.meetings import NEXT_DAY, Recorded

ISSUED = dt.date(2026, 12, 3)


def _flat(text: str) -> str:
    return " ".join(text.replace("\u2003", " ").split())


def _pdf_body(data: bytes, running_header: str) -> str:
    """The PDF's words without what sits around the text on each page: the letterhead,
    the running header, the initials box, the DRAFT watermark and "Page X of Y"."""
    head = letterhead()
    furniture = {_flat(head.council_name), _flat(running_header), _flat(INITIALS_MARK), "DRAFT",
                 _flat(", ".join(x.strip() for x in head.address_lines if x.strip()))}
    lines = []
    for page in pypdf.PdfReader(io.BytesIO(data)).pages:
        for line in page.extract_text().splitlines():
            flat = _flat(line)
            if (flat and flat not in furniture and not re.fullmatch(r"Page \d+ of \d+", flat)
                    and not flat.startswith("Telephone ")):
                lines.append(flat)
    return " ".join(lines)


def _docx(data: bytes) -> docx.document.Document:
    return docx.Document(io.BytesIO(data))


def _paragraphs(document: docx.document.Document) -> list[str]:
    return [_flat(p.text) for p in document.paragraphs if p.text.strip()]


def _same_words(word_copy: bytes, pdf: bytes) -> list[str]:
    document = _docx(word_copy)
    paragraphs = _paragraphs(document)
    header = _flat(document.sections[0].header.paragraphs[0].text)
    assert " ".join(paragraphs) == _pdf_body(pdf, header)
    first_page = " ".join(p.text for p in document.sections[0].first_page_header.paragraphs)
    assert letterhead().council_name in first_page and "Church Lane" in first_page
    return paragraphs


def test_the_agenda_in_word_has_the_pdfs_words_item_by_item(recorded: Recorded) -> None:
    word = word_copies.agenda_docx(recorded.meeting_id, ISSUED)
    paragraphs = _same_words(word, papers.summons_pdf(recorded.meeting_id, ISSUED))
    items = agenda.items(recorded.meeting_id)
    numbered = [p for p in paragraphs if re.match(r"\d+\. ", p)]
    assert numbered == [f"{n}. {i.title}" for n, i in enumerate(
        sorted(items, key=lambda i: i.position), start=1)]
    assert any("because of its confidential nature: Staff matters" in p for p in paragraphs)
    assert "Issued on Thursday 3 December 2026" in paragraphs
    props = _docx(word).core_properties
    assert props.title.startswith("Summons and agenda: ") and "PDF is the record" in \
        props.comments


def test_draft_minutes_in_word_leave_the_confidential_part_out(recorded: Recorded) -> None:
    public = word_copies.minutes_docx(recorded.meeting_id)
    paragraphs = _same_words(public, papers.minutes_pdf(recorded.meeting_id))
    assert paragraphs[0] == "Draft, subject to approval"
    text = " ".join(paragraphs)
    assert "spinal point 28" not in text and "salary" not in text.lower()
    assert "is minuted separately" in text

    confidential = word_copies.minutes_docx(recorded.meeting_id, "confidential")
    secret = _same_words(confidential, papers.minutes_pdf(recorded.meeting_id, "confidential"))
    assert "spinal point 28" in " ".join(secret)
    assert secret[1].startswith("Confidential minutes of the ")
    header = _docx(confidential).sections[0].header.paragraphs[0].text
    assert header.startswith("CONFIDENTIAL \u2014 ")


def test_signed_minutes_in_word_carry_the_signature_and_initials(recorded: Recorded,
                                                                 tmp_path) -> None:  # type: ignore[no-untyped-def]
    minutes.approve(recorded.meeting_id, recorded.next_id, "test")
    minutes.sign_minutes(recorded.meeting_id, "Cllr Margaret Ellwood", NEXT_DAY, "test")
    target = word_copies.save_minutes_word(recorded.meeting_id, tmp_path / "m" / "Minutes.docx")
    data = target.read_bytes()
    paragraphs = _same_words(data, papers.minutes_pdf(recorded.meeting_id))
    assert "Draft, subject to approval" not in paragraphs
    assert "Person presiding" in paragraphs and "Cllr Margaret Ellwood" in paragraphs
    assert any(p.startswith("Minute book seal (SHA-256): ") for p in paragraphs)
    footer = _docx(data).sections[0].footer.paragraphs[0].text
    assert footer.startswith(INITIALS_MARK)
    assert not list(tmp_path.rglob("*.part"))


def test_every_demo_meeting_has_word_copies_with_the_pdfs_words(demo) -> None:  # type: ignore[no-untyped-def]
    checked = 0
    for meeting in agenda.meetings():
        assert meeting.id is not None
        _same_words(word_copies.agenda_docx(meeting.id, ISSUED),
                    papers.summons_pdf(meeting.id, meeting.summons_issued_on or ISSUED))
        if meeting.minutes_state != "none":
            for part in ("public", "confidential"):
                _same_words(word_copies.minutes_docx(meeting.id, part),
                            papers.minutes_pdf(meeting.id, part))
            checked += 1
    assert checked >= 3


def test_plain_refusals(recorded: Recorded, tmp_path) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(ParishDeskError, match="ends in .docx"):
        word_copies.save_agenda_word(recorded.meeting_id, tmp_path / "agenda.pdf", ISSUED)
    fresh = agenda.create_meeting(Meeting(on=dt.date(2027, 3, 4), at=dt.time(19, 30),
                                          place="The Village Hall"), "test")
    with pytest.raises(ParishDeskError, match="no minutes yet"):
        word_copies.save_minutes_word(fresh.id or 0, tmp_path / "minutes.docx")


def test_agenda_and_minutes_word_commands(demo, paths, tmp_path, capsys) -> None:  # type: ignore[no-untyped-def]
    from parishdesk.cli import run
    from parishdesk.store import db

    signed = next(m for m in agenda.meetings() if m.minutes_state == "signed")
    db.close()
    data = ["--data-dir", str(paths.data_dir)]
    agenda_file = tmp_path / "out" / "agenda.docx"
    assert run([*data, "agenda", "word", f"{signed.on:%d/%m/%Y}", "--out",
                str(agenda_file)]) == 0
    assert f"meeting {signed.id} written to {agenda_file}" in capsys.readouterr().out
    assert _paragraphs(_docx(agenda_file.read_bytes()))[0].startswith("Summons to attend")

    minutes_file = tmp_path / "out" / "minutes.docx"
    assert run([*data, "minutes", "word", str(signed.id), "--out", str(minutes_file)]) == 0
    assert "the PDF is the record" in capsys.readouterr().out
    assert _paragraphs(_docx(minutes_file.read_bytes()))[0].startswith("Minutes of the ")
    assert run([*data, "minutes", "word", str(signed.id), "--confidential", "--out",
                str(tmp_path / "c.docx")]) == 0
    capsys.readouterr()

    assert run([*data, "minutes", "word", "01/01/1999", "--out", str(minutes_file)]) == 2
    assert "no meeting on 01/01/1999" in capsys.readouterr().err
    assert run([*data, "agenda", "word", "next week", "--out", str(agenda_file)]) == 2
    assert "its number or its date" in capsys.readouterr().err
