"""Logging to a rotating file in the log folder (and to stderr for the command line).

The rotation is done here rather than with ``logging.handlers.RotatingFileHandler``:
that module loads sockets, pickling and queues, which the desktop app would pay
for at every start only to rename a file now and then.
"""

from __future__ import annotations

import logging
import os
from pathlib import Path

FORMAT = "%(asctime)s %(levelname)s %(name)s: %(message)s"
MAX_BYTES = 1_000_000
BACKUP_COUNT = 5


class RotatingLog(logging.FileHandler):
    """A log file that, once it would pass ``max_bytes``, becomes ``name.1`` (the older
    ones ``name.2`` … up to ``backup_count``, the oldest dropped) and starts afresh."""

    def __init__(self, path: Path, max_bytes: int = MAX_BYTES,
                 backup_count: int = BACKUP_COUNT) -> None:
        super().__init__(path, encoding="utf-8")
        self.max_bytes = max_bytes
        self.backup_count = backup_count

    def emit(self, record: logging.LogRecord) -> None:
        try:
            if self._too_big(record):
                self._rotate()
        except OSError:
            self.handleError(record)
            return
        super().emit(record)

    def _too_big(self, record: logging.LogRecord) -> bool:
        if self.stream is None:  # closed earlier: the size on disk counts
            self.stream = self._open()
        self.stream.seek(0, os.SEEK_END)
        return self.stream.tell() + len(self.format(record)) + 1 >= self.max_bytes

    def _rotate(self) -> None:
        if self.stream is not None:
            self.stream.close()
            self.stream = None  # type: ignore[assignment]
        base = self.baseFilename
        for n in range(self.backup_count - 1, 0, -1):
            if os.path.exists(f"{base}.{n}"):
                os.replace(f"{base}.{n}", f"{base}.{n + 1}")
        if os.path.exists(base):
            os.replace(base, f"{base}.1")
        self.stream = self._open()


def configure(log_file: Path, level: int = logging.INFO) -> None:
    """Send log records to ``log_file``, rotating at 1 MB and keeping five old files."""
    root = logging.getLogger()
    for handler in list(root.handlers):
        if getattr(handler, "_parishdesk", False):
            root.removeHandler(handler)
            handler.close()
    new: logging.Handler
    try:
        log_file.parent.mkdir(parents=True, exist_ok=True)
        new = RotatingLog(log_file)
    except OSError:
        new = logging.StreamHandler()  # a read-only log folder must not stop the app
    new.setFormatter(logging.Formatter(FORMAT))
    setattr(new, "_parishdesk", True)  # noqa: B010 - marks our own handler
    root.addHandler(new)
    root.setLevel(level)
