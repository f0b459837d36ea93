"""One version, from the package metadata: --version, Help ▸ About, and the changelog."""

from __future__ import annotations

import re
import tomllib
from importlib.metadata import version
from pathlib import Path

import pytest

import parishdesk
from parishdesk.cli import run

ROOT = Path(__file__).resolve().parents[1]


def _project_version() -> str:
    with (ROOT / "pyproject.toml").open("rb") as f:
        return str(tomllib.load(f)["project"]["version"])


def test_the_version_is_the_package_metadata():
    assert parishdesk.__version__ == version("parishdesk") == _project_version()


def test_dash_dash_version(capsys):
    with pytest.raises(SystemExit) as done:
        run(["--version"])
    assert done.value.code == 0
    assert capsys.readouterr().out.strip() == f"ParishDesk {_project_version()}"


def test_about_shows_the_version_and_the_data_folder(qtbot, monkeypatch, tmp_path):
    from PySide6.QtWidgets import QMessageBox

    from parishdesk.gui.common import dialogs

    shown: list[tuple[str, str]] = []
    monkeypatch.setattr(QMessageBox, "about",
                        staticmethod(lambda parent, title, text: shown.append((title, text))))
    dialogs.show_about(None, tmp_path)
    [(title, text)] = shown
    assert "About ParishDesk" in title
    assert f"ParishDesk {_project_version()}" in text and str(tmp_path) in text


def test_the_changelog_starts_with_this_version():
    text = (ROOT / "CHANGELOG.md").read_text(encoding="utf-8")
    versions = re.findall(r"^## (\d+\.\d+\.\d+)", text, flags=re.M)
    assert versions and versions[0] == _project_version()
    assert len(versions) == len(set(versions))
