"""An officer's leave period: the record both the leave service and the enquiry checks read.

A period runs from ``starts_on`` to ``ends_on``, both days included. The ENQ-6
check asks whether the officer an enquiry was addressed to was away on the day
it arrived; the store answers with one of these (see
``store/officer_leave_store.py``), so the enquiry services need not know the
leave service.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

LEAVE_KINDS: dict[str, str] = {
    "annual": "Annual leave",
    "sick": "Sick leave",
    "other": "Other leave",
}


@dataclass(frozen=True)
class LeavePeriod:
    id: int
    officer_id: int
    officer_name: str
    starts_on: dt.date
    ends_on: dt.date
    kind: str
    note: str
    archived: bool

    @property
    def kind_label(self) -> str:
        return LEAVE_KINDS.get(self.kind, self.kind)

    def covers(self, day: dt.date) -> bool:
        return self.starts_on <= day <= self.ends_on

    def state_label(self, today: dt.date) -> str:
        """"Archived", "Ended" (the last day has passed), "Planned" (not begun) or
        "Current" (the officer is away today)."""
        if self.archived:
            return "Archived"
        if self.ends_on < today:
            return "Ended"
        if self.starts_on > today:
            return "Planned"
        return "Current"

    @property
    def description(self) -> str:
        """E.g. "on annual leave from 16/11/2026 to 18/11/2026"."""
        when = (f"on {self.starts_on:%d/%m/%Y}" if self.starts_on == self.ends_on else
                f"from {self.starts_on:%d/%m/%Y} to {self.ends_on:%d/%m/%Y}")
        return f"on {self.kind_label.lower()} {when}"
