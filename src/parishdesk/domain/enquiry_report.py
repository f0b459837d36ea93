"""The response-times report's figures, as records the service fills and the PDF shows."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass


@dataclass(frozen=True)
class ResponseRow:
    """One officer's or councillor's figures."""

    name: str
    answered: int
    on_time: int
    median_days: float | None

    @property
    def on_time_percent(self) -> float | None:
        return 100.0 * self.on_time / self.answered if self.answered else None


@dataclass(frozen=True)
class ResponseReport:
    start: dt.date
    end: dt.date
    overall: ResponseRow
    by_officer: tuple[ResponseRow, ...]
    by_councillor: tuple[ResponseRow, ...]

    @property
    def period_text(self) -> str:
        return f"{self.start.strftime('%d/%m/%Y')} to {self.end.strftime('%d/%m/%Y')}"
