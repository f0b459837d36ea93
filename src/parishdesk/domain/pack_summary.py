"""The one-page summary in a councillor's protocol pack: what each side can expect.

Written in our own words, short enough for one page, and every point names
the rules (DOMAIN.md IDs) it rests on. Where the council has linked a rule to
a paragraph of its own protocol, :func:`references` adds that paragraph, so
the councillor can turn to the full text.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

from parishdesk.domain.rules import legal_source


@dataclass(frozen=True)
class SummaryPoint:
    text: str
    rule_ids: tuple[str, ...]


@dataclass(frozen=True)
class PackSummary:
    title: str
    introduction: str
    councillors_heading: str
    councillors_expect: tuple[SummaryPoint, ...]
    officers_heading: str
    officers_expect: tuple[SummaryPoint, ...]
    closing: str


SUMMARY = PackSummary(
    title="What to expect: a one-page summary",
    introduction=(
        "This page sums up the protocol in plain terms. It is a guide, not a substitute: "
        "where this page and the protocol differ, the protocol applies."
    ),
    councillors_heading="What councillors can expect of officers",
    councillors_expect=(
        SummaryPoint("Impartial service to the whole council, whichever group or ward you "
                     "belong to.", ("ROLE-1",)),
        SummaryPoint("Honest professional advice in reports, including options and any "
                     "warning about legality or cost.", ("ROLE-4",)),
        SummaryPoint("A reply to your request in reasonable time, or an explanation of why the "
                     "officer cannot help.", ("ENQ-2",)),
        SummaryPoint("Access to council documents you need for your duties, and reasons in "
                     "writing if a request is refused.", ("ACCESS-1", "ACCESS-8")),
        SummaryPoint("Letters on council business sent in the Clerk's name, with every copy "
                     "shown openly.", ("CORR-1", "CORR-2")),
        SummaryPoint("The same advice as any other party group on the same matter.",
                     ("GROUP-2",)),
        SummaryPoint("A copy of the protocol whenever it changes, and induction and "
                     "training.", ("PROTO-3",)),
    ),
    officers_heading="What officers can expect of councillors",
    officers_expect=(
        SummaryPoint("No instructions from individual councillors: the council decides, "
                     "at its meetings or through the delegations it has made.",
                     ("ROLE-1", "ROLE-2")),
        SummaryPoint("Requests for work sent to the Clerk first, with a date by which an "
                     "answer is needed, and no queue-jumping.", ("ENQ-1", "ENQ-2", "ENQ-3")),
        SummaryPoint("Council time and resources used only for council business.",
                     ("ENQ-4",)),
        SummaryPoint("Courtesy, and respect for officers' working hours and time away.",
                     ("ENQ-6", "DISP-6")),
        SummaryPoint("No criticism of an officer in public or on social media; concerns go "
                     "to the Chair and the Clerk.", ("DISP-6", "DISP-3")),
        SummaryPoint("Interests declared and the register kept up to date; professional, "
                     "not personal, relationships.", ("CONDUCT-1", "CONDUCT-2", "CONDUCT-3")),
        SummaryPoint("Information used only for the purpose it was given for.", ("ACCESS-9",)),
    ),
    closing=(
        "If something goes wrong, both sides try first to settle it informally. Questions "
        "about what the protocol means go to the Clerk; a complaint that a councillor has "
        "broken the Code of Conduct goes to the principal council's Monitoring Officer."
    ),
)

CLOSING_RULES: tuple[str, ...] = ("DISP-1", "DISP-5", "DISP-4")


def references(rule_ids: tuple[str, ...], links: Mapping[str, str] | None = None) -> str:
    """"paragraphs 2.1 and 2.2; Local Government Act 1972 s.101": the council's own protocol
    paragraphs the clerk has linked to these rules, then the law they rest on. A rule that
    rests only on a protocol paragraph and is not linked is not cited (never by its ID)."""
    paragraphs: dict[str, None] = {}
    laws: dict[str, None] = {}
    for rule_id in rule_ids:
        clause = (links or {}).get(rule_id)
        if clause:
            paragraphs.setdefault(clause, None)
        law = legal_source(rule_id)
        if law and not clause:
            laws.setdefault(law, None)
    parts = []
    if paragraphs:
        numbers = list(paragraphs)
        parts.append(f"paragraph {numbers[0]}" if len(numbers) == 1 else
                     f"paragraphs {', '.join(numbers[:-1])} and {numbers[-1]}")
    return "; ".join([*parts, *laws])


def all_rule_ids(summary: PackSummary = SUMMARY) -> tuple[str, ...]:
    """Every rule the summary cites, in first-mention order."""
    seen: dict[str, None] = {}
    for point in (*summary.councillors_expect, *summary.officers_expect):
        for rule_id in point.rule_ids:
            seen.setdefault(rule_id, None)
    for rule_id in CLOSING_RULES:
        seen.setdefault(rule_id, None)
    return tuple(seen)
