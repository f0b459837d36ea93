"""Files kept with an enquiry: copied into the data folder, never moved or deleted."""

from __future__ import annotations

import hashlib
import re
import shutil
from pathlib import Path

from parishdesk.domain.enquiry_records import AttachmentRecord
from parishdesk.paths import DataPaths
from parishdesk.services.enquiries.common import EnquiryProblem, load
from parishdesk.store import enquiry_store


def _safe_name(name: str) -> str:
    cleaned = re.sub(r"[^\w.\- ]+", "_", name).strip(" .") or "file"
    return cleaned[:120]


def attach_file(paths: DataPaths, enquiry_id: int, source: Path, actor: str
                ) -> AttachmentRecord:
    """Copy a file into the data folder and keep it with the enquiry."""
    record = load(enquiry_id)
    if not source.is_file():
        raise EnquiryProblem(f"{source} is not a file that can be attached.")
    folder = paths.confined(Path("enquiries") / record.reference, paths.attachments_dir)
    folder.mkdir(parents=True, exist_ok=True)
    target = folder / _safe_name(source.name)
    counter = 1
    while target.exists():
        target = folder / f"{Path(_safe_name(source.name)).stem}-{counter}{source.suffix}"
        counter += 1
    shutil.copy2(source, target)
    digest = hashlib.sha256(target.read_bytes()).hexdigest()
    try:
        return enquiry_store.add_attachment(record.id, actor, original_name=source.name,
                                            stored_file=str(target.relative_to(paths.data_dir)),
                                            size=target.stat().st_size, sha256=digest)
    except Exception:
        target.unlink(missing_ok=True)
        raise
