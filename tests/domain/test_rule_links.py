"""Suggesting which rule a protocol clause states, and citing a rule in a letter."""

from __future__ import annotations

import pytest

from parishdesk.domain.rule_links import MAX_SUGGESTIONS, cite, link_scores, suggest_links
from parishdesk.domain.rules import rule


@pytest.mark.parametrize(
    ("clause", "expected_first"),
    [
        ("A councillor must show a need to know before seeing the papers.", "ACCESS-1"),
        ("There will be no silent copies of correspondence.", "CORR-1"),
        ("Councillors must not jump the queue; the Clerk sets work priorities.", "ENQ-3"),
        ("Requests under the Freedom of Information Act are answered in 20 working days.", "ACCESS-10"),
        ("Councillors register their interests within 28 days of election.", "CONDUCT-3"),
        ("Councillors do not interfere in the day-to-day running of the council.", "ROLE-6"),
        ("A party group cannot require the Clerk to attend a group meeting.", "GROUP-1"),
    ],
)
def test_suggests_the_rule_the_clause_states(clause: str, expected_first: str) -> None:
    assert suggest_links(clause)[0] == expected_first


def test_ranking_puts_the_stronger_match_first() -> None:
    text = "Personal data about third parties needs the person's consent; any request goes to the Clerk."
    suggestions = suggest_links(text)
    assert suggestions[0] == "ACCESS-3"
    assert "ENQ-1" in suggestions
    scores = link_scores(text)
    assert scores["ACCESS-3"] > scores["ENQ-1"]


def test_keywords_match_word_starts_not_inside_other_words() -> None:
    # "press" must not be found in "pressure", nor "media" in "mediate".
    assert "PROTO-4" not in suggest_links("No councillor may put pressure on an officer.")
    assert "PROTO-4" not in suggest_links("The Monitoring Officer may mediate.")
    assert "PROTO-4" in suggest_links("A councillor speaking to the press says in what capacity.")
    # Stems in the rulebook still match longer words.
    assert "ROLE-2" in suggest_links("The council delegates this to the Clerk by resolution.")


def test_nothing_suggested_for_unrelated_text() -> None:
    assert suggest_links("The weather in the parish was fine.") == ()
    assert suggest_links("") == ()


def test_at_most_a_handful_of_suggestions() -> None:
    text = (
        "Requests, complaints, agenda items, letters, copies, media, training, review, grievance, "
        "disciplinary, need to know, party groups, appointments and interests."
    )
    assert len(suggest_links(text)) == MAX_SUGGESTIONS


def test_cite_uses_the_councils_paragraph_when_linked() -> None:
    assert cite("ACCESS-1", {"ACCESS-1": "5.2"}) == (
        "paragraph 5.2 of the Council's Member/Officer Protocol"
    )


def test_cite_falls_back_to_the_rules_own_words() -> None:
    expected = rule("ACCESS-1").text  # rests on the protocol alone: no ID, no law to name
    assert cite("ACCESS-1", None) == expected
    assert cite("ACCESS-1", {"CORR-1": "4.1"}) == expected


def test_cite_unknown_rule_is_an_error() -> None:
    with pytest.raises(KeyError):
        cite("NOPE-1", None)
