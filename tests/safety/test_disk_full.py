"""A full disk is told apart from damage, no change is said to be saved when it was not,
and the data stays readable. The disk is a real, small one (a tmpfs mounted for the test,
where this machine allows it); the daily backup's failure is also tried at the OS boundary."""

from __future__ import annotations

import datetime as dt
import errno
import os
import subprocess
import sys

import peewee
import pytest

from parishdesk.errors import DatabaseDamaged, DiskFull
from parishdesk.paths import DataPaths
from parishdesk.services import maintenance
from parishdesk.store import audit, backup, db, schema
from parishdesk.store.models import Committee, Council
from tests.conftest import install_demo

FULL_WORDS = "The disk is full: free some space; nothing was lost"


@pytest.fixture
def tiny_disk(tmp_path):
    where = tmp_path / "Small disk #1"
    where.mkdir()
    if not sys.platform.startswith("linux") or os.geteuid() != 0:
        pytest.skip("mounting a small disk needs root on Linux")
    done = subprocess.run(["mount", "-t", "tmpfs", "-o", "size=4m", "tmpfs", str(where)],
                          capture_output=True)
    if done.returncode:
        pytest.skip(f"cannot mount a small disk here: {done.stderr!r}")
    yield where
    db.close()
    subprocess.run(["umount", "-l", str(where)], check=False)


def _fill(where, leave: int = 0) -> None:
    filler = where / "filler.bin"
    with filler.open("ab") as fh:
        try:
            while True:
                fh.write(b"\0" * 65536)
                fh.flush()
        except OSError as exc:
            assert exc.errno == errno.ENOSPC
    if leave:
        os.truncate(filler, max(0, filler.stat().st_size - leave))


def _demo_on(where, demo_template) -> DataPaths:
    paths = DataPaths(data_dir=where / "data", log_dir=where / "data" / "logs").ensure()
    install_demo(demo_template, paths.db_file)
    schema.open_database(paths.db_file, paths.backups_dir, dt.date(2030, 1, 1))
    db.close()
    for daily in paths.backups_dir.glob("*.sqlite3"):
        daily.unlink()
    return paths


def test_a_full_disk_opens_read_only_and_is_not_called_damage(tiny_disk, demo_template):
    paths = _demo_on(tiny_disk, demo_template)
    _fill(tiny_disk)
    try:
        result = schema.open_database(paths.db_file, paths.backups_dir, dt.date(2030, 1, 2))
    except DatabaseDamaged as exc:  # what the old code said
        pytest.fail(f"a full disk was reported as damage: {exc}")
    try:
        assert isinstance(result.read_only, DiskFull)
        assert FULL_WORDS in str(result.read_only)
        assert Council.select().count() == 1  # the data can be read
        with pytest.raises(DiskFull, match="was not saved"):
            audit.create(Committee, "test", name="Allotments Committee")
    finally:
        db.close()
    with pytest.raises(DiskFull, match=FULL_WORDS):
        maintenance.back_up_now(paths)
    # With space again, everything works and the day's backup is made.
    (tiny_disk / "filler.bin").unlink()
    result = schema.open_database(paths.db_file, paths.backups_dir, dt.date(2030, 1, 2))
    try:
        assert result.read_only is None and result.daily_backup is not None
        audit.create(Committee, "test", name="Allotments Committee")
    finally:
        db.close()


def test_no_room_for_the_daily_backup_opens_read_only(tiny_disk, demo_template):
    paths = _demo_on(tiny_disk, demo_template)
    _fill(tiny_disk, leave=300 * 1024)  # room to work, not for a copy of the database
    result = schema.open_database(paths.db_file, paths.backups_dir, dt.date(2030, 1, 3))
    try:
        assert isinstance(result.read_only, DiskFull)
        assert "Today's backup could not be made" in str(result.read_only)
        assert not list(paths.backups_dir.glob("*.part"))
        assert Council.select().count() == 1
    finally:
        db.close()


def test_a_write_that_fills_the_disk_is_explained_and_not_kept(tiny_disk, demo_template):
    paths = _demo_on(tiny_disk, demo_template)
    schema.open_database(paths.db_file, paths.backups_dir, dt.date(2030, 1, 4))
    try:
        before = Committee.select().count()
        _fill(tiny_disk)
        with pytest.raises(peewee.OperationalError) as info:
            with db.database.atomic():
                for n in range(400):
                    audit.create(Committee, "test", name=f"Committee {n} " + "x" * 4000)
        told = maintenance.explain_failure(info.value)
        assert isinstance(told, DiskFull)
        assert FULL_WORDS in str(told) and "was not saved" in str(told)
        assert Committee.select().count() == before
    finally:
        db.close()


def test_a_daily_backup_refused_by_the_os_opens_read_only(paths, demo_template, monkeypatch):
    install_demo(demo_template, paths.db_file)
    real_replace = os.replace

    def no_space(src, dst, *args, **kwargs):
        if str(dst).endswith(backup.SUFFIX) and "backups" in str(dst):
            raise OSError(errno.ENOSPC, "No space left on device", str(dst))
        return real_replace(src, dst, *args, **kwargs)

    monkeypatch.setattr(os, "replace", no_space)
    result = schema.open_database(paths.db_file, paths.backups_dir, dt.date(2030, 2, 1))
    try:
        assert isinstance(result.read_only, DiskFull)
        assert FULL_WORDS in str(result.read_only)
        assert not list(paths.backups_dir.glob("*.part"))
        with pytest.raises(DiskFull, match="was not saved"):
            audit.create(Committee, "test", name="Allotments Committee")
    finally:
        db.close()

