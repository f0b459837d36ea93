"""The model Member/Officer Protocol shipped for councils that have none of their own."""

from __future__ import annotations

import re

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


def test_every_protocol_rule_is_suggested_by_the_paragraph_it_cites(model: Protocol) -> None:
    """A rule whose source is a model-protocol paragraph is found there by the link suggester.

    Rules that rest on the law alone (the meeting rules, the tribunal time limit …) cite the
    Act instead and need no paragraph of the protocol.
    """
    clauses = {c.number: c.text for s in model.sections for c in s.clauses}
    cited = 0
    for r in RULES:
        match = re.search(r"Model Member/Officer Protocol, paragraph (\d+\.\d+)", r.source)
        if match is None:
            continue
        cited += 1
        assert r.id in suggest_links(clauses[match.group(1)]), (r.id, match.group(1))
    assert cited >= 35


def test_every_rule_cites_a_paragraph_or_the_law() -> None:
    for r in RULES:
        assert r.source.strip(), r.id
        assert "seed" not in r.source.lower(), r.id


def test_model_round_trips_through_markdown(model: Protocol) -> None:
    assert parse_protocol(protocol_to_markdown(model)) == model

# That the model is in our own words, not the councils', is checked by the corpus run
# (tests/corpus/test_corpus.py), which has their protocols to compare with.
