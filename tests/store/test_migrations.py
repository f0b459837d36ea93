import importlib
import sqlite3
import subprocess
import sys

import peewee
import pytest
from playhouse.migrate import migrate as run_migration

from parishdesk.store import db, migrations, schema


def _tables(path):
    conn = sqlite3.connect(path)
    try:
        return {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
    finally:
        conn.close()


def test_migrates_an_empty_file_to_the_latest_version(paths):
    result = schema.open_database(paths.db_file, paths.backups_dir)
    db.close()
    assert result.migrated_from == 0
    assert result.version == schema.latest_version() >= 1
    assert result.pre_migration_backup is None  # nothing to protect in a new file
    assert {"council", "person", "committee", "party_group", "role", "audit_log",
            "schema_version", "setting"} <= _tables(paths.db_file)
    conn = sqlite3.connect(paths.db_file)
    versions = [r[0] for r in conn.execute("SELECT version FROM schema_version ORDER BY 1")]
    pragmas = conn.execute("PRAGMA journal_mode").fetchone()[0]
    conn.close()
    assert versions == [step.version for step in migrations.discover()]
    assert pragmas == "wal"


def test_reopening_is_a_no_op(paths):
    schema.open_database(paths.db_file, paths.backups_dir)
    db.close()
    again = schema.open_database(paths.db_file, paths.backups_dir)
    db.close()
    assert again.migrated_from == again.version
    assert again.pre_migration_backup is None


def test_foreign_keys_are_enforced(opened):
    from parishdesk.store.models import Role

    with pytest.raises(peewee.IntegrityError), db.database.atomic():
        Role.create(person=9999, kind="council_chair", start_on="2026-01-01")


def test_a_new_migration_backs_up_first_then_applies(paths, monkeypatch):
    schema.open_database(paths.db_file, paths.backups_dir)
    db.close()
    real = migrations.discover()

    def add_column(database, migrator):
        run_migration(migrator.add_column("council", "motto",
                                          peewee.TextField(default="")))

    top = max(step.version for step in real)
    extra = migrations.Migration(top + 1, "test: add a motto", add_column)
    monkeypatch.setattr(schema, "discover", lambda: (*real, extra))
    result = schema.open_database(paths.db_file, paths.backups_dir)
    db.close()
    assert result.migrated_from == top
    assert result.version == top + 1
    assert result.pre_migration_backup is not None
    assert result.pre_migration_backup.name.startswith(f"pre-migration-v{top}-to-v")
    # The backup holds the schema as it was before the change.
    conn = sqlite3.connect(result.pre_migration_backup)
    cols = {r[1] for r in conn.execute("PRAGMA table_info(council)")}
    conn.close()
    assert "motto" not in cols
    conn = sqlite3.connect(paths.db_file)
    cols = {r[1] for r in conn.execute("PRAGMA table_info(council)")}
    conn.close()
    assert "motto" in cols


def test_a_failing_migration_changes_nothing(paths, monkeypatch):
    schema.open_database(paths.db_file, paths.backups_dir)
    db.close()
    real = migrations.discover()

    def broken(database, migrator):
        database.execute_sql("CREATE TABLE half_done (x INTEGER)")
        raise RuntimeError("boom")

    top = max(step.version for step in real)
    monkeypatch.setattr(schema, "discover",
                        lambda: (*real, migrations.Migration(top + 1, "broken", broken)))
    with pytest.raises(RuntimeError, match="boom"):
        schema.open_database(paths.db_file, paths.backups_dir)
    db.close()
    assert "half_done" not in _tables(paths.db_file)
    conn = sqlite3.connect(paths.db_file)
    assert conn.execute("SELECT MAX(version) FROM schema_version").fetchone()[0] == top
    conn.close()


def test_newer_database_is_refused(paths):
    schema.open_database(paths.db_file, paths.backups_dir)
    db.close()
    conn = sqlite3.connect(paths.db_file)
    conn.execute("INSERT INTO schema_version (version, description, applied_at) "
                 "VALUES (999, 'future', '2030-01-01')")
    conn.commit()
    conn.close()
    from parishdesk.errors import NotAParishDeskDatabase

    with pytest.raises(NotAParishDeskDatabase, match="newer ParishDesk"):
        schema.open_database(paths.db_file, paths.backups_dir)


def test_migration_modules_are_well_formed():
    steps = migrations.discover()
    versions = [s.version for s in steps]
    assert versions[0] == 1 and versions == sorted(set(versions))
    assert all(s.description for s in steps)
    # Each module's name carries its version (read without importing it).
    for step in steps:
        module = importlib.import_module(f"parishdesk.store.migrations.{step._module}")
        assert module.VERSION == step.version and step._module.startswith(f"m{step.version:04d}_")


def test_an_up_to_date_database_opens_without_importing_the_migrations(paths):
    schema.open_database(paths.db_file, paths.backups_dir)
    db.close()
    script = (
        "import sys, pathlib\n"
        "from parishdesk.store import db, schema\n"
        f"schema.open_database(pathlib.Path({str(paths.db_file)!r}), "
        f"pathlib.Path({str(paths.backups_dir)!r}))\n"
        "db.close()\n"
        "print(sorted(m for m in sys.modules if m.startswith('parishdesk.store.migrations.')))\n")
    out = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True,
                         check=True)
    assert out.stdout.strip() == "[]"
