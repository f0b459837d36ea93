"""Letters rendered to PDF: content, page numbers, embedded fonts, metadata, reprints."""

from __future__ import annotations

import dataclasses
import io
import re
import shutil
import subprocess
from datetime import date
from pathlib import Path
from typing import Any

from pypdf import PdfReader

from parishdesk.documents.letter_pdf import render_letter
from parishdesk.documents.style import DocumentInfo, build_pdf, page_label, styles
from parishdesk.domain.letters import Letter, Letterhead, Recipient, Signatory

LETTERHEAD = Letterhead(
    "Ambridge Parish Council",
    ("The Parish Office", "Village Hall, Church Lane", "Ambridge BO1 2AB"),
    "01632 960123",
    "clerk@ambridge-pc.example",
)


def _letter(paragraphs: int = 2, **changes: object) -> Letter:
    body = tuple(
        f"Paragraph {i}: the council’s “protocol” costs £{i}.50 to print & post <fast>."
        + " More words to fill the line." * 12
        for i in range(1, paragraphs + 1)
    )
    base = Letter(
        reference="PD/2026/0042",
        date=date(2026, 11, 22),
        letterhead=LETTERHEAD,
        recipient=Recipient("Cllr Jane Smith", ("12 Orchard Way", "Ambridge", "BO1 3CD"),
                            "Councillor Smith"),
        subject="Member/Officer Protocol, version 3",
        body=body,
        signatory=Signatory("John Doe", "Clerk and Proper Officer"),
        cc=("Councillor A. Brown", "Councillor C. Green"),
        letter_type="pack_cover",
        title="Protocol pack cover letter",
    )
    return dataclasses.replace(base, **changes)  # type: ignore[arg-type]


def _pages_text(pdf: bytes) -> list[str]:
    reader = PdfReader(io.BytesIO(pdf))
    return [" ".join((page.extract_text() or "").split()) for page in reader.pages]


def test_short_letter_has_every_part_on_one_page() -> None:
    pages = _pages_text(render_letter(_letter()))
    assert len(pages) == 1
    text = pages[0]
    for expected in (
        "Ambridge Parish Council",
        "The Parish Office, Village Hall, Church Lane, Ambridge BO1 2AB",
        "01632 960123",
        "clerk@ambridge-pc.example",
        "Our reference: PD/2026/0042",
        "22 November 2026",
        "Cllr Jane Smith",
        "12 Orchard Way",
        "Dear Councillor Smith,",
        "Member/Officer Protocol, version 3",
        "the council’s “protocol” costs £1.50 to print & post <fast>.",
        "Yours sincerely,",
        "John Doe",
        "Clerk and Proper Officer",
        "cc Councillor A. Brown, Councillor C. Green",
        "Page 1 of 1",
    ):
        assert expected in text, expected
    # Order on the page: the address beside the reference, then salutation, subject, body.
    order = ["Cllr Jane Smith", "PD/2026/0042", "Dear Councillor Smith", "version 3",
             "Paragraph 1", "Paragraph 2", "Yours sincerely", "John Doe", "cc Councillor"]
    positions = [text.index(part) for part in order]
    assert positions == sorted(positions)


def test_no_cc_line_without_copies() -> None:
    text = _pages_text(render_letter(_letter(cc=())))[0]
    assert "cc " not in text
    assert "Yours sincerely" in text


def test_sparse_letterhead_and_long_council_name() -> None:
    sparse = Letterhead("Great Snoring and Little Snoring with Thursford Parish Council")
    letter = _letter(letterhead=sparse, recipient=Recipient("Mr Ben Archer"), cc=())
    text = _pages_text(render_letter(letter))[0]
    assert "Great Snoring and Little Snoring with Thursford Parish Council" in text
    assert "Telephone" not in text and "E-mail" not in text
    assert "Dear Mr Ben Archer," in text
    assert text.index("Parish Council") < text.index("Our reference")


