import datetime as dt
import io
import re

import pytest
from pypdf import PdfReader

from parishdesk.documents.pack_pdf import Contact, PackContent, render_pack
from parishdesk.domain.letters import Letter, Letterhead, Recipient, Signatory
from parishdesk.domain.pack_summary import SUMMARY
from parishdesk.domain.protocol import parse_protocol
from tests.fixtures.protocol_files import PROTOCOLS_DIR, SECTIONS_ONLY, WORD_CONTROL

PROTOCOL = """# Test Protocol

Version\t2.0
Adopted on\t01/03/2026
Last reviewed\t01/03/2026
Next review date\t01/03/2027
Adopted by\tFull Council, minute 12

## 1 GENERAL

1.1 A councillor may ask for:

(a) documents about a committee they sit on;

(b) papers for a meeting, which include:

    (i) the agenda;

    (ii) the minutes.

1.2 Lists work too:

- first point
- second point

## 2 ACCESS

2.1 A councillor may see what they need to know.
"""


def _content(**overrides):
    letter = Letter(
        reference="PD/2026/0007", date=dt.date(2026, 11, 22),
        letterhead=Letterhead("Testbury Parish Council", ("1 High Street", "Testbury")),
        recipient=Recipient("Cllr Ann Example", ("2 Low Road",), "Councillor Example"),
        subject="Test Protocol, version 2.0", body=("Please read the enclosed protocol.",),
        signatory=Signatory("Chris Clerk", "Clerk and Proper Officer"), letter_type="pack_cover",
    )
    values = dict(
        letter=letter, councillor_name="Cllr Ann Example", council_name="Testbury Parish Council",
        protocol=parse_protocol(PROTOCOL), summary=SUMMARY,
        contacts=(Contact("Clerk", "Chris Clerk", ("clerk@testbury.example",)),
                  Contact("Chair of the Council", "Cllr Bea Chair"),
                  Contact("Monitoring Officer, Testshire District Council", "Mr Mo Officer",
                          ("District Offices", "Testtown"))),
        return_by=dt.date(2026, 12, 6), return_to=("Chris Clerk", "1 High Street"),
        rule_links={"ACCESS-1": "2.1"},
    )
    values.update(overrides)
    return PackContent(**values)


def _pages(pdf: bytes) -> list[str]:
    return [p.extract_text() for p in PdfReader(io.BytesIO(pdf)).pages]


def test_pack_parts_in_order_with_page_numbers_after_the_cover():
    pdf = render_pack(_content())
    pages = _pages(pdf)
    total = len(pages) - 1
    assert "Dear Councillor Example" in pages[0] and "Page" not in pages[0]
    for i, page in enumerate(pages[1:], start=1):
        assert f"Page {i} of {total}" in page
    assert "Contents" in pages[1]
    text = "\n".join(pages)
    order = ["Contents", "Document control", SUMMARY.councillors_heading, "Mr Mo Officer",
             "I confirm that I have received"]
    positions = [text.index(marker) for marker in order]
    assert positions == sorted(positions)


def test_contents_lists_sections_with_the_pages_they_are_on():
    pages = _pages(render_pack(_content()))
    contents = pages[1]
    match = re.search(r"1 GENERAL\s*(\d+)", contents)
    assert match, contents
    printed = int(match.group(1))
    assert "1 GENERAL" in pages[printed]  # printed "Page N" is the (N + 1)th page, index N
    ack = re.search(r"Acknowledgement form \(please sign and return\)\s*(\d+)", contents)
    assert ack and "I confirm that I have received" in pages[int(ack.group(1))]


def _flat(value: str) -> str:
    return " ".join(value.split())


def _printed_on(pages: list[str], heading: str) -> list[int]:
    """Pages (after the contents) with a line that starts with ``heading``."""
    return [i for i, page in enumerate(pages) if i > 1
            and any(_flat(line).startswith(heading[:40]) for line in page.splitlines())]


@pytest.mark.parametrize("source", [SECTIONS_ONLY, WORD_CONTROL], ids=lambda p: p.name)
def test_every_contents_entry_and_bookmark_gives_the_page_its_heading_is_on(source):
    # Long enough that section headings fall near the foot of a page, where the "keep room
    # for the heading" page break moves them on to the next page.
    protocol = parse_protocol(source.read_text(encoding="utf-8"))
    pdf = render_pack(_content(protocol=protocol))
    pages = _pages(pdf)
    contents = _flat(pages[1])
    reader = PdfReader(io.BytesIO(pdf))
    bookmarks = {}
    for item in reader.outline:
        for entry in (item if isinstance(item, list) else [item]):
            bookmarks[entry.title] = reader.get_destination_page_number(entry)
    entries = [(_flat(f"{s.number} {s.title}"), _flat(f"{s.number} {s.title}"))
               for s in protocol.sections]
    entries += [(SUMMARY.title, SUMMARY.title), ("Key contacts", "Key contacts"),
                ("Acknowledgement form (please sign and return)", "Acknowledgement form")]
    assert len(entries) > 6
    for label, heading in entries:
        listed = re.search(re.escape(label) + r"\s*(\d+)", contents)
        assert listed, f"{label!r} missing from the contents"
        on = _printed_on(pages, heading)
        assert on, f"{heading!r} not printed"
        # Printed "Page N" is the (N + 1)th page (the cover is unnumbered), index N.
        assert int(listed.group(1)) == on[0], (label, listed.group(1), on)
        assert bookmarks[heading] == on[0], (heading, bookmarks[heading], on)


