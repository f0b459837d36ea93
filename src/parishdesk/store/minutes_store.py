"""Minutes and their signatures: the store side of the signed minute book.

Signed minutes are never rewritten through here: :func:`update_minute`
refuses a minute that carries a signature hash, whatever calls it.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from parishdesk.domain.meetings.records import Minute, Signature
from parishdesk.errors import ParishDeskError
from parishdesk.store import audit
from parishdesk.store.db import database
from parishdesk.store.meetings_models import MinuteRow, MinuteSignatureRow
from parishdesk.store.meetings_store import _columns, _fk, _get

SIGNED_MESSAGE = ("Minute {number} is part of signed minutes and is never changed. Record a "
                  "correction as a new minute at a later meeting that refers to it.")


class SignedMinute(ParishDeskError):
    title = "Signed minutes are never changed"


def _minute(row: MinuteRow) -> Minute:
    return Minute(id=row.get_id(), meeting_id=_fk(row, "meeting"), item_id=_fk(row, "item"),
                  position=row.position, number=row.number, title=row.title, body=row.body,
                  confidential=bool(row.confidential), corrects_id=_fk(row, "corrects"),
                  signed_hash=row.signed_hash)


_FIELDS = ("meeting_id", "item_id", "position", "number", "title", "body", "confidential",
           "corrects_id")


def list_minutes(meeting_id: int) -> list[Minute]:
    query = MinuteRow.select().where((MinuteRow.meeting == meeting_id)
                                     & MinuteRow.archived_at.is_null())
    return [_minute(r) for r in query.order_by(MinuteRow.position, MinuteRow.id)]


def get_minute(minute_id: int) -> Minute:
    return _minute(_get(MinuteRow, minute_id))


def all_numbers() -> list[str]:
    return [r.number for r in MinuteRow.select(MinuteRow.number).where(MinuteRow.number != "")]


def add_minute(actor: str, m: Minute) -> Minute:
    row = audit.create(MinuteRow, actor, **_columns({f: getattr(m, f) for f in _FIELDS}))
    return _minute(row)


def replace_drafts(actor: str, meeting_id: int, minutes: Sequence[Minute]) -> list[Minute]:
    """Archive the meeting's draft minutes (kept, never deleted) and store a fresh draft."""
    with database.atomic():
        for row in MinuteRow.select().where((MinuteRow.meeting == meeting_id)
                                            & MinuteRow.archived_at.is_null()):
            if row.signed_hash:
                raise SignedMinute(SIGNED_MESSAGE.format(number=row.number or row.title))
            audit.archive(row, actor, "Redrafted from the meeting's record")
        return [add_minute(actor, m) for m in minutes]


def update_minute(actor: str, minute_id: int, **fields: Any) -> Minute:
    row = _get(MinuteRow, minute_id)
    if row.signed_hash:
        raise SignedMinute(SIGNED_MESSAGE.format(number=row.number or row.title))
    audit.update(row, actor, **_columns(fields))
    return _minute(row)


def _signature(row: MinuteSignatureRow) -> Signature:
    return Signature(meeting_id=_fk(row, "meeting"), signed_by=row.signed_by,
                     signed_on=row.signed_on, content_hash=row.content_hash,
                     previous_hash=row.previous_hash, chain_hash=row.chain_hash)


def signatures() -> list[Signature]:
    """Every signed set, in the order they were signed."""
    return [_signature(r) for r in MinuteSignatureRow.select().order_by(MinuteSignatureRow.id)]


def last_chain_hash() -> str | None:
    row = MinuteSignatureRow.select().order_by(MinuteSignatureRow.id.desc()).first()
    return row.chain_hash if row else None


def save_signature(actor: str, hashed: Sequence[Minute], signature: Signature) -> None:
    """Store each minute's hash and the chained signature, in one transaction."""
    with database.atomic():
        for m in hashed:
            row = _get(MinuteRow, m.id or 0)
            if row.signed_hash:
                raise SignedMinute(SIGNED_MESSAGE.format(number=row.number or row.title))
            audit.update(row, actor, "Signed", signed_hash=m.signed_hash)
        audit.create(MinuteSignatureRow, actor, meeting=signature.meeting_id,
                     signed_by=signature.signed_by, signed_on=signature.signed_on,
                     content_hash=signature.content_hash,
                     previous_hash=signature.previous_hash, chain_hash=signature.chain_hash)