def test_long_letter_is_numbered_page_x_of_y_and_nothing_is_lost() -> None:
    letter = _letter(paragraphs=10)
    pages = _pages_text(render_letter(letter))
    assert len(pages) == 2
    assert "Page 1 of 2" in pages[0]
    assert "Page 2 of 2" in pages[1]
    joined = " ".join(pages)
    for i in range(1, 11):
        assert f"Paragraph {i}:" in joined
    # The letterhead is on page one only; later pages carry a small running header.
    assert "Ambridge Parish Council" in pages[0]
    assert "Ambridge Parish Council" not in pages[1]
    assert "Cllr Jane Smith — PD/2026/0042 — 22 November 2026" in pages[1]
    # The sign-off never sits alone: it shares its page with the last paragraph.
    assert "Paragraph 10:" in pages[1] and "Yours sincerely" in pages[1]


def test_sign_off_keeps_signature_block_together() -> None:
    for count in range(3, 13):
        pages = _pages_text(render_letter(_letter(paragraphs=count)))
        signing_page = next(p for p in pages if "Yours sincerely" in p)
        assert "John Doe" in signing_page and "Clerk and Proper Officer" in signing_page
        # At least the end of the last paragraph shares the page with the sign-off.
        assert re.search(r"fill the line\. Yours sincerely", signing_page), count
        last = " ".join(pages).rindex(f"Paragraph {count}:")
        assert last < " ".join(pages).index("Yours sincerely")


def test_same_letter_renders_to_identical_bytes() -> None:
    letter = _letter(paragraphs=10)
    first = render_letter(letter)
    assert render_letter(letter) == first
    assert render_letter(dataclasses.replace(letter)) == first
    assert render_letter(_letter(paragraphs=10, reference="PD/2026/0043")) != first


def test_metadata_title_author_subject_and_date() -> None:
    reader = PdfReader(io.BytesIO(render_letter(_letter())))
    meta = reader.metadata
    assert meta is not None
    assert meta.title == "Protocol pack cover letter"
    assert meta.author == "Ambridge Parish Council"
    assert meta.subject == "Member/Officer Protocol, version 3"
    assert str(meta.get("/CreationDate", "")).startswith("D:20261122")


def test_page_size_is_a4() -> None:
    page = PdfReader(io.BytesIO(render_letter(_letter()))).pages[0]
    assert round(float(page.mediabox.width)) == 595
    assert round(float(page.mediabox.height)) == 842


def _fonts(pdf: bytes) -> dict[str, Any]:
    """Every font dictionary used on any page, by base font name."""
    found: dict[str, Any] = {}
    for page in PdfReader(io.BytesIO(pdf)).pages:
        resources: Any = page["/Resources"].get_object()
        for ref in resources.get("/Font", {}).values():
            font: Any = ref.get_object()
            found[str(font["/BaseFont"])] = font
    return found


def test_every_font_is_embedded_truetype() -> None:
    fonts = _fonts(render_letter(_letter(paragraphs=10)))
    assert fonts
    names = " ".join(fonts)
    assert "DejaVuSerif" in names and "DejaVuSerif-Bold" in names and "DejaVuSans" in names
    for name, font in fonts.items():
        descriptor = font["/FontDescriptor"].get_object()
        assert "/FontFile2" in descriptor, f"{name} is not embedded"


def _poppler(tool: str, pdf: bytes, tmp_path: Path, *args: str) -> str | None:
    """Output of a poppler tool on ``pdf``, or None when poppler-utils is not installed."""
    if shutil.which(tool) is None:
        return None
    path = tmp_path / "letter.pdf"
    path.write_bytes(pdf)
    return subprocess.run([tool, *args, str(path), *(["-"] if tool == "pdftotext" else [])],
                          capture_output=True, text=True, check=True).stdout


def test_pdffonts_agrees_all_fonts_are_embedded(tmp_path: Path) -> None:
    pdf = render_letter(_letter())
    assert all("/FontFile2" in f["/FontDescriptor"].get_object()
               for f in _fonts(pdf).values())
    out = _poppler("pdffonts", pdf, tmp_path)
    if out is not None:
        rows = out.splitlines()[2:]
        assert rows
        for row in rows:
            assert re.search(r"TrueType\s+\S+\s+yes", row), row


