"""Wording of access-decision letters and written reasons (ACCESS-8, -9, -10)."""

from __future__ import annotations

import pytest

from parishdesk.domain.access import AccessRequest, Assessment, assess
from parishdesk.domain.access_letter import (
    decision_letter_paragraphs,
    default_cite,
    letter_rules,
    written_reasons_paragraphs,
)
from parishdesk.domain.rules import rule

PROTOCOL = {"ACCESS-1": "paragraph 8.1 of the Council's Member/Officer Protocol",
            "ACCESS-8": "paragraph 8.4 of the Council's Member/Officer Protocol"}


def protocol_cite(rule_id: str) -> str:
    return PROTOCOL.get(rule_id, rule(rule_id).text)


def text_of(paragraphs: tuple[str, ...]) -> str:
    return "\n".join(paragraphs)


def letter(decision: str, **overrides: object) -> tuple[str, ...]:
    args: dict[str, object] = dict(
        councillor_name="Councillor Jane Smith",
        decision=decision,
        reasons=("A reason for the decision",),
        rules=("ACCESS-1",),
        purpose="",
        conditions=(),
        redactions="",
        referral_body="Finance Committee",
    )
    args.update(overrides)
    return decision_letter_paragraphs(**args)  # type: ignore[arg-type]


def test_default_cite_uses_the_rulebook_words() -> None:
    assert default_cite("ACCESS-9") == rule("ACCESS-9").text


def test_full_disclosure_states_purpose_and_conditions_and_no_dispute() -> None:
    a = assess(AccessRequest(requester_committees=frozenset({"Finance"}),
                             document_committee="finance"))
    paragraphs = letter("disclosed_full", reasons=a.reasons, rules=a.rules,
                        purpose="to prepare for the budget meeting on 12/03/2025",
                        conditions=["Keep the copy secure", "Return it after the meeting."])
    body = text_of(paragraphs)
    assert "in full" in paragraphs[0]  # the template gives the opening words
    assert "to prepare for the budget meeting on 12/03/2025. It may be used only for that purpose" in body
    assert "Keep the copy secure." in paragraphs
    assert "Return it after the meeting." in paragraphs
    assert a.reasons[0] in paragraphs
    # every rule cited in the rulebook's own words by default
    for rule_id in a.rules:
        assert f"{rule(rule_id).title}: {rule(rule_id).text}" in paragraphs
    assert "Freedom of Information" not in body
    assert "refer" not in body
    assert "Dear" not in body  # the salutation belongs to the letter engine


def test_part_disclosure_describes_redactions_and_dispute_route() -> None:
    body = text_of(letter("disclosed_part", purpose="ward casework",
                          redactions="names and addresses of residents"))
    assert "in part" in body
    assert "names and addresses of residents." in body
    assert "used only for that purpose" in body
    assert "withhold the parts that have been removed" in body
    assert "the Finance Committee" in body
    assert "Freedom of Information Act 2000" in body and "20 working days" in body


def test_refusal_gives_reasons_referral_and_foi() -> None:
    a = assess(AccessRequest(reason="I am curious"))
    paragraphs = letter("refused", reasons=a.reasons, rules=a.rules, referral_body="the Council")
    body = text_of(paragraphs)
    assert "unable to let you have" in paragraphs[0]
    assert "for the following reasons" in body
    assert a.reasons[0] in paragraphs
    assert "refer it to the Council" in body
    assert "written" in body and "please ask" in body
    assert "Freedom of Information Act 2000" in body
    assert "20 working days" in body
    assert "used only for that purpose" not in body
    for rule_id in ("ACCESS-1", "ACCESS-8"):
        assert rule(rule_id).title in body
    # The Freedom of Information route is told once, in the closing paragraph.
    assert rule("ACCESS-10").title not in body


def test_justification_request_pauses_clock_and_gives_routes() -> None:
    a = assess(AccessRequest())
    body = text_of(letter("justification_requested", reasons=a.reasons, rules=a.rules))
    assert "specific reason you need this information" in body
    assert "paused until I receive your reply" in body
    assert "should not have to give a reason" in body
    assert "the Finance Committee" in body
    assert "Freedom of Information Act 2000" in body and "20 working days" in body


def test_not_held_letter_says_how_to_dispute_and_the_foi_route() -> None:
    body = text_of(letter("not_held", reasons=(), rules=letter_rules(
        Assessment("disclose", True, ("ACCESS-6", "ACCESS-9"), ("On the agenda.",)),
        "not_held")))
    assert "does not hold" in body
    assert "search again" in body
    assert "If you believe the Council does hold this information" in body  # ACCESS-8
    assert "refer the matter to the Finance Committee" in body
    assert "Freedom of Information Act 2000" in body  # ACCESS-10
    assert f"{rule('ACCESS-8').title}:" in body
    assert body.count("Freedom of Information") == 1
    assert rule("ACCESS-6").title not in body
    written = text_of(written_reasons_paragraphs(
        councillor_name="Councillor Jane Smith", decision="not_held",
        reasons=("The file was destroyed in 2019 under the retention schedule.",),
        rules=("ACCESS-8", "ACCESS-10"), referral_body="Finance Committee"))
    assert "refer the matter" in written and "Freedom of Information" in written


