"""The protocol parser against our own test protocols and the untidy forms councils' files take."""

from __future__ import annotations

import json
from datetime import date

import pytest

from parishdesk.domain.protocol import (
    Block,
    Clause,
    Protocol,
    ProtocolMetadata,
    Section,
    outline_warnings,
    parse_date,
    parse_protocol,
    protocol_to_outline,
)
from tests.domain.protocol import own_protocol
from tests.fixtures.protocol_files import PDF_EXTRACT, SECTIONS_ONLY, WORD_CONTROL


def _numbers(section: Section) -> list[str | None]:
    return [c.number for c in section.clauses]


def _clause(p: Protocol, number: str) -> Clause:
    return next(c for s in p.sections for c in s.clauses if c.number == number)


# --- Text copied out of a PDF ------------------------------------------------


def test_pdf_extract_sections_and_clauses() -> None:
    p = own_protocol(PDF_EXTRACT)
    assert p.title == "Protocol on Councillors and Staff Working Together"
    assert p.metadata == ProtocolMetadata()
    assert [(s.number, s.title) for s in p.sections] == [
        ("1", "Purpose"),
        ("2", "Who Does What"),
        ("3", "Expectations"),
        ("4", "Party Groups"),
        ("5", "When Things Go Wrong \u2013 Steps for Staff"),
    ]
    assert _numbers(p.sections[1]) == ["2.1", "2.2", "2.3", "2.3.1", "2.3.2", "2.3.3", "2.4", "2.5"]
    assert _numbers(p.sections[3]) == ["4.1", "4.2", "4.3"]
    assert _numbers(p.sections[4]) == ["5.1", "5.2", "5.3"]
    assert outline_warnings(p) == ()


def test_pdf_extract_joins_wrapped_lines_and_drops_artefacts() -> None:
    p = own_protocol(PDF_EXTRACT)
    assert _clause(p, "1.1").text == (
        "This protocol helps councillors and the Clerk through the awkward moments that any "
        "small office meets from time to time."
    )
    # A sentence broken across blank lines is one paragraph again.
    assert "The matter is put to the Clerk, or where it concerns the Clerk" in _clause(p, "5.3").text
    assert len(_clause(p, "5.3").blocks) == 1
    # The stray ";" left by the PDF is not kept as content.
    assert _clause(p, "2.3.1").text == "Councillors carry three kinds of responsibility:"
    # A numbered sub-heading keeps the paragraph under it.
    chairs = _clause(p, "2.4")
    assert chairs.blocks[0].text == "Committee Chairs"
    assert chairs.blocks[1].text.startswith("A committee chair agrees agendas with the Clerk")


# --- Saved from Word, with document control ----------------------------------


def test_word_document_control() -> None:
    meta = own_protocol(WORD_CONTROL).metadata
    assert meta.version == "3"
    assert meta.adopted == date(2022, 9, 14)
    assert meta.last_reviewed == date(2024, 3, 1)
    assert meta.next_review == date(2025, 3, 1)
    assert meta.adopted_by is None


def test_word_structure() -> None:
    p = own_protocol(WORD_CONTROL)
    assert p.title == "COUNCILLOR AND STAFF PROTOCOL"
    assert [(s.number, s.title) for s in p.sections] == [
        ("1", "Background"),
        ("2", "Roles of Councillors and Staff"),
        ("3", "Expectations"),
        ("4", "If things go wrong"),
    ]
    assert _numbers(p.sections[0]) == ["1.1", "1.2", "1.3"]
    assert _numbers(p.sections[1]) == ["2.1", "2.2", "2.2.1", "2.2.2", "2.2.3", "2.3", "2.4"]
    assert _numbers(p.sections[2]) == ["3.1", "3.2", "3.3"]
    # Unnumbered sub-headings stay in their section as unnumbered clauses.
    assert _numbers(p.sections[3]) == [None, "4.1", "4.2", "4.3", None, "4.4"]
    assert p.sections[3].clauses[0].text == "Procedure for Staff:"
    assert p.sections[3].clauses[4].text == "Procedure for Councillors:"
    # The introduction and its list come before section 1.
    assert [b.kind for b in p.preamble].count("bullet") == 4
    assert outline_warnings(p) == ()


def test_word_bullets_inside_clauses() -> None:
    p = own_protocol(WORD_CONTROL)
    roles = _clause(p, "2.2.1")
    assert [b.kind for b in roles.blocks] == ["para", "bullet", "bullet", "bullet", "bullet"]
    assert roles.blocks[1] == Block("bullet", "Setting the council's policies and giving the parish a lead",
                                    None, 1)
    assert roles.text.splitlines()[1] == "  \u2022 Setting the council's policies and giving the parish a lead"
    expect = _clause(p, "3.1")
    assert len([b for b in expect.blocks if b.kind == "bullet"]) == 6
    # A paragraph Word broke across a blank line is joined again.
    assert "no councillor may press the officer" in _clause(p, "2.4").text


