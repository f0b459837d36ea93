"""The letters register: every issued letter's data and where its PDF is kept.

Entries go out as the domain's :class:`RegisteredLetter`, the letter itself as its
:class:`Letter`; never as peewee rows.
"""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import asdict

import peewee

from parishdesk.domain.letter_register import RegisteredLetter
from parishdesk.domain.letters import LETTER_TYPES, Letter, Letterhead, Recipient, Signatory
from parishdesk.store import audit
from parishdesk.store.db import BaseModel, database
from parishdesk.store.models import utcnow


class IssuedLetter(BaseModel):
    id = peewee.AutoField()
    reference = peewee.CharField(max_length=30, unique=True)
    year = peewee.IntegerField()
    number = peewee.IntegerField()
    letter_type = peewee.CharField(max_length=40, index=True)
    issued_on = peewee.DateField(index=True)
    recipient_name = peewee.CharField(max_length=200)
    recipient_person_id = peewee.IntegerField(null=True, index=True)
    subject = peewee.CharField(max_length=300)
    signatory_name = peewee.CharField(max_length=200)
    signatory_role = peewee.CharField(max_length=20)
    cc = peewee.TextField(default="")
    data = peewee.TextField()
    pdf_file = peewee.CharField(max_length=300)
    sha256 = peewee.CharField(max_length=64)
    related_table = peewee.CharField(max_length=60, default="")
    related_id = peewee.CharField(max_length=40, default="")
    archived_at = peewee.DateTimeField(null=True)
    created_at = peewee.DateTimeField(default=utcnow)

    class Meta:
        table_name = "issued_letter"


def letter_to_json(letter: Letter) -> str:
    data = asdict(letter)
    data["date"] = letter.date.isoformat()
    return json.dumps(data, ensure_ascii=False, sort_keys=True)


def letter_from_json(text: str) -> Letter:
    data = json.loads(text)
    return Letter(
        reference=data["reference"], date=dt.date.fromisoformat(data["date"]),
        letterhead=Letterhead(**{**data["letterhead"],
                                 "address_lines": tuple(data["letterhead"]["address_lines"])}),
        recipient=Recipient(**{**data["recipient"],
                               "address_lines": tuple(data["recipient"]["address_lines"])}),
        subject=data["subject"], body=tuple(data["body"]),
        signatory=Signatory(**data["signatory"]), cc=tuple(data["cc"]),
        letter_type=data["letter_type"], title=data.get("title", ""),
    )


def next_number(year: int) -> int:
    """The next free number in the year's sequence (PD/2026/0001, 0002 …)."""
    current = (IssuedLetter.select(peewee.fn.MAX(IssuedLetter.number))
               .where(IssuedLetter.year == year).scalar())
    return int(current or 0) + 1


def save(letter: Letter, year: int, number: int, pdf_file: str, sha256: str, actor: str,
         recipient_person_id: int | None = None, related: tuple[str, object] | None = None,
         ) -> RegisteredLetter:
    fields = dict(
        reference=letter.reference, year=year, number=number,
        letter_type=letter.letter_type, issued_on=letter.date,
        recipient_name=letter.recipient.name, recipient_person_id=recipient_person_id,
        subject=letter.subject, signatory_name=letter.signatory.name,
        signatory_role=letter.signatory.role, cc="; ".join(letter.cc),
        data=letter_to_json(letter), pdf_file=pdf_file, sha256=sha256,
        related_table=related[0] if related else "", related_id=str(related[1]) if related else "",
    )
    kind = LETTER_TYPES.get(letter.letter_type)
    if kind is None or not kind.confidential:
        return _entry(audit.create(IssuedLetter, actor, **fields))
    # A confidential case letter (DISP-12): the audit log records that it was issued, never
    # what it says or to whom.
    with database.atomic():
        row = IssuedLetter.create(**fields)
        audit.note(IssuedLetter._meta.table_name, row.get_id(), actor,
                   "Confidential case letter issued",
                   {"reference": [None, letter.reference], "letter_type": [None, kind.key]})
    return _entry(row)


def confidential_types() -> tuple[str, ...]:
    return tuple(k for k, t in LETTER_TYPES.items() if t.confidential)


def get(letter_id: int) -> RegisteredLetter | None:
    row = IssuedLetter.get_or_none(IssuedLetter.id == letter_id)
    return _entry(row) if row else None


def get_letter(letter_id: int) -> Letter | None:
    """The letter as issued (paragraphs, letterhead, signatory), to reprint it."""
    row = IssuedLetter.get_or_none(IssuedLetter.id == letter_id)
    return letter_from_json(row.data) if row and not is_erased(row.data) else None


def is_erased(data: str) -> bool:
    """True for a letter whose contents were erased (past its record's retention period):
    its register row keeps only the number, the date and the kind."""
    return data.startswith("[erased on")


def _entry(row: IssuedLetter) -> RegisteredLetter:
    return RegisteredLetter(
        id=row.get_id(), reference=row.reference, issued_on=row.issued_on,
        letter_type=row.letter_type, recipient_name=row.recipient_name,
        recipient_person_id=row.recipient_person_id, subject=row.subject, cc=row.cc,
        signatory_name=row.signatory_name, signatory_role=row.signatory_role,
        pdf_file=row.pdf_file, sha256=row.sha256, related_table=row.related_table,
        related_id=row.related_id)


def search(text: str = "", limit: int = 500) -> list[RegisteredLetter]:
    """Letters, newest first, whose reference, recipient, subject or type contains ``text``.

    Confidential case letters stay in the Disputes area (DISP-12) and are never listed here."""
    query = IssuedLetter.select().where(IssuedLetter.archived_at.is_null()
                                        & IssuedLetter.letter_type.not_in(confidential_types()))
    for word in text.split():
        like = f"%{word}%"
        query = query.where(IssuedLetter.reference ** like | IssuedLetter.recipient_name ** like
                            | IssuedLetter.subject ** like | IssuedLetter.letter_type ** like
                            | IssuedLetter.cc ** like)
    order = (IssuedLetter.issued_on.desc(), IssuedLetter.id.desc())
    return [_entry(row) for row in query.order_by(*order).limit(limit)]


def for_record(table: str, record_id: object) -> list[RegisteredLetter]:
    """The letters issued about one record, oldest first."""
    query = (IssuedLetter.select()
             .where((IssuedLetter.related_table == table)
                    & (IssuedLetter.related_id == str(record_id)))
             .order_by(IssuedLetter.id))
    return [_entry(row) for row in query]


def letters_for_record(table: str, record_id: object) -> list[Letter]:
    """The letters issued about one record, as they were issued, oldest first."""
    query = (IssuedLetter.select(IssuedLetter.data)
             .where((IssuedLetter.related_table == table)
                    & (IssuedLetter.related_id == str(record_id)))
             .order_by(IssuedLetter.id))
    return [letter_from_json(row.data) for row in query if not is_erased(row.data)]
