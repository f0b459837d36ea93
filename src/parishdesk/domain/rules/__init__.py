"""The rule catalogue: every rule of the project's rulebook (DOMAIN.md) as data, under its ID.

Code that advises the clerk or writes a letter looks a rule up here by ID
(``rule("ACCESS-1")``) instead of carrying its own copy of the wording, so a
rule is worded once and cited the same way everywhere.

The texts are ParishDesk's own short statements of each rule; ``source`` says
where the rule comes from: the paragraph of ParishDesk's model protocol that states it,
or the law it rests on. The texts are kept by theme in this package's modules, in
rulebook order; this module puts them together and looks them up.
"""

from __future__ import annotations

from parishdesk.domain.rules import access, conduct_and_meetings, disputes, roles_and_enquiries
from parishdesk.domain.rules.model import AREAS, Rule

__all__ = [
    "AREAS", "MODEL_PROTOCOL_SOURCE", "RULES", "Rule", "legal_source", "rule", "rules_in_area",
]

RULES: tuple[Rule, ...] = (
    roles_and_enquiries.RULES + access.RULES + disputes.RULES + conduct_and_meetings.RULES
)

_BY_ID: dict[str, Rule] = {r.id: r for r in RULES}


def rule(rule_id: str) -> Rule:
    """Return the rule with this ID; raise ``KeyError`` with a clear message if unknown."""
    try:
        return _BY_ID[rule_id]
    except KeyError:
        raise KeyError(f"No rule with ID {rule_id!r} in the rulebook") from None


MODEL_PROTOCOL_SOURCE = "Model Member/Officer Protocol, paragraph "


def legal_source(rule_id: str) -> str:
    """The law, judgment or national code a rule rests on, without the model protocol's
    paragraph ("" when the rule rests on the protocol alone)."""
    parts = [p.strip() for p in rule(rule_id).source.split(";")]
    return "; ".join(p for p in parts if p and not p.startswith(MODEL_PROTOCOL_SOURCE))


def rules_in_area(area: str) -> tuple[Rule, ...]:
    """All rules of one area (``"ACCESS"``, ``"ENQ"`` …) in rulebook order."""
    return tuple(r for r in RULES if r.area == area)
