"""Who has received and signed for the adopted protocol (PROTO-3).

Acknowledgements belong to a (councillor, version) pair: a pack issued for
version 1.0 says nothing about version 1.1, so adopting a new version puts
every councillor back to "not yet acknowledged" without rewriting history.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from parishdesk.domain.members import Councillor, format_date
from parishdesk.errors import ParishDeskError
from parishdesk.store import members_store, protocol_store
from parishdesk.store.db import database

if TYPE_CHECKING:
    from parishdesk.paths import DataPaths
    from parishdesk.services import letters

# The Members register shows each councillor's acknowledgement as it opens, so the
# letter-making services (and the template code behind them) are imported only when
# a reminder is sent.

NOT_YET = "Not yet"

REMINDER_RETURN_DAYS = 14
"""A reminder asks for the signed form back within this many days."""


@dataclass(frozen=True)
class AckRow:
    """One current councillor's position on the adopted protocol version."""

    person_id: int
    name: str
    version_label: str
    issued_on: dt.date | None
    returned_on: dt.date | None
    state: str  # "acknowledged" | "issued" | "not_issued"

    @property
    def label(self) -> str:
        return _label(self.version_label, self.issued_on, self.returned_on)


def _label(version: str, issued_on: dt.date | None, returned_on: dt.date | None) -> str:
    v = f"v{version}" if version else "Current version"
    if returned_on:
        return f"{v} signed {format_date(returned_on)}"
    if issued_on:
        return f"{v} issued {format_date(issued_on)}, not yet signed"
    return NOT_YET


def _current_councillors() -> list[Councillor]:
    return [c for c in members_store.list_councillors() if c.left_on is None]


def status_rows() -> list[AckRow]:
    """Every current councillor's position for the adopted version (empty if none adopted)."""
    adopted = protocol_store.adopted_versions()  # as services.protocols.adopted_version
    info = adopted[-1] if adopted else None
    if info is None:
        return []
    acks = protocol_store.acks_for_version(info.id)
    rows = []
    for c in _current_councillors():
        assert c.id is not None
        ack = acks.get(c.id)
        issued = ack.issued_on if ack else None
        returned = ack.returned_on if ack else None
        state = "acknowledged" if returned else "issued" if issued else "not_issued"
        rows.append(AckRow(c.id, c.display_name, info.version_label, issued, returned, state))
    return rows


def acknowledgement_labels() -> dict[int, str]:
    """Councillor id → "v1.0 signed 03/05/2026", "v1.0 issued …, not yet signed" or "Not yet"."""
    return {row.person_id: row.label for row in status_rows()}


def not_yet_acknowledged() -> list[int]:
    """Current councillors who have not signed for the adopted version, by surname."""
    return [row.person_id for row in status_rows() if row.state != "acknowledged"]


def _check(person_id: int, version_id: int) -> None:
    if members_store.get_councillor(person_id) is None:
        raise ParishDeskError("That councillor is not in the register.")
    if protocol_store.get_version(version_id) is None:
        raise ParishDeskError(f"There is no protocol version number {version_id}.")


def record_issued(person_id: int, version_id: int, issued_on: dt.date, actor: str,
                  letter_reference: str = "") -> None:
    """Record that a pack went out (a later issue replaces the date until it is signed)."""
    _check(person_id, version_id)
    with database.atomic():
        ack = protocol_store.acks_for_version(version_id).get(person_id)
        if ack is not None and ack.returned_on is not None:
            return  # already signed for: a spare copy changes nothing
        fields: dict[str, object] = {"issued_on": issued_on}
        if letter_reference:
            fields["letter_reference"] = letter_reference
        protocol_store.save_ack(person_id, version_id, actor, **fields)


def record_returned(person_id: int, version_id: int, returned_on: dt.date, actor: str) -> None:
    """Record the date the signed acknowledgement came back."""
    _check(person_id, version_id)
    with database.atomic():
        ack = protocol_store.acks_for_version(version_id).get(person_id)
        if ack is not None and ack.issued_on and returned_on < ack.issued_on:
            raise ParishDeskError(
                f"The form cannot come back ({format_date(returned_on)}) before the pack was "
                f"issued ({format_date(ack.issued_on)}).")
        fields: dict[str, object] = {"returned_on": returned_on}
        if ack is None or ack.issued_on is None:
            fields["issued_on"] = returned_on  # handed over and signed on the spot
        protocol_store.save_ack(person_id, version_id, actor, **fields)


# --- Reminders ----------------------------------------------------------------------------

def awaiting_return() -> list[int]:
    """Current councillors sent a pack for the adopted version whose form has not come back."""
    return [row.person_id for row in status_rows() if row.state == "issued"]


def _reminder(paths: DataPaths, person_id: int, actor: str,
              today: dt.date) -> letters.IssuedLetterInfo:
    from parishdesk.domain.letters import TemplateError, long_date
    from parishdesk.services import letters, protocols

    info = protocols.adopted_version()
    if info is None:
        raise ParishDeskError("No protocol has been adopted, so there is nothing to remind "
                              "anyone about.")
    councillor = members_store.get_councillor(person_id)
    if councillor is None:
        raise ParishDeskError("That councillor is not in the register.")
    ack = protocol_store.acks_for_version(info.id).get(person_id)
    if ack is None or ack.issued_on is None:
        raise ParishDeskError(f"No pack has been sent to {councillor.display_name} for the "
                              "adopted protocol yet, so there is nothing to remind them about. "
                              "Make their pack instead.")
    if ack.returned_on is not None:
        raise ParishDeskError(f"{councillor.display_name} returned the signed form on "
                              f"{format_date(ack.returned_on)}; no reminder is needed.")
    title = info.title or "Member/Officer Protocol"
    values = {
        "protocol_title": title,
        "protocol_version": info.version_label,  # "" leaves the version wording out
        "sent_on": long_date(ack.issued_on),
        "return_by": long_date(today + dt.timedelta(days=REMINDER_RETURN_DAYS)),
        "councillor_name": councillor.display_name,
    }
    try:
        subject, body = letters.from_template("ack_reminder", values, paths, today)
    except TemplateError as exc:
        raise ParishDeskError("The acknowledgement reminder template needs correcting in "
                              f"Documents > Letter templates before it can go out. {exc}"
                              ) from None
    letter = letters.compose("ack_reminder", letters.councillor_recipient(person_id), subject,
                             body, today, title=f"{title}: acknowledgement reminder")
    return letters.issue_letter(paths, letter, actor, recipient_person_id=person_id,
                                related=("protocol_version", info.id))


def send_reminder(paths: DataPaths, person_id: int, actor: str,
                  today: dt.date) -> letters.IssuedLetterInfo:
    """Issue an acknowledgement reminder to a councillor whose signed form is outstanding.

    The letter (template "ack_reminder") says when the pack was sent and asks for the form
    back within ``REMINDER_RETURN_DAYS``; it goes through the letter engine, so it is in the
    letters register. Refused (ParishDeskError) if no pack was sent or the form is back.
    """
    with database.atomic():
        return _reminder(paths, person_id, actor, today)


def send_reminders(paths: DataPaths, person_ids: Sequence[int], actor: str,
                   today: dt.date) -> list[letters.IssuedLetterInfo]:
    """A reminder to each of ``person_ids``: all of them issued, or (on any problem) none."""
    ids = list(dict.fromkeys(person_ids))
    if not ids:
        raise ParishDeskError("Nobody is waiting to return a signed form, so no reminder "
                              "is needed.")
    with database.atomic():
        return [_reminder(paths, person_id, actor, today) for person_id in ids]
