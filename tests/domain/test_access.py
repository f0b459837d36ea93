"""The need-to-know assessment (DOMAIN.md ACCESS-1 to ACCESS-10) and decision checks."""

from __future__ import annotations

import itertools

import pytest

from parishdesk.domain.access import (
    COMMITTEE_OUTCOME_LABELS,
    COMMITTEE_OUTCOMES,
    CONTENT_CATEGORIES,
    DECISION_LABELS,
    DECISIONS,
    EXEMPT_CATEGORIES,
    OUTCOME_LABELS,
    OUTCOMES,
    STATUS_LABELS,
    STATUSES,
    AccessRequest,
    Assessment,
    allowed_transitions,
    assess,
    clock_stopped,
    is_override,
    referral_body,
    transition,
    validate_decision,
)
from parishdesk.domain.rules import rule

PLANNING = frozenset({"Planning"})


def test_constants_are_complete_and_labelled() -> None:
    assert list(CONTENT_CATEGORIES) == [
        "personal_data", "employee", "occupier", "grant_applicant", "negotiation",
        "legal_advice", "crime", "monitoring_officer", "group_internal",
    ]
    assert set(EXEMPT_CATEGORIES) < set(CONTENT_CATEGORIES)
    assert "personal_data" not in EXEMPT_CATEGORIES
    assert OUTCOMES == ("disclose", "justify", "refuse")
    assert set(OUTCOME_LABELS) == set(OUTCOMES)
    assert DECISIONS == ("disclosed_full", "disclosed_part", "justification_requested",
                         "refused", "not_held")
    assert set(DECISION_LABELS) == set(DECISIONS)
    assert set(STATUS_LABELS) == set(STATUSES)
    assert COMMITTEE_OUTCOMES == ("upheld", "varied", "overturned")
    assert set(COMMITTEE_OUTCOME_LABELS) == set(COMMITTEE_OUTCOMES)
    assert all(label.strip() for label in CONTENT_CATEGORIES.values())


# --- Each rule -------------------------------------------------------------


def test_rule1_other_groups_internal_paper_is_refused() -> None:
    a = assess(AccessRequest(requester_group="Independents", document_group="Greens",
                             contents=frozenset({"group_internal"}), reason="I want to see",
                             reason_specific=True))
    assert a.outcome == "refuse"
    assert a.rules == ("ACCESS-5", "ACCESS-8", "ACCESS-10")
    assert not a.presumed
    assert "group" in a.reasons[0]


@pytest.mark.parametrize("requester_group, document_group", [
    (None, "Greens"), ("Greens", None), (None, None), ("", ""), ("  ", "Greens"),
])
def test_rule1_unknown_or_missing_group_is_refused(requester_group: str | None,
                                                   document_group: str | None) -> None:
    a = assess(AccessRequest(requester_group=requester_group, document_group=document_group,
                             contents=frozenset({"group_internal"})))
    assert a.outcome == "refuse"
    assert a.rules[0] == "ACCESS-5"


def test_rule2_monitoring_officer_is_refused_even_with_specific_reason() -> None:
    a = assess(AccessRequest(contents=frozenset({"monitoring_officer"}), meeting_business=True,
                             requester_committees=PLANNING, document_committee="Planning",
                             reason="Needed for my complaint", reason_specific=True))
    assert a.outcome == "refuse"
    assert a.rules == ("ACCESS-7", "ACCESS-8", "ACCESS-10")
    assert "Monitoring Officer" in a.reasons[0]


@pytest.mark.parametrize("category", EXEMPT_CATEGORIES)
def test_rule3_exempt_category_with_specific_reason_is_disclosed(category: str) -> None:
    a = assess(AccessRequest(contents=frozenset({category}), reason="Audit of the contract",
                             reason_specific=True))
    assert a.outcome == "disclose"
    assert a.rules == ("ACCESS-4", "ACCESS-9")
    assert not a.presumed
    label = CONTENT_CATEGORIES[category]
    assert label[0].lower() + label[1:] in a.reasons[0]


@pytest.mark.parametrize("reason", ["", "   ", "\n\t"])
def test_rule3_exempt_without_reason_asks_for_justification(reason: str) -> None:
    a = assess(AccessRequest(contents=frozenset({"employee"}), reason=reason))
    assert a.outcome == "justify"
    assert a.rules == ("ACCESS-4", "ACCESS-1")
    assert not a.presumed


def test_rule3_exempt_with_vague_reason_is_refused() -> None:
    a = assess(AccessRequest(contents=frozenset({"legal_advice"}), reason="Just interested"))
    assert a.outcome == "refuse"
    assert a.rules == ("ACCESS-4", "ACCESS-8", "ACCESS-10")


