"""The protocol library as stored: versions, clause-to-rule links, acknowledgements.

Each version keeps the whole parsed :class:`~parishdesk.domain.protocol.Protocol`
as JSON (blocks included, so bullet lists and (a)/(i)/(1) sub-items survive a
round trip) beside its document-control columns and status. Links are kept
per (version, clause number); acknowledgements per (councillor, version).
Reads hand back the domain's records (:class:`VersionInfo`, :class:`Acknowledgement`,
:class:`Protocol`); writes go through the audit log; nothing is
ever deleted.
"""

from __future__ import annotations

import datetime as dt
import json
from typing import TYPE_CHECKING, Any

import peewee

from parishdesk.domain.protocol.versions import Acknowledgement, VersionInfo
from parishdesk.store import audit
from parishdesk.store.db import BaseModel
from parishdesk.store.models import Person, utcnow

if TYPE_CHECKING:
    from parishdesk.domain.protocol import Block, Protocol

# The protocol's records (and its text helpers) load when a text is read or saved: the
# Members register reads only versions and acknowledgements as it opens.


class ProtocolVersionRow(BaseModel):
    id = peewee.AutoField()
    title = peewee.CharField(max_length=300, default="")
    version_label = peewee.CharField(max_length=40, default="")
    status = peewee.CharField(max_length=20, index=True, default="draft")
    adopted_on = peewee.DateField(null=True)
    last_reviewed = peewee.DateField(null=True)
    next_review = peewee.DateField(null=True)
    meeting = peewee.CharField(max_length=200, default="")
    minute_ref = peewee.CharField(max_length=100, default="")
    source_name = peewee.CharField(max_length=300, default="")
    data = peewee.TextField()
    superseded_on = peewee.DateField(null=True)
    archived_at = peewee.DateTimeField(null=True)
    created_at = peewee.DateTimeField(default=utcnow)

    class Meta:
        table_name = "protocol_version"


class ProtocolClauseLinkRow(BaseModel):
    id = peewee.AutoField()
    version = peewee.ForeignKeyField(ProtocolVersionRow, on_delete="RESTRICT")
    clause_number = peewee.CharField(max_length=30)
    rule_ids = peewee.TextField(default="")  # comma-separated rule IDs
    created_at = peewee.DateTimeField(default=utcnow)

    class Meta:
        table_name = "protocol_clause_link"


class ProtocolAckRow(BaseModel):
    id = peewee.AutoField()
    person = peewee.ForeignKeyField(Person, on_delete="RESTRICT")
    version = peewee.ForeignKeyField(ProtocolVersionRow, on_delete="RESTRICT")
    issued_on = peewee.DateField(null=True)
    returned_on = peewee.DateField(null=True)
    letter_reference = peewee.CharField(max_length=30, default="")
    created_at = peewee.DateTimeField(default=utcnow)

    class Meta:
        table_name = "protocol_ack"


# --- Protocol <-> JSON -----------------------------------------------------------------------

def _iso(d: dt.date | None) -> str | None:
    return d.isoformat() if d else None


def _date(v: Any) -> dt.date | None:
    return dt.date.fromisoformat(v) if v else None


def _block_data(b: Block) -> dict[str, Any]:
    return {"kind": b.kind, "text": b.text, "label": b.label, "level": b.level}


def _block(d: dict[str, Any]) -> Block:
    from parishdesk.domain.protocol import Block

    return Block(d["kind"], d["text"], d.get("label"), int(d.get("level", 0)))


def protocol_to_json(p: Protocol) -> str:
    """The whole protocol, blocks included, as JSON text."""
    m = p.metadata
    data = {
        "title": p.title,
        "metadata": {"version": m.version, "adopted": _iso(m.adopted),
                     "last_reviewed": _iso(m.last_reviewed), "next_review": _iso(m.next_review),
                     "adopted_by": m.adopted_by},
        "preamble": [_block_data(b) for b in p.preamble],
        "sections": [
            {"number": s.number, "title": s.title,
             "clauses": [{"number": c.number, "text": c.text,
                          "blocks": [_block_data(b) for b in c.blocks]} for c in s.clauses]}
            for s in p.sections
        ],
    }
    return json.dumps(data, ensure_ascii=False, sort_keys=True)


def protocol_from_json(text: str) -> Protocol:
    from parishdesk.domain.protocol import Clause, Protocol, ProtocolMetadata, Section

    data = json.loads(text)
    m = data.get("metadata", {})
    return Protocol(
        title=data.get("title", ""),
        metadata=ProtocolMetadata(
            version=m.get("version"), adopted=_date(m.get("adopted")),
            last_reviewed=_date(m.get("last_reviewed")), next_review=_date(m.get("next_review")),
            adopted_by=m.get("adopted_by"),
        ),
        sections=tuple(
            Section(s.get("number"), s.get("title", ""), tuple(
                Clause(c.get("number"), c.get("text", ""),
                       tuple(_block(b) for b in c.get("blocks", ())))
                for c in s.get("clauses", ())))
            for s in data.get("sections", ())
        ),
        preamble=tuple(_block(b) for b in data.get("preamble", ())),
    )


