"""The printed register of information requests."""

from __future__ import annotations

import datetime as dt
import io

from pypdf import PdfReader

from parishdesk.documents.access_register_pdf import RegisterLine, render_register
from parishdesk.domain.letters import Letterhead

ON = dt.date(2026, 11, 22)


def _text(pdf: bytes) -> tuple[int, str]:
    reader = PdfReader(io.BytesIO(pdf))
    return len(reader.pages), " ".join(" ".join((p.extract_text() or "").split())
                                       for p in reader.pages)


def _line(n: int, overdue: bool = False) -> RegisterLine:
    return RegisterLine(reference=f"IR/2026/{n:04d}", councillor="Cllr Jo Bloggs",
                        received="02/11/2026", documents=f"file number {n}",
                        status="Being assessed", due="16/11/2026", outcome="\u2013",
                        overdue=overdue)


def test_the_register_lists_every_line_with_letterhead_and_page_numbers():
    head = Letterhead("Testbury Parish Council", ("1 High Street", "Testbury"), "", "")
    pages, text = _text(render_register([_line(1), _line(2, overdue=True)], "Testbury Parish "
                                        "Council", ON, head, "pending only"))
    assert pages == 1
    assert "Testbury Parish Council" in text and "1 High Street" in text
    assert "As at 22/11/2026. 2 requests (pending only)." in text
    assert "IR/2026/0001" in text and "IR/2026/0002" in text and "file number 2" in text
    assert "Page 1 of 1" in text


def test_a_long_register_repeats_its_header_on_every_page():
    pages, text = _text(render_register([_line(n) for n in range(1, 120)], "Testbury", ON))
    assert pages > 2
    assert text.count("Reference Councillor Received") == pages
    assert f"Page {pages} of {pages}" in text


def test_an_empty_register_says_so():
    _, text = _text(render_register([], "Testbury", ON))
    assert "No requests match this selection." in text


def test_the_same_register_prints_the_same_bytes():
    lines = [_line(1)]
    assert render_register(lines, "Testbury", ON) == render_register(lines, "Testbury", ON)


def test_the_register_uses_a_landscape_page_to_its_full_width() -> None:
    pdf = render_register([_line(n) for n in range(1, 4)], "Ambridge Parish Council",
                          dt.date(2026, 11, 22))
    page = PdfReader(io.BytesIO(pdf)).pages[0]
    width, height = float(page.mediabox.width), float(page.mediabox.height)
    assert width > height  # A4 turned sideways
    lefts: list[float] = []

    def visit(_text, cm, tm, _font, _size, lefts=lefts):
        if _text.strip():
            lefts.append(tm[4] * cm[0] + cm[4])

    page.extract_text(visitor_text=visit)
    # The last column starts in the right-hand part of the wide page.
    assert max(lefts) > width * 0.75


def test_a_5000_character_description_continues_over_pages():
    """A cell taller than a page used to stop the register with a LayoutError."""
    words = " ".join(f"paper{i}" for i in range(900))[:5000]
    long_line = RegisterLine(reference="IR/2026/0001", councillor="Cllr Jo Bloggs",
                             received="02/11/2026", documents=words, status="Being assessed",
                             due="16/11/2026", outcome="\u2013")
    pages, text = _text(render_register([long_line, _line(2)], "Testbury Parish Council", ON))
    assert pages >= 2
    assert f"Page 1 of {pages}" in text
    last_word = words.split()[-1]
    for word in ("paper0", "paper400", last_word):
        assert f"{word} " in text + " "
    assert "IR/2026/0002" in text and "file number 2" in text
    # Each page the request continues on names it again.
    reader = PdfReader(io.BytesIO(render_register([long_line, _line(2)], "Testbury", ON)))
    page_texts = [" ".join((p.extract_text() or "").split()) for p in reader.pages]
    assert "IR/2026/0001" in page_texts[0] and "(continued)" not in page_texts[0]
    carried = [t for t in page_texts[1:] if "paper" in t]
    assert carried and all("IR/2026/0001 (continued)" in t for t in carried)


def test_a_long_description_through_the_service(demo, tmp_path):
    """The register export the Access area's button calls, with a 5,000-character request."""
    from parishdesk.services import access

    who = next(iter(demo.councillors.values())).id
    documents = " ".join(f"minute{i}" for i in range(700))[:5000]
    access.log_request(access.AccessRecord(requester_id=who, received_on=dt.date(2026, 11, 2),
                                           documents=documents), "clerk", ON)
    target = access.export_pdf(access.list_requests(ON), tmp_path / "register.pdf", ON)
    pages, text = _text(target.read_bytes())
    assert pages >= 2 and documents.split()[-1] in text
