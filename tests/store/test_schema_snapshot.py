"""The schema snapshot that spares building the migrations' tables at every start."""

import importlib.util
import sys
from pathlib import Path

from parishdesk.store import dbfile, migrations, schema_snapshot

ROOT = Path(__file__).resolve().parents[2]


def _builder():
    spec = importlib.util.spec_from_file_location(
        "build_schema_snapshot", ROOT / "packaging" / "build_schema_snapshot.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


def test_the_snapshot_is_what_its_migrations_make():
    built = dbfile.build_reference_schema(schema_snapshot.VERSIONS)
    assert {name: tuple(sorted(cols)) for name, cols in built.items()} == schema_snapshot.TABLES
    assert dbfile.reference_schema(schema_snapshot.VERSIONS) == built


def test_the_snapshot_covers_every_migration():
    known = tuple(step.version for step in migrations.discover())
    assert schema_snapshot.VERSIONS == known, (
        "A migration was added: run `python packaging/build_schema_snapshot.py` so that "
        "opening a database does not run every migration in memory again.")
    assert _builder().snapshot_source() == (ROOT / "src/parishdesk/store/schema_snapshot.py"
                                            ).read_text(encoding="utf-8")


def test_other_versions_are_still_built_from_the_migrations():
    first = tuple(step.version for step in migrations.discover())[:3]
    tables = dbfile.reference_schema(first)
    assert "schema_version" in tables
    assert tables == dbfile.build_reference_schema(first)
    assert tables != dbfile.reference_schema(schema_snapshot.VERSIONS)
