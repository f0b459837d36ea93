"""The import wizard's editing helpers and the Markdown writer that round-trips."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from parishdesk.domain.protocol import (
    Block,
    Protocol,
    ProtocolMetadata,
    Section,
    clause_from_blocks,
    edit_clause,
    merge_clauses,
    outline_warnings,
    parse_protocol,
    protocol_to_markdown,
    renumber,
    split_clause,
)
from tests.domain.protocol import own_protocol
from tests.fixtures.protocol_files import OWN_PROTOCOLS

# --- Editing helpers --------------------------------------------------------


def _small() -> Protocol:
    return parse_protocol("Protocol\n1 One\n1.1 First.\n1.2 Second.\n- a point\n1.2.1 Deep.\n3 Three\nLoose text.\n")


def test_renumber_keeps_depth_and_numbers_everything() -> None:
    p = renumber(_small())
    assert [(s.number, [c.number for c in s.clauses]) for s in p.sections] == [
        ("1", ["1.1", "1.2", "1.2.1"]),
        ("2", ["2.1"]),
    ]
    assert outline_warnings(p) == ()


def test_merge_split_and_edit() -> None:
    p = _small()
    merged = merge_clauses(p, 0, 0)
    assert [c.number for c in merged.sections[0].clauses] == ["1.1", "1.2.1"]
    assert merged.sections[0].clauses[0].text == "First.\nSecond.\n• a point"

    at = merged.sections[0].clauses[0].text.index("Second")
    split = split_clause(merged, 0, 0, at)
    assert split.sections[0].clauses[0] == clause_from_blocks("1.1", (Block("para", "First."),))
    assert split.sections[0].clauses[1].number is None
    assert split.sections[0].clauses[1].text == "Second.\n• a point"
    assert [c.number for c in renumber(split).sections[0].clauses] == ["1.1", "1.2", "1.2.1"]

    edited = edit_clause(p, 0, 1, "Changed.\n• first\n  (a) sub-item")
    clause = edited.sections[0].clauses[1]
    assert clause.number == "1.2"
    assert clause.blocks == (Block("para", "Changed."), Block("bullet", "first"),
                             Block("item", "sub-item", "(a)", 1))
    assert p.sections[0].clauses[1].text == "Second.\n• a point"  # the original is untouched


@pytest.mark.parametrize(
    "call",
    [
        lambda p: merge_clauses(p, 0, 2),
        lambda p: merge_clauses(p, 5, 0),
        lambda p: split_clause(p, 0, 0, 0),
        lambda p: split_clause(p, 0, 0, 99),
        lambda p: edit_clause(p, 0, 0, "   "),
        lambda p: edit_clause(p, 0, 9, "text"),
    ],
)
def test_editing_rejects_impossible_requests(call) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(ValueError):
        call(_small())


# --- Markdown round trip ---------------------------------------------------


@pytest.mark.parametrize("source", OWN_PROTOCOLS, ids=lambda p: p.name)
def test_markdown_round_trips(source: Path) -> None:
    p = own_protocol(source)
    markdown = protocol_to_markdown(p)
    assert parse_protocol(markdown) == p
    renumbered = renumber(p)
    assert parse_protocol(protocol_to_markdown(renumbered)) == renumbered


def test_markdown_shows_document_control_in_british_dates() -> None:
    p = Protocol("T", ProtocolMetadata("1.0", date(2024, 5, 9), None, None, "Full Council"),
                 (Section("1", "Roles", (clause_from_blocks("1.1", (Block("para", "Text."),)),)),))
    markdown = protocol_to_markdown(p)
    assert "Adopted on\t09/05/2024" in markdown and "Next review date\t—" in markdown
    assert parse_protocol(markdown) == p

