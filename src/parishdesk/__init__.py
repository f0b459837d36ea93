"""ParishDesk: the member/officer relations desk for a parish or town council clerk."""

from importlib.metadata import PackageNotFoundError
from importlib.metadata import version as _installed_version


def _version() -> str:
    """The version in the package metadata (pyproject.toml), as installed or bundled."""
    try:
        return _installed_version("parishdesk")
    except PackageNotFoundError:  # run from a bare source tree, never installed
        return "0+unknown"


__version__ = _version()
APP_NAME = "ParishDesk"