def test_text_extracts_with_symbols_and_page_numbers(tmp_path: Path) -> None:
    pdf = render_letter(_letter(paragraphs=10))
    extracted = ["\n".join(_pages_text(pdf))]
    layout = _poppler("pdftotext", pdf, tmp_path, "-layout")
    if layout is not None:
        extracted.append(layout)
    for out in extracted:
        assert "£1.50" in out and "“protocol”" in out
        assert "Page 1 of 2" in out and "Page 2 of 2" in out
        assert "cc Councillor A. Brown, Councillor C. Green" in out


def test_page_labels_can_skip_the_first_page() -> None:
    assert page_label(1, 3) == "Page 1 of 3"
    assert page_label(1, 3, number_first_page=False) == ""
    assert page_label(2, 3, number_first_page=False) == "Page 1 of 2"
    assert page_label(3, 3, number_first_page=False) == "Page 2 of 2"


def test_builder_without_first_page_number_counts_only_numbered_pages() -> None:
    from reportlab.platypus import PageBreak, Paragraph

    st = styles()
    story = [Paragraph("Cover letter", st.body), PageBreak(),
             Paragraph("Protocol heading", st.heading1), Paragraph("Text", st.body), PageBreak(),
             Paragraph("Acknowledgement form", st.body)]
    info = DocumentInfo(title="Pack", author="Ambridge Parish Council", subject="Protocol",
                        created=date(2026, 11, 22), letterhead=LETTERHEAD,
                        number_first_page=False)
    pages = _pages_text(build_pdf(story, info))
    assert len(pages) == 3
    assert "Page" not in pages[0]
    assert "Page 1 of 2" in pages[1]
    assert "Page 2 of 2" in pages[2]


def _long_last_paragraph_letter(first_paragraphs: int = 3) -> Letter:
    words = " ".join(f"w{i:03d}" for i in range(1, 301))  # about half a page of text
    body = tuple(f"Opening paragraph {i}." + " Some ordinary words to fill a line." * 8
                 for i in range(1, first_paragraphs + 1))
    return _letter(body=(*body, f"Closing paragraph: {words} end."))


def test_a_long_last_paragraph_fills_page_one_and_brings_its_tail_to_the_sign_off() -> None:
    for first in range(2, 7):
        pages = _pages_text(render_letter(_long_last_paragraph_letter(first)))
        assert len(pages) == 2, first
        # Page one is used to the foot: the last paragraph starts there...
        assert "Closing paragraph:" in pages[0], first
        signing = pages[1]
        # ...and its last lines go over with the sign-off, which is never alone.
        assert "Yours sincerely" in signing and "w300 end." in signing, first
        assert "John Doe" in signing and "Clerk and Proper Officer" in signing
        assert re.search(r"w\d{3}.*w\d{3}.*Yours sincerely", signing), first
        joined = " ".join(pages)
        assert all(f"w{i:03d}" in joined for i in range(1, 301))  # nothing lost


def test_long_last_paragraph_letter_renders_identically_every_time() -> None:
    letter = _long_last_paragraph_letter(4)
    assert render_letter(letter) == render_letter(dataclasses.replace(letter))


def _ordinary_words(count: int) -> str:
    pool = ("the council will consider your request at its next meeting and the clerk "
            "will write to you with its decision once the minutes are ready").split()
    return " ".join(pool[i % len(pool)] for i in range(count))


def test_five_line_address_and_300_words_fit_one_page() -> None:
    letter = _letter(
        recipient=Recipient("Cllr Jane Smith", ("Flat 3, The Old Rectory", "12 Orchard Way",
                                                "Ambridge", "Borsetshire", "BO1 3CD"),
                            "Councillor Smith"),
        cc=(),
        body=tuple(_ordinary_words(75) + "." for _ in range(4)),
    )
    pages = _pages_text(render_letter(letter))
    assert len(pages) == 1
    assert "Yours sincerely" in pages[0] and "John Doe" in pages[0]
    assert "Our reference: PD/2026/0042" in pages[0] and "22 November 2026" in pages[0]


def test_earlier_layouts_still_render_for_identical_reprints() -> None:
    letter = _long_last_paragraph_letter(5)
    renders = {layout: render_letter(letter, layout) for layout in ("compact", "tail", "whole")}
    assert len(set(renders.values())) == 3
    assert renders["tail"] == render_letter(dataclasses.replace(letter), "tail")
