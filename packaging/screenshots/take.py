"""Take the README's screenshots offscreen: the main window on the demo council, and set-up.

    .venv/bin/python packaging/screenshots/take.py
"""

from __future__ import annotations

import datetime as dt
import os
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
HERE = Path(__file__).resolve().parent


def main() -> int:
    from PySide6.QtWidgets import QApplication

    from parishdesk.gui.common.context import AppContext
    from parishdesk.gui.main_window import MainWindow
    from parishdesk.gui.setup_dialog import SetupDialog
    from parishdesk.paths import resolve_paths
    from parishdesk.services.demo import create_demo_council
    from parishdesk.store import db, schema

    app = QApplication.instance() or QApplication(sys.argv[:1])
    with tempfile.TemporaryDirectory() as folder:
        paths = resolve_paths(Path(folder)).ensure()
        schema.open_database(paths.db_file, paths.backups_dir)
        council = create_demo_council("screenshot", dt.date.today()).council
        window = MainWindow(AppContext(paths, council=council, actor="screenshot"))
        window.resize(1280, 760)
        window.show()
        app.processEvents()
        window.grab().save(str(HERE / "main-window.png"))
        window.close()
        dialog = SetupDialog()
        dialog.show()
        app.processEvents()
        dialog.grab().save(str(HERE / "setup-dialog.png"))
        db.close()
    print(f"screenshots written to {HERE}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
