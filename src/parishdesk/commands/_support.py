"""What every command needs: the lock, the database opened safely, the actor's name."""

from __future__ import annotations

import contextlib
import datetime as dt
from collections.abc import Iterator

from parishdesk.instance_lock import InstanceLock
from parishdesk.paths import DataPaths
from parishdesk.services import maintenance


def actor_name() -> str:
    """Who a command's changes are recorded against: the Clerk's name "(command line)",
    read from the open database's register (never the computer's login name)."""
    from parishdesk.services import users

    return users.command_line_actor(dt.date.today())


@contextlib.contextmanager
def locked(paths: DataPaths) -> Iterator[None]:
    """Hold the data folder so that no other copy of ParishDesk writes at the same time."""
    paths.ensure()
    with InstanceLock(paths.lock_file):
        yield


@contextlib.contextmanager
def open_db(paths: DataPaths, today: dt.date | None = None
            ) -> Iterator[maintenance.OpenResult]:
    """Lock the data folder and open (checking and migrating) the database."""
    with locked(paths):
        result = maintenance.open_data(paths, today or dt.date.today())
        try:
            yield result
        finally:
            maintenance.close_data()
