"""File > Personal data…: retention periods, erasing what is past its period, and the
subject access export (a PDF and a .zip of everything held about one person)."""

from __future__ import annotations

import datetime as dt
import json
import logging
import os
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
from parishdesk.store.erasure_run import ATTACHMENTS, LETTERS, StoredFile

log = logging.getLogger(__name__)

__all__ = ["KINDS", "DueRecord", "ErasureDone", "RetentionKind", "erase", "past_period", "people",
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


@dataclass(frozen=True)
class ErasureDone:
    records: int
    files_removed: int
    files_left: tuple[str, ...]  # could not be removed (named for the clerk)


def _base(paths: DataPaths, base: str) -> Path:
    return {LETTERS: paths.letters_dir, ATTACHMENTS: paths.attachments_dir}.get(
        base, paths.data_dir)


def remove_file(target: Path) -> bool:
    """Overwrite a file once with zeros, flush that to the disk, then delete it.

    On a disk that writes elsewhere than it reads (an SSD, a copy-on-write file system) the
    old blocks may outlive the overwrite; the disk's own encryption is the answer there.
    Returns False when the file was not there."""
    if not target.is_file() or target.is_symlink():
        return False
    size = target.stat().st_size
    with target.open("r+b") as handle:
        chunk = b"\0" * min(size, 1 << 20) if size else b""
        written = 0
        while written < size:
            written += handle.write(chunk[: size - written])
        handle.flush()
        os.fsync(handle.fileno())
    target.unlink()
    return True


def erase(paths: DataPaths, records: list[DueRecord], actor: str,
          today: dt.date) -> ErasureDone:
    """Erase the personal values of ``records`` (each must still be past its period), then
    the files that belonged to them (letters, e-mail drafts, attachments).

    The database changes are one transaction for all; the files go once it has committed
    (a file cannot be part of it). A file that cannot be removed is named in the result."""
    still_due = {(d.kind, d.record_id) for d in erasure.past_period(today)}
    database.execute_sql("PRAGMA secure_delete = ON")  # overwrite what is freed
    files: list[StoredFile] = []
    references: list[str] = []
    with database.atomic():
        for record in records:
            if (record.kind, record.record_id) not in still_due:
                raise ParishDeskError("A record is no longer past its retention period (or "
                                      "was erased already); nothing was erased.")
            erased = erasure.erase(record.kind, record.record_id, actor, today)
            files.extend(erased.files)
            references.extend(erased.letter_references)
    # The old pages must not wait in the write-ahead log either.
    database.execute_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    removed, left = 0, []
    for stored in dict.fromkeys(files):
        try:
            removed += remove_file(paths.confined(stored.relative, _base(paths, stored.base)))
        except ParishDeskError:
            continue  # a path outside the data folder is never touched
        except OSError as exc:
            log.warning("An erased record's file could not be removed (%s)", type(exc).__name__)
            left.append(Path(stored.relative).name)
    from parishdesk.services.packs import pack_files

    for reference in dict.fromkeys(references):  # a pack kept under its letter's number
        for pack in pack_files(paths, reference):
            try:
                removed += remove_file(pack)
            except OSError:
                left.append(pack.name)
    log.info("Erased personal data from %d records past their retention period, and %d files",
             len(records), removed)
    return ErasureDone(len(records), removed, tuple(left))


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
    files: list[tuple[Path, str]] = []
    for base, stored_path, inside in subject_access.files_about(person_id):
        try:
            stored = paths.confined(stored_path, _base(paths, base))
        except ParishDeskError:
            continue
        if stored.is_file():
            files.append((stored, f"{inside}/{stored.name}"))
    listed = [(s.title, s.rows) for s in sections]
    if files:
        listed.append(("Files kept about them (copies are in the .zip)",
                       tuple({"file": inside} for _, inside in files)))
    pdf = render_subject_access(name, person, listed, council.name if council else "", today)
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
        for stored, inside in files:
            archive.write(stored, inside)
    tmp.replace(zip_path)
    log.info("Subject access export written")
    return ExportResult(pdf_path, zip_path)
