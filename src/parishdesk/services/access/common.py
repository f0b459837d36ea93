"""What the access use cases share: their error, the decision input, the register filter,
the council's deadline setting and how letters cite a rule."""

from __future__ import annotations

import datetime as dt
import importlib
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass

from parishdesk.domain.access_letter import default_cite
from parishdesk.domain.workdays import ENGLAND_AND_WALES
from parishdesk.errors import ValidationError
from parishdesk.store import access_store, council_store, settings

DEADLINE_SETTING = "access.deadline_working_days"


DEFAULT_DEADLINE_WORKING_DAYS = 10


TABLE = access_store.TABLE


class AccessProblem(ValidationError):
    """A request or decision that cannot be saved as it stands: ``problems`` maps each
    field to what is wrong with it ("" for a problem with the request as a whole)."""

    title = "The information request cannot be saved yet"

    def __init__(self, problems: Mapping[str, str] | Sequence[str]) -> None:
        super().__init__(problems if isinstance(problems, Mapping)
                         else {"": " ".join(problems)})


@dataclass(frozen=True)
class DecisionInput:
    """The officer's decision on a request."""

    decision: str
    reasons: tuple[str, ...]
    decided_on: dt.date
    purpose: str = ""
    conditions: tuple[str, ...] = ()
    redactions: str = ""
    override_reason: str = ""


@dataclass(frozen=True)
class RegisterFilter:
    pending: bool = False
    overdue: bool = False
    councillor_id: int | None = None
    outcome: str = ""  # a decision key, or "" for any
    text: str = ""


def deadline_working_days() -> int:
    """The council's time for deciding a request, in working days (10 unless set)."""
    days = settings.get_int(DEADLINE_SETTING, DEFAULT_DEADLINE_WORKING_DAYS)
    return days if days > 0 else DEFAULT_DEADLINE_WORKING_DAYS


def set_deadline_working_days(days: int, actor: str) -> None:
    if days < 1 or days > 60:
        raise AccessProblem({"days": "The time for deciding a request must be between 1 and "
                                     "60 working days."})
    settings.put(DEADLINE_SETTING, str(days), actor)


def cite_function() -> Callable[[str], str]:
    """How letters cite a rule: the council's linked protocol paragraph where there is one."""
    try:
        module = importlib.import_module("parishdesk.services.protocol_links")
    except ModuleNotFoundError as exc:
        if exc.name != "parishdesk.services.protocol_links":
            raise
        return default_cite
    cite_rule = getattr(module, "cite_rule", None)
    return cite_rule if callable(cite_rule) else default_cite


def nation() -> str:
    council = council_store.get_council()
    return council.nation if council else ENGLAND_AND_WALES
