"""Linking the rulebook to the council's own protocol paragraphs.

When the clerk has imported the council's protocol, each rule can be linked
to the paragraph that says the same thing; letters then cite "paragraph 5.2
of the Council's Member/Officer Protocol" instead of the rulebook's words.
:func:`suggest_links` proposes rules for a clause by matching the rules'
keywords (kept with the rules in :mod:`parishdesk.domain.rules`) and a few
extra phrases of our own; the clerk confirms or changes the links.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass
from functools import lru_cache

from parishdesk.domain.rules import MODEL_PROTOCOL_SOURCE, RULES, legal_source, rule

MAX_SUGGESTIONS = 6

# Phrases a protocol tends to use for a rule that the rule's own keywords miss.
EXTRA_PHRASES: dict[str, tuple[str, ...]] = {
    "ROLE-1": ("council as a whole", "individual councillor", "give instructions", "impartiality"),
    "ROLE-2": ("delegate", "single councillor", "cannot decide on behalf"),
    "ROLE-3": ("in consultation with the chair", "acting between meetings"),
    "ROLE-4": ("own professional", "victimis", "options"),
    "ROLE-5": ("agenda item", "item on the agenda", "a week before the meeting"),
    "ROLE-6": ("run the council", "day-to-day management", "manage the council"),
    "ROLE-7": ("head of the paid service", "other members of staff", "through the clerk"),
    "ENQ-1": ("to the clerk first", "first instance", "factual"),
    "ENQ-2": ("in good time", "when an answer is needed", "by when"),
    "ENQ-3": ("jump the queue", "work priorities", "order in which work"),
    "ENQ-4": ("electioneering", "council business only", "party business", "another authority"),
    "ENQ-5": ("personal or employment", "colleague's employment"),
    "ENQ-6": ("time off", "off sick", "outside working hours"),
    "ENQ-7": ("complaints procedure",),
    "CORR-1": ("silent cop", "blind cop", "bcc", "cc councillor", "copies"),
    "CORR-2": ("official letters", "in the name of the clerk", "ward member", "own name"),
    "GROUP-1": ("political advice", "attend group meetings", "facts and options"),
    "GROUP-2": ("every other group", "each group", "even-handed"),
    "GROUP-3": ("group's conclusions", "not decisions of the council", "stays confidential"),
    "ACCESS-1": ("need to know", "mere curiosity", "reasonably necessary"),
    "ACCESS-2": ("committee's functions", "presumed to need"),
    "ACCESS-3": ("third part", "about other people"),
    "ACCESS-4": ("exempt information", "occupiers of council property", "applicants for grants"),
    "ACCESS-5": ("another group's", "internal papers"),
    "ACCESS-6": ("papers for a meeting", "any councillor may inspect", "like the public"),
    "ACCESS-7": ("monitoring officer's investigation", "held for an investigation"),
    "ACCESS-8": ("written reasons", "refusal", "refused"),
    "ACCESS-9": ("purpose for which", "only for the purpose"),
    "ACCESS-10": ("freedom of information act", "20 working days"),
    "DISP-1": ("informally", "neutral", "independent adviser"),
    "DISP-2": ("grievance procedure", "line-management"),
    "DISP-3": ("disciplinary procedure", "concern about an officer", "concern about the clerk"),
    "DISP-4": ("breach of the code", "written allegation"),
    "DISP-5": ("meaning of this protocol", "what this protocol means"),
    "DISP-6": ("ridicule", "shouting", "cannot reply", "unreasonable demands"),
    "DISP-7": ("right of appeal", "right to be accompanied", "written decision"),
    "EMP-1": ("merit", "friend or relative"),
    "CONDUCT-1": ("special relationship", "declare", "personal interest"),
    "CONDUCT-2": ("close personal", "familiarity"),
    "CONDUCT-3": ("register of interests", "within 28 days"),
    "PROTO-1": ("document control", "version number", "date of adoption"),
    "PROTO-2": ("reviewed once a year", "every year", "annual review"),
    "PROTO-3": ("copy of this protocol", "induction", "training"),
    "PROTO-4": ("the press", "media", "in what capacity"),
}


# Keywords that would otherwise match longer, unrelated words ("press" in "pressure").
WHOLE_WORDS = frozenset({"press", "media", "cc", "bcc", "foi", "leave", "refer", "copy", "interest"})


def _pattern(phrase: str) -> re.Pattern[str]:
    """A phrase matches at the start of a word (so stems like "delegat" work).

    Short or ambiguous keywords match only as whole words, plurals allowed.
    """
    escaped = re.escape(phrase.lower()).replace(r"\ ", r"\s+")
    tail = r"(?:s|es)?\b" if phrase in WHOLE_WORDS or len(phrase) <= 3 else ""
    return re.compile(rf"(?<![\w]){escaped}{tail}")


@lru_cache(maxsize=1)
def _patterns() -> tuple[tuple[str, tuple[tuple[re.Pattern[str], int], ...]], ...]:
    table = []
    for r in RULES:
        phrases = {p.lower() for p in r.keywords} | {p.lower() for p in EXTRA_PHRASES.get(r.id, ())}
        # A phrase of several words says more than a single word.
        weighted = tuple((_pattern(p), 1 + p.count(" ")) for p in sorted(phrases))
        table.append((r.id, weighted))
    return tuple(table)


def link_scores(clause_text: str) -> dict[str, int]:
    """Each rule's score for this clause: the weight of its phrases found in the text."""
    text = clause_text.lower().replace("’", "'")
    scores: dict[str, int] = {}
    for rule_id, patterns in _patterns():
        score = sum(weight for pattern, weight in patterns if pattern.search(text))
        if score:
            scores[rule_id] = score
    return scores


