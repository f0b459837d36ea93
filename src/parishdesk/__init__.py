"""ParishDesk: the member/officer relations desk for a parish or town council clerk."""

from __future__ import annotations

APP_NAME = "ParishDesk"


def _version() -> str:
    """The version in the package metadata (pyproject.toml), as installed or bundled."""
    from importlib.metadata import PackageNotFoundError
    from importlib.metadata import version as installed_version

    try:
        return installed_version("parishdesk")
    except PackageNotFoundError:  # run from a bare source tree, never installed
        return "0+unknown"


def __getattr__(name: str) -> str:
    # ``__version__`` is read from the package metadata only when asked for: reading it
    # imports importlib.metadata, which start-up does not otherwise need.
    if name == "__version__":
        return _version()
    raise AttributeError(f"module 'parishdesk' has no attribute {name!r}")