def _filler_protocol(clauses: int) -> str:
    filler = "\n\n".join(f"1.{i} The council keeps this short clause number {i} for the test."
                         for i in range(1, clauses + 1))
    n = clauses
    return (f"# Filler Protocol\n\n## 1 GENERAL\n\n{filler}\n\n1.{n + 1} Councillors\n\n"
            f"1.{n + 2} A councillor represents the ward and takes part in the council's "
            "decisions at meetings, and must never instruct an officer.\n\n"
            f"Procedure for officers:\n\n1.{n + 3} An officer with a concern speaks first "
            "to the Clerk, and then to the Chair.\n")


def _leading_headings(protocol) -> list[str]:
    """One-paragraph clauses that only introduce what follows: lead-ins ending in a colon,
    and short title-only numbered clauses."""
    found = []
    for section in protocol.sections:
        for clause in section.clauses:
            if len(clause.blocks) != 1 or clause.blocks[0].kind != "para":
                continue
            words = _flat(clause.blocks[0].text)
            if not clause.number and words.endswith(":"):
                found.append(words)
            elif clause.number and len(words) <= 60 and words[-1] not in ".;:,":
                found.append(f"{clause.number} {words}")
    return found


@pytest.mark.parametrize("source", ["own word_control.txt", "own sections_only.md", "filler 21",
                                    "filler 23"])
def test_no_page_ends_with_a_heading_left_alone(source):
    # The filler protocols put "Procedure for officers:" (21) and "1.24 Councillors" (23) at
    # the very foot of page 2 unless they are kept with what follows.
    kind, name = source.split()
    text = ((PROTOCOLS_DIR / name).read_text(encoding="utf-8")
            if kind == "own" else _filler_protocol(int(name)))
    protocol = parse_protocol(text)
    headings = _leading_headings(protocol)
    assert headings
    for index, page in enumerate(_pages(render_pack(_content(protocol=protocol)))):
        lines = [_flat(x) for x in page.splitlines()
                 if x.strip() and not re.fullmatch(r"Page \d+ of \d+", x.strip())]
        last = lines[-1] if lines else ""
        assert last and not any(h.endswith(last) for h in headings), (index, last)


def test_sub_items_and_bullets_keep_their_labels_and_order():
    text = "\n".join(_pages(render_pack(_content())))
    flat = re.sub(r"\s+", " ", text)
    assert "(a) documents about a committee" in flat
    assert "(b) papers for a meeting" in flat and "(i) the agenda;" in flat
    assert flat.index("(a)") < flat.index("(i) the agenda") < flat.index("(ii) the minutes")
    assert "• first point" in flat
    assert "1.1 A councillor may ask for:" in flat


def test_summary_cites_linked_paragraphs_and_the_law_never_rule_ids():
    text = re.sub(r"\s+", " ", "\n".join(_pages(render_pack(_content()))))
    assert "[paragraph 2.1]" in text  # ACCESS-1, linked to the council's paragraph 2.1
    assert "[Local Government Act 1972 s.101]" in text  # ROLE-2 rests on the Act
    assert not re.search(r"\b(ROLE|ENQ|CORR|GROUP|ACCESS|DISP|EMP|CONDUCT|PROTO|MEET)-\d", text)


def test_same_content_renders_identical_bytes_with_embedded_fonts():
    first = render_pack(_content())
    assert first == render_pack(_content())
    reader = PdfReader(io.BytesIO(first))
    assert reader.metadata.title == "Test Protocol pack for Cllr Ann Example"
    assert reader.metadata.author == "Testbury Parish Council"
    embedded = set()
    for page in reader.pages:
        for font in page["/Resources"]["/Font"].values():
            descriptor = font.get_object().get("/FontDescriptor")
            assert descriptor is not None, font.get_object()
            if "/FontFile2" in descriptor.get_object():
                embedded.add(font.get_object()["/BaseFont"])
    assert any("DejaVuSerif" in name for name in embedded)
    outline_titles = [item.title for item in reader.outline if not isinstance(item, list)]
    assert "Key contacts" in outline_titles
