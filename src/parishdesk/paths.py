"""Where ParishDesk keeps its files: the one module that knows.

By default the database, backups and settings live in platformdirs' user data
directory for "ParishDesk", and logs in its user log directory. ``--data-dir``
on the command line, or the ``PARISHDESK_HOME`` environment variable, moves
everything (logs included) under one folder; tests rely on that.
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path

import platformdirs

from parishdesk import APP_NAME

ENV_VAR = "PARISHDESK_HOME"


@dataclass(frozen=True)
class DataPaths:
    """Every file location the app uses, derived from two folders."""

    data_dir: Path
    log_dir: Path

    @property
    def db_file(self) -> Path:
        return self.data_dir / "parishdesk.sqlite3"

    @property
    def backups_dir(self) -> Path:
        return self.data_dir / "backups"

    @property
    def damaged_dir(self) -> Path:
        """Damaged database files are moved here, never overwritten."""
        return self.data_dir / "damaged"

    @property
    def attachments_dir(self) -> Path:
        return self.data_dir / "attachments"

    @property
    def letters_dir(self) -> Path:
        """Issued letters and packs, kept for identical reprints."""
        return self.data_dir / "letters"

    @property
    def templates_dir(self) -> Path:
        """The clerk's edited copies of letter templates."""
        return self.data_dir / "templates"

    @property
    def settings_file(self) -> Path:
        return self.data_dir / "settings.ini"

    @property
    def lock_file(self) -> Path:
        return self.data_dir / "parishdesk.lock"

    @property
    def log_file(self) -> Path:
        return self.log_dir / "parishdesk.log"

    def ensure(self) -> DataPaths:
        """Create the folders if they are missing; return self for chaining."""
        for folder in (self.data_dir, self.log_dir, self.backups_dir):
            folder.mkdir(parents=True, exist_ok=True)
        return self


def resolve_paths(data_dir: str | os.PathLike[str] | None = None,
                  environ: Mapping[str, str] | None = None) -> DataPaths:
    """Work out the data and log folders.

    Precedence: the explicit ``data_dir`` (``--data-dir``), then
    ``PARISHDESK_HOME``, then the platform's per-user folders.
    """
    env = os.environ if environ is None else environ
    chosen = data_dir if data_dir else env.get(ENV_VAR) or None
    if chosen:
        root = Path(chosen).expanduser().resolve()
        return DataPaths(data_dir=root, log_dir=root / "logs")
    return DataPaths(
        data_dir=Path(platformdirs.user_data_dir(APP_NAME, appauthor=False)),
        log_dir=Path(platformdirs.user_log_dir(APP_NAME, appauthor=False)),
    )
