"""What the checks look at, what they say, and the helpers they share for matching words."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import date, datetime, time

from parishdesk.domain.enquiry import Kind
from parishdesk.domain.rules import Rule, rule
from parishdesk.domain.workdays import ENGLAND_AND_WALES

DEFAULT_MIN_WORKING_DAYS = 3
DAY_NAMES = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")


@dataclass(frozen=True)
class EnquiryFacts:
    """What the checks need to know about one enquiry. Every field has a default.

    ``copied`` holds ``(councillor name, author consented)`` pairs.
    ``officer_working_days`` uses 0 for Monday; ``officer_hours`` is
    ``(start, end)`` or ``None`` when the officer's hours are not recorded.
    ``min_working_days`` is the council's reasonable minimum notice (ENQ-2).
    ``special_relationships`` holds who each declared relationship is with and
    ``interests`` the register descriptions; CONDUCT-1 looks for their key phrases.
    """

    addressed_to_is_clerk: bool = True
    addressed_to_name: str = ""
    kind: str = Kind.WORK
    subject: str = ""
    text: str = ""
    ticked_not_council_business: bool = False
    requested_by: date | None = None
    received_at: datetime | None = None
    officer_working_days: frozenset[int] = frozenset({0, 1, 2, 3, 4})
    officer_hours: tuple[time, time] | None = None
    officer_on_leave: bool = False
    #: Who was away and when, e.g. "Liam Hartley was on annual leave from … to …".
    officer_leave_text: str = ""
    copied: tuple[tuple[str, bool], ...] = ()
    priority_demanded_by_councillor: bool = False
    special_relationships: tuple[str, ...] = ()
    interests: tuple[str, ...] = ()
    #: The council's name; its place name is not a key phrase for CONDUCT-1.
    council_name: str = ""
    nation: str = ENGLAND_AND_WALES
    min_working_days: int = DEFAULT_MIN_WORKING_DAYS


@dataclass(frozen=True)
class CheckWarning:
    """One protocol warning: what was found (``message``) and what to do (``advice``)."""

    code: str
    rule_ids: tuple[str, ...]
    title: str
    message: str
    advice: str

    @property
    def rules(self) -> tuple[Rule, ...]:
        return tuple(rule(rule_id) for rule_id in self.rule_ids)

    @property
    def sources(self) -> tuple[str, ...]:
        """Where each rule comes from, as ``"ENQ-1: Model Member/Officer Protocol, paragraph 3.1"``.

        (The rule IDs here are for the code; screens show titles, never these IDs.)
        """
        return tuple(f"{r.id}: {r.source}" for r in self.rules)


Check = Callable[[EnquiryFacts], CheckWarning | None]


# --- word matching ------------------------------------------------------------

def _words(facts: EnquiryFacts) -> str:
    """Subject and text, lower case, with curly apostrophes straightened."""
    joined = f"{facts.subject}\n{facts.text}".lower()
    return joined.replace("\u2019", "'").replace("\u2018", "'")


def _patterns(*regexes: str) -> tuple[re.Pattern[str], ...]:
    return tuple(re.compile(regex) for regex in regexes)


def _blank_out(text: str, patterns: Iterable[re.Pattern[str]]) -> str:
    """``text`` with every match removed; the words either side close up."""
    for pattern in patterns:
        text = pattern.sub(" ", text)
    return re.sub(r"[ \t]{2,}", " ", text)


def _found(text: str, patterns: Iterable[re.Pattern[str]]) -> tuple[str, ...]:
    """The distinct phrases that match, in the order the patterns are listed."""
    hits: list[str] = []
    for pattern in patterns:
        match = pattern.search(text)
        if match and match.group(0) not in hits:
            hits.append(match.group(0))
    return tuple(hits)


def _quoted(phrases: Iterable[str]) -> str:
    return ", ".join(f"\u201c{p.strip()}\u201d" for p in phrases)


def _sentence(text: str) -> str:
    return text[:1].upper() + text[1:] + "."


def _warn(code: str, rule_ids: tuple[str, ...], title: str, message: str, advice: str
          ) -> CheckWarning:
    for rule_id in rule_ids:
        rule(rule_id)  # fail loudly on a mistyped rule ID
    return CheckWarning(code, rule_ids, title, message, advice)
