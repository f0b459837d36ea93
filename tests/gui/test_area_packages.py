"""Each area is a package under gui/ that exposes its page (and, for the first four areas
built, its dialogs) and loads its page's code only when asked."""

import importlib
import subprocess
import sys

import pytest
from PySide6.QtWidgets import QDialog, QWidget

from parishdesk.gui.areas import AREAS, AreaSpec, load_area_module

WITH_DIALOGS = ("members", "enquiries", "access", "documents")


@pytest.mark.parametrize("spec", AREAS, ids=lambda s: s.key)
def test_the_area_list_finds_each_area_package_and_its_page(spec):
    assert spec.module == f"parishdesk.gui.{spec.key}"
    module = load_area_module(spec)
    assert module is not None and callable(module.create)


@pytest.mark.parametrize("key", WITH_DIALOGS)
def test_the_package_exposes_its_page_and_dialogs(key):
    package = importlib.import_module(f"parishdesk.gui.{key}")
    exposed = {name: getattr(package, name) for name in package.__all__}
    assert callable(exposed.pop("create"))
    pages = [c for c in exposed.values() if not issubclass(c, QDialog)]
    assert len(pages) == 1 and issubclass(pages[0], QWidget)
    assert any(issubclass(c, QDialog) for c in exposed.values())
    with pytest.raises(AttributeError):
        package.NoSuchDialog  # noqa: B018


@pytest.mark.parametrize("key", WITH_DIALOGS)
def test_naming_the_package_loads_none_of_its_modules(key):
    out = subprocess.run(
        [sys.executable, "-c", f"import sys, parishdesk.gui.{key}; print(sorted(m for m in "
         f"sys.modules if m.startswith('parishdesk.gui.{key}.')))"],
        capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"


def test_an_area_whose_package_is_missing_is_not_built_yet():
    assert load_area_module(AreaSpec("later", "Later", "parishdesk.gui.later", "")) is None
