"""Writing the member register, and reading the parts ``members_store`` does not cover.

Audited write functions for people, roles, committees, party groups, interests
forms, interests, special relationships and training records (their tables are in
``models`` and ``register_models``). Rows go in and out as domain records from
``parishdesk.domain.members``; only ids cross the boundary the other way.
"""

from __future__ import annotations

import datetime as dt
import json
from typing import Any, Literal

from parishdesk.domain.members import (
    Committee,
    Interest,
    InterestsForm,
    PartyGroup,
    Role,
    SpecialRelationship,
    Training,
)
from parishdesk.store import audit, audit_chain, write_guard
from parishdesk.store.audit import AuditRecord
from parishdesk.store.db import BaseModel
from parishdesk.store.models import AuditEntry, Person, utcnow
from parishdesk.store.models import Committee as CommitteeRow
from parishdesk.store.models import PartyGroup as GroupRow
from parishdesk.store.models import Role as RoleRow
from parishdesk.store.read_cache import cached_list
from parishdesk.store.register_models import (
    InterestRow,
    InterestsFormRow,
    RelationshipRow,
    TrainingRow,
)

RegisterTable = Literal["person", "role", "committee", "party_group", "interests_form",
                        "interest", "special_relationship", "training_record"]
"""The register's tables by name, for the few calls that work on any of them."""

_TABLES: dict[str, type[BaseModel]] = {
    "person": Person, "role": RoleRow, "committee": CommitteeRow, "party_group": GroupRow,
    "interests_form": InterestsFormRow, "interest": InterestRow,
    "special_relationship": RelationshipRow, "training_record": TrainingRow,
}


class NotFound(LookupError):
    """No record with that id."""


def _get(model: type[BaseModel], record_id: int) -> Any:
    row = model.get_or_none(model._meta.primary_key == record_id)
    if row is None:
        raise NotFound(f"{model.__name__} {record_id} not found")
    return row


def _fk(row: BaseModel, name: str) -> Any:
    return row.__data__.get(name)


# --- People -------------------------------------------------------------------------------

def _person_row(person_id: int) -> Person:
    return _get(Person, person_id)


def add_person(actor: str, **fields: Any) -> int:
    return int(audit.create(Person, actor, **fields).get_id())


def update_person(person_id: int, actor: str, **fields: Any) -> dict[str, list[Any]]:
    return audit.update(_person_row(person_id), actor, **fields)


def archive_person(person_id: int, actor: str, note: str = "", **fields: Any) -> None:
    audit.archive(_person_row(person_id), actor, note, **fields)


def person_kind(person_id: int) -> str | None:
    row = Person.get_or_none(Person.id == person_id)
    return row.kind if row else None


def is_archived(person_id: int) -> bool:
    return _person_row(person_id).archived_at is not None


def _json_value(value: Any) -> Any:
    if isinstance(value, dt.datetime):
        return value.isoformat(sep=" ")
    if isinstance(value, (dt.date, dt.time)):
        return value.isoformat()
    return value


def bulk_create(table: RegisterTable, actor: str, rows: list[dict[str, Any]],
                batch: int = 100) -> list[int]:
    """Insert many rows of one table, each with its "create" audit entry, in few statements.

    For imports: the same audit trail as ``audit.create`` row by row, without
    building one INSERT per row. Call it inside ``database.atomic()``.
    """
    if len({frozenset(row) for row in rows}) > 1:
        raise ValueError("bulk_create needs the same fields in every row")
    write_guard.before_write()
    model = _TABLES[table]
    ids: list[int] = []
    now = utcnow()
    rows = [{**row, "created_at": row.get("created_at", now)} for row in rows]
    for start in range(0, len(rows), batch):
        chunk = rows[start:start + batch]
        pk = model._meta.primary_key
        made = [int(r.get_id()) for r in model.insert_many(chunk).returning(pk).execute()]
        entries = []
        for record_id, row in zip(made, chunk, strict=True):
            changes = {k: [None, _json_value(v)] for k, v in row.items() if v not in (None, "")}
            entries.append({"at": now, "actor": actor or "unknown",
                            "table": model._meta.table_name, "record_id": str(record_id),
                            "action": "create", "note": "",
                            "changes": json.dumps(changes, ensure_ascii=False, sort_keys=True)})
        AuditEntry.insert_many(entries).execute()
        audit_chain.seal_pending()
        ids += made
    return ids


# --- Roles --------------------------------------------------------------------------------

def role_from_row(row: RoleRow) -> Role:
    return Role(id=row.get_id(), person_id=_fk(row, "person"), kind=row.kind,
                committee_id=_fk(row, "committee"), group_id=_fk(row, "group"),
                start=row.start_on, end=row.end_on)


def get_role(role_id: int) -> Role:
    return role_from_row(_get(RoleRow, role_id))


