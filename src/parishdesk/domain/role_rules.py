"""Checks on roles and memberships (one Chair at a time, a committee chair sits on the
committee, no duplicate places) and on the register as a whole (a Chair and a Proper Officer
recorded). Each returns a tuple of :class:`~parishdesk.domain.member_rules.Problem`.

Role dates are half-open (see :mod:`parishdesk.domain.members`): a role runs
from ``start`` up to, but not including, ``end``; ``end=None`` is open-ended.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from datetime import date

from parishdesk.domain.member_rules import (
    NO_CHAIR,
    NO_PROPER_OFFICER,
    Problem,
    current_on,
    overlaps,
)
from parishdesk.domain.members import (
    COMMITTEE_KINDS,
    ROLE_KIND_LABELS,
    ROLE_KINDS,
    SINGLE_HOLDER_KINDS,
    Officer,
    Role,
    format_date,
)

# ---------------------------------------------------------------------------
# Roles and memberships
# ---------------------------------------------------------------------------


def _name(person_id: int, names: Mapping[int, str] | None) -> str:
    if names and person_id in names:
        return names[person_id]
    return "another councillor"


def _same_body(a: Role, b: Role) -> bool:
    if a.kind in COMMITTEE_KINDS:
        return a.committee_id == b.committee_id
    if a.kind == "group_member":
        return a.group_id == b.group_id
    return True


def _others(new_role: Role, roles: Iterable[Role]) -> list[Role]:
    return [r for r in roles if new_role.id is None or r.id != new_role.id]


def _period(r: Role) -> str:
    if r.end is None:
        return f"from {format_date(r.start)}"
    return f"from {format_date(r.start)} to {format_date(r.end)}"


def validate_role(role: Role) -> tuple[Problem, ...]:
    """Check a role on its own: a known kind, the right body, an end after the start."""
    problems: list[Problem] = []
    if role.kind not in ROLE_KINDS:
        problems.append(Problem("kind", f"Unknown kind of role \u201c{role.kind}\u201d."))
    if role.kind in COMMITTEE_KINDS and role.committee_id is None:
        problems.append(Problem("committee_id", "Choose the committee."))
    if role.kind == "group_member" and role.group_id is None:
        problems.append(Problem("group_id", "Choose the party group."))
    if role.end is not None and role.end <= role.start:
        problems.append(Problem("end", "The last day cannot be before the first day "
                                       f"({format_date(role.start)})."))
    return tuple(problems)


def check_single_holder(
    kind: str,
    new_role: Role,
    existing_roles: Sequence[Role],
    names: Mapping[int, str] | None = None,
) -> tuple[Problem, ...]:
    """Only one Chair, one Vice-Chair (of the council, or of each committee) at a time.

    ``kind`` is the single-holder kind being checked; a ``new_role`` of another
    kind passes. ``names`` maps person ids to display names for the message.
    """
    if kind not in SINGLE_HOLDER_KINDS:
        raise ValueError(f"{kind!r} is not a role with a single holder")
    if new_role.kind != kind:
        return ()
    problems: list[Problem] = []
    for r in _others(new_role, existing_roles):
        if r.kind != kind or not _same_body(new_role, r):
            continue
        if r.person_id == new_role.person_id:
            continue  # a duplicate, reported by check_no_overlapping_duplicate
        if overlaps(new_role.start, new_role.end, r.start, r.end):
            label = ROLE_KIND_LABELS[kind]
            problems.append(Problem(
                "start",
                f"{_name(r.person_id, names)} is {label} {_period(r)}; there can only be one "
                "at a time. End their term first, or change these dates.",
            ))
    return tuple(problems)


def check_chair_is_member(
    new_role: Role, memberships: Sequence[Role]
) -> tuple[Problem, ...]:
    """A committee chair or vice-chair must sit on the committee for the whole period."""
    if new_role.kind not in ("committee_chair", "committee_vice_chair"):
        return ()
    spans = sorted(
        (m for m in memberships
         if m.kind == "committee_member"
         and m.person_id == new_role.person_id
         and m.committee_id == new_role.committee_id),
        key=lambda m: m.start,
    )
    covered_until: date | None = new_role.start
    for m in spans:
        assert covered_until is not None
        if m.start > covered_until:
            break
        if m.end is None:
            covered_until = None
            break
        if m.end > covered_until:
            covered_until = m.end
        if new_role.end is not None and covered_until >= new_role.end:
            break
    if covered_until is None or (new_role.end is not None and covered_until >= new_role.end):
        return ()
    label = ROLE_KIND_LABELS[new_role.kind].lower()
    if covered_until == new_role.start:
        message = (f"A {label} must be a member of the committee: they are not a member on "
                   f"{format_date(new_role.start)}. Add the membership first.")
    else:
        message = (f"A {label} must be a member of the committee for the whole period: their "
                   f"membership does not cover {format_date(covered_until)}.")
    return (Problem("person_id", message),)


def check_no_overlapping_duplicate(
    new_role: Role, existing: Sequence[Role]
) -> tuple[Problem, ...]:
    """The same person cannot hold the same role or membership twice at once."""
    for r in _others(new_role, existing):
        if (
            r.person_id == new_role.person_id
            and r.kind == new_role.kind
            and _same_body(new_role, r)
            and overlaps(new_role.start, new_role.end, r.start, r.end)
        ):
            label = ROLE_KIND_LABELS.get(r.kind, r.kind)
            return (Problem(
                "start",
                f"They already hold this role ({label}) {_period(r)}; the dates overlap.",
            ),)
    return ()


#: Each office and the one the same person may not hold with it at the same time.
_CHAIR_AND_VICE = {"council_chair": "council_vice_chair", "council_vice_chair": "council_chair",
                   "committee_chair": "committee_vice_chair",
                   "committee_vice_chair": "committee_chair"}


def check_not_chair_and_vice(
    new_role: Role, existing: Sequence[Role], names: Mapping[int, str] | None = None
) -> tuple[Problem, ...]:
    """One person cannot be Chair and Vice-Chair (of the council, or of one committee) at once.

    The clerk ends the other office first; nothing is ended behind their back.
    """
    other_kind = _CHAIR_AND_VICE.get(new_role.kind)
    if other_kind is None:
        return ()
    for r in _others(new_role, existing):
        if (
            r.person_id == new_role.person_id
            and r.kind == other_kind
            and _same_body(new_role, r)
            and overlaps(new_role.start, new_role.end, r.start, r.end)
        ):
            who = names[r.person_id] if names and r.person_id in names else "They"
            council = r.kind.startswith("council")
            held = "Vice-Chair" if "vice" in r.kind else "Chair"
            wanted = "Vice-Chair" if "vice" in new_role.kind else "Chair"
            if not council:
                held, wanted = held.lower(), wanted.lower()
            body = "of the council" if council else "of this committee"
            return (Problem(
                "person_id",
                f"{who} is already {held} {body} {_period(r)}. One person cannot be "
                f"{'Chair and Vice-Chair' if council else 'chair and vice-chair'} at once: "
                f"end their {held} role first (Roles & committees, End role), then make "
                f"them {wanted}, or choose someone else.",
            ),)
    return ()


def check_role(
    new_role: Role, existing: Sequence[Role], names: Mapping[int, str] | None = None
) -> tuple[Problem, ...]:
    """All role checks together, for a form that saves one role."""
    problems = list(validate_role(new_role))
    if new_role.kind in SINGLE_HOLDER_KINDS:
        problems += check_single_holder(new_role.kind, new_role, existing, names)
    problems += check_chair_is_member(new_role, existing)
    problems += check_not_chair_and_vice(new_role, existing, names)
    problems += check_no_overlapping_duplicate(new_role, existing)
    return tuple(problems)


# ---------------------------------------------------------------------------
# The register as a whole
# ---------------------------------------------------------------------------


def register_gaps(
    roles: Sequence[Role], officers: Sequence[Officer], today: date
) -> tuple[Problem, ...]:
    """Positions the register lacks (or has twice) on ``today``."""
    problems: list[Problem] = []
    chairs = [r for r in roles if r.kind == "council_chair" and current_on(r, today)]
    if not chairs:
        problems.append(Problem("council_chair", NO_CHAIR))
    elif len({r.person_id for r in chairs}) > 1:
        problems.append(Problem("council_chair", "More than one Chair recorded for today."))
    vices = [r for r in roles if r.kind == "council_vice_chair" and current_on(r, today)]
    if len({r.person_id for r in vices}) > 1:
        problems.append(Problem("council_vice_chair",
                                "More than one Vice-Chair recorded for today."))
    proper = [o for o in officers if o.is_proper_officer and o.is_current(today)]
    if not proper:
        problems.append(Problem("is_proper_officer", NO_PROPER_OFFICER))
    elif len(proper) > 1:
        problems.append(Problem("is_proper_officer",
                                "More than one Proper Officer recorded: "
                                + ", ".join(o.full_name for o in proper) + "."))
    return tuple(problems)
