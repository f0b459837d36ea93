"""One entry of the audit log, as every area reads it back."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import datetime
from typing import Any


@dataclass(frozen=True)
class AuditRecord:
    """A change, archive or note on one record (``at`` is UTC without a time zone;
    ``changes`` maps each field to its [before, after] values)."""

    at: datetime
    actor: str
    table: str
    record_id: str
    action: str
    changes: Mapping[str, Any]
    note: str = ""
