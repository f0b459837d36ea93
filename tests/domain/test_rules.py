import re
from pathlib import Path

from parishdesk.domain.rules import AREAS, RULES, rule, rules_in_area

DOMAIN_MD = Path(__file__).resolve().parents[3] / "shared" / "DOMAIN.md"


def test_catalogue_matches_domain_md() -> None:
    ids_in_doc = set(re.findall(r"^- ([A-Z]+-\d+) ", DOMAIN_MD.read_text(), flags=re.M))
    assert ids_in_doc, "DOMAIN.md has rule lines"
    assert {r.id for r in RULES} == ids_in_doc


def test_lookup_and_areas() -> None:
    assert rule("ACCESS-1").title == "Need to know"
    assert all(r.area in AREAS for r in RULES)
    assert [r.id for r in rules_in_area("CORR")] == ["CORR-1", "CORR-2"]


def test_unknown_rule_is_clear() -> None:
    try:
        rule("NOPE-9")
    except KeyError as exc:
        assert "NOPE-9" in str(exc)
    else:  # pragma: no cover
        raise AssertionError("unknown rule should raise")
