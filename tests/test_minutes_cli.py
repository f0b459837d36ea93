"""``parishdesk minutes verify`` on a real data folder: intact, then tampered with."""

from __future__ import annotations

import datetime as dt
import sqlite3

from parishdesk.cli import run
from parishdesk.services.demo import create_demo_council
from parishdesk.services.meetings import minutes
from parishdesk.store import db, schema
from tests.fixtures.meetings import NEXT_DAY, record_meeting


def test_verify_passes_then_names_the_changed_minute(tmp_path, capsys) -> None:  # type: ignore[no-untyped-def]
    from parishdesk.paths import resolve_paths

    paths = resolve_paths(tmp_path / "data").ensure()
    schema.open_database(paths.db_file, paths.backups_dir)
    demo = create_demo_council("test", dt.date(2026, 11, 22))
    recorded = record_meeting({n: p.id for n, p in demo.councillors.items()})
    minutes.approve(recorded.meeting_id, recorded.next_id, "test")
    minutes.sign_minutes(recorded.meeting_id, "Cllr Margaret Ellwood", NEXT_DAY, "test")
    target = next(m for m in minutes.minutes(recorded.meeting_id)
                  if m.item_id == recorded.rents_item)
    db.close()

    assert run(["--data-dir", str(paths.data_dir), "minutes", "verify"]) == 0
    assert "intact" in capsys.readouterr().out

    conn = sqlite3.connect(paths.db_file)
    conn.execute("UPDATE minute SET body = body || ' Amended.' WHERE id = ?", (target.id,))
    conn.commit()
    conn.close()
    assert run(["--data-dir", str(paths.data_dir), "minutes", "verify"]) == 1
    err = capsys.readouterr().err
    assert f"Minute {target.number} of the ordinary meeting of the council on 10/12/2026 " \
           "has changed since it was signed" in err


def test_verify_without_a_database_says_so(tmp_path, capsys) -> None:  # type: ignore[no-untyped-def]
    assert run(["--data-dir", str(tmp_path / "empty"), "minutes", "verify"]) != 0
    assert "no ParishDesk database" in capsys.readouterr().err
