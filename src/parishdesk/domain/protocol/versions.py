"""The protocol library's records: a version with its document control, and a
councillor's acknowledgement of one."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

#: The states a version passes through.
STATUSES = ("draft", "adopted", "superseded")


@dataclass(frozen=True)
class VersionInfo:
    """One version of the council's protocol in the library (its text is read separately)."""

    id: int
    title: str
    version_label: str
    status: str  # "draft" | "adopted" | "superseded"
    adopted_on: dt.date | None
    last_reviewed: dt.date | None
    next_review: dt.date | None
    meeting: str
    minute_ref: str
    source_name: str
    created_at: dt.datetime
    superseded_on: dt.date | None = None

    @property
    def adopted_by(self) -> str:
        """"Full Council meeting of 12/05/2026, minute 2026/041" (or what is known of it)."""
        parts = [self.meeting.strip()]
        if self.minute_ref.strip():
            parts.append(f"minute {self.minute_ref.strip()}")
        return ", ".join(p for p in parts if p)


@dataclass(frozen=True)
class Acknowledgement:
    """A councillor's acknowledgement form for one version: when sent, when returned."""

    person_id: int
    version_id: int
    issued_on: dt.date | None
    returned_on: dt.date | None
    letter_reference: str
