"""Reading protocols from Word, PDF and text files: the same numbering must come back."""

from __future__ import annotations

from pathlib import Path

import docx
import pytest
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls

from parishdesk.domain.protocol import Protocol, parse_protocol
from parishdesk.errors import ParishDeskError
from parishdesk.importers.protocol_readers import (
    ProtocolReadError,
    import_protocol_file,
    read_protocol_text,
)
from tests.fixtures.protocol_files import (
    OWN_PROTOCOLS,
    PDF_EXTRACT,
    SECTIONS_ONLY,
    WORD_CONTROL,
    add_multilevel_numbering,
    add_numbered_style,
    build_docx_autonumbered,
    build_docx_typed,
    build_pdf,
    write_fixture_set,
)


def _text(path: Path) -> str:
    return path.read_text(encoding="utf-8")


def _shape(p: Protocol) -> list[tuple[str | None, str, list[str | None]]]:
    return [(s.number, s.title, [c.number for c in s.clauses]) for s in p.sections]


@pytest.mark.parametrize("source", OWN_PROTOCOLS, ids=lambda p: p.name)
@pytest.mark.parametrize("builder", [build_docx_typed, build_docx_autonumbered, build_pdf],
                         ids=["docx-typed", "docx-autonumbered", "pdf"])
def test_files_give_the_same_outline_as_the_text(tmp_path: Path, source: Path,
                                                 builder) -> None:  # type: ignore[no-untyped-def]
    text = _text(source)
    suffix = ".pdf" if builder is build_pdf else ".docx"
    path = builder(text, tmp_path / f"protocol{suffix}")
    expected = parse_protocol(text)
    got = import_protocol_file(path)
    assert _shape(got) == _shape(expected)
    assert got.title == expected.title
    assert got.metadata == expected.metadata


def test_autonumbered_docx_has_no_typed_numbers_but_reads_them(tmp_path: Path) -> None:
    path = build_docx_autonumbered(_text(PDF_EXTRACT), tmp_path / "auto.docx")
    typed = "\n".join(p.text for p in docx.Document(str(path)).paragraphs)
    assert "2.3.1" not in typed and "Purpose" in typed
    text = read_protocol_text(path)
    assert "1. Purpose" in text
    assert "    2.3.1 Councillors carry three kinds of responsibility:" in text
    assert "5.3 A councillor who is unhappy" in text


def test_pdf_drops_headers_footers_and_page_numbers(tmp_path: Path) -> None:
    path = build_pdf(_text(SECTIONS_ONLY), tmp_path / "p.pdf", header="Running Header Text")
    text = read_protocol_text(path)
    assert text.count("\f") >= 2  # one form feed between pages
    assert "Page 2 of" in text and "Running Header Text" in text
    p = import_protocol_file(path)
    everything = " ".join(c.text for s in p.sections for c in s.clauses)
    assert "Running Header Text" not in everything
    assert "Page 2 of" not in everything and "Example Parish Council" not in everything


def test_docx_document_control_table(tmp_path: Path) -> None:
    path = build_docx_typed(_text(WORD_CONTROL), tmp_path / "t.docx")
    assert "Version Number\t3" in read_protocol_text(path).splitlines()


def test_docx_bullets_from_list_styles(tmp_path: Path) -> None:
    path = build_docx_typed(_text(WORD_CONTROL), tmp_path / "t.docx")
    clause = next(c for s in import_protocol_file(path).sections for c in s.clauses
                  if c.number == "2.2.1")
    assert [(b.kind, b.level) for b in clause.blocks] == [("para", 0)] + [("bullet", 1)] * 4


def test_the_fixture_script_writes_every_form_and_each_reads_back(tmp_path: Path) -> None:
    made = write_fixture_set(tmp_path / "set")
    assert {p.suffix for p in made} == {".txt", ".md", ".docx", ".pdf"}
    assert len(made) == 4 * len(OWN_PROTOCOLS)
    for path in made:
        assert import_protocol_file(path).sections, path.name


def _doc_with_numbering(**kwargs) -> docx.document.Document:  # type: ignore[no-untyped-def]
    document = docx.Document()
    add_multilevel_numbering(document, **kwargs)
    return document


def _numbered(document, text: str, num_id: int, ilvl: int) -> None:  # type: ignore[no-untyped-def]
    p = document.add_paragraph(text)
    p._p.get_or_add_pPr().append(parse_xml(
        f'<w:numPr {nsdecls("w")}><w:ilvl w:val="{ilvl}"/><w:numId w:val="{num_id}"/></w:numPr>'
    ))


def _lines(document, tmp_path: Path) -> list[str]:  # type: ignore[no-untyped-def]
    path = tmp_path / "n.docx"
    document.save(str(path))
    return [x for x in read_protocol_text(path).splitlines() if x.strip()]


