"""Telling every other party group when one is advised (GROUP-1, GROUP-2)."""

from __future__ import annotations

import dataclasses
from datetime import date

import pytest

from parishdesk.domain.group_advice import (
    RULE_IDS,
    GroupAdviceStatus,
    check_group_advice_text,
    group_advice_status,
    group_key,
    groups_still_to_tell,
)
from parishdesk.domain.rules import rule

GROUPS = ("Conservative", "Labour", "Liberal Democrat", "Independents")


def test_rules_exist() -> None:
    assert [rule(r).id for r in RULE_IDS] == ["GROUP-1", "GROUP-2"]


def test_group_key() -> None:
    assert group_key("  Liberal   Democrat ") == group_key("liberal democrat")


def test_nobody_told_yet() -> None:
    assert groups_still_to_tell("Labour", GROUPS, {}) == (
        "Conservative", "Liberal Democrat", "Independents")


def test_names_compare_ignoring_case_and_spaces() -> None:
    told = {" conservative": date(2024, 6, 3), "INDEPENDENTS ": date(2024, 6, 4)}
    assert groups_still_to_tell(" labour ", GROUPS, told) == ("Liberal Democrat",)


def test_only_current_groups_count() -> None:
    told = {"Green": date(2024, 6, 3)}  # a group that no longer exists
    assert groups_still_to_tell("Labour", ("Labour", "Independents"), told) == ("Independents",)


def test_duplicate_and_blank_group_names_are_ignored() -> None:
    groups = ("Labour", "labour ", "", "  ", "Independents", "independents")
    assert groups_still_to_tell("Conservative", groups, {}) == ("Labour", "Independents")


def test_advised_group_must_be_named() -> None:
    with pytest.raises(ValueError, match="which party group"):
        groups_still_to_tell("  ", GROUPS, {})


def test_status_outstanding() -> None:
    status = group_advice_status("Labour", GROUPS, {"conservative": date(2024, 6, 3)})
    assert status.advised_group == "Labour"
    assert status.told == (("Conservative", date(2024, 6, 3)),)
    assert status.outstanding == ("Liberal Democrat", "Independents")
    assert not status.complete
    assert status.summary == "Still to tell: Liberal Democrat, Independents."


def test_status_complete() -> None:
    told = {name: date(2024, 6, 5) for name in ("Conservative", "Liberal Democrat",
                                                "Independents", "Old Group")}
    status = group_advice_status("Labour", GROUPS, told)
    assert status.complete
    assert status.outstanding == ()
    assert [name for name, _ in status.told] == ["Conservative", "Liberal Democrat",
                                                 "Independents"]
    assert status.summary == "Every other party group has been told."


def test_status_with_a_single_group() -> None:
    status = group_advice_status("Independents", ("Independents",), {})
    assert status.complete
    assert status.summary == "No other party group to tell."


def test_status_is_frozen() -> None:
    status = GroupAdviceStatus("Labour", (), ())
    with pytest.raises(dataclasses.FrozenInstanceError):
        status.outstanding = ("x",)  # type: ignore[misc]


@pytest.mark.parametrize("text", [
    "I recommend that the group supports option B.",
    "My advice is to oppose the precept rise.",
    "You should vote against the motion.",
])
def test_recommendations_to_a_group_are_flagged(text: str) -> None:
    warning = check_group_advice_text(text)
    assert warning is not None
    assert warning.rule_ids == ("GROUP-1",)
    assert "recommendation" in warning.message


def test_facts_and_options_are_fine() -> None:
    text = ("The council has three options for the precept: hold it, raise it by 3%, or raise "
            "it by 5%. The costs of each are set out below.")
    assert check_group_advice_text(text) is None