def test_cite_callable_is_used_for_every_rule() -> None:
    seen: list[str] = []

    def cite(rule_id: str) -> str:
        seen.append(rule_id)
        return protocol_cite(rule_id)

    paragraphs = letter("refused", rules=("ACCESS-1", "ACCESS-8", "ACCESS-1", "ACCESS-10"),
                        cite=cite)
    # Duplicates are cited once; the FOI route is told in the closing paragraph instead.
    assert seen == ["ACCESS-1", "ACCESS-8"]
    assert "Need to know: paragraph 8.1 of the Council's Member/Officer Protocol." in paragraphs
    assert not any(p.startswith(rule('ACCESS-10').title) for p in paragraphs)


def test_opening_and_closing_words_are_left_to_the_template() -> None:
    for decision in ("disclosed_full", "refused", "not_held"):
        paragraphs = letter(decision, purpose="casework")
        assert not paragraphs[0].startswith("Thank you")
        assert "help further" not in paragraphs[-1]


@pytest.mark.parametrize("decision, overrides, message", [
    ("disclosed_full", {}, "must state the purpose"),
    ("disclosed_part", {"purpose": "casework"}, "removed"),
    ("refused", {"reasons": ("  ",)}, "must give the councillor its reasons"),
    ("maybe", {}, "Unknown decision"),
    ("refused", {"councillor_name": " "}, "Name the councillor"),
])
def test_letter_refuses_to_be_written_incomplete(decision: str, overrides: dict[str, object],
                                                 message: str) -> None:
    with pytest.raises(ValueError, match=message):
        letter(decision, **overrides)


def test_referral_body_gets_an_article_once() -> None:
    assert "to the Planning Committee" in text_of(letter("refused", referral_body="Planning Committee"))
    assert "to the Council" in text_of(letter("refused", referral_body="the Council"))
    assert "to the Council" in text_of(letter("refused", referral_body="  "))


def test_written_reasons_letter() -> None:
    a = assess(AccessRequest(contents=frozenset({"employee"}), reason="general interest"))
    paragraphs = written_reasons_paragraphs(
        councillor_name="Councillor Smith", decision="refused", reasons=a.reasons,
        rules=a.rules, referral_body="Staffing Committee", cite=protocol_cite,
    )
    body = text_of(paragraphs)
    assert paragraphs[0] == "My decision was that the information should not be given to you."
    assert all(r in paragraphs for r in a.reasons)
    assert "Reasons and the right to refer: paragraph 8.4 of the Council's Member/Officer Protocol." in paragraphs
    assert "the Staffing Committee" in body
    assert "20 working days" in body
    assert "please ask" not in body  # they already asked


def test_written_reasons_need_reasons() -> None:
    with pytest.raises(ValueError, match="need at least one reason"):
        written_reasons_paragraphs(councillor_name="Cllr Smith", decision="refused",
                                   reasons=(), rules=())


def test_written_reasons_for_a_full_disclosure_have_no_dispute_route() -> None:
    body = text_of(written_reasons_paragraphs(
        councillor_name="Cllr Smith", decision="disclosed_full",
        reasons=("Committee member",), rules=("ACCESS-2",)))
    assert "in full" in body
    assert "Committee member." in body
    assert "refer" not in body


# Which rules the letter cites: the recommendation's when it is followed, the decision's
# own when the officer decides otherwise.
COMMITTEE_MEMBER = Assessment("disclose", True, ("ACCESS-2", "ACCESS-9"), ("On the committee.",))
EXEMPT_REFUSAL = Assessment("refuse", False, ("ACCESS-4", "ACCESS-3", "ACCESS-8", "ACCESS-10"),
                            ("No specific need.",))


def test_a_followed_recommendation_cites_its_rules() -> None:
    assert letter_rules(COMMITTEE_MEMBER, "disclosed_full") == ("ACCESS-2", "ACCESS-9")
    assert letter_rules(EXEMPT_REFUSAL, "refused") == (
        "ACCESS-4", "ACCESS-3", "ACCESS-8", "ACCESS-10")


@pytest.mark.parametrize(("assessment", "decision", "expected"), [
    (COMMITTEE_MEMBER, "refused", ("ACCESS-1", "ACCESS-8", "ACCESS-10")),
    (COMMITTEE_MEMBER, "justification_requested", ("ACCESS-1", "ACCESS-8", "ACCESS-10")),
    (EXEMPT_REFUSAL, "disclosed_full", ("ACCESS-1", "ACCESS-9")),
    # A part disclosure keeps the content rules that explain what was removed.
    (EXEMPT_REFUSAL, "disclosed_part",
     ("ACCESS-1", "ACCESS-3", "ACCESS-4", "ACCESS-9", "ACCESS-8", "ACCESS-10")),
])
def test_an_override_drops_the_recommendations_rules(assessment: Assessment, decision: str,
                                                     expected: tuple[str, ...]) -> None:
    assert letter_rules(assessment, decision) == expected


def test_not_held_does_not_cite_the_recommendations_rules() -> None:
    assert "ACCESS-2" not in letter_rules(COMMITTEE_MEMBER, "not_held")


def test_the_freedom_of_information_route_is_stated_once() -> None:
    for decision in ("refused", "justification_requested", "disclosed_part", "not_held"):
        paragraphs = decision_letter_paragraphs(
            councillor_name="Cllr Jane Smith", decision=decision,
            reasons=("The papers are about a named employee.",),
            rules=("ACCESS-4", "ACCESS-8", "ACCESS-10"),
            purpose="To prepare for the staffing committee.",
            redactions="The employee's name has been removed.",
        )
        text = " ".join(paragraphs)
        assert text.count("Freedom of Information") == 1, decision
