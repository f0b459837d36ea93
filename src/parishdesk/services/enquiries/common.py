"""What every enquiry use case shares: the error it raises, loading an enquiry, the
officers it involves and its status history."""

from __future__ import annotations

from collections.abc import Mapping

from parishdesk.domain.enquiry import StatusChange
from parishdesk.domain.enquiry_records import EnquiryRecord
from parishdesk.domain.members import Officer
from parishdesk.domain.rules import rule
from parishdesk.errors import ValidationError
from parishdesk.store import enquiry_store, members_store

TABLE = enquiry_store.TABLE


class EnquiryProblem(ValidationError):
    """An enquiry, reply or setting that cannot be saved: ``problems`` maps each field to
    what is wrong with it ("" for a problem that is about no one field)."""

    title = "Enquiry"

    def __init__(self, problems: Mapping[str, str] | str) -> None:
        super().__init__({"": problems} if isinstance(problems, str) else problems)


def load(enquiry_id: int) -> EnquiryRecord:
    """The enquiry, or a plain message if there is none with that number."""
    record = enquiry_store.get(enquiry_id)
    if record is None:
        raise EnquiryProblem(f"There is no enquiry number {enquiry_id}.")
    return record


def officer(officer_id: int | None) -> Officer:
    found = members_store.get_officer(officer_id) if officer_id else None
    if found is None:
        raise EnquiryProblem("That officer is not in the register.")
    return found


def officer_name(someone: Officer) -> str:
    return f"{someone.first_name} {someone.surname}".strip()


def is_clerk(someone: Officer | None) -> bool:
    return someone is not None and (someone.is_clerk or someone.is_proper_officer)


def require_clerk(by_officer_id: int | None, what: str, rule_id: str) -> None:
    """Refuse unless the Clerk is acting; the message names the rule by its plain title."""
    someone = members_store.get_officer(by_officer_id) if by_officer_id else None
    if not is_clerk(someone):
        raise EnquiryProblem(f"Only the Clerk {what}. The rule: {rule(rule_id).title}.")


def history(enquiry_id: int) -> list[StatusChange]:
    return [StatusChange(c.at, c.status) for c in enquiry_store.status_history(enquiry_id)]
