"""kill -9 during real writes: a child process adds councillors through the services and
is killed with SIGKILL at random moments. Every row it reported as committed must still
be there, and ``parishdesk check`` (integrity and the audit chain) must pass each time."""

from __future__ import annotations

import datetime as dt
import os
import random
import signal
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest

from parishdesk.cli import run
from parishdesk.domain.council import CouncilDetails
from parishdesk.paths import resolve_paths
from parishdesk.services.council import setup_council
from parishdesk.store import db, dbfile, schema

TRIALS = 12
CHILD = Path(__file__).with_name("crash_child.py")


@pytest.mark.skipif(os.name != "posix", reason="SIGKILL is POSIX")
def test_sigkill_during_writes_loses_no_committed_row(tmp_path, capsys):
    paths = resolve_paths(tmp_path / "Crash #1 data").ensure()
    schema.open_database(paths.db_file, paths.backups_dir, dt.date(2026, 11, 22))
    setup_council(CouncilDetails(name="Ashcombe Parish Council"), "Sam Clerk", "test",
                  dt.date(2026, 11, 22))
    db.close()
    rng = random.Random(20261122)
    env = {**os.environ, "PYTHONPATH": str(Path(__file__).resolve().parents[2])}
    committed: set[int] = set()
    for trial in range(TRIALS):
        child = subprocess.Popen([sys.executable, str(CHILD), str(paths.data_dir), str(trial)],
                                 stdout=subprocess.PIPE, text=True, env=env)
        assert child.stdout is not None
        seen: list[str] = []
        reader = threading.Thread(target=lambda out=child.stdout, into=seen: into.extend(out),
                                  daemon=True)
        reader.start()
        deadline = time.monotonic() + 20
        while "ready\n" not in seen and time.monotonic() < deadline:
            time.sleep(0.01)
        assert "ready\n" in seen, "the child did not start"
        time.sleep(rng.uniform(0.05, 0.6))
        os.kill(child.pid, signal.SIGKILL)
        child.wait()
        reader.join(5)
        reported = {int(line) for line in seen if line.strip().isdigit()}
        assert reported, "the child committed nothing before it was killed"
        committed |= reported
        conn = dbfile.open_ro(paths.db_file)
        try:
            present = {r[0] for r in conn.execute(
                "SELECT id FROM person WHERE kind = 'councillor'")}
        finally:
            conn.close()
        lost = committed - present
        assert not lost, f"trial {trial}: {len(lost)} committed rows lost"
        capsys.readouterr()
        assert run(["--data-dir", str(paths.data_dir), "check"]) == 0, capsys.readouterr().out
        assert "Audit chain: ok" in capsys.readouterr().out
    print(f"{TRIALS} kills, {len(committed)} committed councillors, none lost")