def test_rule3_personal_data_cites_access3_and_consent() -> None:
    a = assess(AccessRequest(contents=frozenset({"personal_data"}), reason="Casework for a "
                             "resident who complained", reason_specific=True))
    assert a.outcome == "disclose"
    assert a.rules == ("ACCESS-3", "ACCESS-9")
    assert any("consent" in r for r in a.reasons)


def test_rule3_exempt_and_personal_data_cite_both_in_order() -> None:
    a = assess(AccessRequest(contents=frozenset({"personal_data", "crime", "employee"})))
    assert a.outcome == "justify"
    assert a.rules == ("ACCESS-4", "ACCESS-3", "ACCESS-1")
    assert ("personal information about other people, information about a particular "
            "employee and information about the investigation of crime") in a.reasons[0]


def test_rule4_meeting_business_is_presumed() -> None:
    a = assess(AccessRequest(meeting_business=True))
    assert a == Assessment("disclose", True, ("ACCESS-6", "ACCESS-9"), a.reasons)
    assert "meeting" in a.reasons[0]


def test_rule5_committee_member_is_presumed() -> None:
    a = assess(AccessRequest(requester_committees=frozenset({"Planning", "Finance"}),
                             document_committee="Finance"))
    assert a.outcome == "disclose"
    assert a.presumed
    assert a.rules == ("ACCESS-2", "ACCESS-9")
    assert "Finance" in a.reasons[0]


@pytest.mark.parametrize("member_of, document", [
    ("planning", "Planning"),
    ("  PLANNING ", "planning"),
    ("Planning", "  pLaNnInG\t"),
    ("Open Spaces", "open  spaces"),
])
def test_committee_names_ignore_case_and_spaces(member_of: str, document: str) -> None:
    a = assess(AccessRequest(requester_committees=frozenset({member_of}),
                             document_committee=document))
    assert a.outcome == "disclose" and a.presumed and a.rules[0] == "ACCESS-2"


def test_blank_document_committee_does_not_match_blank_membership() -> None:
    a = assess(AccessRequest(requester_committees=frozenset({" "}), document_committee=""))
    assert a.outcome == "justify"


def test_non_member_falls_to_need_to_know() -> None:
    a = assess(AccessRequest(requester_committees=PLANNING, document_committee="Finance"))
    assert a.outcome == "justify"
    assert a.rules == ("ACCESS-1",)


def test_rule6_specific_reason_discloses() -> None:
    a = assess(AccessRequest(reason="Ward residents asked about the drain", reason_specific=True))
    assert a.outcome == "disclose"
    assert not a.presumed
    assert a.rules == ("ACCESS-1", "ACCESS-9")


def test_rule7_no_reason_asks_for_one() -> None:
    a = assess(AccessRequest())
    assert a.outcome == "justify"
    assert a.rules == ("ACCESS-1",)
    assert "not yet said why" in a.reasons[0]


def test_rule8_curiosity_is_refused() -> None:
    a = assess(AccessRequest(reason="I'd like to have a look"))
    assert a.outcome == "refuse"
    assert a.rules == ("ACCESS-1", "ACCESS-8", "ACCESS-10")
    assert "Curiosity" in a.reasons[0]


# --- Precedence ------------------------------------------------------------


def test_group_internal_beats_monitoring_officer() -> None:
    a = assess(AccessRequest(contents=frozenset({"group_internal", "monitoring_officer"}),
                             requester_group="A", document_group="B"))
    assert a.rules[0] == "ACCESS-5"
    assert "ACCESS-7" not in a.rules


def test_own_groups_internal_paper_falls_through() -> None:
    own = AccessRequest(contents=frozenset({"group_internal"}), requester_group=" labour ",
                        document_group="Labour")
    assert assess(own).rules == ("ACCESS-1",)
    with_mo = AccessRequest(contents=frozenset({"group_internal", "monitoring_officer"}),
                            requester_group="Labour", document_group="LABOUR")
    assert assess(with_mo).rules[0] == "ACCESS-7"
    meeting = AccessRequest(contents=frozenset({"group_internal"}), meeting_business=True,
                            requester_group="Labour", document_group="labour")
    assert assess(meeting).rules[0] == "ACCESS-6"


def test_monitoring_officer_beats_exempt() -> None:
    a = assess(AccessRequest(contents=frozenset({"monitoring_officer", "employee"}),
                             reason="Specific", reason_specific=True))
    assert a.outcome == "refuse" and a.rules[0] == "ACCESS-7"
    assert "ACCESS-4" not in a.rules


