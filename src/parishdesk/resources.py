"""Finds files shipped in ``resources/``: from a checkout, a wheel or a frozen bundle.

In a wheel the top-level ``resources/`` folder is packaged as
``parishdesk/resources``; in a source checkout (including an editable
install) it sits at the top of the repository; in a PyInstaller bundle it is
under ``sys._MEIPASS``. This is the one place that knows.
"""

from __future__ import annotations

import sys
from functools import lru_cache
from pathlib import Path


@lru_cache(maxsize=1)
def resources_root() -> Path:
    """The folder holding the bundled resources."""
    # The package's own folder, as importlib.resources.files("parishdesk") gives it for an
    # installed package; read from __file__ so that start-up need not load importlib.resources.
    packaged = Path(__file__).resolve().parent / "resources"
    if packaged.is_dir():
        return packaged
    frozen = getattr(sys, "_MEIPASS", None)
    if frozen and (Path(frozen) / "resources").is_dir():
        return Path(frozen) / "resources"
    checkout = Path(__file__).resolve().parents[2] / "resources"
    if checkout.is_dir():
        return checkout
    raise FileNotFoundError(
        "ParishDesk's resources folder is missing; the installation is incomplete."
    )


def resource_path(*parts: str) -> Path:
    """Path of one bundled file, e.g. ``resource_path("icons", "app.svg")``."""
    path = resources_root().joinpath(*parts)
    if not path.exists():
        raise FileNotFoundError(f"Bundled file not found: {'/'.join(parts)}")
    return path
