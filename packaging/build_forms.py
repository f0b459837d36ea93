"""Compile every Qt Designer form in ui/ into src/parishdesk/gui/forms/ with pyside6-uic.

Run after editing a .ui file:  python packaging/build_forms.py
The generated modules are never edited by hand; a test regenerates them and
fails on any difference.
"""

from __future__ import annotations

import ast
import shutil
import subprocess
import sys
import sysconfig
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
UI_DIR = ROOT / "ui"
FORMS_DIR = ROOT / "src" / "parishdesk" / "gui" / "forms"
HEADER = '"""Generated from ui/*.ui by packaging/build_forms.py. Do not edit."""\n'


def uic_command() -> list[str]:
    scripts = Path(sysconfig.get_path("scripts"))
    for name in ("pyside6-uic", "pyside6-uic.exe"):
        candidate = scripts / name
        if candidate.exists():
            return [str(candidate)]
    found = shutil.which("pyside6-uic")
    if found:
        return [found]
    raise SystemExit("pyside6-uic not found: install pyside6-essentials first")


def compile_form(ui_file: Path) -> str:
    """The Python source pyside6-uic makes for one form (version banner removed, and
    only the Qt classes the form uses imported)."""
    out = subprocess.run([*uic_command(), "--no-autoconnection", str(ui_file)],
                         check=True, capture_output=True, text=True).stdout
    lines = [ln for ln in out.splitlines() if "Qt User Interface Compiler version" not in ln]
    return only_used_imports("\n".join(lines).rstrip() + "\n")


def only_used_imports(source: str) -> str:
    """Drop the names a form imports from PySide6 but never uses.

    pyside6-uic imports the same long list into every form (gradients, fonts, the font
    database, locales…). PySide builds each class's Python side, enums and all, when
    it is first imported, so those unused names cost the program's start several
    milliseconds for nothing.
    """
    tree = ast.parse(source)
    used = {node.id for node in ast.walk(tree) if isinstance(node, ast.Name)}
    lines = source.splitlines(keepends=True)
    for node in reversed(tree.body):
        if not (isinstance(node, ast.ImportFrom) and (node.module or "").startswith("PySide6")):
            continue
        names = [alias.name for alias in node.names if alias.name in used]
        text = f"from {node.module} import {', '.join(names)}\n" if names else ""
        assert node.end_lineno is not None
        lines[node.lineno - 1:node.end_lineno] = [text]
    return "".join(lines)


def module_name(ui_file: Path) -> str:
    return f"ui_{ui_file.stem}.py"


def build(target: Path = FORMS_DIR) -> list[Path]:
    target.mkdir(parents=True, exist_ok=True)
    (target / "__init__.py").write_text(HEADER, encoding="utf-8")
    written = []
    for ui_file in sorted(UI_DIR.glob("*.ui")):
        dest = target / module_name(ui_file)
        dest.write_text(compile_form(ui_file), encoding="utf-8")
        written.append(dest)
    return written


if __name__ == "__main__":
    for path in build(Path(sys.argv[1]) if len(sys.argv) > 1 else FORMS_DIR):
        print(f"wrote {path.relative_to(ROOT) if path.is_relative_to(ROOT) else path}")