# --- Versions ---------------------------------------------------------------------------------

def _record(row: ProtocolVersionRow) -> VersionInfo:
    return VersionInfo(
        id=row.get_id(), title=row.title, version_label=row.version_label, status=row.status,
        adopted_on=row.adopted_on, last_reviewed=row.last_reviewed, next_review=row.next_review,
        meeting=row.meeting, minute_ref=row.minute_ref, source_name=row.source_name,
        superseded_on=row.superseded_on, created_at=row.created_at,
    )


def create_version(actor: str, protocol: Protocol, source_name: str = "") -> int:
    """A new draft; the metadata's "adopted by" is kept as the version's meeting."""
    m = protocol.metadata
    row = audit.create(
        ProtocolVersionRow, actor, title=protocol.title, version_label=m.version or "",
        status="draft", adopted_on=m.adopted, last_reviewed=m.last_reviewed,
        next_review=m.next_review, meeting=(m.adopted_by or "").strip(),
        source_name=source_name, data=protocol_to_json(protocol),
    )
    return int(row.get_id())


def _version_row(version_id: int) -> ProtocolVersionRow | None:
    return ProtocolVersionRow.get_or_none(ProtocolVersionRow.id == version_id)


def get_version(version_id: int) -> VersionInfo | None:
    row = _version_row(version_id)
    return _record(row) if row else None


def get_protocol(version_id: int) -> Protocol | None:
    """The version's text as it was saved (document control as parsed, not as recorded)."""
    row = _version_row(version_id)
    return protocol_from_json(row.data) if row else None


def list_versions() -> list[VersionInfo]:
    """Every version, newest first."""
    query = (ProtocolVersionRow.select().where(ProtocolVersionRow.archived_at.is_null())
             .order_by(ProtocolVersionRow.created_at.desc(), ProtocolVersionRow.id.desc()))
    return [_record(row) for row in query]


def adopted_versions() -> list[VersionInfo]:
    """The version(s) marked adopted, oldest first (one, unless something is wrong)."""
    return [_record(row) for row in
            ProtocolVersionRow.select().where(ProtocolVersionRow.status == "adopted")
            .order_by(ProtocolVersionRow.id)]


def update_version(version_id: int, actor: str, note: str = "", **fields: Any) -> None:
    """Change a version's document control or status (column names as in VersionInfo)."""
    row = _version_row(version_id)
    if row is None:
        raise LookupError(version_id)
    audit.update(row, actor, note, **fields)


def update_text(version_id: int, protocol: Protocol, actor: str) -> None:
    """Replace a version's title and text."""
    update_version(version_id, actor, title=protocol.title, data=protocol_to_json(protocol))


# --- Rule links ---------------------------------------------------------------------------------

def clause_links(version_id: int) -> dict[str, tuple[str, ...]]:
    query = ProtocolClauseLinkRow.select().where(ProtocolClauseLinkRow.version == version_id)
    out: dict[str, tuple[str, ...]] = {}
    for row in query.order_by(ProtocolClauseLinkRow.id):
        ids = tuple(x for x in row.rule_ids.split(",") if x)
        if ids:
            out[row.clause_number] = ids
    return out


def set_clause_links(version_id: int, clause_number: str, rule_ids: tuple[str, ...],
                     actor: str) -> None:
    value = ",".join(rule_ids)
    row = ProtocolClauseLinkRow.get_or_none(
        (ProtocolClauseLinkRow.version == version_id)
        & (ProtocolClauseLinkRow.clause_number == clause_number))
    if row is None:
        audit.create(ProtocolClauseLinkRow, actor, version=version_id,
                     clause_number=clause_number, rule_ids=value)
    else:
        audit.update(row, actor, rule_ids=value)


# --- Acknowledgements ---------------------------------------------------------------------------

def _ack(row: ProtocolAckRow) -> Acknowledgement:
    return Acknowledgement(row.__data__["person"], row.__data__["version"], row.issued_on,
                     row.returned_on, row.letter_reference)


def acks_for_version(version_id: int) -> dict[int, Acknowledgement]:
    query = ProtocolAckRow.select().where(ProtocolAckRow.version == version_id)
    return {rec.person_id: rec for rec in (_ack(row) for row in query)}


def save_ack(person_id: int, version_id: int, actor: str, **fields: Any) -> None:
    """Create or update the (councillor, version) acknowledgement row."""
    row = ProtocolAckRow.get_or_none((ProtocolAckRow.person == person_id)
                                     & (ProtocolAckRow.version == version_id))
    if row is None:
        audit.create(ProtocolAckRow, actor, person=person_id, version=version_id, **fields)
    else:
        audit.update(row, actor, **fields)
