"""The model Member/Officer Protocol shipped for councils that have none of their own."""

from __future__ import annotations

import pytest

from parishdesk.domain.protocol import (
    Protocol,
    ProtocolMetadata,
    outline_warnings,
    parse_protocol,
    protocol_to_markdown,
)
from parishdesk.domain.rule_links import suggest_links
from parishdesk.domain.rules import RULES
from parishdesk.resources import resource_path


@pytest.fixture
def model_text() -> str:
    return resource_path("protocol", "model_protocol.md").read_text(encoding="utf-8")


@pytest.fixture
def model(model_text: str) -> Protocol:
    return parse_protocol(model_text)


def test_model_has_title_and_blank_document_control(model: Protocol) -> None:
    assert model.title == "Member/Officer Protocol"
    # Version 1.0; the dates and adopting body are for the council to fill in.
    assert model.metadata == ProtocolMetadata(version="1.0")


def test_model_is_numbered_cleanly(model: Protocol) -> None:
    assert 8 <= len(model.sections) <= 10
    assert [s.number for s in model.sections] == [str(n) for n in range(1, len(model.sections) + 1)]
    assert all(c.number for s in model.sections for c in s.clauses)
    assert outline_warnings(model) == ()


def test_every_rule_is_suggested_by_some_clause(model: Protocol) -> None:
    covered: set[str] = set()
    for section in model.sections:
        for clause in section.clauses:
            covered.update(suggest_links(clause.text))
    missing = [r.id for r in RULES if r.id not in covered]
    assert missing == []


def test_model_round_trips_through_markdown(model: Protocol) -> None:
    assert parse_protocol(protocol_to_markdown(model)) == model

# That the model is in our own words, not the councils', is checked by the corpus run
# (tests/corpus/test_corpus.py), which has their protocols to compare with.
