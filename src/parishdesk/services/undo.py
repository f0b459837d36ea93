"""Edit > Undo: take back the last reversible change made in this session, safely.

Only a few changes are reversible, each undone through the same service that made it
(so the undo is itself one audited transaction, under the name of whoever undoes it):

- an enquiry's priority, or the officer it is assigned to, back to the previous value;
- an enquiry's status back to the previous one, where the lifecycle allows that move;
- a councillor's or an officer's edited details back to what they were;
- a councillor or an officer archived: back on the register, with the roles their
  leaving ended as they were;
- an interest, special relationship or training record archived: put back on the register.

An undo is refused, with the reason, when the record has changed since (by another
window, or a later change): undoing then would overwrite work. Nothing is ever deleted.
The stack lives as long as the window (a session); it is not kept between starts.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import cast

from parishdesk.domain.members import Councillor, Officer, Role

NOTHING = "Nothing changed in this session can be undone."


@dataclass(frozen=True)
class Change:
    """One change the clerk made; ``undo`` reverses it (given the actor), ``still_current``
    says whether the record is still as the change left it."""

    description: str
    undo: Callable[[str], object] | None = None
    still_current: Callable[[], bool] = lambda: True
    #: Why it cannot be undone (for a change that is not reversible).
    why_not: str = ""
    #: The area whose page shows the record ("enquiries", "members"), and the record.
    area: str = ""
    record_id: int | None = None


@dataclass
class UndoStack:
    """The changes of this session that can be taken back, newest last."""

    limit: int = 30
    _changes: list[Change] = field(default_factory=list)
    #: Called after each change recorded or undone (the window greys Undo out or names it).
    listeners: list[Callable[[], object]] = field(default_factory=list)

    def record(self, change: Change) -> None:
        self._changes.append(change)
        del self._changes[:-self.limit]
        self._tell()

    def clear(self) -> None:
        """Forget every change (another officer takes the keyboard: they undo their own)."""
        self._changes.clear()
        self._tell()

    def _tell(self) -> None:
        for listener in self.listeners:
            listener()

    def peek(self) -> Change | None:
        return self._changes[-1] if self._changes else None

    def why_not(self) -> str | None:
        """Why Undo cannot be used now (None: it can)."""
        last = self.peek()
        if last is None:
            return NOTHING
        if last.undo is None:
            return last.why_not or f"{last.description[:1].upper()}{last.description[1:]} " \
                "cannot be undone."
        if not last.still_current():
            return (f"{last.description[:1].upper()}{last.description[1:]} cannot be undone: "
                    "the record has changed since.")
        return None

    def undo(self, actor: str) -> Change:
        """Reverse the last change (raises ``UndoRefused`` with the reason if it is not safe)."""
        reason = self.why_not()
        if reason is not None:
            raise UndoRefused(reason)
        change = self._changes[-1]
        assert change.undo is not None
        change.undo(actor)  # if the service refuses, the change stays to be tried again
        self._changes.pop()
        self._tell()
        return change


class UndoRefused(Exception):
    """Undo is not safe now; the message says why (shown to the clerk as it is)."""


# --- the reversible changes --------------------------------------------------------------

def priority_change(enquiry_id: int, reference: str, before: str, after: str,
                    by_officer_id: int | None) -> Change:
    from parishdesk.domain import enquiry as enquiry_rules
    from parishdesk.services.enquiries import common, lifecycle

    label = enquiry_rules.PRIORITY_LABELS[enquiry_rules.Priority(before)].lower()
    return Change(
        f"the priority of {reference} (back to {label})",
        lambda actor: lifecycle.set_priority(enquiry_id, before, by_officer_id, actor),
        lambda: common.load(enquiry_id).priority == after, area="enquiries",
        record_id=enquiry_id)


def assignment_change(enquiry_id: int, reference: str, before_id: int | None,
                      before_name: str, after_id: int, by_officer_id: int | None) -> Change:
    from parishdesk.services.enquiries import common, lifecycle

    if before_id is None:
        return Change(f"assigning {reference}",
                      why_not=f"Assigning {reference} cannot be undone: it had no one before. "
                              "Assign it to someone else instead.")
    return Change(
        f"assigning {reference} (back to {before_name})",
        lambda actor: lifecycle.assign(enquiry_id, before_id, by_officer_id, actor),
        lambda: common.load(enquiry_id).assigned_to_id == after_id, area="enquiries",
        record_id=enquiry_id)


def status_change(enquiry_id: int, reference: str, before: str, after: str,
                  now: Callable[[], dt.datetime]) -> Change:
    from parishdesk.domain import enquiry as enquiry_rules
    from parishdesk.services.enquiries import common, lifecycle

    label = enquiry_rules.STATUS_LABELS[enquiry_rules.Status(before)].lower()
    allowed = enquiry_rules.Status(before) in enquiry_rules.allowed_transitions(after)
    if not allowed or before == enquiry_rules.Status.ANSWERED.value:
        return Change(f"marking {reference} "
                      f"{enquiry_rules.STATUS_LABELS[enquiry_rules.Status(after)].lower()}",
                      why_not=f"{reference} cannot go back to {label}: an enquiry's status "
                              "only moves forward, or back into work.")
    return Change(
        f"the status of {reference} (back to {label})",
        lambda actor: lifecycle.transition(enquiry_id, before, actor, now(),
                                           "Undone: back to the status before."),
        lambda: common.load(enquiry_id).status == after, area="enquiries",
        record_id=enquiry_id)


def councillor_edit(before: Councillor, after: Councillor, today: dt.date) -> Change:
    from parishdesk.services.members import common, people

    assert before.id is not None
    person_id = before.id
    return Change(
        f"the changes to {before.display_name}'s details",
        lambda actor: people.update_councillor(before, actor, today),
        lambda: common.known_councillor(person_id, today) == after, area="members",
        record_id=person_id)


def member_edit(before: Councillor | Officer, after: object, today: dt.date) -> Change:
    """A councillor's or an officer's details saved (``after``: what the save returned)."""
    if isinstance(before, Councillor) and isinstance(after, Councillor):
        return councillor_edit(before, after, today)
    if isinstance(before, Officer) and isinstance(after, Officer):
        return officer_edit(before, after, today)
    return Change("saving the details", why_not="Saving the details cannot be undone.")


def officer_edit(before: Officer, after: Officer, today: dt.date) -> Change:
    from parishdesk.services.members import people
    from parishdesk.store import members_store

    assert before.id is not None
    person_id = before.id
    return Change(
        f"the changes to {before.full_name}'s details",
        lambda actor: people.update_officer(before, actor, today),
        lambda: members_store.get_officer(person_id) == after, area="members",
        record_id=person_id)


def entry_archive(table: str, record_id: int, what: str) -> Change:
    """``what``: the entry as the menu names it, e.g. 'the interest "Director of …"'."""
    from parishdesk.services.members import declarations
    from parishdesk.store import register_restore, register_store

    assert table in register_restore.RESTORABLE
    kind = cast("register_store.RegisterTable", table)
    return Change(
        f"archiving {what}",
        lambda actor: declarations.restore_entry(kind, record_id, actor),
        lambda: register_store.record_archived(kind, record_id) is True, area="members")


def member_archive(before: Councillor | Officer, roles_before: Sequence[Role]) -> Change:
    """``before``: the councillor or officer as they were just before being archived."""
    from parishdesk.services.members import people
    from parishdesk.store import register_store

    assert before.id is not None
    person_id = before.id
    if isinstance(before, Councillor):
        name, left_on, left_reason, ended_on = (before.display_name, before.left_on,
                                                before.left_reason, None)
    else:
        name, left_on, left_reason, ended_on = before.full_name, None, "", before.ended_on
    return Change(
        f"archiving {name}",
        lambda actor: people.reinstate(person_id, left_on, left_reason, ended_on,
                                       roles_before, actor),
        lambda: register_store.is_archived(person_id), area="members", record_id=person_id)
