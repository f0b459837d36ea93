"""The wording of letters that tell a councillor the outcome of a request for documents.

Pure functions: a decision, its reasons and the rules relied on go in; the
paragraphs the rules require come out (the decision, the reasons with the rules
cited, the purpose limitation of ACCESS-9, the dispute route of ACCESS-8 and the
Freedom of Information route of ACCESS-10). The clerk's letter template
(``resources/letters/access_*.txt``) wraps them: it gives the subject and the
opening and closing words, and marks with ``{decision_paragraphs}`` where these
paragraphs go. The letter engine (``parishdesk.domain.letters``) adds the
letterhead, the salutation ("Dear Councillor …") and the signature, so nothing
here repeats them; ``councillor_name`` is checked and kept for the record only.

Rules are cited through a ``cite`` callable, so that a council which has linked
its own protocol can have "paragraph 8.2 of the Council's Member/Officer
Protocol" printed instead of the rule's wording from the rulebook.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from parishdesk.domain.access import DECISIONS, DISCLOSURE_DECISIONS, Assessment, is_override
from parishdesk.domain.rules import rule

#: Decisions after which the councillor is told how to dispute and about FOI. "Not held"
#: is one: the councillor may doubt the search, and FOI is a separate duty to search.
DISPUTABLE_DECISIONS: frozenset[str] = frozenset(
    {"refused", "justification_requested", "disclosed_part", "not_held"}
)

#: Rules that go with the decision made rather than with the recommendation.
_DECISION_RULES = frozenset({"ACCESS-8", "ACCESS-9", "ACCESS-10"})
#: What the document holds: still true when the officer decides otherwise, and what
#: explains the parts removed from a part disclosure.
_CONTENT_RULES = ("ACCESS-3", "ACCESS-4")


def letter_rules(assessment: Assessment, decision: str) -> tuple[str, ...]:
    """The rules a decision letter cites.

    When the officer follows the recommendation, the rules behind it come first. When
    they decide otherwise (an override), or find the papers are not held, the
    recommendation's rules no longer explain the decision and are dropped: the letter
    rests on the need-to-know test (ACCESS-1), keeping only the content rules that
    explain a part disclosure. Then come the rules every decision of that kind carries:
    the purpose limitation on a disclosure (ACCESS-9), and the committee and Freedom of
    Information routes on anything the councillor may dispute (ACCESS-8, ACCESS-10).
    """
    if decision == "not_held":
        cited: list[str] = []
    elif is_override(assessment, decision):
        cited = ["ACCESS-1"]
        if decision == "disclosed_part":
            cited += [r for r in _CONTENT_RULES if r in assessment.rules]
    else:
        cited = [r for r in assessment.rules if r not in _DECISION_RULES]
    if decision in DISCLOSURE_DECISIONS:
        cited.append("ACCESS-9")
    if decision == "justification_requested" and "ACCESS-1" not in cited:
        cited.append("ACCESS-1")
    if decision in DISPUTABLE_DECISIONS:
        cited += ["ACCESS-8", "ACCESS-10"]
    return tuple(dict.fromkeys(cited))


def default_cite(rule_id: str) -> str:
    """Cite a rule by its own words from the rulebook (no protocol linked)."""
    return rule(rule_id).text


def _sentence(text: str) -> str:
    text = " ".join(text.split())
    if text and text[-1] not in ".!?":
        text += "."
    return text


def _to_body(referral_body: str) -> str:
    body = " ".join(referral_body.split()) or "the Council"
    return body if body.casefold().startswith("the ") else f"the {body}"


def _check(councillor_name: str, decision: str) -> None:
    if not councillor_name.strip():
        raise ValueError("Name the councillor the letter is for.")
    if decision not in DECISIONS:
        raise ValueError(f"Unknown decision {decision!r}; expected one of: {', '.join(DECISIONS)}")


def _stated_elsewhere_removed(rules: Sequence[str], decision: str) -> list[str]:
    """The rules to cite, less the Freedom of Information route when the letter's closing
    paragraphs already explain it, so the councillor reads it once."""
    if decision in DISPUTABLE_DECISIONS:
        return [r for r in rules if r != "ACCESS-10"]
    return list(rules)


def _rule_paragraphs(rules: Sequence[str], cite: Callable[[str], str]) -> list[str]:
    ids = list(dict.fromkeys(rules))
    if not ids:
        return []
    paragraphs = ["In reaching this decision I have applied the following."]
    for rule_id in ids:
        paragraphs.append(_sentence(f"{rule(rule_id).title}: {cite(rule_id)}"))
    return paragraphs


def _dispute_paragraphs(decision: str, referral_body: str, offer_written_reasons: bool) -> list[str]:
    body = _to_body(referral_body)
    if decision == "justification_requested":
        dispute = ("If you think you should not have to give a reason for this request, you may "
                   f"refer the matter to {body}, which will decide it.")
    elif decision == "not_held":
        dispute = ("If you believe the Council does hold this information, you may refer the "
                   f"matter to {body}, which will decide it.")
    elif decision == "disclosed_part":
        dispute = ("If you disagree with my decision to withhold the parts that have been "
                   f"removed, you may refer the matter to {body}, which will decide it.")
    else:
        dispute = ("If you disagree with this decision, you may refer it to "
                   f"{body}, which will decide the matter.")
    if offer_written_reasons:
        dispute += " If you would like my reasons set out formally in writing, please ask."
    foi = ("You also remain free to ask for this information under the Freedom of Information "
           "Act 2000, as anyone may. Such a request is dealt with separately from this one and "
           "must be answered within 20 working days of its receipt.")
    return [dispute, foi]


def decision_letter_paragraphs(
    *,
    councillor_name: str,
    decision: str,
    reasons: Sequence[str],
    rules: Sequence[str],
    purpose: str = "",
    conditions: Sequence[str] = (),
    redactions: str = "",
    referral_body: str = "the Council",
    cite: Callable[[str], str] = default_cite,
) -> tuple[str, ...]:
    """What a decision letter must say about the decision on a councillor's request.

    Raises ``ValueError`` when the letter could not be written properly: a
    disclosure without its purpose (ACCESS-9), a part disclosure without the
    redactions described, or a refusal without reasons.
    """
    _check(councillor_name, decision)
    reason_list = [_sentence(r) for r in reasons if r.strip()]
    if decision in DISCLOSURE_DECISIONS and not purpose.strip():
        raise ValueError("A disclosure must state the purpose the information is given for: "
                         "it may be used only for that purpose.")
    if decision == "disclosed_part" and not redactions.strip():
        raise ValueError("A part disclosure must describe what has been removed.")
    if decision == "refused" and not reason_list:
        raise ValueError("A refusal must give the councillor its reasons.")

    paragraphs: list[str] = []
    if decision == "disclosed_full":
        paragraphs.append("I am pleased to let you have the information you asked for in full.")
    elif decision == "disclosed_part":
        paragraphs.append("I am able to let you have the information you asked for in part. "
                          "Some of it has been removed before release: "
                          f"{_sentence(redactions)}")
    elif decision == "justification_requested":
        paragraphs.append("Before I can decide your request, I need you to tell me the specific "
                          "reason you need this information for your work as a councillor.")
    elif decision == "refused":
        paragraphs.append("I am sorry, but I am unable to let you have the information you "
                          "asked for.")
    else:  # not_held
        paragraphs.append("Having looked, I have found that the Council does not hold the "
                          "information you asked for, so I cannot provide it.")

    if reason_list:
        lead = ("I have reached this decision for the following reasons."
                if decision != "justification_requested" else "This is why I need to ask.")
        paragraphs.append(lead)
        paragraphs.extend(reason_list)
    paragraphs.extend(_rule_paragraphs(_stated_elsewhere_removed(rules, decision), cite))

    if decision in DISCLOSURE_DECISIONS:
        paragraphs.append(
            f"The information is given to you for this purpose: {_sentence(purpose)} It may be "
            "used only for that purpose, and should not be passed on or used for anything else."
        )
        condition_list = [_sentence(c) for c in conditions if c.strip()]
        if condition_list:
            paragraphs.append("It is also given on the following conditions.")
            paragraphs.extend(condition_list)
    if decision == "justification_requested":
        paragraphs.append("The time for deciding your request is paused until I receive your "
                          "reply; once I have it, I will decide promptly and let you know.")
    if decision == "not_held":
        paragraphs.append("If you can tell me more about what you are looking for, I will "
                          "gladly search again.")
    if decision in DISPUTABLE_DECISIONS:
        paragraphs.extend(_dispute_paragraphs(decision, referral_body,
                                              offer_written_reasons=True))
    return tuple(paragraphs)


_DECISION_SUMMARY = {
    "disclosed_full": "you should have the information in full",
    "disclosed_part": "you should have the information with some parts removed",
    "justification_requested": "you should first explain your specific need for the information",
    "refused": "the information should not be given to you",
    "not_held": "the Council does not hold the information",
}


def written_reasons_paragraphs(
    *,
    councillor_name: str,
    decision: str,
    reasons: Sequence[str],
    rules: Sequence[str],
    referral_body: str = "the Council",
    cite: Callable[[str], str] = default_cite,
) -> tuple[str, ...]:
    """What a letter of written reasons for a decision must say, on request."""
    _check(councillor_name, decision)
    reason_list = [_sentence(r) for r in reasons if r.strip()]
    if not reason_list:
        raise ValueError("Written reasons need at least one reason.")
    paragraphs = [
        f"My decision was that {_DECISION_SUMMARY[decision]}.",
        "My reasons are these.",
        *reason_list,
        *_rule_paragraphs(_stated_elsewhere_removed(rules, decision), cite),
    ]
    if decision in DISPUTABLE_DECISIONS:
        paragraphs.extend(_dispute_paragraphs(decision, referral_body,
                                              offer_written_reasons=False))
    return tuple(paragraphs)
