"""The member register as records: councillors, officers, committees, groups and roles.

Every record is a frozen, keyword-only dataclass with plain fields, so the
store can build one straight from a database row (``Councillor(**fields)``).
Ids are ``int | None``: ``None`` until the record has been saved.

Dates of roles are half-open: a role is held from ``start`` (inclusive) until
``end`` (the day it ended, exclusive), so a new Chair elected at the annual
meeting can start on the same day the old Chair's term ends. ``end=None``
means the role is still held.

Term-of-office helpers follow the ordinary election cycle for parishes in
England: every four years, on the first Thursday in May. Interest-form
helpers follow CONDUCT-3 (register within 28 days of taking office).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, time, timedelta
from typing import Literal

# ---------------------------------------------------------------------------
# Vocabularies and their display labels
# ---------------------------------------------------------------------------

JoinedHow = Literal["elected", "co-opted", "appointed"]
JOINED_HOW: tuple[str, ...] = ("elected", "co-opted", "appointed")
JOINED_HOW_LABELS: dict[str, str] = {
    "elected": "Elected",
    "co-opted": "Co-opted",
    "appointed": "Appointed",
}

POSTS: tuple[str, ...] = (
    "Clerk",
    "Responsible Financial Officer",
    "Deputy Clerk",
    "Assistant",
    "Caretaker",
    "Other",
)

ROLE_KINDS: tuple[str, ...] = (
    "council_chair",
    "council_vice_chair",
    "committee_member",
    "committee_chair",
    "committee_vice_chair",
    "group_member",
)
ROLE_KIND_LABELS: dict[str, str] = {
    "council_chair": "Chair of the council",
    "council_vice_chair": "Vice-Chair of the council",
    "committee_member": "Committee member",
    "committee_chair": "Committee chair",
    "committee_vice_chair": "Committee vice-chair",
    "group_member": "Party group member",
}
#: Role kinds that belong to a committee (``committee_id`` must be set).
COMMITTEE_KINDS: frozenset[str] = frozenset(
    {"committee_member", "committee_chair", "committee_vice_chair"}
)
#: Role kinds that only one person may hold at a time (per committee for committee kinds).
SINGLE_HOLDER_KINDS: frozenset[str] = frozenset(
    {"council_chair", "council_vice_chair", "committee_chair", "committee_vice_chair"}
)

INTEREST_CATEGORIES: tuple[str, ...] = (
    "disclosable_pecuniary",
    "other_registerable",
    "non_registerable",
)
INTEREST_CATEGORY_LABELS: dict[str, str] = {
    "disclosable_pecuniary": "Disclosable pecuniary interest",
    "other_registerable": "Other registerable interest",
    "non_registerable": "Non-registerable interest",
}

WEEKDAY_LABELS: tuple[str, ...] = (
    "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday",
)

FormState = Literal["returned", "due", "overdue", "not_applicable"]
FORM_STATE_LABELS: dict[str, str] = {
    "returned": "Returned",
    "due": "Due",
    "overdue": "Overdue",
    "not_applicable": "Not applicable",
}

#: Days a new councillor has to return the register-of-interests form (CONDUCT-3).
INTERESTS_FORM_DAYS = 28


def format_date(day: date | None) -> str:
    """A date as the clerk reads it, dd/mm/yyyy; an empty string for ``None``."""
    return day.strftime("%d/%m/%Y") if day is not None else ""


def _join(*parts: str) -> str:
    return " ".join(p.strip() for p in parts if p and p.strip())


# ---------------------------------------------------------------------------
# Records
# ---------------------------------------------------------------------------


@dataclass(frozen=True, kw_only=True)
class Councillor:
    """A member of the council, past or present."""

    id: int | None = None
    title: str = ""
    first_name: str = ""
    surname: str = ""
    preferred_name: str = ""
    ward: str = ""
    address: str = ""
    phone: str = ""
    email: str = ""
    joined_how: str = "elected"
    joined_on: date | None = None
    accepted_office_on: date | None = None
    #: An explicit end of term; ``None`` means the next ordinary election after joining.
    term_ends_on: date | None = None
    #: Name of the party group; ``None`` means independent.
    group: str | None = None
    left_on: date | None = None
    left_reason: str = ""

    @property
    def display_name(self) -> str:
        """How the register and letters address them: "Cllr Jane Smith" (preferred name first)."""
        first = self.preferred_name.strip() or self.first_name
        return _join("Cllr", first, self.surname)

    @property
    def full_name(self) -> str:
        """Formal name with title: "Dr Jane Smith"."""
        return _join(self.title, self.first_name, self.surname)

    @property
    def joined_how_label(self) -> str:
        return JOINED_HOW_LABELS.get(self.joined_how, self.joined_how)

    def is_current(self, day: date) -> bool:
        """Whether they are a councillor on ``day`` (joined, and not yet left)."""
        if self.joined_on is not None and self.joined_on > day:
            return False
        return self.left_on is None or self.left_on > day


@dataclass(frozen=True, kw_only=True)
class Officer:
    """An employee of the council."""

    id: int | None = None
    title: str = ""
    first_name: str = ""
    surname: str = ""
    post: str = "Clerk"
    #: The post's name when ``post`` is "Other".
    post_other: str = ""
    is_proper_officer: bool = False
    #: Working days, 0 = Monday … 6 = Sunday.
    working_days: frozenset[int] = field(default_factory=frozenset)
    hours_from: time | None = None
    hours_to: time | None = None
    started_on: date | None = None
    ended_on: date | None = None
    line_manager_id: int | None = None
    email: str = ""
    phone: str = ""

    @property
    def full_name(self) -> str:
        return _join(self.title, self.first_name, self.surname)

    @property
    def post_label(self) -> str:
        """The post as shown: the free-text name for "Other" posts."""
        if self.post == "Other" and self.post_other.strip():
            return self.post_other.strip()
        return self.post

    @property
    def is_clerk(self) -> bool:
        return self.post == "Clerk"

    @property
    def working_days_label(self) -> str:
        """E.g. "Monday, Tuesday, Thursday"."""
        return ", ".join(WEEKDAY_LABELS[d] for d in sorted(self.working_days) if 0 <= d <= 6)

    def is_current(self, day: date | None = None) -> bool:
        """Still employed on ``day`` (or, without a day, no end date recorded)."""
        if self.ended_on is None:
            return True
        return day is not None and self.ended_on > day


@dataclass(frozen=True, kw_only=True)
class Committee:
    """A committee or sub-committee of the council."""

    id: int | None = None
    name: str = ""
    functions: str = ""
    delegated_powers: str = ""
    #: The committee that handles staffing matters (the Clerk's line management).
    is_staffing: bool = False
    #: Subjects it deals with, used to route enquiries.
    subjects: tuple[str, ...] = ()


@dataclass(frozen=True, kw_only=True)
class PartyGroup:
    """A group of councillors of one political party."""

    id: int | None = None
    name: str = ""


@dataclass(frozen=True, kw_only=True)
class Role:
    """A position or membership held by a councillor over a period (``end`` exclusive)."""

    id: int | None = None
    person_id: int
    kind: str
    committee_id: int | None = None
    group_id: int | None = None
    start: date
    end: date | None = None

    @property
    def kind_label(self) -> str:
        return ROLE_KIND_LABELS.get(self.kind, self.kind)


@dataclass(frozen=True, kw_only=True)
class Interest:
    """One entry in a councillor's register of interests."""

    id: int | None = None
    councillor_id: int | None = None
    category: str = "disclosable_pecuniary"
    description: str = ""
    registered_on: date | None = None
    removed_on: date | None = None

    @property
    def category_label(self) -> str:
        return INTEREST_CATEGORY_LABELS.get(self.category, self.category)