# --- Markdown from Word: numbered sections without numbered clauses -----------


def test_sections_only_metadata_last_review_wins() -> None:
    assert own_protocol(SECTIONS_ONLY).metadata == ProtocolMetadata(
        version=None,
        adopted=date(2021, 4, 1),
        last_reviewed=date(2025, 5, 1),
        next_review=date(2026, 5, 1),
        adopted_by="Governance & Staffing Committee",
    )


def test_sections_only_long_sections_split_into_unnumbered_clauses() -> None:
    p = own_protocol(SECTIONS_ONLY)
    assert p.title == "Councillor and Officer Working Protocol"
    assert [s.number for s in p.sections] == [str(n) for n in range(1, 13)]
    titles = {s.number: s.title for s in p.sections}
    assert titles["1"] == "WHY THIS PROTOCOL EXISTS"
    assert titles["8"] == "COUNCILLORS' ACCESS TO INFORMATION"
    assert titles["11"] == "WHEN THINGS GO WRONG"
    # The council numbered only its sections: every clause is unnumbered as written.
    assert all(c.number is None for s in p.sections for c in s.clauses)
    # Each paragraph or top-level bullet is a clause; a list introduced by a colon stays with it.
    roles = p.sections[2]
    assert len(roles.clauses) == 3
    assert roles.clauses[1].text.startswith("Councillors have three main duties:\n\u2022 ")
    assert len(p.sections[0].clauses) == 6
    # Lettered sub-items stay inside their clause, labels as written.
    confidential = p.sections[7].clauses[2]
    assert [b.label for b in confidential.blocks if b.kind == "item"] == ["a)", "b)", "c)"]
    assert "\na) information about individual members of staff;" in confidential.text
    # A paragraph broken across a blank line in Word is joined again.
    assert any("bearing in mind the other work of the office" in c.text and "for and whether" in c.text
               for c in p.sections[4].clauses)
    # Markdown links keep their words only.
    assert any("The national guidance on councillor conduct describes the relationship" in c.text
               for c in p.sections[0].clauses)
    assert not any("](#)" in c.text for s in p.sections for c in s.clauses)


def test_sections_only_warns_about_long_clauses() -> None:
    warnings = outline_warnings(own_protocol(SECTIONS_ONLY))
    assert warnings, "the test protocol has a clause of well over 1500 characters"
    assert {w.kind for w in warnings} == {"long"}
    first = warnings[0]
    assert (first.section_index, first.clause_index) == (3, 2)
    assert "section 4" in first.message


# --- Forms of headings, clauses and page furniture ---------------------------


def test_heading_and_clause_forms() -> None:
    text = (
        "Protocol\n\n1 INTRODUCTION\n\n1.1  Double-spaced number.\n\n"
        "2. Background\n- 2.1 Bulleted clause number.\n2.1.1 Deeper clause.\n\n"
        "3  Respect and Courtesy\n3.1. Trailing dot on the number.\n"
    )
    p = parse_protocol(text)
    assert [(s.number, s.title) for s in p.sections] == [
        ("1", "INTRODUCTION"), ("2", "Background"), ("3", "Respect and Courtesy"),
    ]
    assert [[c.number for c in s.clauses] for s in p.sections] == [["1.1"], ["2.1", "2.1.1"], ["3.1"]]
    assert p.sections[0].clauses[0].text == "Double-spaced number."


def test_page_headers_footers_and_numbers_are_dropped() -> None:
    page = "Anytown Parish Council\nMember/Officer Protocol\n{body}\nPage {n} of 3\n"
    bodies = [
        "Protocol on Working Together\n1 Roles\n1.1 Officers serve the whole council and",
        "not any one councillor.\n1.2 The Clerk runs the office.\n2 Enquiries",
        "2.1 Requests go to the Clerk first.\n7",
    ]
    text = "\f".join(page.format(body=b, n=i + 1) for i, b in enumerate(bodies))
    p = parse_protocol(text)
    assert p.title == "Protocol on Working Together"
    assert [(s.number, s.title) for s in p.sections] == [("1", "Roles"), ("2", "Enquiries")]
    assert p.sections[0].clauses[0].text == "Officers serve the whole council and not any one councillor."
    assert p.sections[1].clauses[0].text == "Requests go to the Clerk first."
    everything = json.dumps(protocol_to_outline(p))
    assert "Page" not in everything and "Anytown" not in everything


def test_heading_broken_across_lines_is_joined() -> None:
    p = parse_protocol("1. ACCESS TO INFORMATION AND\n\nCOUNCIL DOCUMENTS\n\n1.1 Text here.\n")
    assert p.sections[0].title == "ACCESS TO INFORMATION AND COUNCIL DOCUMENTS"


