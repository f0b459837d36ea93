"""How long protocol packs take for twelve councillors, combined and one PDF each.

    .venv/bin/python benchmarks/bench_packs.py

Uses the demo council (eleven councillors) plus one more, so twelve packs are
made each run; prints milliseconds in total and per pack.
"""

from __future__ import annotations

import datetime as dt
import statistics
import tempfile
import time
from pathlib import Path


def main() -> int:
    from parishdesk.paths import resolve_paths
    from parishdesk.services import packs
    from parishdesk.services.demo import create_demo_council
    from parishdesk.store import db, members_store, register_store, schema

    today = dt.date.today()
    with tempfile.TemporaryDirectory() as folder:
        paths = resolve_paths(Path(folder) / "data").ensure()
        schema.open_database(paths.db_file, paths.backups_dir)
        create_demo_council("bench", today)
        register_store.add_person("bench", kind="councillor", first_name="Amira",
                                  surname="Quayle", joined_how="elected", joined_on=today,
                                  address="4 Mill Lane\nAshcombe")
        ids = [c.id for c in members_store.list_councillors() if c.id is not None]
        assert len(ids) == 12, len(ids)
        results: dict[str, list[float]] = {"combined": [], "one each": []}
        for run in range(3):
            start = time.perf_counter()
            packs.make_packs(paths, ids, "bench", today, combined=True,
                             out=Path(folder) / f"all-{run}.pdf")
            results["combined"].append((time.perf_counter() - start) * 1000)
            start = time.perf_counter()
            packs.make_packs(paths, ids, "bench", today, combined=False,
                             out=Path(folder) / f"each-{run}")
            results["one each"].append((time.perf_counter() - start) * 1000)
        db.close()
    for label, times in results.items():
        best, median = min(times), statistics.median(times)
        print(f"12 packs, {label}: best {best:.0f} ms, median {median:.0f} ms "
              f"({median / 12:.0f} ms per councillor)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