def test_numbering_levels_formats_and_restarts(tmp_path: Path) -> None:
    document = _doc_with_numbering(
        levels=(("decimal", "%1"), ("decimal", "%1.%2"), ("lowerLetter", "(%3)"), ("lowerRoman", "(%4)")),
        extra_nums=((91, 7),),
    )
    _numbered(document, "Roles", 90, 0)
    _numbered(document, "First clause", 90, 1)
    _numbered(document, "Item one", 90, 2)
    _numbered(document, "Item two", 90, 2)
    _numbered(document, "Sub-item", 90, 3)
    _numbered(document, "Second clause", 90, 1)
    _numbered(document, "Item after reset", 90, 2)
    _numbered(document, "Enquiries", 90, 0)
    _numbered(document, "Clause under 2", 90, 1)
    _numbered(document, "Restarted at seven", 91, 0)
    _numbered(document, "Clause under 7", 91, 1)
    assert _lines(document, tmp_path) == [
        "1 Roles",
        "    1.1 First clause",
        "        (a) Item one",
        "        (b) Item two",
        "            (i) Sub-item",
        "    1.2 Second clause",
        "        (a) Item after reset",
        "2 Enquiries",
        "    2.1 Clause under 2",
        "7 Restarted at seven",
        "    7.1 Clause under 7",
    ]


def test_numbering_through_the_style_chain(tmp_path: Path) -> None:
    document = _doc_with_numbering()
    add_numbered_style(document, "Numbered Heading", 90, 0)
    from docx.enum.style import WD_STYLE_TYPE

    derived = document.styles.add_style("Council Heading", WD_STYLE_TYPE.PARAGRAPH)
    derived.base_style = document.styles["Numbered Heading"]
    document.add_paragraph("Roles", style="Numbered Heading")
    _numbered(document, "Officers serve the whole council.", 90, 1)
    document.add_paragraph("Enquiries", style="Council Heading")  # numbered via basedOn
    off = document.add_paragraph("Not numbered after all", style="Numbered Heading")
    off._p.get_or_add_pPr().append(parse_xml(
        f'<w:numPr {nsdecls("w")}><w:numId w:val="0"/></w:numPr>'
    ))
    assert _lines(document, tmp_path) == [
        "1. Roles",
        "    1.1 Officers serve the whole council.",
        "2. Enquiries",
        "Not numbered after all",
    ]
    p = import_protocol_file(tmp_path / "n.docx")
    assert [(s.number, s.title) for s in p.sections] == [("1", "Roles"), ("2", "Enquiries")]


def test_plain_text_in_windows_encoding(tmp_path: Path) -> None:
    path = tmp_path / "protocol.txt"
    path.write_bytes("Protocol\n1 Roles\n1.1 The Clerk\u2019s job \u2013 running the office.\n".encode("cp1252"))
    p = import_protocol_file(path)
    assert p.sections[0].clauses[0].text == "The Clerk\u2019s job \u2013 running the office."


def test_markdown_file(tmp_path: Path) -> None:
    path = tmp_path / "protocol.md"
    path.write_text("# Our Protocol\n\n## 1 Roles\n\n1.1 Officers serve the council.\n", encoding="utf-8")
    p = import_protocol_file(path)
    assert (p.title, p.sections[0].number, p.sections[0].clauses[0].number) == ("Our Protocol", "1", "1.1")


@pytest.mark.parametrize(
    ("name", "content", "words"),
    [
        ("old.doc", b"\xd0\xcf\x11\xe0", "older Word (.doc)"),
        ("sheet.xlsx", b"PK", "not a file ParishDesk can read"),
        ("broken.docx", b"this is not a zip file", "could not be read as a Word document"),
        ("broken.pdf", b"%PDF-1.4 nonsense", "could not be read as a PDF"),
        ("empty.txt", b"   \n", "No text was found"),
    ],
)
def test_unreadable_files_give_plain_messages(tmp_path: Path, name: str, content: bytes, words: str) -> None:
    path = tmp_path / name
    path.write_bytes(content)
    with pytest.raises(ProtocolReadError) as info:
        read_protocol_text(path)
    assert words in str(info.value)
    assert name in str(info.value)
    assert isinstance(info.value, ParishDeskError)


def test_missing_file(tmp_path: Path) -> None:
    with pytest.raises(ProtocolReadError, match="could not be found"):
        import_protocol_file(tmp_path / "nowhere.pdf")


def test_pdf_without_text_suggests_a_scan(tmp_path: Path) -> None:
    from reportlab.pdfgen.canvas import Canvas

    path = tmp_path / "scan.pdf"
    canvas = Canvas(str(path))
    canvas.rect(100, 100, 200, 200, fill=1)
    canvas.showPage()
    canvas.save()
    with pytest.raises(ProtocolReadError, match="scanned image"):
        read_protocol_text(path)
