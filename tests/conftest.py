"""Shared fixtures. Qt runs offscreen and no test touches the real home directory."""

from __future__ import annotations

import datetime as dt
import os
import shutil
from pathlib import Path

import pytest

# Offscreen, on a screen the size of a typical clerk's laptop (the plugin's
# default 800 x 600 screen would squeeze windows that fit any real laptop).
if os.environ.get("QT_QPA_PLATFORM", "offscreen") == "offscreen":
    _screen = Path(__file__).with_name("offscreen-screen.json")
    os.environ["QT_QPA_PLATFORM"] = f"offscreen:configfile={_screen}"
os.environ.pop("PARISHDESK_HOME", None)

# The real councils' protocols are an optional corpus: PARISHDESK_CORPUS=DIR makes
# the corpus tests read every file in DIR; without it they are skipped (and say why).
CORPUS_ENV = "PARISHDESK_CORPUS"
CORPUS_SUFFIXES = {".txt", ".md", ".docx", ".pdf"}


def corpus_files() -> list[Path]:
    """The protocol files in $PARISHDESK_CORPUS (empty when it is not set)."""
    folder = os.environ.get(CORPUS_ENV, "").strip()
    if not folder:
        return []
    root = Path(folder)
    if not root.is_dir():
        raise pytest.UsageError(f"{CORPUS_ENV}={folder} is not a folder")
    found = sorted(p for p in root.iterdir() if p.is_file() and p.suffix.lower() in CORPUS_SUFFIXES)
    if not found:
        raise pytest.UsageError(f"{CORPUS_ENV}={folder} holds no .txt, .md, .docx or .pdf files")
    return found


def pytest_generate_tests(metafunc: pytest.Metafunc) -> None:
    """Give every test that asks for ``corpus_file`` one run per corpus file, or one skip."""
    if "corpus_file" not in metafunc.fixturenames:
        return
    files = corpus_files()
    if files:
        metafunc.parametrize("corpus_file", files, ids=[p.name for p in files])
    else:
        reason = (f"corpus run only: set {CORPUS_ENV}=DIR to a folder of councils' protocols "
                  "(.ci/run uses ../shared/seeds when it exists)")
        metafunc.parametrize("corpus_file", [pytest.param(None, marks=pytest.mark.skip(reason=reason))],
                             ids=["no-corpus"])


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
def paths(tmp_path: Path):  # type: ignore[no-untyped-def]
    """A fresh data folder for one test."""
    from parishdesk.paths import resolve_paths

    return resolve_paths(tmp_path / "data").ensure()


@pytest.fixture
def opened(paths):  # type: ignore[no-untyped-def]
    """The database opened (and migrated) in the test's data folder; closed afterwards."""
    from parishdesk.store import db, schema

    result = schema.open_database(paths.db_file, paths.backups_dir)
    yield result
    db.close()


DEMO_TODAY = dt.date(2026, 11, 22)


@pytest.fixture(scope="session")
def demo_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The demo council built once per test run; each test gets its own copy of the file."""
    from parishdesk.paths import resolve_paths
    from parishdesk.services.demo import create_demo_council
    from parishdesk.store import db, schema

    template = resolve_paths(tmp_path_factory.mktemp("demo-template")).ensure()
    schema.open_database(template.db_file, template.backups_dir, DEMO_TODAY)
    try:
        create_demo_council("test", DEMO_TODAY)
    finally:
        db.close()
    return template.db_file


def install_demo(template: Path, db_file: Path) -> None:
    """Put a copy of the demo data (database, issued letters, e-mail drafts and
    attachments) beside ``db_file``.

    Any open database is closed first.
    """
    from parishdesk.store import db

    db.close()
    for suffix in ("", "-wal", "-shm"):
        Path(f"{db_file}{suffix}").unlink(missing_ok=True)
    shutil.copyfile(template, db_file)
    for folder in ("letters", "email-drafts", "attachments"):
        if (template.parent / folder).is_dir():
            shutil.copytree(template.parent / folder, db_file.parent / folder,
                            dirs_exist_ok=True)


@pytest.fixture
def demo(paths, demo_template):  # type: ignore[no-untyped-def]
    """The demo council (made on 22/11/2026) in this test's own database file."""
    from parishdesk.services.demo import load_demo_council
    from parishdesk.store import db, schema

    install_demo(demo_template, paths.db_file)
    schema.open_database(paths.db_file, paths.backups_dir)
    yield load_demo_council()
    db.close()