def suggest_links(clause_text: str) -> tuple[str, ...]:
    """Rule IDs this clause probably states, best first (at most ``MAX_SUGGESTIONS``)."""
    order = {r.id: i for i, r in enumerate(RULES)}
    scores = link_scores(clause_text)
    ranked = sorted(scores, key=lambda rid: (-scores[rid], order[rid]))
    return tuple(ranked[:MAX_SUGGESTIONS])


def cite(rule_id: str, links: Mapping[str, str] | None = None,
         protocol_name: str = "Member/Officer Protocol") -> str:
    """How a letter cites a rule: the council's own paragraph if linked, else the rule itself.

    ``links`` maps rule IDs to clause numbers of the council's protocol.
    """
    r = rule(rule_id)
    clause = (links or {}).get(rule_id)
    if clause:
        return f"paragraph {clause} of the Council's {protocol_name}"
    law = legal_source(rule_id)
    return f"{r.text} ({law})" if law else r.text


@dataclass(frozen=True)
class RuleExplanation:
    """A rule as the "Why?" window shows it: its plain title and words, and where it comes from.

    ``council_source`` names the council's own adopted protocol paragraph when the clerk has
    linked one ("Member/Officer Protocol, paragraph 6.2", with that paragraph's words in
    ``council_text``); ``model_source`` the paragraph of ParishDesk's model protocol that
    states the rule; ``law`` the Act, judgment or national code it rests on. Never the ID.
    """

    title: str
    words: str
    council_source: str = ""
    council_text: str = ""
    model_source: str = ""
    law: str = ""

    @property
    def source(self) -> str:
        """The one line a card shows: the council's paragraph if linked, else the model
        protocol's paragraph, then the law where the rule rests on law."""
        first = self.council_source or self.model_source
        return "; ".join(p for p in (first, self.law) if p)


def explain(rule_id: str, protocol_title: str = "", clause_number: str = "",
            clause_text: str = "") -> RuleExplanation:
    """Put a rule into words for the clerk; the council's linked paragraph comes first."""
    r = rule(rule_id)
    parts = [p.strip() for p in r.source.split(";") if p.strip()]
    model = next((p for p in parts if p.startswith(MODEL_PROTOCOL_SOURCE)), "")
    law = [legal_source(rule_id)] if legal_source(rule_id) else []
    if model:
        # "6.1 (the common-law need to know)": the note in brackets is what it rests on.
        number, _, note = model[len(MODEL_PROTOCOL_SOURCE):].partition(" (")
        model = f"ParishDesk's model protocol, paragraph {number.strip()}"
        if note.rstrip(")").strip():
            law.insert(0, note.rstrip(")").strip())
    council = ""
    if clause_number:
        council = f"{protocol_title.strip() or 'Member/Officer Protocol'}, paragraph {clause_number}"
    return RuleExplanation(r.title, r.text, council, clause_text.strip() if council else "",
                           model, "; ".join(law))
