"""A rule of the rulebook, and the areas rules are grouped in."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Rule:
    """One rule of the rulebook."""

    id: str
    area: str
    title: str
    text: str
    source: str
    keywords: tuple[str, ...] = ()

    @property
    def citation(self) -> str:
        """How a message or letter names the rule when no protocol paragraph is linked: its
        plain title and where it comes from (never its ID, which is for the code)."""
        return f"{self.title} ({self.source})"


AREAS: dict[str, str] = {
    "ROLE": "Roles",
    "ENQ": "Enquiries and requests to officers",
    "CORR": "Correspondence and letters",
    "GROUP": "Party groups",
    "ACCESS": "Access to information",
    "DISP": "When things go wrong",
    "EMP": "The council as employer",
    "CONDUCT": "Conduct and interests",
    "MEET": "Meetings and decisions",
    "PROTO": "The protocol itself",
}


def make_rule(id_: str, title: str, text: str, source: str, *keywords: str) -> Rule:
    return Rule(id_, id_.split("-")[0], title, text, source, tuple(keywords))
