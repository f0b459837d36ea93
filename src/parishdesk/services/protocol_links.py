"""Citing a rule in a letter or record: the council's own paragraph where one is linked.

"paragraph 5.2 of the Council's Member/Officer Protocol" when the adopted
version links a clause to the rule; otherwise the rule's own words and ID.
"""

from __future__ import annotations

from parishdesk.domain.rule_links import cite
from parishdesk.services import protocols


def adopted_links() -> dict[str, str]:
    """Rule ID → clause number in the adopted protocol (empty when none is adopted)."""
    info = protocols.adopted_version()
    return protocols.rule_to_clause(info.id) if info else {}


def cite_rule(rule_id: str) -> str:
    """How a letter or record cites ``rule_id`` (KeyError for an unknown rule)."""
    return cite(rule_id, adopted_links())
