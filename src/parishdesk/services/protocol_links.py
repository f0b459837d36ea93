"""Citing a rule in a letter or record: the council's own paragraph where one is linked.

"paragraph 5.2 of the Council's Member/Officer Protocol" when the adopted
version links a clause to the rule; otherwise the rule's own words and the law
it rests on. :func:`explain_rule` gives the same for the screens' "Why?" window.
"""

from __future__ import annotations

from collections.abc import Sequence

from parishdesk.domain.rule_links import RuleExplanation, cite, explain
from parishdesk.services import protocols


def adopted_links() -> dict[str, str]:
    """Rule ID → clause number in the adopted protocol (empty when none is adopted)."""
    info = protocols.adopted_version()
    return protocols.rule_to_clause(info.id) if info else {}


def cite_rule(rule_id: str) -> str:
    """How a letter or record cites ``rule_id`` (KeyError for an unknown rule)."""
    return cite(rule_id, adopted_links())


def explain_rules(rule_ids: Sequence[str]) -> tuple[RuleExplanation, ...]:
    """Each rule in plain words with its real source: the paragraph of the council's adopted
    protocol linked to it (with that paragraph's words), else ParishDesk's model protocol
    paragraph, and the law it rests on. The adopted protocol is read once for them all.
    KeyError for an unknown rule."""
    adopted = protocols.adopted_protocol()
    if adopted is None:
        return tuple(explain(rule_id) for rule_id in rule_ids)
    info, protocol = adopted
    links = protocols.rule_to_clause(info.id)
    texts = {c.number: c.text for s in protocol.sections for c in s.clauses if c.number}
    title = protocol.title or info.title
    return tuple(explain(rule_id, title, links.get(rule_id, ""),
                         texts.get(links.get(rule_id, ""), "")) for rule_id in rule_ids)


def explain_rule(rule_id: str) -> RuleExplanation:
    """One rule in plain words with its real source (see :func:`explain_rules`)."""
    return explain_rules((rule_id,))[0]


def rule_sources(rule_ids: Sequence[str]) -> tuple[str, ...]:
    """The one-line source a card shows under each rule (see :func:`explain_rules`)."""
    return tuple(e.source for e in explain_rules(rule_ids))
