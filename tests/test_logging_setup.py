"""The log file rotates by itself, without logging.handlers (kept out of the start-up)."""

from __future__ import annotations

import logging
import subprocess
import sys
from pathlib import Path

from parishdesk.logging_setup import RotatingLog


def test_log_rotates_and_keeps_only_the_newest_files(tmp_path: Path) -> None:
    log_file = tmp_path / "parishdesk.log"
    handler = RotatingLog(log_file, max_bytes=200, backup_count=2)
    handler.setFormatter(logging.Formatter("%(message)s"))
    logger = logging.getLogger("test-rotation")
    logger.propagate = False
    logger.addHandler(handler)
    try:
        for n in range(30):
            logger.warning("line %02d %s", n, "x" * 40)
    finally:
        logger.removeHandler(handler)
        handler.close()
    names = sorted(p.name for p in tmp_path.iterdir())
    assert names == ["parishdesk.log", "parishdesk.log.1", "parishdesk.log.2"]
    for path in tmp_path.iterdir():
        assert path.stat().st_size < 200
    newest = log_file.read_text(encoding="utf-8").splitlines()
    assert newest[-1].startswith("line 29")
    older = (tmp_path / "parishdesk.log.1").read_text(encoding="utf-8").splitlines()
    assert int(older[-1].split()[1]) + 1 == int(newest[0].split()[1])
    # The oldest lines were dropped: five files' worth would have kept line 00.
    kept = "".join(p.read_text(encoding="utf-8") for p in tmp_path.iterdir())
    assert "line 00" not in kept


def test_configuring_the_log_does_not_load_logging_handlers(tmp_path: Path) -> None:
    code = (
        "import sys; from pathlib import Path; from parishdesk import logging_setup\n"
        f"logging_setup.configure(Path({str(tmp_path / 'x.log')!r}))\n"
        "import logging; logging.getLogger('t').warning('hello')\n"
        "print('logging.handlers' in sys.modules)\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                         check=True)
    assert out.stdout.strip() == "False"
    assert "hello" in (tmp_path / "x.log").read_text(encoding="utf-8")
