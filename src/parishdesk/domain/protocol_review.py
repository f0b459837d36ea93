"""When the adopted protocol is next due for review (PROTO-1, PROTO-2).

Two dates can make a review due: the next review date written in the
protocol's document control (PROTO-1), and the annual review (PROTO-2), a
year after the protocol was last reviewed or, if it never was, adopted. The
earlier of the two counts. A review shows as due from 30 days before that
date, and as overdue the day after it.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from typing import Literal

ReviewState = Literal["none", "ok", "due", "overdue"]

WARN_DAYS = 30
"""A review is shown as due this many days before its date."""


@dataclass(frozen=True)
class ReviewStatus:
    state: ReviewState
    message: str
    due_on: date | None


def _fmt(d: date) -> str:
    return d.strftime("%d/%m/%Y")


def one_year_after(d: date) -> date:
    """The same day a year later (29 February becomes 28 February)."""
    try:
        return d.replace(year=d.year + 1)
    except ValueError:
        return d.replace(year=d.year + 1, day=28)


def annual_review_due(last_reviewed: date | None, adopted_on: date | None) -> date | None:
    """PROTO-2: a year after the last review, or after adoption if never reviewed."""
    base = last_reviewed or adopted_on
    return one_year_after(base) if base else None


def review_status(today: date, *, adopted: bool, version_label: str = "",
                  next_review: date | None = None, last_reviewed: date | None = None,
                  adopted_on: date | None = None) -> ReviewStatus:
    """Whether the adopted protocol's review is not yet due, due soon or overdue."""
    if not adopted:
        return ReviewStatus("none", "No protocol has been adopted yet, so no review is due.", None)
    annual = annual_review_due(last_reviewed, adopted_on)
    candidates = [(d, why) for d, why in (
        (next_review, "the next review date in its document control"),
        (annual, "the annual review"),
    ) if d is not None]
    name = f"The Member/Officer Protocol (version {version_label})" if version_label \
        else "The Member/Officer Protocol"
    if not candidates:
        return ReviewStatus(
            "due", f"{name} has no review date. Record when it was adopted or last reviewed "
            "and when it is next to be reviewed.", None)
    due_on, why = min(candidates, key=lambda c: c[0])
    days = (due_on - today).days
    if days < 0:
        late = -days
        return ReviewStatus(
            "overdue", f"{name} was due for review on {_fmt(due_on)} ({why}); "
            f"the review is {late} day{'s' if late != 1 else ''} overdue.", due_on)
    if days <= WARN_DAYS:
        when = "today" if days == 0 else f"in {days} day{'s' if days != 1 else ''}"
        return ReviewStatus(
            "due", f"{name} is due for review on {_fmt(due_on)}, {when} ({why}).", due_on)
    return ReviewStatus(
        "ok", f"{name} is next due for review on {_fmt(due_on)} ({why}).", due_on)


def warn_from(due_on: date) -> date:
    """The first day a review shows as due."""
    return due_on - timedelta(days=WARN_DAYS)
