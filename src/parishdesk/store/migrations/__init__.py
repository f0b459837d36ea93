"""Schema migrations, one module per version: ``mNNNN_what.py``.

Each module defines ``VERSION`` (int, unique, and the NNNN of its name),
``DESCRIPTION`` (str) and ``apply(db, migrator)``. After adding one, run
``python packaging/build_schema_snapshot.py`` (a test says so). Every version not yet recorded in ``schema_version``
is applied, in version order. A migration keeps its own frozen copy of any table it
creates, never the live classes in ``store/models.py``, so that an old file is
always carried forward by exactly the steps that shaped it. Versions are
applied in order, each in its own transaction; a backup is taken first.
Later areas add modules here; existing ones are never rewritten.
"""

from __future__ import annotations

import functools
import importlib
import pkgutil
import re
from collections.abc import Callable
from types import ModuleType
from typing import Any

_NAME = re.compile(r"m(\d{4})_\w+")


class Migration:
    """One step: its ``version``, ``description`` and ``apply(db, migrator)``.

    A step found by :func:`discover` knows its version from its module's name
    (``mNNNN_what``); the module itself, with its frozen tables, is imported only
    when the step is described or applied, so that opening a database that is
    already up to date imports none of them.
    """

    def __init__(self, version: int, description: str = "",
                 apply: Callable[[Any, Any], None] | None = None, *, module: str = "") -> None:
        self.version = version
        self._description = description
        self._apply = apply
        self._module = module

    def _load(self) -> ModuleType:
        module = importlib.import_module(f"{__name__}.{self._module}")
        if module.VERSION != self.version:
            raise RuntimeError(f"Migration {self._module} says it is version "
                               f"{module.VERSION}; its name says {self.version}")
        return module

    @property
    def description(self) -> str:
        return str(self._load().DESCRIPTION) if self._module else self._description

    def apply(self, db: Any, migrator: Any) -> None:
        step = self._load().apply if self._module else self._apply
        assert step is not None, f"migration {self.version} has nothing to apply"
        step(db, migrator)

    def __repr__(self) -> str:
        return f"Migration({self.version}, {self._module or self._description!r})"


@functools.cache
def _module_names() -> tuple[str, ...]:
    """The migration modules' names, read from the package folder once (opening the
    database asks four times; the modules do not change while ParishDesk runs)."""
    return tuple(info.name for info in pkgutil.iter_modules(__path__))


def discover() -> tuple[Migration, ...]:
    """All migration steps, ordered by version; two steps with one version is a bug."""
    found: list[Migration] = []
    for module_name in _module_names():
        name = _NAME.fullmatch(module_name)
        if name is not None:
            found.append(Migration(int(name.group(1)), module=module_name))
    found.sort(key=lambda m: m.version)
    versions = [m.version for m in found]
    if len(set(versions)) != len(versions) or (versions and versions[0] != 1):
        raise RuntimeError(f"Migration versions must be unique and start at 1: {versions}")
    return tuple(found)
