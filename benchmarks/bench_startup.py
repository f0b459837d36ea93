"""How long the whole ``parishdesk`` process takes to show its main window, against bare Qt.

    .venv/bin/python benchmarks/bench_startup.py              # demo council, then 100,000
    .venv/bin/python benchmarks/bench_startup.py --runs 9 --enquiries 0   # demo only

Each run starts a fresh process, from launch until the main window is shown
and the process has quit again (``parishdesk --quit-when-shown``), and in turn
a bare PySide6 window holding a list and a table that quits the same way.
Runs alternate so that both see the same machine load; one warm-up run of each
is not counted (it compiles bytecode and makes the day's first backup).

Peak memory is the child's own maximum resident set size, and processor time its
user + system time (printed too, as it is less swayed by a busy machine than wall
time; the targets are on wall time). A tiny wrapper
process starts each child and reports ``getrusage(RUSAGE_CHILDREN)`` once the
child has ended: the wrapper has had no other child, so that figure is the
child's alone (in this benchmark's own process it would be the largest child
so far). Wall time is measured in the wrapper too, around the child alone.

Targets (issue 9): at most 2.0x the bare window's wall time and 1.6x its
peak memory on the demo council, and at most 2.5x on 100,000 enquiries.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import statistics
import subprocess
import sys
import tempfile
from dataclasses import dataclass
from pathlib import Path

WRAPPER = r"""
import json, resource, subprocess, sys, time
start = time.perf_counter()
code = subprocess.run(sys.argv[1:], stdout=subprocess.DEVNULL).returncode
wall = time.perf_counter() - start
usage = resource.getrusage(resource.RUSAGE_CHILDREN)
print(json.dumps({"wall": wall, "peak_kb": usage.ru_maxrss,
                  "cpu": usage.ru_utime + usage.ru_stime, "code": code}))
"""

BARE_WINDOW = r"""
import sys
from PySide6.QtWidgets import (QApplication, QListWidget, QMainWindow, QSplitter,
                               QTableWidget, QTableWidgetItem)
app = QApplication(sys.argv[:1])
window = QMainWindow()
splitter = QSplitter()
names = QListWidget()
names.addItems(["Members", "Enquiries", "Information requests", "Disputes", "Meetings",
                "Documents"])
table = QTableWidget(20, 6)
for row in range(20):
    for column in range(6):
        table.setItem(row, column, QTableWidgetItem(f"{row}, {column}"))
