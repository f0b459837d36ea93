"""Backup and restore in data folders whose names SQLite URIs would misread."""

from __future__ import annotations

import sqlite3
from pathlib import Path, PureWindowsPath

import pytest

from parishdesk.paths import DataPaths, resolve_paths
from parishdesk.store import audit, backup, db, dbfile, schema
from parishdesk.store.models import Committee
from tests.conftest import install_demo


def _row_counts(path: Path) -> dict[str, int]:
    conn = sqlite3.connect(path)
    try:
        tables = [r[0] for r in conn.execute(
            "SELECT name FROM sqlite_master WHERE type='table' AND name NOT LIKE 'sqlite_%'")]
        return {t: conn.execute(f'SELECT COUNT(*) FROM "{t}"').fetchone()[0] for t in tables}
    finally:
        conn.close()


FOLDERS = ["Council #2 data", "Minutes? Yes", "100% parish", "Smith & Jones",
           "Llanfair Ŵyddfa café — ñ", "a #b?c%d&e f"]


@pytest.mark.parametrize("name", FOLDERS)
def test_backup_and_restore_keep_every_row_whatever_the_folder_is_called(
        tmp_path, demo_template, name):
    paths = resolve_paths(tmp_path / name).ensure()
    _round_trip(paths, demo_template)


def test_backup_and_restore_under_a_unc_like_double_slash_prefix(tmp_path, demo_template):
    # On Linux "//tmp/x" names the same folder as "/tmp/x"; the URI must keep it.
    unc_like = Path("//" + str(tmp_path).lstrip("/")) / "Council #2"
    paths = DataPaths(data_dir=unc_like, log_dir=unc_like / "logs").ensure()
    assert str(paths.db_file).startswith("//")
    _round_trip(paths, demo_template)


def _round_trip(paths, demo_template) -> None:
    install_demo(demo_template, paths.db_file)
    schema.open_database(paths.db_file, paths.backups_dir)
    try:
        db.database.execute_sql("PRAGMA wal_checkpoint(TRUNCATE)")
        before = _row_counts(paths.db_file)
        assert before["council"] == 1 and before["person"] > 10
        saved = backup.manual_backup(paths.db_file, paths.backups_dir)
        assert _row_counts(saved) == before
        audit.create(Committee, "test", name="Cemetery Committee")
    finally:
        db.close()
    changed = _row_counts(paths.db_file)
    assert changed["committee"] == before["committee"] + 1
    kept = backup.restore_file(saved, paths.db_file, paths.backups_dir, paths.damaged_dir,
                               schema.latest_version())
    assert kept is not None and _row_counts(kept) == changed
    schema.open_database(paths.db_file, paths.backups_dir)
    db.close()
    after = _row_counts(paths.db_file)
    assert after == before
    # A damaged file in such a folder is found, not read as some other empty file.
    with paths.db_file.open("r+b") as fh:
        fh.seek(4096 * 3)
        fh.write(b"\xff" * 4096 * 4)
    assert db.integrity_problem(paths.db_file) is not None


def test_uris_escape_every_special_character():
    uri = dbfile.ro_uri(Path("/srv/Council #2?/100% & more/é.sqlite3"))
    assert uri == ("file:///srv/Council%20%232%3F/100%25%20%26%20more/%C3%A9.sqlite3"
                   "?mode=ro")


def test_a_windows_share_becomes_a_four_slash_uri():
    uri = dbfile.ro_uri(PureWindowsPath(r"\\server\share\Council #2\parishdesk.sqlite3"))
    assert uri == "file:////server/share/Council%20%232/parishdesk.sqlite3?mode=ro"
    assert dbfile.ro_uri(PureWindowsPath(r"C:\Data #1\p.sqlite3")) == \
        "file:///C:/Data%20%231/p.sqlite3?mode=ro"


def test_no_module_builds_a_uri_by_hand():
    src = Path(__file__).resolve().parents[2] / "src" / "parishdesk"
    offenders = [str(p.relative_to(src)) for p in src.rglob("*.py")
                 if 'f"file:' in p.read_text(encoding="utf-8")]
    assert offenders == []
