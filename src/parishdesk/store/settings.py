"""Council-wide settings kept in the database (key/value, audited)."""

from __future__ import annotations

from parishdesk.store import audit
from parishdesk.store.models import Setting


def get(key: str, default: str | None = None) -> str | None:
    row = Setting.get_or_none(Setting.key == key)
    return row.value if row else default


def get_int(key: str, default: int) -> int:
    value = get(key)
    try:
        return int(value) if value is not None else default
    except ValueError:
        return default


def put(key: str, value: str, actor: str) -> None:
    row = Setting.get_or_none(Setting.key == key)
    if row is None:
        audit.create(Setting, actor, key=key, value=value)
    elif row.value != value:
        audit.update(row, actor, value=value)
