"""Audited writes: the change and its audit entry commit together or not at all.

Every write that a clerk makes goes through :func:`create`, :func:`update`,
:func:`archive` or :func:`note`, inside ``database.atomic()``. If anything in
the transaction fails, neither the row nor the audit entry is kept.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Iterator, Mapping
from pathlib import Path
from typing import Any, TypeVar

from parishdesk.domain.audit_record import AuditRecord
from parishdesk.store import audit_chain, write_guard
from parishdesk.store.db import BaseModel, database
from parishdesk.store.models import AuditEntry, utcnow

M = TypeVar("M", bound=BaseModel)


def _plain(value: Any) -> Any:
    """A JSON-friendly form of a field value, for the audit log."""
    if isinstance(value, BaseModel):
        return value.get_id()
    if isinstance(value, dt.datetime):
        return value.isoformat(sep=" ")
    if isinstance(value, (dt.date, dt.time)):
        return value.isoformat()
    return value


def _field_values(instance: BaseModel) -> dict[str, Any]:
    # __data__ holds raw values by field name (a foreign key's id, not the row).
    return {name: _plain(instance.__data__.get(name)) for name in instance._meta.fields}


def _write(table: str, record_id: object, action: str, changes: Mapping[str, Any],
           actor: str, note: str = "") -> AuditEntry:
    entry = AuditEntry.create(
        at=utcnow(), actor=actor or "unknown", table=table, record_id=str(record_id),
        action=action, changes=json.dumps(changes, ensure_ascii=False, sort_keys=True),
        note=note,
    )
    audit_chain.seal(entry.id)
    return entry


def create(model: type[M], actor: str, **fields: Any) -> M:
    """Insert a row and record every field it was given."""
    write_guard.before_write()
    with database.atomic():
        instance = model.create(**fields)
        after = _field_values(instance)
        changes = {k: [None, v] for k, v in after.items() if v not in (None, "") and k != "id"}
        _write(model._meta.table_name, instance.get_id(), "create", changes, actor)
    return instance


def update(instance: M, actor: str, note: str = "", **fields: Any) -> dict[str, list[Any]]:
    """Change fields of a row; record before and after for those that really changed."""
    write_guard.before_write()
    with database.atomic():
        before = _field_values(instance)
        for name, value in fields.items():
            setattr(instance, name, value)
        after = _field_values(instance)
        changes = {k: [before[k], after[k]] for k in fields if before.get(k) != after.get(k)}
        if changes:
            instance.save(only=[instance._meta.fields[k] for k in changes])
            _write(instance._meta.table_name, instance.get_id(), "update", changes, actor, note)
    return changes


def archive(instance: M, actor: str, note: str = "", **fields: Any) -> None:
    """Archive a row (never delete it), optionally setting e.g. a leaving date and reason."""
    write_guard.before_write()
    if "archived_at" not in instance._meta.fields:
        raise TypeError(f"{type(instance).__name__} has no archived_at field")
    with database.atomic():
        fields = {"archived_at": utcnow(), **fields}
        before = _field_values(instance)
        for name, value in fields.items():
            setattr(instance, name, value)
        after = _field_values(instance)
        changes = {k: [before[k], after[k]] for k in fields if before.get(k) != after.get(k)}
        instance.save(only=[instance._meta.fields[k] for k in fields])
        _write(instance._meta.table_name, instance.get_id(), "archive", changes, actor, note)


def unarchive(instance: M, actor: str, note: str = "") -> None:
    write_guard.before_write()
    with database.atomic():
        before = _plain(instance.__data__.get("archived_at"))
        setattr(instance, "archived_at", None)  # noqa: B010 - not every model has the field
        instance.save(only=[instance._meta.fields["archived_at"]])
        _write(instance._meta.table_name, instance.get_id(), "restore",
               {"archived_at": [before, None]}, actor, note)


def note(table: str, record_id: object, actor: str, text: str,
         changes: Mapping[str, Any] | None = None) -> AuditEntry:
    """Record something that is not a field change (e.g. a dismissed warning and its note)."""
    write_guard.before_write()
    with database.atomic():
        return _write(table, record_id, "note", dict(changes or {}), actor, text)


def history(table: str, record_id: object) -> list[AuditRecord]:
    """The audit trail of one record, oldest first."""
    query = (AuditEntry.select()
             .where((AuditEntry.table == table) & (AuditEntry.record_id == str(record_id)))
             .order_by(AuditEntry._meta.primary_key))
    return [_record(e) for e in query]


def _record(e: AuditEntry) -> AuditRecord:
    return AuditRecord(e.at, e.actor, e.table, e.record_id, e.action, json.loads(e.changes), e.note)


def entries() -> Iterator[AuditRecord]:
    for e in AuditEntry.select().order_by(AuditEntry._meta.primary_key):
        yield _record(e)


def count() -> int:
    return int(AuditEntry.select().count())


def entries_in_file(path: Path) -> int:
    """How many entries a database file's audit log holds, read without opening it for
    writing (the ``check`` command reads a closed database). SQLite-specific (marked)."""
    from parishdesk.store.dbfile import open_ro

    conn = open_ro(path)  # an encrypted file opens with the password in use
    try:
        return int(conn.execute("SELECT COUNT(*) FROM audit_log").fetchone()[0])
    finally:
        conn.close()
