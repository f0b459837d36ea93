"""Advice to party groups (GROUP-1, GROUP-2): what one group was told, and which other
groups must still be told the same."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from parishdesk.domain.enquiry_checks import CheckWarning
from parishdesk.domain.group_advice import check_group_advice_text, group_advice_status
from parishdesk.domain.text_fields import single_line_problem
from parishdesk.services.enquiries.common import EnquiryProblem
from parishdesk.store import group_advice_store, members_store


@dataclass(frozen=True)
class GroupAdviceView:
    id: int
    matter: str
    advised_group: str
    advised_on: dt.date
    summary: str
    enquiry_id: int | None
    told: tuple[tuple[str, dt.date], ...]
    outstanding: tuple[str, ...]
    status_text: str


def record_group_advice(advised_group_id: int, matter: str, summary: str, on: dt.date,
                        actor: str, enquiry_id: int | None = None
                        ) -> tuple[int, CheckWarning | None]:
    """Record advice given to one party group; every other group is then still to be told.

    Returns the record's id and a GROUP-1 warning if the summary reads as a recommendation.
    """
    group = next((g for g in members_store.list_groups() if g.id == advised_group_id), None)
    if group is None or group.id is None:
        raise EnquiryProblem({"group": "Choose the party group that was advised."})
    if not matter.strip():
        raise EnquiryProblem({"matter": "Say what the advice was about."})
    if message := single_line_problem("What the advice was about", matter):
        raise EnquiryProblem({"matter": message})
    advice = group_advice_store.add(actor, group.id, group.name, matter.strip(),
                                    summary.strip(), on, enquiry_id=enquiry_id)
    return advice.id, check_group_advice_text(summary)


def mark_group_told(advice_id: int, group_id: int, told_on: dt.date, actor: str) -> None:
    """Tick one other party group as told, with the date (GROUP-2)."""
    advice = group_advice_store.get(advice_id)
    group = next((g for g in members_store.list_groups() if g.id == group_id), None)
    if advice is None or group is None or group.id is None:
        raise EnquiryProblem("That advice record or party group no longer exists.")
    if any(t.group_id == group_id for t in group_advice_store.told_for(advice_id)):
        raise EnquiryProblem(f"{group.name} is already recorded as told.")
    group_advice_store.add_told(advice.id, actor, group.id, group.name, told_on)


def group_advice_log(outstanding_only: bool = False) -> list[GroupAdviceView]:
    """Every piece of advice to a group, newest first, with who still has to be told."""
    groups = [g.name for g in members_store.list_groups()]
    views = []
    for advice in group_advice_store.advice_list():
        told = {t.group_name: t.told_on for t in group_advice_store.told_for(advice.id)}
        status = group_advice_status(advice.advised_group, groups, told)
        if outstanding_only and status.complete:
            continue
        views.append(GroupAdviceView(advice.id, advice.matter, advice.advised_group,
                                     advice.advised_on, advice.summary, advice.enquiry_id,
                                     status.told, status.outstanding, status.summary))
    return views
