"""Shared fixtures. Qt runs offscreen and no test touches the real home directory."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.pop("PARISHDESK_HOME", None)

SEEDS_DIR = Path(__file__).resolve().parents[2] / "shared" / "seeds"


@pytest.fixture(autouse=True)
def _isolated_home(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Point HOME, XDG dirs and PARISHDESK_HOME at a temporary folder for every test."""
    home = tmp_path_factory.mktemp("home")
    monkeypatch.setenv("HOME", str(home))
    monkeypatch.setenv("USERPROFILE", str(home))
    monkeypatch.setenv("XDG_DATA_HOME", str(home / ".local" / "share"))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(home / ".config"))
    monkeypatch.setenv("XDG_STATE_HOME", str(home / ".local" / "state"))
    monkeypatch.setenv("XDG_CACHE_HOME", str(home / ".cache"))
    monkeypatch.setenv("PARISHDESK_HOME", str(home / "parishdesk-data"))
    return home


@pytest.fixture
def seeds_dir() -> Path:
    """The three real councils' protocols in ../shared/seeds/."""
    if not SEEDS_DIR.is_dir():
        pytest.fail(f"Seed protocols not found at {SEEDS_DIR}: ../shared must sit beside the repo")
    return SEEDS_DIR
