"""The main window's badges and reminder lines for areas not built yet."""

from __future__ import annotations

import datetime as dt
import subprocess
import sys

from parishdesk.services import overview
from tests.conftest import install_demo

REVIEW_DUE = dt.date(2027, 5, 10)  # a month before the demo protocol's review date


def test_each_area_says_its_badge_and_urgent_reminders(paths, demo_template):
    from parishdesk.store import db, schema

    install_demo(demo_template, paths.db_file)
    schema.open_database(paths.db_file, paths.backups_dir, REVIEW_DUE)
    try:
        found = overview.summaries(REVIEW_DUE, ["members", "enquiries", "access", "documents",
                                                "meetings", "disputes"])
    finally:
        db.close()
    assert set(found) == {"members", "enquiries", "access", "documents", "disputes",
                          "meetings"}
    # Disputes says how many cases are overdue and their references, never what they are about.
    assert found["disputes"].badge.endswith(" overdue")
    assert found["disputes"].alerts
    assert all(line.startswith("Disputes: case DC/2026/") for line in found["disputes"].alerts)
    assert not any("Whitlock" in line or "Okafor" in line for line in found["disputes"].alerts)
    assert "MEET-" not in " ".join(found["meetings"].alerts)
    assert found["documents"].badge == "review due"
    assert found["documents"].alerts[0].startswith("Member/Officer Protocol: ")
    assert found["enquiries"].badge.endswith(" overdue")
    assert any("enquiries are overdue" in line for line in found["enquiries"].alerts)
    assert found["access"].badge.endswith(" overdue") and found["access"].alerts == ()
    assert int(found["members"].badge) >= 1
    assert all(line.startswith("Members: ") for line in found["members"].alerts)


def test_asking_loads_no_window_and_no_document_library(paths, demo_template):
    install_demo(demo_template, paths.db_file)
    script = (
        "import datetime as dt, sys\n"
        "from parishdesk.services import overview\n"
        "from parishdesk.store import db, schema\n"
        f"schema.open_database(__import__('pathlib').Path({str(paths.db_file)!r}),\n"
        f"                     __import__('pathlib').Path({str(paths.backups_dir)!r}))\n"
        "overview.summaries(dt.date(2027, 5, 10), list(overview.SUMMARIES))\n"
        "db.close()\n"
        "print(sorted(m for m in sys.modules if m.startswith(('PySide6', 'parishdesk.gui',\n"
        "      'reportlab', 'pypdf', 'openpyxl', 'docx'))))\n")
    out = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True,
                         check=True)
    assert out.stdout.strip() == "[]"