splitter.addWidget(names)
splitter.addWidget(table)
window.setCentralWidget(splitter)
window.resize(1366, 768)
window.show()
app.processEvents()  # painted: as `parishdesk --quit-when-shown` does
"""

TARGETS = {"demo": (2.0, 1.6), "enquiries": (2.5, 2.5)}


@dataclass(frozen=True)
class Run:
    wall: float  # seconds
    peak_mb: float
    cpu: float  # seconds of processor time (user + system), the child's alone


def measure(command: list[str], env: dict[str, str]) -> Run:
    out = subprocess.run([sys.executable, "-c", WRAPPER, *command], env=env, check=True,
                         capture_output=True, text=True)
    figures = json.loads(out.stdout.strip().splitlines()[-1])
    if figures["code"] != 0:
        raise SystemExit(f"{command[0]} ended with status {figures['code']}: {out.stderr}")
    return Run(figures["wall"], figures["peak_kb"] / 1024, figures["cpu"])


def parishdesk_command(data_dir: Path) -> list[str]:
    script = Path(sys.executable).with_name("parishdesk")
    start = [str(script)] if script.exists() else [sys.executable, "-m", "parishdesk"]
    return [*start, "--data-dir", str(data_dir), "--quit-when-shown"]


def make_demo(data_dir: Path) -> None:
    from parishdesk.paths import resolve_paths
    from parishdesk.services.demo import create_demo_council
    from parishdesk.store import db, schema

    paths = resolve_paths(data_dir).ensure()
    schema.open_database(paths.db_file, paths.backups_dir)
    create_demo_council("bench", dt.date.today())
    db.close()


def make_enquiries(data_dir: Path, count: int) -> None:
    sys.path.insert(0, str(Path(__file__).parent))
    from bench_inbox import build  # type: ignore[import-not-found]

    from parishdesk.paths import resolve_paths
    from parishdesk.store import db, schema

    paths = resolve_paths(data_dir).ensure()
    schema.open_database(paths.db_file, paths.backups_dir)
    build(count)
    db.close()


def compare(label: str, data_dir: Path, runs: int, env: dict[str, str],
            targets: tuple[float, float]) -> bool:
    app_cmd = parishdesk_command(data_dir)
    bare_cmd = [sys.executable, "-c", BARE_WINDOW]
    measure(bare_cmd, env)
    measure(app_cmd, env)  # warm-up: bytecode, the day's first backup
    bare: list[Run] = []
    app: list[Run] = []
    for _ in range(runs):
        bare.append(measure(bare_cmd, env))
        app.append(measure(app_cmd, env))
    bare_wall = statistics.median(r.wall for r in bare)
    app_wall = statistics.median(r.wall for r in app)
    bare_mem = statistics.median(r.peak_mb for r in bare)
    app_mem = statistics.median(r.peak_mb for r in app)
    time_ratio, mem_ratio = app_wall / bare_wall, app_mem / bare_mem
    time_target, mem_target = targets
    print(f"\n{label} ({runs} runs each, medians)")
    print(f"  bare PySide6 window  {bare_wall * 1000:7.0f} ms   peak {bare_mem:6.1f} MB")
    print(f"  parishdesk           {app_wall * 1000:7.0f} ms   peak {app_mem:6.1f} MB")
    print(f"  ratio                {time_ratio:7.2f} x (target <= {time_target})"
          f"   {mem_ratio:5.2f} x (target <= {mem_target})")
    print(f"  fastest runs         {min(r.wall for r in bare) * 1000:7.0f} ms vs "
          f"{min(r.wall for r in app) * 1000:.0f} ms "
          f"({min(r.wall for r in app) / min(r.wall for r in bare):.2f} x; "
          "a steadier figure on a busy machine)")
    bare_cpu = statistics.median(r.cpu for r in bare)
    app_cpu = statistics.median(r.cpu for r in app)
    print(f"  processor time       {bare_cpu * 1000:7.0f} ms vs {app_cpu * 1000:.0f} ms "
          f"({app_cpu / bare_cpu:.2f} x; medians, less swayed by other work on the machine)")
    print("  every run, ms: bare " + " ".join(f"{r.wall * 1000:.0f}" for r in bare)
          + " | parishdesk " + " ".join(f"{r.wall * 1000:.0f}" for r in app))
    return time_ratio <= time_target and mem_ratio <= mem_target


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--enquiries", type=int, default=100_000,
                        help="enquiries in the large database (0: skip it)")
    args = parser.parse_args(argv)
    env = {**os.environ, "QT_QPA_PLATFORM": os.environ.get("QT_QPA_PLATFORM", "offscreen")}
    env.pop("PARISHDESK_HOME", None)
    # Bytecode cached, as in an installed copy (the warm-up run writes it).
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    met = True
    with tempfile.TemporaryDirectory() as folder:
        env["HOME"] = folder  # settings and logs stay in the throw-away folder
        demo = Path(folder) / "demo"
        make_demo(demo)
        met &= compare("Demo council", demo, args.runs, env, TARGETS["demo"])
        if args.enquiries:
            large = Path(folder) / "large"
            make_enquiries(large, args.enquiries)
            met &= compare(f"{args.enquiries:,} enquiries", large, args.runs, env,
                           TARGETS["enquiries"])
    print("\nTargets met." if met else "\nA target was missed.")
    return 0 if met else 1


if __name__ == "__main__":
    raise SystemExit(main())
