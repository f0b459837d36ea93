"""The council itself: its details and the checks on them."""

from __future__ import annotations

import re
from dataclasses import dataclass

from parishdesk.domain.workdays import NATION_LABELS

NATIONS: dict[str, str] = dict(NATION_LABELS)
KINDS: dict[str, str] = {"parish": "Parish council", "town": "Town council"}

_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")


def looks_like_email(text: str) -> bool:
    return bool(_EMAIL.match(text.strip()))


@dataclass(frozen=True)
class CouncilDetails:
    """What the first-run dialog asks for, and what the letterhead shows."""

    name: str
    kind: str = "parish"
    nation: str = "england-and-wales"
    address: str = ""
    telephone: str = ""
    email: str = ""
    principal_council: str = ""
    mo_name: str = ""
    mo_address: str = ""
    election_year: int = 2027
    is_demo: bool = False
    id: int | None = None

    @property
    def address_lines(self) -> tuple[str, ...]:
        return tuple(line.strip() for line in self.address.splitlines() if line.strip())

    @property
    def kind_label(self) -> str:
        return KINDS.get(self.kind, self.kind)

    @property
    def nation_label(self) -> str:
        return NATIONS.get(self.nation, self.nation)


def validate_council(details: CouncilDetails, clerk_name: str | None = None) -> dict[str, str]:
    """Field name → plain message, for every field that is wrong. Empty when all is well."""
    problems: dict[str, str] = {}
    name = details.name.strip()
    if not name:
        problems["name"] = "Enter the council's name, for example \"Ashcombe Parish Council\"."
    elif len(name) > 200:
        problems["name"] = "The council's name is too long (200 characters at most)."
    if details.kind not in KINDS:
        problems["kind"] = "Choose parish council or town council."
    if details.nation not in NATIONS:
        problems["nation"] = "Choose the nation whose bank holidays apply."
    if details.email.strip() and not looks_like_email(details.email):
        problems["email"] = "This does not look like an e-mail address (it needs an @ and a domain)."
    if details.telephone.strip() and not re.fullmatch(r"[0-9 +()\-]{6,30}", details.telephone.strip()):
        problems["telephone"] = "Use digits, spaces and + ( ) - only, for example 01234 567890."
    if not 2000 <= details.election_year <= 2100:
        problems["election_year"] = "Enter the year of an ordinary election, for example 2027."
    if clerk_name is not None and not clerk_name.strip():
        problems["clerk_name"] = "Enter the Clerk's name: letters go out in it."
    return problems
