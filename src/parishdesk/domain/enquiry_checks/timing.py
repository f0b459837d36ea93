"""Checks on who was asked, when and with whom copied: not through the Clerk, out of hours,
silent copies and a deadline shorter than the council allows."""

from __future__ import annotations

from parishdesk.domain.enquiry import Kind
from parishdesk.domain.enquiry_checks.facts import (
    DAY_NAMES,
    CheckWarning,
    EnquiryFacts,
    _warn,
)
from parishdesk.domain.workdays import is_working_day, working_days_between


def check_not_through_clerk(facts: EnquiryFacts) -> CheckWarning | None:
    """ENQ-1, ROLE-7: work asked of an officer other than the Clerk."""
    if facts.addressed_to_is_clerk or facts.kind == Kind.FACTUAL:
        return None
    who = facts.addressed_to_name.strip() or "an officer other than the Clerk"
    return _warn(
        "not-through-clerk", ("ENQ-1", "ROLE-7"),
        "Work asked of an officer other than the Clerk",
        f"This request for work was sent to {who}, not to the Clerk.",
        "Take the request on through the Clerk, who decides whether and when it is done. "
        "Remind the councillor that only a request for facts may go straight to another officer.",
    )


# "I want you to know…" tells the officer something; it does not direct them.


def _day_list(days: frozenset[int]) -> str:
    return ", ".join(DAY_NAMES[d] for d in sorted(days)) or "no days"


def check_out_of_hours(facts: EnquiryFacts) -> CheckWarning | None:
    """ENQ-6: a demand made while the officer is off duty or on leave."""
    at = facts.received_at
    reasons: list[str] = []
    if facts.officer_on_leave:
        reasons.append(facts.officer_leave_text.strip() or "the officer is on leave")
    if at is not None:
        when = f"{DAY_NAMES[at.weekday()]} {at.strftime('%d/%m/%Y at %H:%M')}"
        if at.weekday() not in facts.officer_working_days:
            reasons.append(f"it arrived on {when}, and the officer works "
                           f"{_day_list(facts.officer_working_days)}")
        elif not is_working_day(at.date(), facts.nation):
            reasons.append(f"it arrived on {when}, a bank holiday")
        elif facts.officer_hours is not None:
            start, end = facts.officer_hours
            if not start <= at.time() < end:
                reasons.append(f"it arrived on {when}, outside the officer's hours "
                               f"({start.strftime('%H:%M')}\u2013{end.strftime('%H:%M')})")
    if not reasons:
        return None
    return _warn(
        "out-of-hours", ("ENQ-6",),
        "Made outside the officer's working time",
        "This came in while the officer was off duty: " + "; ".join(reasons) + ".",
        "Nothing is expected until the officer's next working day; count the deadline from "
        "then. If the councillor pressed for an answer out of hours, remind them that each "
        "side respects the other's time off.",
    )


def check_silent_copies(facts: EnquiryFacts) -> CheckWarning | None:
    """CORR-1: other councillors copied in without the author's consent."""
    names = [name.strip() or "a councillor" for name, consented in facts.copied if not consented]
    if not names:
        return None
    return _warn(
        "copied-without-consent", ("CORR-1",),
        "Copied without the author's consent",
        f"Copied to {', '.join(names)} without the author's consent.",
        "Ask the author whether they agree before copying the reply to anyone else, and show "
        "every copy openly on the letter or e-mail (\u201ccc Councillor \u2026\u201d).",
    )


def check_short_deadline(facts: EnquiryFacts) -> CheckWarning | None:
    """ENQ-2: an answer asked for sooner than a reasonable minimum."""
    if facts.requested_by is None or facts.received_at is None:
        return None
    received = facts.received_at.date()
    days = working_days_between(received, facts.requested_by, facts.nation)
    if days >= facts.min_working_days:
        return None
    by = facts.requested_by.strftime("%d/%m/%Y")
    if facts.requested_by < received:
        found = f"The answer was asked for by {by}, before the enquiry arrived."
    else:
        found = (f"The answer was asked for by {by}: {days} working day"
                 f"{'' if days == 1 else 's'} after it arrived, less than the reasonable "
                 f"minimum of {facts.min_working_days}.")
    return _warn(
        "short-deadline", ("ENQ-2",),
        "Deadline shorter than a reasonable time",
        found,
        "Tell the councillor when they can expect an answer, allowing a reasonable time to "
        "gather or research it, or explain why it cannot be given.",
    )