def add_role(actor: str, role: Role) -> int:
    row = audit.create(RoleRow, actor, person=role.person_id, kind=role.kind,
                       committee=role.committee_id, group=role.group_id,
                       start_on=role.start, end_on=role.end)
    return int(row.get_id())


def all_roles_of(person_id: int) -> list[Role]:
    """A person's roles including archived ones (for the history)."""
    query = RoleRow.select().where(RoleRow.person == person_id).order_by(RoleRow.id)
    return [role_from_row(r) for r in query]


def set_role_end(role_id: int, end: dt.date | None, actor: str, note: str = "") -> None:
    audit.update(_get(RoleRow, role_id), actor, note, end_on=end)


def archive_role(role_id: int, actor: str, note: str = "") -> None:
    audit.archive(_get(RoleRow, role_id), actor, note)


# --- Committees and groups ----------------------------------------------------------------

def _name_taken(model: Any, name: str, except_id: int | None) -> bool:
    # Compared in Python: SQLite's LOWER() folds ASCII only, so "Ùna" and "ùna" would pass
    # the check and then break the UNIQUE constraint. The tables hold a few dozen names.
    wanted = name.strip().casefold()
    return any(row.name.strip().casefold() == wanted and row.id != except_id
               for row in model.select(model.id, model.name))


def committee_name_taken(name: str, except_id: int | None = None) -> bool:
    return _name_taken(CommitteeRow, name, except_id)


def group_name_taken(name: str, except_id: int | None = None) -> bool:
    return _name_taken(GroupRow, name, except_id)


def _committee_fields(c: Committee) -> dict[str, Any]:
    return {"name": c.name.strip(), "functions": c.functions.strip(),
            "delegated_powers": c.delegated_powers.strip(), "is_staffing": c.is_staffing,
            "subjects": "; ".join(s.strip() for s in c.subjects if s.strip())}


def add_committee(actor: str, c: Committee) -> int:
    return int(audit.create(CommitteeRow, actor, **_committee_fields(c)).get_id())


def update_committee(actor: str, c: Committee) -> None:
    assert c.id is not None
    audit.update(_get(CommitteeRow, c.id), actor, **_committee_fields(c))


def archive_committee(committee_id: int, actor: str, note: str = "") -> None:
    audit.archive(_get(CommitteeRow, committee_id), actor, note)


def committee_archived(committee_id: int) -> bool:
    return _get(CommitteeRow, committee_id).archived_at is not None


def add_group(actor: str, name: str) -> int:
    return int(audit.create(GroupRow, actor, name=name.strip()).get_id())


def rename_group(actor: str, group_id: int, name: str) -> None:
    audit.update(_get(GroupRow, group_id), actor, name=name.strip())


def archive_group(group_id: int, actor: str, note: str = "") -> None:
    audit.archive(_get(GroupRow, group_id), actor, note)


def group_by_name(name: str) -> PartyGroup | None:
    wanted = name.strip().casefold()  # in Python, like _name_taken: LOWER() is ASCII-only
    row = next((r for r in GroupRow.select() if r.name.strip().casefold() == wanted), None)
    return PartyGroup(id=row.get_id(), name=row.name) if row else None


def group_names_by_id() -> dict[int, str]:
    return {row.get_id(): row.name for row in GroupRow.select()}


def committee_names_by_id() -> dict[int, str]:
    return {row.get_id(): row.name for row in CommitteeRow.select()}


# --- Interests forms ----------------------------------------------------------------------

def _form(row: InterestsFormRow) -> InterestsForm:
    return InterestsForm(id=row.get_id(), councillor_id=_fk(row, "person"), due_on=row.due_on,
                         returned_on=row.returned_on)


@cached_list
def list_interests_forms(person_id: int | None = None) -> list[InterestsForm]:
    query = InterestsFormRow.select().where(InterestsFormRow.archived_at.is_null())
    if person_id is not None:
        query = query.where(InterestsFormRow.person == person_id)
    return [_form(r) for r in query.order_by(InterestsFormRow.due_on, InterestsFormRow.id)]


def add_interests_form(actor: str, person_id: int, due_on: dt.date,
                       returned_on: dt.date | None = None) -> int:
    row = audit.create(InterestsFormRow, actor, person=person_id, due_on=due_on,
                       returned_on=returned_on)
    return int(row.get_id())


def update_interests_form(actor: str, form_id: int, **fields: Any) -> None:
    audit.update(_get(InterestsFormRow, form_id), actor, **fields)


# --- Interests ----------------------------------------------------------------------------

def _interest(row: InterestRow) -> Interest:
    return Interest(id=row.get_id(), councillor_id=_fk(row, "person"), category=row.category,
                    description=row.description, registered_on=row.registered_on,
                    removed_on=row.removed_on)


