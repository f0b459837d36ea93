"""The house rules that keep the code findable: module size, layer contracts, package exports.

The import rules themselves are checked by import-linter (``lint-imports``, run by
``packaging/dev.sh test``); the tests here check what import-linter cannot.
"""

from __future__ import annotations

import importlib
import re
import tomllib
import types
from pathlib import Path

import pytest

import parishdesk

SRC = Path(parishdesk.__file__).parent
ROOT = SRC.parent.parent
MAX_LINES = 400

#: Generated forms and frozen migrations may be as long as they need to be.
EXEMPT_FOLDERS = ("gui/forms/", "store/migrations/")

#: Modules still over the limit while other branches of the house issue (#9) are open.
#: Each one is split by the branch named beside it; when that branch has landed the
#: module is gone or short, this test then says so, and its line here is deleted.
#: The integrator empties this list.
ALLOWED_OVER_LIMIT = {
}


def _modules() -> dict[str, int]:
    lengths = {}
    for path in sorted(SRC.rglob("*.py")):
        name = path.relative_to(SRC).as_posix()
        if not name.startswith(EXEMPT_FOLDERS):
            lengths[name] = len(path.read_text(encoding="utf-8").splitlines())
    return lengths


def test_no_module_is_over_400_lines() -> None:
    too_long = {name: n for name, n in _modules().items()
                if n > MAX_LINES and name not in ALLOWED_OVER_LIMIT}
    assert not too_long, (
        f"Modules over {MAX_LINES} lines do more than one job; split them along their jobs: "
        + ", ".join(f"{name} ({n})" for name, n in too_long.items()))


def test_the_allow_list_only_holds_modules_still_over_the_limit() -> None:
    lengths = _modules()
    done = sorted(name for name in ALLOWED_OVER_LIMIT if lengths.get(name, 0) <= MAX_LINES)
    assert not done, (
        f"Now gone or within {MAX_LINES} lines, so take them off ALLOWED_OVER_LIMIT: "
        + ", ".join(done))


#: Signs of a peewee row or model used outside the store.
ROW_SIGNS = re.compile(r"__data__|\b[A-Z]\w*\.select\(|\.get_id\(\)"
                       r"|parishdesk\.store\.(?:register_)?models\b")

#: Modules that still hold peewee rows while other branches of issue #9 are open; the
#: integrator empties this list when they have landed.
ALLOWED_ROW_USERS: dict[str, str] = {}


def test_no_peewee_rows_or_models_outside_the_store() -> None:
    """The store hands out domain records: nothing else reads a row's ``__data__``, runs a
    ``select()`` or imports a model class."""
    found = {}
    for path in sorted(SRC.rglob("*.py")):
        name = path.relative_to(SRC).as_posix()
        if name.startswith("store/") or name in ALLOWED_ROW_USERS:
            continue
        text = path.read_text(encoding="utf-8")
        signs = sorted(set(ROW_SIGNS.findall(text)))
        if signs:
            found[name] = signs
    assert not found, f"Peewee rows outside store/: {found}"
    still = [name for name in ALLOWED_ROW_USERS if not (SRC / name).is_file()
             or not ROW_SIGNS.search((SRC / name).read_text(encoding="utf-8"))]
    assert not still, f"No rows left in {', '.join(still)}: take them off ALLOWED_ROW_USERS"


def _contracts() -> list[dict[str, object]]:
    config = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    return list(config["tool"]["importlinter"]["contracts"])


def _top_level_modules() -> set[str]:
    names = {p.stem for p in SRC.glob("*.py") if p.stem not in ("__init__", "__main__")}
    names |= {p.name for p in SRC.iterdir() if (p / "__init__.py").is_file()}
    return {f"parishdesk.{name}" for name in names}


@pytest.mark.parametrize(("library", "owner"), [
    ("peewee", "parishdesk.store"),
    ("reportlab", "parishdesk.documents"),
    ("PySide6", "parishdesk.gui"),
])
def test_only_one_layer_may_import_each_heavy_library(library: str, owner: str) -> None:
    """A new top-level module must be named in the "only … imports" contracts, or
    import-linter would let it import the library unnoticed."""
    [contract] = [c for c in _contracts() if c["type"] == "forbidden"
                  and library in c["forbidden_modules"]  # type: ignore[operator]
                  and c.get("allow_indirect_imports")]
    checked = set(contract["source_modules"])  # type: ignore[call-overload]
    assert checked | {owner} == _top_level_modules(), (
        f"Add the missing modules to the contract \"{contract['name']}\" in pyproject.toml")


@pytest.mark.parametrize("package", [
    "parishdesk.domain.enquiry_checks",
    "parishdesk.domain.protocol",
    "parishdesk.domain.rules",
    "parishdesk.services.access",
    "parishdesk.services.demo",
    "parishdesk.services.enquiries",
    "parishdesk.services.members",
    "parishdesk.gui.members",
    "parishdesk.gui.enquiries",
    "parishdesk.gui.access",
    "parishdesk.gui.documents",
])
def test_split_packages_export_their_names_not_their_modules(package: str) -> None:
    """A submodule named like one of the package's functions would replace it (as a
    ``roles.py`` once hid ``members.roles()``)."""
    module = importlib.import_module(package)
    names = module.__all__
    assert names, f"{package} lists no public names"
    hidden = [n for n in names if isinstance(getattr(module, n), types.ModuleType)]
    assert not hidden, f"{package}: a submodule hides {', '.join(hidden)}"
