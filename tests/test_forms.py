"""The compiled forms in gui/forms are exactly what pyside6-uic makes from ui/*.ui."""

import importlib.util
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def _build_module():
    spec = importlib.util.spec_from_file_location("build_forms", ROOT / "packaging" / "build_forms.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    sys.modules["build_forms"] = module
    spec.loader.exec_module(module)
    return module


def test_generated_forms_match_the_designer_files(tmp_path):
    build_forms = _build_module()
    written = build_forms.build(tmp_path)
    assert written, "there are .ui files to compile"
    committed = ROOT / "src" / "parishdesk" / "gui" / "forms"
    fresh = {p.name: p.read_text(encoding="utf-8") for p in tmp_path.glob("*.py")}
    existing = {p.name: p.read_text(encoding="utf-8") for p in committed.glob("*.py")}
    assert sorted(fresh) == sorted(existing), "a form is missing or left over: run build_forms"
    for name, text in fresh.items():
        assert existing[name] == text, f"{name} differs from its .ui: run packaging/build_forms.py"
