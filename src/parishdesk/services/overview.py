"""What the main window shows about an area before the clerk opens it.

The navigation list's badge beside each area (e.g. "15 overdue") and the lines
of the reminder banner, read with a few cheap queries. The main window builds
an area's page only when the clerk first goes to it; until then these answers
stand in for what the page itself would say, word for word. Once a page is
built it keeps its own badge and banner lines up to date after each change.

Each area's service is imported inside its function, so asking about one area
does not load the others (nor any window).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable
from dataclasses import dataclass

#: The member reminders that are urgent enough for the banner.
URGENT_MEMBER_REMINDERS = ("overdue", "warning")


@dataclass(frozen=True)
class AreaSummary:
    """The badge beside an area's name ("" for none) and its lines for the banner."""

    badge: str = ""
    alerts: tuple[str, ...] = ()


def members_summary(today: dt.date) -> AreaSummary:
    from parishdesk.services import members

    reminders = members.reminders(today)
    overdue = sum(1 for r in reminders if r.severity == "overdue")
    return AreaSummary(
        str(overdue) if overdue else "",
        tuple(f"Members: {r.text}" for r in reminders if r.severity in URGENT_MEMBER_REMINDERS))


def enquiries_summary(today: dt.date) -> AreaSummary:
    from parishdesk.services import enquiries, inbox

    overdue = inbox.overdue_count(today)
    lines = []
    if overdue:
        lines.append(f"{overdue} enquir{'ies are' if overdue != 1 else 'y is'} overdue: "
                     "see Enquiries, Overdue.")
    for view in enquiries.group_advice_log(outstanding_only=True):
        lines.append(f"Advice to {view.advised_group} on \u201c{view.matter}\u201d is still "
                     f"to be offered to: {', '.join(view.outstanding)}.")
    return AreaSummary(f"{overdue} overdue" if overdue else "", tuple(lines))


def access_summary(today: dt.date) -> AreaSummary:
    from parishdesk.services import access

    count = access.overdue_count(today)
    return AreaSummary(f"{count} overdue" if count else "")


def disputes_summary(today: dt.date) -> AreaSummary:
    """Only how many cases have an overdue step, and their references (DISP-12)."""
    from parishdesk.services.disputes import cases

    overdue = len(cases.overdue_cases(today))
    return AreaSummary(f"{overdue} overdue" if overdue else "", tuple(cases.alerts(today)))


def documents_summary(today: dt.date) -> AreaSummary:
    from parishdesk.services import protocols

    review = protocols.review_status(today)
    badge = {"overdue": "review overdue", "due": "review due"}.get(review.state, "")
    alerts = ((f"Member/Officer Protocol: {review.message}",)
              if review.state in ("due", "overdue") else ())
    return AreaSummary(badge, alerts)


def meetings_summary(today: dt.date) -> AreaSummary:
    from parishdesk.services.meetings import register

    badge, alerts = register.summary(today)
    return AreaSummary(badge, alerts)


SUMMARIES: dict[str, Callable[[dt.date], AreaSummary]] = {
    "members": members_summary,
    "enquiries": enquiries_summary,
    "access": access_summary,
    "disputes": disputes_summary,
    "meetings": meetings_summary,
    "documents": documents_summary,
}


def summaries(today: dt.date, areas: Iterable[str]) -> dict[str, AreaSummary]:
    """The summary of each area asked for that has one (an area not built yet has none)."""
    return {key: SUMMARIES[key](today) for key in areas if key in SUMMARIES}
