"""Each built area is a package under gui/ that exposes its page and its dialogs."""

import importlib

import pytest
from PySide6.QtWidgets import QDialog, QWidget

from parishdesk.gui.areas import AREAS, load_area_module

BUILT = ("members", "enquiries", "access", "documents")


@pytest.mark.parametrize("key", BUILT)
def test_the_area_list_finds_each_page_in_its_package(key):
    spec = next(s for s in AREAS if s.key == key)
    assert spec.module == f"parishdesk.gui.{key}.page"
    module = load_area_module(spec)
    assert module is not None and callable(module.create)


@pytest.mark.parametrize("key", BUILT)
def test_the_package_exposes_its_page_and_dialogs(key):
    package = importlib.import_module(f"parishdesk.gui.{key}")
    exposed = {name: getattr(package, name) for name in package.__all__}
    assert callable(exposed.pop("create"))
    pages = [c for c in exposed.values() if not issubclass(c, QDialog)]
    assert len(pages) == 1 and issubclass(pages[0], QWidget)
    assert any(issubclass(c, QDialog) for c in exposed.values())
    with pytest.raises(AttributeError):
        package.NoSuchDialog  # noqa: B018


def test_areas_not_built_yet_have_no_package():
    for key in ("disputes", "meetings"):
        spec = next(s for s in AREAS if s.key == key)
        assert load_area_module(spec) is None
