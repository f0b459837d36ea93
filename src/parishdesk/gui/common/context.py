"""What every window is handed: paths, the council, the clerk's name, the clock."""

from __future__ import annotations

import datetime as dt
import getpass
from collections.abc import Callable
from dataclasses import dataclass, field

from PySide6.QtCore import QSettings

from parishdesk.domain.council import CouncilDetails
from parishdesk.paths import DataPaths


def default_actor() -> str:
    try:
        return getpass.getuser()
    except Exception:  # noqa: BLE001
        return "clerk"


@dataclass
class AppContext:
    paths: DataPaths
    council: CouncilDetails | None = None
    actor: str = field(default_factory=default_actor)
    today: Callable[[], dt.date] = dt.date.today
    now: Callable[[], dt.datetime] = dt.datetime.now

    def settings(self) -> QSettings:
        """Window positions and similar per-machine settings, kept in the data folder."""
        return QSettings(str(self.paths.settings_file), QSettings.Format.IniFormat)
