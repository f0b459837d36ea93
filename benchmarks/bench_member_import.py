"""How long importing a clean 300-row councillor CSV takes (must be under a second).

Run:  .venv/bin/python benchmarks/bench_member_import.py
"""

from __future__ import annotations

import csv
import datetime as dt
import tempfile
import time
from pathlib import Path

from parishdesk.paths import resolve_paths
from parishdesk.services import member_io
from parishdesk.services.demo import create_demo_council
from parishdesk.store import db, members_store, schema

TODAY = dt.date(2026, 11, 22)


def write_file(path: Path) -> Path:
    with path.open("w", newline="", encoding="utf-8") as handle:
        writer = csv.writer(handle)
        writer.writerow(["Title", "First name", "Surname", "E-mail", "Ward", "Group",
                         "Joined how", "Joined on", "Accepted office on", "Committees"])
        for i in range(300):
            writer.writerow(["Mx", f"Person{i:03d}", f"Surname{i:03d}", f"p{i}@example.org",
                             "North", "Community First" if i % 3 else "", "Elected",
                             "04/05/2023", "2023-05-04",
                             "Planning and Environment Committee" if i % 5 == 0 else ""])
    return path


def main() -> None:
    with tempfile.TemporaryDirectory() as folder:
        paths = resolve_paths(Path(folder) / "data").ensure()
        schema.open_database(paths.db_file, paths.backups_dir)
        try:
            create_demo_council("bench", TODAY)
            source = write_file(Path(folder) / "councillors.csv")
            start = time.perf_counter()
            preview = member_io.preview_import(source, TODAY)
            result = member_io.apply_import(preview, "bench", TODAY)
            elapsed_ms = (time.perf_counter() - start) * 1000
            total = len(members_store.list_councillors(on=TODAY))
        finally:
            db.close()
    print(f"Imported {result.added} councillors (register now {total}) in "
          f"{elapsed_ms:.0f} ms (preview and import)")
    if elapsed_ms >= 1000:
        raise SystemExit("Too slow: importing 300 rows must take under a second.")


if __name__ == "__main__":
    main()
