"""Logging to a rotating file in the log folder (and to stderr for the command line)."""

from __future__ import annotations

import logging
import logging.handlers
from pathlib import Path

FORMAT = "%(asctime)s %(levelname)s %(name)s: %(message)s"


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
        new = logging.handlers.RotatingFileHandler(
            log_file, maxBytes=1_000_000, backupCount=5, encoding="utf-8")
    except OSError:
        new = logging.StreamHandler()  # a read-only log folder must not stop the app
    new.setFormatter(logging.Formatter(FORMAT))
    setattr(new, "_parishdesk", True)  # noqa: B010 - marks our own handler
    root.addHandler(new)
    root.setLevel(level)
