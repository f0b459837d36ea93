"""Before the meeting: which members may have an interest in which item (MEET-1, MEET-5).

The item's title, papers and notes are matched against each member's register
entries and declared special relationships with the same key-phrase matching
the enquiry checks use, so the clerk can arrange dispensations in advance.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from parishdesk.domain.enquiry_key_phrases import matching_phrase
from parishdesk.domain.meetings.checks import ItemQuorum, item_quorum
from parishdesk.domain.meetings.records import AgendaItem
from parishdesk.domain.members import Interest, SpecialRelationship


@dataclass(frozen=True)
class InterestSuggestion:
    item_id: int
    person_id: int
    name: str
    entry: str
    phrase: str
    pecuniary: bool
    relationship: bool = False


@dataclass(frozen=True)
class ItemForecast:
    item: AgendaItem
    suggestions: tuple[InterestSuggestion, ...]
    quorum: ItemQuorum


def item_text(item: AgendaItem) -> str:
    return "\n".join([item.title, *item.papers, item.notes])


def suggest_interests(items: Sequence[AgendaItem], members: Mapping[int, str],
                      interests: Sequence[Interest],
                      relationships: Sequence[SpecialRelationship],
                      council_name: str = "") -> tuple[InterestSuggestion, ...]:
    """Each (item, member, register entry) whose key phrase appears in the item's words.

    ``members`` maps the members of the body meeting (id → name); entries of
    other people are ignored, and removed register entries too.
    """
    found: list[InterestSuggestion] = []
    for item in items:
        if item.standard or item.id is None:
            continue
        text = item_text(item)
        for entry in interests:
            who = entry.councillor_id
            if who is None or who not in members or entry.removed_on is not None:
                continue
            phrase = matching_phrase(text, entry.description, council_name)
            if phrase:
                found.append(InterestSuggestion(item.id, who, members[who], entry.description,
                                                phrase,
                                                entry.category == "disclosable_pecuniary"))
        for rel in relationships:
            who = rel.councillor_id
            if who is None or who not in members:
                continue
            phrase = matching_phrase(text, rel.with_whom, council_name, person=True)
            if phrase:
                found.append(InterestSuggestion(item.id, who, members[who],
                                                f"{rel.with_whom} ({rel.nature})".strip(),
                                                phrase, False, relationship=True))
    return tuple(found)


def forecast(items: Sequence[AgendaItem], suggestions: Sequence[InterestSuggestion],
             expected: int, needed: int) -> tuple[ItemForecast, ...]:
    """For each item, the quorum if every member with a suggested pecuniary interest withdrew.

    ``expected`` is how many members are expected (the body's members less apologies).
    """
    result = []
    for item in items:
        mine = tuple(s for s in suggestions if s.item_id == item.id)
        withdrawing = len({s.person_id for s in mine if s.pecuniary})
        result.append(ItemForecast(item, mine, item_quorum(needed, expected, withdrawing)))
    return tuple(result)
