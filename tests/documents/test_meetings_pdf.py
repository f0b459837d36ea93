"""The meeting PDFs read back with pypdf: summons, draft and signed minutes, the
confidential part kept out of the public minutes, the minute book and the register."""

from __future__ import annotations

import datetime as dt
import io

import pypdf

from parishdesk.services.meetings import minutes, papers, register
from tests.fixtures.meetings import (
    NEXT_DAY,
    Recorded,
)


def _text(data: bytes) -> str:
    reader = pypdf.PdfReader(io.BytesIO(data))
    return "\n".join(page.extract_text() for page in reader.pages)


def _flat(data: bytes) -> str:
    return " ".join(_text(data).split())


def test_summons_is_signed_by_the_proper_officer_and_lists_the_business(recorded: Recorded) -> None:
    text = _flat(papers.summons_pdf(recorded.meeting_id, dt.date(2026, 12, 3)))
    assert "Summons to attend the ordinary meeting of the council" in text
    assert "Thursday 10 December 2026 at 7.30 pm" in text
    assert "Catherine Brooks" in text and "Clerk and Proper Officer" in text
    assert "Issued on Thursday 3 December 2026" in text
    for title in ("Apologies for absence", "Allotment rents for 2027", "Clerk's salary review"):
        assert title in text
    assert "because of its confidential nature: Staff matters" in text


def test_draft_minutes_are_marked_and_confidential_part_is_apart(recorded: Recorded) -> None:
    public = _flat(papers.minutes_pdf(recorded.meeting_id))
    assert "Draft, subject to approval" in public
    assert "Cllr Margaret Ellwood (in the chair)" in public
    assert "declared a disclosable pecuniary interest" in public and "left the room" in public
    assert "casting vote for" in public
    assert "Recorded vote" in public
    assert "excluded for the following business because the item concerns staff matters" \
        in public
    assert "spinal point 28" not in public and "salary" not in public.lower()
    confidential = _flat(papers.minutes_pdf(recorded.meeting_id, "confidential"))
    assert "spinal point 28" in confidential and "Confidential minutes" in confidential


def test_signed_minutes_carry_signature_and_initials_and_the_book_collects_them(
        recorded: Recorded) -> None:
    minutes.approve(recorded.meeting_id, recorded.next_id, "test")
    minutes.sign_minutes(recorded.meeting_id, "Cllr Margaret Ellwood", NEXT_DAY, "test")
    data = papers.minutes_pdf(recorded.meeting_id)
    text = _flat(data)
    assert "Draft, subject to approval" not in text
    assert "Person presiding" in text and "Thursday 14 January 2027" in text
    reader = pypdf.PdfReader(io.BytesIO(data))
    for page in reader.pages:
        assert "Initials of the person presiding" in page.extract_text()
    book = _flat(papers.minute_book_pdf(dt.date(2026, 1, 1), dt.date(2026, 12, 31)))
    assert "Minute book" in book and "RESOLVED that allotment rents rise by 5%" in book
    assert "spinal point" not in book


def test_register_pdf(recorded: Recorded, tmp_path) -> None:  # type: ignore[no-untyped-def]
    count = register.export_pdf(tmp_path / "register.pdf", "Ashcombe Parish Council")
    text = _flat((tmp_path / "register.pdf").read_bytes())
    assert count >= 2 and "Register of decisions" in text and "bus shelter" in text
    assert "spinal" not in text


def test_an_agenda_item_longer_than_a_page_carries_on_over_it(recorded: Recorded) -> None:
    """A document pasted into an item's notes stopped the summons with a LayoutError (found
    by the fuzz suite)."""
    from parishdesk.services.meetings import agenda

    words = " ".join(f"clause{i}" for i in range(3000))
    agenda.add_item(recorded.meeting_id, "Neighbourhood plan", "clerk", decision_expected=True,
                    confidential=True, confidential_reason=words)
    text = _flat(papers.summons_pdf(recorded.meeting_id, dt.date(2026, 12, 3)))
    assert "Neighbourhood plan" in text and "clause0 " in text and "clause2999" in text


def test_a_vote_is_never_parted_from_its_resolution_over_a_page() -> None:
    from parishdesk.documents.meetings_common import MinutesView
    from parishdesk.documents.meetings_minutes_pdf import render_minutes
    from parishdesk.domain.letters import Letterhead
    from parishdesk.domain.meetings.records import Meeting, Minute

    meeting = Meeting(id=1, on=dt.date(2026, 11, 12))
    resolution = ("Proposed by Cllr A, seconded by Cllr B: RESOLVED that the council agrees, "
                  "after the discussion above and having read the report of the clerk and the "
                  "letters from residents about the matter, that resolution {i} be agreed.\n"
                  "For 5, against 4, abstentions {i}.")
    # Discussion of 0 to 3 sentences before each resolution moves the page breaks about, so
    # that on the old layout some page began with a vote alone.
    minutes = tuple(
        Minute(meeting_id=1, position=i, number=f"26/{i}", title=f"Business {i}",
               body="\n\n".join(
                   part for part in (" ".join(["The council discussed the matter at some length."] * (i % 4)),
                                     resolution.format(i=i)) if part))
        for i in range(1, 61))
    data = render_minutes(MinutesView(Letterhead("Testbury Parish Council"), meeting, minutes))
    pages = [" ".join(p.extract_text().split())
             for p in pypdf.PdfReader(io.BytesIO(data)).pages]
    assert len(pages) > 3
    assert "26/1 Business 1" in pages[0]  # the first minute is not pushed off page one
    for i in range(1, 61):
        vote = f"For 5, against 4, abstentions {i}."
        on = [n for n, page in enumerate(pages) if vote in page]
        assert on, vote
        assert f"resolution {i} be agreed" in pages[on[0]], (i, pages[on[0]][:120])
