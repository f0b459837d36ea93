"""Subcommands of ``parishdesk``. Each module here defines ``register(subparsers)``.

A module adds its subparser and sets ``func=handler`` where
``handler(args, paths) -> int`` returns the exit status. ``cli.py`` discovers
the modules, so an area adds its commands without touching the core.
"""

from __future__ import annotations

import importlib
import pkgutil
from types import ModuleType


def command_modules() -> list[ModuleType]:
    modules = []
    for info in sorted(pkgutil.iter_modules(__path__), key=lambda i: i.name):
        if info.name.startswith("_"):
            continue
        module = importlib.import_module(f"{__name__}.{info.name}")
        if hasattr(module, "register"):
            modules.append(module)
    return modules
