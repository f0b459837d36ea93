"""A backup file the clerk opens from outside ParishDesk (a .parishdesk-backup file)."""

from __future__ import annotations

from pathlib import Path

from parishdesk.errors import NotAParishDeskDatabase, ParishDeskError
from parishdesk.store import backup, schema


def backup_council(source: Path) -> str | None:
    """Check that ``source`` is a ParishDesk backup this version can restore, changing
    nothing; the name of the council whose records it holds (None if it holds none)."""
    if not source.is_file():
        raise ParishDeskError(f"The backup {source} could not be found.")
    version = backup.check_parishdesk_database(source)
    if version > schema.latest_version():
        raise NotAParishDeskDatabase(
            f"{source.name} was made by a newer ParishDesk; update ParishDesk before "
            "restoring it. Nothing was changed.")
    return backup.peek_council_name(source)
