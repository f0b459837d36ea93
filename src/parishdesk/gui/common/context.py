"""What every window is handed: paths, the council, the name of the officer using
ParishDesk (the actor of every audit entry), the clock."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass, field

from PySide6.QtCore import QSettings

from parishdesk.domain.council import CouncilDetails
from parishdesk.paths import DataPaths
from parishdesk.services.undo import UndoStack


def default_actor() -> str:
    """The actor until the register names the person at the keyboard (see
    ``services.users``): never the computer's login name."""
    from parishdesk.services.users import NOBODY_YET

    return NOBODY_YET


@dataclass
class AppContext:
    """What every window is handed (see the module's description)."""

    paths: DataPaths
    council: CouncilDetails | None = None
    actor: str = field(default_factory=default_actor)
    today: Callable[[], dt.date] = dt.date.today
    now: Callable[[], dt.datetime] = dt.datetime.now
    #: The officer using ParishDesk (their register id), when the register names one.
    user_id: int | None = None
    #: The changes of this session that Edit > Undo can take back.
    undo: UndoStack = field(default_factory=UndoStack)

    def settings(self) -> QSettings:
        """Window positions and similar per-machine settings, kept in the data folder."""
        return QSettings(str(self.paths.settings_file), QSettings.Format.IniFormat)