def test_tolerates_artefacts() -> None:
    p = parse_protocol("1 Roles\n1.1 See the [Code of Conduct](#).\n- \n;\n- **Bold** point\n")
    clause = p.sections[0].clauses[0]
    assert clause.blocks == (Block("para", "See the Code of Conduct."), Block("bullet", "Bold point"))


def test_unnumbered_headings_make_sections_when_nothing_is_numbered() -> None:
    p = parse_protocol("# Our Protocol\n\n## Roles\n\nOfficers serve the council.\n\n## Media\n\nSpeak to the Clerk.\n")
    assert p.title == "Our Protocol"
    assert [(s.number, s.title) for s in p.sections] == [(None, "Roles"), (None, "Media")]
    assert p.sections[1].clauses[0].text == "Speak to the Clerk."


# --- Document control ------------------------------------------------------


@pytest.mark.parametrize(
    ("line", "field", "value"),
    [
        ("Version Number\t2", "version", "2"),
        ("Version: 1.3", "version", "1.3"),
        ("Adopted on\t21-06-23", "adopted", date(2023, 6, 21)),
        ("Date of adoption\tFebruary 2022", "adopted", date(2022, 2, 1)),
        ("Last Reviewed\tJune 2023", "last_reviewed", date(2023, 6, 1)),
        ("Reviewed\tFebruary 2023, June 2023, June 2024", "last_reviewed", date(2024, 6, 1)),
        ("Review Date\tJune 2024", "next_review", date(2024, 6, 1)),
        ("Next Review Date\t3rd March 2026", "next_review", date(2026, 3, 3)),
        ("Reviewed By\tPolicy & Resources Committee", "adopted_by", "Policy & Resources Committee"),
        ("Adopted on\t—", "adopted", None),
        ("Version\tTBC", "version", None),
    ],
)
def test_document_control_forms(line: str, field: str, value: object) -> None:
    p = parse_protocol(f"Member/Officer Protocol\n\n{line}\n\n1 Roles\n1.1 Text.\n")
    assert getattr(p.metadata, field) == value
    assert "\t" not in json.dumps(protocol_to_outline(p)["sections"])


def test_document_control_as_horizontal_table() -> None:
    p = parse_protocol("Protocol\nVersion\tAdopted\tNext review\n3\t01/04/2024\tApril 2025\n1 Roles\n")
    assert p.metadata == ProtocolMetadata("3", date(2024, 4, 1), None, date(2025, 4, 1), None)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("21-06-23", date(2023, 6, 21)),
        ("21/06/2023", date(2023, 6, 21)),
        ("2023-06-21", date(2023, 6, 21)),
        ("June 2023", date(2023, 6, 1)),
        ("Sept 2024", date(2024, 9, 1)),
        ("1 June 2023", date(2023, 6, 1)),
        ("February 2023, June 2023, June 2025", date(2025, 6, 1)),
        ("31-02-23", None),
        ("soon", None),
    ],
)
def test_parse_date(text: str, expected: date | None) -> None:
    assert parse_date(text) == expected


# --- Outline, warnings ----------------------------------------------------


def test_outline_shape() -> None:
    p = parse_protocol(
        "Protocol\nVersion\t2\nAdopted on\t21-06-23\n\n1 INTRODUCTION\n1.1 First.\n- a point\n"
    )
    assert protocol_to_outline(p) == {
        "title": "Protocol",
        "metadata": {"version": "2", "adopted": "2023-06-21", "last_reviewed": None, "next_review": None},
        "sections": [
            {"number": "1", "title": "INTRODUCTION",
             "clauses": [{"number": "1.1", "text": "First.\n• a point"}]},
        ],
    }
    json.dumps(protocol_to_outline(p))


def test_warnings_for_gaps_duplicates_and_misplaced_clauses() -> None:
    p = parse_protocol(
        "Protocol\n1 One\n1.1 a.\n1.3 b.\n2 Two\n2.1 c.\n2.1 d.\n3.1 e.\n5 Five\n5.2 f.\n"
    )
    found = [(w.kind, w.section_index, w.clause_index) for w in outline_warnings(p)]
    assert ("gap", 0, 1) in found  # 1.1 -> 1.3
    assert ("duplicate", 1, 1) in found  # 2.1 twice
    assert ("misplaced", 1, 2) in found  # 3.1 under section 2
    assert ("gap", 2, None) in found  # section 2 -> 5
    assert ("gap", 2, 0) in found  # section 5 starts at 5.2
    messages = " ".join(w.message for w in outline_warnings(p))
    assert "1.1 to 1.3" in messages and "Clause 2.1 appears more than once" in messages


def test_long_clause_warning() -> None:
    long_text = "Councillors and officers work together. " * 40
    p = parse_protocol(f"Protocol\n1 One\n1.1 {long_text}\n1.2 Short.\n")
    (warning,) = outline_warnings(p)
    assert (warning.kind, warning.section_index, warning.clause_index) == ("long", 0, 0)
    assert "Clause 1.1" in warning.message


