"""One copy of ParishDesk per data folder.

A second copy on the same data must not touch the database: it reads who holds
the lock from the lock file and exits. The lock is an OS file lock (released by
the OS if the process dies), so a stale lock file never blocks anyone.
"""

from __future__ import annotations

import datetime as dt
import json
import os
import socket
import sys
from pathlib import Path
from typing import IO, Any

from parishdesk.errors import AlreadyRunning

_LOCK_OFFSET = 4096  # lock a byte beyond the info text, so others can still read it


def _try_lock(handle: IO[bytes]) -> bool:
    if sys.platform == "win32":  # pragma: no cover - exercised on Windows only
        import msvcrt

        handle.seek(_LOCK_OFFSET)
        try:
            msvcrt.locking(handle.fileno(), msvcrt.LK_NBLCK, 1)  # type: ignore[attr-defined]
        except OSError:
            return False
        return True
    import fcntl

    try:
        fcntl.lockf(handle.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB, 1, _LOCK_OFFSET)
    except OSError:
        return False
    return True


def _unlock(handle: IO[bytes]) -> None:
    if sys.platform == "win32":  # pragma: no cover
        import msvcrt

        handle.seek(_LOCK_OFFSET)
        msvcrt.locking(handle.fileno(), msvcrt.LK_UNLCK, 1)  # type: ignore[attr-defined]
        return
    import fcntl

    fcntl.lockf(handle.fileno(), fcntl.LOCK_UN, 1, _LOCK_OFFSET)


def read_holder(lock_file: Path) -> dict[str, Any]:
    """What the lock file says about its holder (empty if unreadable)."""
    try:
        text = lock_file.read_bytes()[:_LOCK_OFFSET].split(b"\0", 1)[0].decode("utf-8")
        data = json.loads(text)
        return data if isinstance(data, dict) else {}
    except (OSError, ValueError):
        return {}


class InstanceLock:
    """Hold the data folder for this process. Use as a context manager or acquire/release."""

    def __init__(self, lock_file: Path) -> None:
        self.lock_file = lock_file
        self._handle: IO[bytes] | None = None

    def acquire(self) -> InstanceLock:
        self.lock_file.parent.mkdir(parents=True, exist_ok=True)
        handle = open(self.lock_file, "a+b")  # noqa: SIM115 - kept open while held
        if not _try_lock(handle):
            handle.close()
            info = read_holder(self.lock_file)
            raise AlreadyRunning(info.get("pid"), info.get("host"), info.get("since"),
                                 self.lock_file.parent)
        info = {
            "pid": os.getpid(),
            "host": socket.gethostname(),
            "since": dt.datetime.now().strftime("%d/%m/%Y %H:%M"),
        }
        handle.seek(0)
        handle.truncate(0)
        handle.write(json.dumps(info).encode("utf-8") + b"\0")
        handle.flush()
        self._handle = handle
        return self

    def release(self) -> None:
        if self._handle is None:
            return
        try:
            _unlock(self._handle)
        finally:
            self._handle.close()
            self._handle = None

    @property
    def held(self) -> bool:
        return self._handle is not None

    def __enter__(self) -> InstanceLock:
        return self.acquire()

    def __exit__(self, *exc: object) -> None:
        self.release()
