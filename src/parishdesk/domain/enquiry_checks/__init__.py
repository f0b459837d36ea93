"""Protocol checks run when an enquiry is saved.

Each check is a small function from :class:`EnquiryFacts` to a
:class:`CheckWarning` or ``None``; :data:`CHECKS` lists them, and
:func:`run_checks` runs the list. A warning says what was found and what to
do; the rule's wording and source come from :mod:`parishdesk.domain.rules`.

The word checks look for hints, not proof. They are tuned to stay quiet on
ordinary council business (the election of the Chair, the council's own
disciplinary policy) and they only ever advise the Clerk.
"""

from __future__ import annotations

from collections.abc import Iterable

from parishdesk.domain.enquiry_checks.facts import (
    DEFAULT_MIN_WORKING_DAYS,
    Check,
    CheckWarning,
    EnquiryFacts,
)
from parishdesk.domain.enquiry_checks.timing import (
    check_not_through_clerk,
    check_out_of_hours,
    check_short_deadline,
    check_silent_copies,
)
from parishdesk.domain.enquiry_checks.wording import (
    check_declared_interest,
    check_instruction,
    check_not_council_business,
    check_priority_demand,
    check_staff_personal_matters,
)

__all__ = [
    "CHECKS",
    "DEFAULT_MIN_WORKING_DAYS",
    "Check",
    "CheckWarning",
    "EnquiryFacts",
    "check_declared_interest",
    "check_instruction",
    "check_not_council_business",
    "check_not_through_clerk",
    "check_out_of_hours",
    "check_priority_demand",
    "check_short_deadline",
    "check_silent_copies",
    "check_staff_personal_matters",
    "run_checks",
]

CHECKS: tuple[Check, ...] = (
    check_not_through_clerk,
    check_instruction,
    check_not_council_business,
    check_staff_personal_matters,
    check_out_of_hours,
    check_silent_copies,
    check_short_deadline,
    check_priority_demand,
    check_declared_interest,
)


def run_checks(facts: EnquiryFacts, checks: Iterable[Check] = CHECKS) -> tuple[CheckWarning, ...]:
    """Run every check on ``facts``; return the warnings in check order."""
    return tuple(w for w in (check(facts) for check in checks) if w is not None)
