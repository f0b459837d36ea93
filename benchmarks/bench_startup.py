"""How long ParishDesk takes to open its database and show the main window.

    .venv/bin/python benchmarks/bench_startup.py

Prints milliseconds for: opening (checking and migrating) the demo database,
and building the main window with every area. Run offscreen.
"""

from __future__ import annotations

import datetime as dt
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def main() -> int:
    from PySide6.QtWidgets import QApplication

    from parishdesk.gui.common.context import AppContext
    from parishdesk.gui.main_window import MainWindow
    from parishdesk.paths import resolve_paths
    from parishdesk.services.demo import create_demo_council
    from parishdesk.store import db, schema
    from parishdesk.store.council_store import get_council

    app = QApplication.instance() or QApplication(sys.argv[:1])
    with tempfile.TemporaryDirectory() as folder:
        paths = resolve_paths(Path(folder)).ensure()
        schema.open_database(paths.db_file, paths.backups_dir)
        create_demo_council("bench", dt.date.today())
        db.close()
        opens, windows = [], []
        for _ in range(5):
            start = time.perf_counter()
            schema.open_database(paths.db_file, paths.backups_dir)
            opens.append((time.perf_counter() - start) * 1000)
            ctx = AppContext(paths, council=get_council(), actor="bench")
            start = time.perf_counter()
            window = MainWindow(ctx)
            window.show()
            app.processEvents()
            windows.append((time.perf_counter() - start) * 1000)
            window.close()
            window.deleteLater()
            db.close()
    print(f"open database (integrity check + migrations): median {statistics.median(opens):.1f} ms")
    print(f"main window with every area shown:           median {statistics.median(windows):.1f} ms")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