def test_exempt_beats_meeting_business() -> None:
    a = assess(AccessRequest(contents=frozenset({"negotiation"}), meeting_business=True))
    assert a.outcome == "justify"
    assert not a.presumed
    assert "ACCESS-6" not in a.rules


def test_personal_data_beats_committee_membership() -> None:
    a = assess(AccessRequest(contents=frozenset({"personal_data"}), requester_committees=PLANNING,
                             document_committee="planning", reason="Because I'm on it"))
    assert a.outcome == "refuse"
    assert not a.presumed
    assert a.rules[0] == "ACCESS-3"
    assert "ACCESS-2" not in a.rules


def test_meeting_business_beats_committee_membership() -> None:
    a = assess(AccessRequest(meeting_business=True, requester_committees=PLANNING,
                             document_committee="Planning"))
    assert a.rules == ("ACCESS-6", "ACCESS-9")


def test_presumption_does_not_need_a_reason_even_if_vague() -> None:
    a = assess(AccessRequest(requester_committees=PLANNING, document_committee="Planning",
                             reason="curious"))
    assert a.outcome == "disclose" and a.presumed


# --- Invariants over many combinations -------------------------------------

_CONTENT_SETS = [frozenset()] + [frozenset({c}) for c in CONTENT_CATEGORIES] + [
    frozenset({"personal_data", "legal_advice"}),
    frozenset({"group_internal", "monitoring_officer"}),
    frozenset({"group_internal", "personal_data"}),
    frozenset(CONTENT_CATEGORIES),
]
_OTHER_FACTS = list(itertools.product(
    [False, True],                              # meeting_business
    [(frozenset(), None), (PLANNING, " planning"), (PLANNING, "Finance")],
    [(None, None), ("Greens", "greens"), ("Greens", "Blues")],
    [("", False), ("just looking", False), ("ward casework", True), ("", True)],
))


@pytest.mark.parametrize("contents", _CONTENT_SETS, ids=lambda c: "+".join(sorted(c)) or "none")
def test_invariants(contents: frozenset[str]) -> None:
    for meeting, committees, groups, reason in _OTHER_FACTS:
        request = AccessRequest(
            requester_committees=committees[0], document_committee=committees[1],
            requester_group=groups[0], document_group=groups[1], meeting_business=meeting,
            contents=contents, reason=reason[0], reason_specific=reason[1],
        )
        a = assess(request)
        assert a.outcome in OUTCOMES
        assert a.reasons and all(r.strip() for r in a.reasons)
        assert len(set(a.rules)) == len(a.rules)
        for rule_id in a.rules:
            rule(rule_id)  # every cited rule exists in the rulebook
        if a.outcome == "disclose":
            assert a.rules[-1] == "ACCESS-9"
        if a.outcome == "refuse":
            assert a.rules[-2:] == ("ACCESS-8", "ACCESS-10")
            assert "ACCESS-9" not in a.rules
        if a.outcome == "justify":
            assert "ACCESS-1" in a.rules
            assert not {"ACCESS-8", "ACCESS-9", "ACCESS-10"} & set(a.rules)
        assert a.presumed == (a.rules[0] in {"ACCESS-6", "ACCESS-2"})
        if a.presumed:
            assert a.outcome == "disclose"
        if {"personal_data", *EXEMPT_CATEGORIES} & contents and a.outcome == "disclose":
            assert reason[1], "exempt or personal content needs a specific reason"
        assert assess(request) == a  # deterministic


# --- Input checks ----------------------------------------------------------


def test_unknown_content_is_rejected_clearly() -> None:
    with pytest.raises(ValueError, match="Unknown content category: gossip") as exc:
        AccessRequest(contents=frozenset({"gossip", "crime"}))
    assert "personal_data" in str(exc.value)
    with pytest.raises(ValueError, match="categories: a, b"):
        AccessRequest(contents=frozenset({"b", "a"}))


def test_single_string_contents_is_rejected() -> None:
    with pytest.raises(ValueError, match="not a single string"):
        AccessRequest(contents="crime")  # type: ignore[arg-type]


def test_plain_sets_are_frozen() -> None:
    req = AccessRequest(contents={"crime"}, requester_committees={"Planning"})  # type: ignore[arg-type]
    assert isinstance(req.contents, frozenset)
    assert isinstance(req.requester_committees, frozenset)
    hash(req)


# --- The officer's decision ------------------------------------------------