@dataclass(frozen=True)
class FormStatus:
    """Where a register-of-interests form stands on a given day."""

    state: FormState
    due_on: date | None
    #: Days until the due date (0 on the day, negative once overdue); ``None`` when
    #: returned or not applicable.
    days_left: int | None

    @property
    def label(self) -> str:
        return FORM_STATE_LABELS[self.state]


@dataclass(frozen=True, kw_only=True)
class InterestsForm:
    """The register-of-interests form a councillor owes after taking office (CONDUCT-3)."""

    id: int | None = None
    councillor_id: int | None = None
    due_on: date
    returned_on: date | None = None

    def status(self, today: date) -> FormStatus:
        return _form_status(self.due_on, self.returned_on, today)


@dataclass(frozen=True, kw_only=True)
class SpecialRelationship:
    """A declared relationship between a councillor and someone (CONDUCT-1, CONDUCT-2)."""

    id: int | None = None
    councillor_id: int | None = None
    with_whom: str = ""
    nature: str = ""
    declared_on: date | None = None


@dataclass(frozen=True, kw_only=True)
class Training:
    """A course a councillor or officer has attended."""

    id: int | None = None
    person_id: int | None = None
    course: str = ""
    provider: str = ""
    on: date | None = None
    certificate_held: bool = False


# ---------------------------------------------------------------------------
# Terms of office
# ---------------------------------------------------------------------------


def first_thursday_in_may(year: int) -> date:
    """Ordinary local election day in England for ``year``."""
    first = date(year, 5, 1)
    return first + timedelta(days=(3 - first.weekday()) % 7)


def next_ordinary_election(after: date, election_year: int) -> date:
    """The first ordinary election day strictly after ``after``.

    ``election_year`` is any year of the council's four-year cycle (2023 means
    2019, 2023, 2027 …).
    """
    year = after.year + (election_year - after.year) % 4
    day = first_thursday_in_may(year)
    if day <= after:
        day = first_thursday_in_may(year + 4)
    return day


def default_term_end(joined_on: date, election_year: int) -> date:
    """A councillor's term ends at the next ordinary election after they joined.

    Someone elected on an election day serves until the following one.
    """
    return next_ordinary_election(joined_on, election_year)


def effective_term_end(c: Councillor, election_year: int) -> date | None:
    """The recorded end of term if there is one, else the default; ``None`` without a join date."""
    if c.term_ends_on is not None:
        return c.term_ends_on
    if c.joined_on is None:
        return None
    return default_term_end(c.joined_on, election_year)


# ---------------------------------------------------------------------------
# Register of interests (CONDUCT-3)
# ---------------------------------------------------------------------------


def interests_form_due(accepted_office_on: date) -> date:
    """The last day for the register-of-interests form: 28 days after accepting office."""
    return accepted_office_on + timedelta(days=INTERESTS_FORM_DAYS)


def _form_status(due_on: date | None, returned_on: date | None, today: date) -> FormStatus:
    if returned_on is not None:
        return FormStatus("returned", due_on, None)
    if due_on is None:
        return FormStatus("not_applicable", None, None)
    days_left = (due_on - today).days
    return FormStatus("due" if days_left >= 0 else "overdue", due_on, days_left)


def interests_form_state(
    accepted_office_on: date | None, returned_on: date | None, today: date
) -> FormStatus:
    """Whether the form is returned, due (within 28 days) or overdue, with days left.

    Not applicable until the councillor has accepted office.
    """
    if accepted_office_on is None and returned_on is None:
        return FormStatus("not_applicable", None, None)
    due = interests_form_due(accepted_office_on) if accepted_office_on is not None else None
    return _form_status(due, returned_on, today)
