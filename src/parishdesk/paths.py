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
        """Create the folders if they are missing (private to this user); return self."""
        for folder in (self.data_dir, self.log_dir, self.backups_dir):
            folder.mkdir(mode=0o700, parents=True, exist_ok=True)
            _private(folder, 0o700)
        return self

    def confined(self, stored: str | os.PathLike[str], under: Path | None = None) -> Path:
        """``stored`` (a path read from the database, or built from a value in it) under
        ``under`` (default: the data folder), refused if it leads outside the data folder.

        A crafted backup must not make a reprint or a draft write anywhere else.
        """
        from parishdesk.errors import ParishDeskError

        target = (under or self.data_dir) / stored
        root = self.data_dir.resolve()
        if not target.resolve().is_relative_to(root) or target.resolve() == root:
            raise ParishDeskError(
                f"The database names a file outside the data folder ({stored}); ParishDesk "
                "will not read or write it. Nothing was changed.")
        return target


PRIVATE_UMASK = 0o077


def _private(path: Path, mode: int) -> None:
    if os.name == "posix":  # on Windows the per-user folder is private already
        try:
            os.chmod(path, mode)
        except OSError:
            pass  # not ours to change (a shared folder, say): still used


def make_private(paths: DataPaths) -> None:
    """From now on every file ParishDesk writes is the clerk's alone (0600, folders 0700),
    whatever the umask it was started with; files already in the data folder are made so."""
    if os.name != "posix":
        return
    os.umask(PRIVATE_UMASK)
    for root in {paths.data_dir, paths.log_dir}:
        if not root.is_dir():
            continue
        _private(root, 0o700)
        for folder, dirs, files in os.walk(root):
            for name in dirs:
                _private(Path(folder, name), 0o700)
            for name in files:
                full = Path(folder, name)
                if full.is_file() and not full.is_symlink():
                    _private(full, 0o600)


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
    import platformdirs  # only for the default folders (it loads tempfile, random, shutil)

    return DataPaths(
        data_dir=Path(platformdirs.user_data_dir(APP_NAME, appauthor=False)),
        log_dir=Path(platformdirs.user_log_dir(APP_NAME, appauthor=False)),
    )
