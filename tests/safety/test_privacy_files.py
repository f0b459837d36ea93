"""Private files whatever the umask, paths from the database kept inside the data folder,
and a log without personal data."""

from __future__ import annotations

import os
import stat

import pytest

from parishdesk.cli import run
from parishdesk.errors import ParishDeskError, ValidationError
from parishdesk.paths import resolve_paths
from parishdesk.services import letters
from parishdesk.store import db

posix_only = pytest.mark.skipif(os.name != "posix", reason="Windows keeps per-user folders private")


@pytest.fixture
def loose_umask():
    old = os.umask(0o022)
    yield
    os.umask(old)


@posix_only
def test_every_file_in_the_data_folder_is_private_whatever_the_umask(tmp_path, loose_umask):
    data = tmp_path / "data"
    data.mkdir(mode=0o755)
    old = data / "notes-from-before.txt"
    old.write_text("left by an older version")
    os.chmod(old, 0o644)
    assert run(["--data-dir", str(data), "demo"]) == 0
    assert run(["--data-dir", str(data), "backup"]) == 0
    loose = []
    for folder, dirs, files in os.walk(data):
        for name in dirs:
            if stat.S_IMODE(os.stat(os.path.join(folder, name)).st_mode) != 0o700:
                loose.append(os.path.join(folder, name))
        for name in files:
            if stat.S_IMODE(os.stat(os.path.join(folder, name)).st_mode) != 0o600:
                loose.append(os.path.join(folder, name))
    assert stat.S_IMODE(data.stat().st_mode) == 0o700
    assert loose == []
    assert any(p.suffix == ".sqlite3" for p in (data / "backups").iterdir())
    assert list((data / "letters").rglob("*.pdf"))  # letters were written, and are private


def test_a_crafted_letter_path_is_refused_not_written(paths, demo, tmp_path):
    outside = tmp_path / "outside.pdf"
    row = db.database.execute_sql("SELECT id FROM issued_letter LIMIT 1").fetchone()
    db.database.execute_sql("UPDATE issued_letter SET pdf_file = ? WHERE id = ?",
                            ("../../outside.pdf", row[0]))
    assert paths.confined("letters/2026/x.pdf") == paths.data_dir / "letters/2026/x.pdf"
    with pytest.raises(ParishDeskError, match="outside the data folder"):
        letters.stored_pdf(paths, row[0])
    assert not outside.exists()
    with pytest.raises(ParishDeskError):
        paths.confined(str(tmp_path / "elsewhere" / "x.eml"))
    assert paths.confined("../x", paths.letters_dir / "2026") == \
        paths.letters_dir / "2026" / "../x"  # still inside the data folder: allowed
    with pytest.raises(ParishDeskError):
        paths.confined("../../../x", paths.letters_dir)


def test_the_log_names_no_one(qapp, monkeypatch, tmp_path):
    from PySide6.QtWidgets import QMessageBox

    from parishdesk import logging_setup
    from parishdesk.gui.common import errors

    paths = resolve_paths(tmp_path / "data").ensure()
    logging_setup.configure(paths.log_file)
    monkeypatch.setattr(QMessageBox, "warning", lambda *a, **k: None)
    errors.show_expected(None, ValidationError({"surname": "Bartholomew Quince-Ashdown "
                                                           "is already a councillor"}))
    for handler in __import__("logging").getLogger().handlers:
        handler.flush()
    text = paths.log_file.read_text(encoding="utf-8")
    assert "ValidationError" in text
    assert "Quince-Ashdown" not in text




@posix_only
def test_the_desktop_app_makes_old_files_private_after_its_window_shows(tmp_path,
                                                                        loose_umask):
    """At start only the folders are closed (nothing inside can be reached then); the walk
    through every backup and letter runs on a thread of its own once the window shows."""
    from parishdesk.gui.startup import make_files_private_in_background
    from parishdesk.paths import make_private

    data = tmp_path / "data"
    paths = resolve_paths(data).ensure()
    inside = data / "backups" / "made-elsewhere.txt"
    inside.write_text("x")
    os.chmod(inside, 0o644)
    os.chmod(data, 0o755)
    make_private(paths, walk=False)
    assert stat.S_IMODE(data.stat().st_mode) == 0o700
    assert stat.S_IMODE(inside.stat().st_mode) == 0o644  # not yet: no walk at start
    make_files_private_in_background(paths).join(timeout=30)
    assert stat.S_IMODE(inside.stat().st_mode) == 0o600
