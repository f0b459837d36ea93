import re
from pathlib import Path

from parishdesk.domain.rules import AREAS, RULES, rule, rules_in_area

DOMAIN_MD = Path(__file__).resolve().parents[3] / "shared" / "DOMAIN.md"
RULE_IDS = Path(__file__).with_name("rule_ids.txt")


def _kept_ids() -> list[str]:
    return [line.strip() for line in RULE_IDS.read_text(encoding="utf-8").splitlines()
            if line.strip() and not line.startswith("#")]


def test_catalogue_matches_the_rule_ids_kept_in_the_repo() -> None:
    kept = _kept_ids()
    assert len(kept) == len(set(kept)), "a rule ID is listed twice"
    assert [r.id for r in RULES] == kept


def test_kept_rule_ids_match_domain_md_when_it_is_beside_the_repo() -> None:
    # A fresh clone has no ../shared: then the kept list stands on its own (checked above).
    if not DOMAIN_MD.is_file():
        return
    ids_in_doc = re.findall(r"^- ([A-Z]+-\d+) ", DOMAIN_MD.read_text(encoding="utf-8"), flags=re.M)
    assert ids_in_doc, "DOMAIN.md has rule lines"
    assert set(_kept_ids()) == set(ids_in_doc)


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
