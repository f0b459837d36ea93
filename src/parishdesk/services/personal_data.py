"""File > Personal data…: retention periods, erasing what is past its period, and the
subject access export (a PDF and a .zip of everything held about one person)."""

from __future__ import annotations

import datetime as dt
import json
import logging
import re
import zipfile
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from parishdesk.documents.subject_access_pdf import render_subject_access
from parishdesk.errors import ParishDeskError
from parishdesk.paths import DataPaths
from parishdesk.store import council_store, erasure, subject_access
from parishdesk.store.db import database
from parishdesk.store.erasure import KINDS, DueRecord, RetentionKind

log = logging.getLogger(__name__)

__all__ = ["KINDS", "DueRecord", "RetentionKind", "erase", "past_period", "people",
           "period_years", "set_period_years", "subject_access_export"]

MAX_YEARS = 100


def period_years(kind: RetentionKind) -> int:
    return erasure.period_years(kind)


def set_period_years(periods: dict[str, int], actor: str) -> None:
    """Save the retention periods (years), one transaction."""
    for years in periods.values():
        if not 1 <= years <= MAX_YEARS:
            raise ParishDeskError(f"A retention period must be between 1 and {MAX_YEARS} years.")
    with database.atomic():
        for key, years in periods.items():
            erasure.set_period_years(erasure.kind(key), years, actor)


def past_period(today: dt.date) -> list[DueRecord]:
    return erasure.past_period(today)


def erase(records: list[DueRecord], actor: str, today: dt.date) -> int:
    """Erase the personal values of ``records`` (each must still be past its period).
    One transaction for all; returns how many were erased."""
    still_due = {(d.kind, d.record_id) for d in erasure.past_period(today)}
    database.execute_sql("PRAGMA secure_delete = ON")  # overwrite what is freed
    with database.atomic():
        for record in records:
            if (record.kind, record.record_id) not in still_due:
                raise ParishDeskError("A record is no longer past its retention period (or "
                                      "was erased already); nothing was erased.")
            erasure.erase(record.kind, record.record_id, actor, today)
    # The old pages must not wait in the write-ahead log either.
    database.execute_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    log.info("Erased personal data from %d records past their retention period", len(records))
    return len(records)


def people() -> list[tuple[int, str]]:
    return subject_access.people()


@dataclass(frozen=True)
class ExportResult:
    pdf: Path
    archive: Path


def _plain(value: Any) -> Any:
    return value if isinstance(value, (str, int, float, bool, type(None), list, dict)) \
        else str(value)


def subject_access_export(paths: DataPaths, person_id: int, folder: Path,
                          today: dt.date) -> ExportResult:
    """Write ``<name>-personal-data-<date>.pdf`` and ``.zip`` (the records as JSON, the
    PDF, and copies of the letters sent to them) into ``folder``."""
    try:
        person, sections = subject_access.held_about(person_id)
    except LookupError:
        raise ParishDeskError("That person is not on record.") from None
    name = f"{person.get('first_name', '')} {person.get('surname', '')}".strip()
    council = council_store.get_council()
    pdf = render_subject_access(name, person, [(s.title, s.rows) for s in sections],
                                council.name if council else "", today)
    if "[erased on" in name:
        name = f"Erased record {person_id}"
    stem = re.sub(r"[^\w.-]+", "-", name).strip("-") or f"person-{person_id}"
    stem = f"{stem}-personal-data-{today.isoformat()}"
    folder.mkdir(parents=True, exist_ok=True)
    pdf_path, zip_path = folder / f"{stem}.pdf", folder / f"{stem}.zip"
    pdf_path.write_bytes(pdf)
    tmp = zip_path.with_name(zip_path.name + ".part")
    with zipfile.ZipFile(tmp, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        archive.writestr(f"{stem}.pdf", pdf)
        archive.writestr("their-record.json", json.dumps(
            {k: _plain(v) for k, v in person.items()}, ensure_ascii=False, indent=2))
        for section in sections:
            archive.writestr(f"{section.table}.json", json.dumps(
                [{k: _plain(v) for k, v in row.items()} for row in section.rows],
                ensure_ascii=False, indent=2))
            if section.table == "issued_letter":
                for row in section.rows:
                    try:
                        stored = paths.confined(str(row["pdf_file"]), paths.letters_dir)
                    except ParishDeskError:
                        continue
                    if stored.is_file():
                        archive.write(stored, f"letters/{stored.name}")
    tmp.replace(zip_path)
    log.info("Subject access export written")
    return ExportResult(pdf_path, zip_path)
