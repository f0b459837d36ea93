"""Putting back on the register what was archived by mistake (Edit > Undo).

Every restore is an audited change (``audit.unarchive``): the history shows the archive
and the restore, and nothing was ever deleted in between.
"""

from __future__ import annotations

from typing import Any

from parishdesk.store import audit
from parishdesk.store.models import Role as RoleRow
from parishdesk.store.register_store import _TABLES, RegisterTable, _get, _person_row

#: The register's entries that can be put back after being archived: restoring them
#: touches nothing else (a person's or a role's archive ends other records too).
RESTORABLE: tuple[RegisterTable, ...] = ("interest", "special_relationship", "training_record")


def restore_entry(table: RegisterTable, record_id: int, actor: str, note: str) -> None:
    """Put an archived interest, relationship or training record back on the register."""
    if table not in RESTORABLE:
        raise ValueError(f"{table} records are not restored this way")
    audit.unarchive(_get(_TABLES[table], record_id), actor, note)


def restore_person(person_id: int, actor: str, note: str, **fields: Any) -> None:
    """Put an archived person back on the register, with ``fields`` (their leaving date and
    reason as they were before); both changes are audited."""
    row = _person_row(person_id)
    audit.unarchive(row, actor, note)
    if fields:
        audit.update(row, actor, note, **fields)


def restore_role(role_id: int, actor: str, note: str) -> None:
    audit.unarchive(_get(RoleRow, role_id), actor, note)
