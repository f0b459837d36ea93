"""A backup file the clerk opens from outside ParishDesk (a .parishdesk-backup file)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from parishdesk.errors import NotAParishDeskDatabase, ParishDeskError
from parishdesk.paths import DataPaths
from parishdesk.services import maintenance
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


#: The ending of a copy of the data saved where the clerk chooses (File > Save a copy…);
#: the Windows installer makes such files open with ParishDesk's restore.
COPY_SUFFIX = ".parishdesk-backup"


def copy_name(council_name: str | None, today: dt.date) -> str:
    """A file name for a copy of the data, e.g. ``Ashby Parish Council 2026-11-23``."""
    words = "".join(c if c.isalnum() or c in " -" else " " for c in (council_name or ""))
    stem = " ".join(words.split()) or "ParishDesk"
    return f"{stem} {today:%Y-%m-%d}{COPY_SUFFIX}"


def save_copy(paths: DataPaths, target: Path) -> Path:
    """Save a copy of the data at ``target`` (a backup, checked first like any other),
    with the ending that ParishDesk restores from; returns where it went."""
    if target.suffix != COPY_SUFFIX:
        target = target.with_name(target.name + COPY_SUFFIX)
    if target.resolve().parent == paths.data_dir.resolve():
        raise ParishDeskError("Choose a place outside ParishDesk's own data folder (a memory "
                              "stick, or a folder that is itself backed up), so that the copy "
                              "survives if this computer does not.")
    target.parent.mkdir(parents=True, exist_ok=True)
    return maintenance.back_up_now(paths, to=target)
