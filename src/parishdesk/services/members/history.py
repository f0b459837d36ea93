"""Reminders for the member register and each person's history, in plain words."""

from __future__ import annotations

import datetime as dt

from parishdesk.domain.member_history import HistoryLine, HistoryNames, describe
from parishdesk.domain.reminders import Reminder, member_reminders
from parishdesk.services.meetings.attendance import attendance_reminders
from parishdesk.services.members.common import TIME_ZONE, election_year
from parishdesk.store import members_store, register_store
from parishdesk.store.audit import AuditRecord

# --- Reminders and history ----------------------------------------------------------------

def reminders(today: dt.date) -> tuple[Reminder, ...]:
    """Interests forms due or overdue, terms ending, no Chair or Proper Officer, and members
    near or past the six-month attendance limit (from the meetings area)."""
    return member_reminders(
        members_store.list_councillors(on=today), members_store.list_officers(),
        members_store.list_roles(), today, election_year(), register_store.list_interests_forms(),
    ) + attendance_reminders(today)


def person_audit(person_id: int) -> list[AuditRecord]:
    """Every audit entry about a person and their roles and register records, oldest first."""
    wanted: list[tuple[str, int | None]] = [("person", person_id)]
    wanted += [("role", r.id) for r in register_store.all_roles_of(person_id)]
    wanted += [("interest", x.id)
               for x in register_store.list_interests(person_id, include_archived=True)]
    wanted += [("special_relationship", x.id)
               for x in register_store.list_relationships(person_id, include_archived=True)]
    wanted += [("training_record", x.id)
               for x in register_store.list_training(person_id, include_archived=True)]
    wanted += [("interests_form", x.id) for x in register_store.list_interests_forms(person_id)]
    return register_store.history_of(wanted)


def council_time_zone() -> dt.tzinfo:
    """The time zone the History shows times in (the audit log keeps UTC)."""
    from zoneinfo import ZoneInfo, ZoneInfoNotFoundError  # when a History is first shown

    try:
        return ZoneInfo(TIME_ZONE)
    except ZoneInfoNotFoundError:  # no time zone data on this computer: its own clock
        return dt.datetime.now().astimezone().tzinfo or dt.UTC


def person_history(person_id: int) -> list[HistoryLine]:
    """A person's History tab, oldest first: each change as a plain-English sentence, with
    names instead of ids, dd/mm/yyyy dates and the local time."""
    names = HistoryNames(
        committees=register_store.committee_names_by_id(),
        groups=register_store.group_names_by_id(),
        people={o.id: o.full_name for o in members_store.list_officers(include_former=True)
                if o.id is not None},
        roles={r.id: r for r in register_store.all_roles_of(person_id) if r.id is not None},
        interests={x.id: x for x in register_store.list_interests(person_id, True)
                   if x.id is not None},
        relationships={x.id: x for x in register_store.list_relationships(person_id, True)
                       if x.id is not None},
        training={x.id: x for x in register_store.list_training(person_id, True)
                  if x.id is not None},
        subject_kind=register_store.person_kind(person_id) or "councillor",
    )
    zone = council_time_zone()
    return [describe(entry, names, zone) for entry in person_audit(person_id)]
