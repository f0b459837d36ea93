"""The protocol library's records: a version with its document control, and a
councillor's acknowledgement of one."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable
from dataclasses import dataclass

#: "1.0", "v2", "Version 3.1": the number a version label starts with.
_LEADING_NUMBER = re.compile(r"\s*(?:v(?:ersion)?\.?\s*)?(\d+)", re.IGNORECASE)

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


def next_version_label(labels: Iterable[str]) -> str:
    """The label of a new edition after every one already used: the highest leading number
    plus one ("1.0" → "2.0", "Version 3" → "4.0"); "1.0" when there is none yet."""
    labels = list(labels)
    found = [int(m.group(1)) for label in labels
             if (m := _LEADING_NUMBER.match(label or "")) is not None]
    if found:
        return f"{max(found) + 1}.0"
    count = sum(1 for label in labels if (label or "").strip())
    return f"{count + 1}.0"
