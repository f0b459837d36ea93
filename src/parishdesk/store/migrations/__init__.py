"""Schema migrations, one module per version: ``mNNNN_what.py``.

Each module defines ``VERSION`` (int, unique), ``DESCRIPTION`` (str) and
``apply(db, migrator)``. Every version not yet recorded in ``schema_version``
is applied, in version order. A migration keeps its own frozen copy of any table it
creates, never the live classes in ``store/models.py``, so that an old file is
always carried forward by exactly the steps that shaped it. Versions are
applied in order, each in its own transaction; a backup is taken first.
Later areas add modules here; existing ones are never rewritten.
"""

from __future__ import annotations

import importlib
import pkgutil
import re
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any


@dataclass(frozen=True)
class Migration:
    version: int
    description: str
    apply: Callable[[Any, Any], None]


def discover() -> tuple[Migration, ...]:
    """All migration steps, ordered by version; two steps with one version is a bug."""
    found: list[Migration] = []
    for info in pkgutil.iter_modules(__path__):
        if not re.fullmatch(r"m\d{4}_\w+", info.name):
            continue
        module = importlib.import_module(f"{__name__}.{info.name}")
        found.append(Migration(module.VERSION, module.DESCRIPTION, module.apply))
    found.sort(key=lambda m: m.version)
    versions = [m.version for m in found]
    if len(set(versions)) != len(versions) or (versions and versions[0] != 1):
        raise RuntimeError(f"Migration versions must be unique and start at 1: {versions}")
    return tuple(found)