DISCLOSE = assess(AccessRequest(meeting_business=True))
JUSTIFY = assess(AccessRequest())
REFUSE = assess(AccessRequest(reason="nosy"))


@pytest.mark.parametrize("assessment, decision, expected", [
    (DISCLOSE, "disclosed_full", False),
    (DISCLOSE, "disclosed_part", False),
    (DISCLOSE, "refused", True),
    (DISCLOSE, "justification_requested", True),
    (DISCLOSE, "not_held", False),
    (JUSTIFY, "justification_requested", False),
    (JUSTIFY, "disclosed_full", True),
    (JUSTIFY, "refused", True),
    (REFUSE, "refused", False),
    (REFUSE, "disclosed_part", True),
    (REFUSE, "disclosed_full", True),
    (REFUSE, "not_held", False),
])
def test_is_override(assessment: Assessment, decision: str, expected: bool) -> None:
    assert is_override(assessment, decision) is expected


def test_is_override_rejects_unknown_decision() -> None:
    with pytest.raises(ValueError, match="Unknown decision 'maybe'"):
        is_override(DISCLOSE, "maybe")


def test_override_needs_a_written_reason() -> None:
    errors = validate_decision(REFUSE, "disclosed_full", "  ", "Ward casework", "")
    assert len(errors) == 1 and "reason for departing" in errors[0]
    assert validate_decision(REFUSE, "disclosed_full", "Chair's consent obtained",
                             "Ward casework", "") == ()
    assert validate_decision(REFUSE, "refused", "", "", "") == ()


def test_every_disclosure_needs_a_purpose() -> None:
    for decision in ("disclosed_full", "disclosed_part"):
        errors = validate_decision(DISCLOSE, decision, "", " ", "names removed")
        assert any("purpose" in e and "ACCESS-9" not in e for e in errors)
    assert validate_decision(JUSTIFY, "justification_requested", "", "", "") == ()


def test_part_disclosure_needs_redactions_described() -> None:
    errors = validate_decision(DISCLOSE, "disclosed_part", "", "Budget scrutiny", "")
    assert errors == ("Describe what has been removed from the document for a part disclosure.",)
    assert validate_decision(DISCLOSE, "disclosed_part", "", "Budget scrutiny",
                             "Salaries blacked out") == ()


def test_all_problems_reported_together() -> None:
    errors = validate_decision(JUSTIFY, "disclosed_part", "", "", "")
    assert len(errors) == 3


def test_unknown_decision_is_an_error_not_a_crash() -> None:
    errors = validate_decision(DISCLOSE, "perhaps", "", "", "")
    assert len(errors) == 1 and "perhaps" in errors[0]


# --- Lifecycle -------------------------------------------------------------


def test_happy_path_through_the_lifecycle() -> None:
    status = "received"
    for nxt in ("assessing", "awaiting_justification", "assessing", "decided", "referred",
                "committee_decided", "closed"):
        status = transition(status, nxt)
    assert status == "closed"


@pytest.mark.parametrize("current, new", [
    ("closed", "assessing"),
    ("decided", "assessing"),
    ("referred", "closed"),
    ("received", "referred"),
    ("committee_decided", "referred"),
])
def test_disallowed_transitions_raise_clearly(current: str, new: str) -> None:
    with pytest.raises(ValueError, match=f"cannot move from '{current}' to '{new}'"):
        transition(current, new)


def test_unknown_statuses_raise() -> None:
    with pytest.raises(ValueError, match="Unknown status 'lost'"):
        transition("received", "lost")
    with pytest.raises(ValueError, match="Unknown status 'lost'"):
        allowed_transitions("lost")


def test_every_status_is_reachable_and_closed_is_final() -> None:
    reachable = {"received"}
    for _ in STATUSES:
        reachable |= {n for s in reachable for n in allowed_transitions(s)}
    assert reachable == set(STATUSES)
    assert allowed_transitions("closed") == ()
    with pytest.raises(ValueError, match="nowhere"):
        transition("closed", "decided")


def test_clock_stops_only_while_awaiting_justification() -> None:
    assert [s for s in STATUSES if clock_stopped(s)] == ["awaiting_justification"]


# --- Referral --------------------------------------------------------------


@pytest.mark.parametrize("committee, expected", [
    ("Planning Committee", "Planning Committee"),
    ("  Finance and General Purposes Committee ", "Finance and General Purposes Committee"),
    (None, "the Council"),
    ("", "the Council"),
    ("   ", "the Council"),
])
def test_referral_body(committee: str | None, expected: str) -> None:
    assert referral_body(committee) == expected