def list_interests(person_id: int | None = None, include_archived: bool = False) -> list[Interest]:
    query = InterestRow.select()
    if not include_archived:
        query = query.where(InterestRow.archived_at.is_null())
    if person_id is not None:
        query = query.where(InterestRow.person == person_id)
    return [_interest(r) for r in query.order_by(InterestRow.registered_on, InterestRow.id)]


def _interest_fields(i: Interest) -> dict[str, Any]:
    return {"category": i.category, "description": i.description.strip(),
            "registered_on": i.registered_on, "removed_on": i.removed_on}


def add_interest(actor: str, i: Interest) -> int:
    return int(audit.create(InterestRow, actor, person=i.councillor_id,
                            **_interest_fields(i)).get_id())


def update_interest(actor: str, i: Interest) -> None:
    assert i.id is not None
    audit.update(_get(InterestRow, i.id), actor, **_interest_fields(i))


def archive_interest(interest_id: int, actor: str, note: str = "") -> None:
    audit.archive(_get(InterestRow, interest_id), actor, note)


def record_archived(table: RegisterTable, record_id: int) -> bool | None:
    """Whether a record is archived; None if there is no such record."""
    model = _TABLES[table]
    row = model.get_or_none(model._meta.primary_key == record_id)
    return None if row is None else row.__data__.get("archived_at") is not None


# --- Special relationships ----------------------------------------------------------------

def _relationship(row: RelationshipRow) -> SpecialRelationship:
    return SpecialRelationship(id=row.get_id(), councillor_id=_fk(row, "person"),
                               with_whom=row.with_whom, nature=row.nature,
                               declared_on=row.declared_on)


def list_relationships(person_id: int | None = None, include_archived: bool = False) -> list[SpecialRelationship]:
    query = RelationshipRow.select()
    if not include_archived:
        query = query.where(RelationshipRow.archived_at.is_null())
    if person_id is not None:
        query = query.where(RelationshipRow.person == person_id)
    return [_relationship(r)
            for r in query.order_by(RelationshipRow.declared_on, RelationshipRow.id)]


def _relationship_fields(r: SpecialRelationship) -> dict[str, Any]:
    return {"with_whom": r.with_whom.strip(), "nature": r.nature.strip(),
            "declared_on": r.declared_on}


def add_relationship(actor: str, r: SpecialRelationship) -> int:
    return int(audit.create(RelationshipRow, actor, person=r.councillor_id,
                            **_relationship_fields(r)).get_id())


def update_relationship(actor: str, r: SpecialRelationship) -> None:
    assert r.id is not None
    audit.update(_get(RelationshipRow, r.id), actor, **_relationship_fields(r))


def archive_relationship(relationship_id: int, actor: str, note: str = "") -> None:
    audit.archive(_get(RelationshipRow, relationship_id), actor, note)


# --- Training -----------------------------------------------------------------------------

def _training(row: TrainingRow) -> Training:
    return Training(id=row.get_id(), person_id=_fk(row, "person"), course=row.course,
                    provider=row.provider, on=row.taken_on,
                    certificate_held=bool(row.certificate_held))


def list_training(person_id: int | None = None, include_archived: bool = False) -> list[Training]:
    query = TrainingRow.select()
    if not include_archived:
        query = query.where(TrainingRow.archived_at.is_null())
    if person_id is not None:
        query = query.where(TrainingRow.person == person_id)
    return [_training(r) for r in query.order_by(TrainingRow.taken_on, TrainingRow.id)]


def _training_fields(t: Training) -> dict[str, Any]:
    return {"course": t.course.strip(), "provider": t.provider.strip(), "taken_on": t.on,
            "certificate_held": t.certificate_held}


def add_training(actor: str, t: Training) -> int:
    return int(audit.create(TrainingRow, actor, person=t.person_id,
                            **_training_fields(t)).get_id())


def update_training(actor: str, t: Training) -> None:
    assert t.id is not None
    audit.update(_get(TrainingRow, t.id), actor, **_training_fields(t))


def archive_training(training_id: int, actor: str, note: str = "") -> None:
    audit.archive(_get(TrainingRow, training_id), actor, note)


# --- History ------------------------------------------------------------------------------

def history_of(records: list[tuple[str, int | None]]) -> list[AuditRecord]:
    """The audit entries of several records (table, id), in the order they were written."""
    wanted: dict[str, list[str]] = {}
    for table, record_id in records:
        if record_id is not None:
            wanted.setdefault(table, []).append(str(record_id))
    if not wanted:
        return []
    condition = None
    for table, ids in wanted.items():
        clause = (AuditEntry.table == table) & AuditEntry.record_id.in_(ids)
        condition = clause if condition is None else (condition | clause)
    query = AuditEntry.select().where(condition).order_by(AuditEntry.id)
    return [AuditRecord(e.at, e.actor, e.table, e.record_id, e.action, json.loads(e.changes),
                        e.note) for e in query]
