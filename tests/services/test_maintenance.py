"""Looking after the data folder: the health check the ``check`` command prints."""

from __future__ import annotations

from parishdesk.paths import resolve_paths
from parishdesk.services import maintenance
from parishdesk.store import audit, db, schema


def test_health_of_a_sound_database_counts_its_audit_log(tmp_path):
    # A '#' in the folder name once made SQLite open a different, empty file.
    paths = resolve_paths(tmp_path / "parish #1").ensure()
    schema.open_database(paths.db_file, paths.backups_dir)
    try:
        settings_written = len(audit.history("council", 1))
    finally:
        db.close()
    report = maintenance.check_health(paths)
    assert report.found and report.healthy and report.integrity_problem is None
    assert report.schema_version == report.latest_version == schema.latest_version()
    assert report.audit_entries == audit.entries_in_file(paths.db_file) >= settings_written


def test_health_reports_a_missing_and_a_foreign_database(tmp_path):
    paths = resolve_paths(tmp_path / "data").ensure()
    assert maintenance.check_health(paths) == maintenance.HealthReport(found=False)
    assert maintenance.council_in_folder(paths) is None
    paths.db_file.write_bytes(b"")  # an empty file: SQLite reads it as an empty database
    report = maintenance.check_health(paths)
    assert report.found and not report.healthy and report.schema_problem
