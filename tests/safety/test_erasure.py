"""Retention and erasure: what is past its period is listed, and erasing it leaves no
personal value in the record, its dependants or their audit entries, while the audit
chain still verifies and the erasure itself is audited without the values."""

from __future__ import annotations

import datetime as dt
import json
import zipfile

import pytest
from pypdf import PdfReader

from parishdesk.errors import ParishDeskError
from parishdesk.services import personal_data
from parishdesk.services.members import archive_councillor, councillors
from parishdesk.store import audit_chain, db
from parishdesk.store.health import health_check

TODAY = dt.date(2026, 11, 22)
LATER = dt.date(2031, 6, 1)


def _with_interests(demo):
    rows = db.database.execute_sql(
        "SELECT p.id FROM person p JOIN interest i ON i.person_id = p.id "
        "WHERE p.kind = 'councillor' AND p.left_on IS NULL ORDER BY "
        "(SELECT COUNT(*) FROM enquiry e WHERE e.councillor_id = p.id) DESC LIMIT 1").fetchall()
    person_id = rows[0][0]
    return next(c for c in councillors(TODAY) if c.id == person_id)


def test_a_councillor_past_the_period_is_listed_then_erased(paths, demo):
    leaver = _with_interests(demo)
    archive_councillor(leaver.id, dt.date(2024, 1, 2), "Resigned", "clerk", TODAY)
    due = personal_data.past_period(LATER)
    mine = [d for d in due if d.kind == "councillors" and d.record_id == leaver.id]
    assert mine and mine[0].due_on == dt.date(2030, 1, 2)
    assert leaver.surname in mine[0].description
    # Someone who left recently is not yet due.
    recent = [c for c in councillors(TODAY) if c.id != leaver.id][0]
    archive_councillor(recent.id, dt.date(2026, 1, 1), "Resigned", "clerk", TODAY)
    assert not [d for d in personal_data.past_period(LATER)
                if d.kind == "councillors" and d.record_id == recent.id]

    db.database.execute_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    assert leaver.email and leaver.email.encode() in paths.db_file.read_bytes()
    personal_data.erase(paths, mine, "clerk", LATER)
    mark = "[erased on 01/06/2031]"
    row = db.database.execute_sql(
        "SELECT first_name, surname, email, address, left_on FROM person WHERE id = ?",
        (leaver.id,)).fetchone()
    assert row[0] == row[1] == mark and row[2] in ("", mark) and row[3] in ("", mark)
    assert row[4] == "2024-01-02"  # dates and the shape of the record stay
    interests = db.database.execute_sql(
        "SELECT description FROM interest WHERE person_id = ?", (leaver.id,)).fetchall()
    assert interests and all(r[0] == mark for r in interests)
    trail = db.database.execute_sql(
        'SELECT changes, note, erased_on FROM audit_log WHERE "table" = \'person\' '
        "AND record_id = ? ORDER BY id", (str(leaver.id),)).fetchall()
    text = json.dumps(trail[:-1])
    assert leaver.surname not in text and (not leaver.email or leaver.email not in text)
    assert all(r[2] == "2031-06-01" for r in trail[:-1])
    # The erasure is audited, naming the fields but holding no value.
    last = trail[-1]
    assert "Personal data erased" in last[1] and last[2] is None
    assert leaver.surname not in last[0]
    report = audit_chain.verify()
    assert report.ok and report.erased >= len(trail) - 1
    assert leaver.id not in {d.record_id for d in personal_data.past_period(LATER)
                             if d.kind == "councillors"}
    with pytest.raises(ParishDeskError, match="no longer past"):
        personal_data.erase(paths, mine, "clerk", LATER)
    enquiries = db.database.execute_sql(
        "SELECT councillor_name FROM enquiry WHERE councillor_id = ?", (leaver.id,)).fetchall()
    assert enquiries and all(r[0] == mark for r in enquiries)
    db.close()
    assert health_check(paths).ok
    # Nothing of the erased e-mail address lingers in the file's free space or its log.
    raw = paths.db_file.read_bytes()
    assert leaver.email and leaver.email.encode() not in raw


def test_periods_are_settings_with_defaults(paths, demo):
    kinds = {k.key: k for k in personal_data.KINDS}
    assert personal_data.period_years(kinds["councillors"]) == 6
    personal_data.set_period_years({"councillors": 10, "enquiries": 3}, "clerk")
    assert personal_data.period_years(kinds["councillors"]) == 10
    assert personal_data.period_years(kinds["enquiries"]) == 3
    with pytest.raises(ParishDeskError, match="between 1 and"):
        personal_data.set_period_years({"officers": 0}, "clerk")


def test_subject_access_export_gives_a_pdf_and_a_zip(paths, demo, tmp_path):
    person = _with_interests(demo)
    made = personal_data.subject_access_export(paths, person.id, tmp_path / "export", TODAY)
    pages = "\n".join(p.extract_text() for p in PdfReader(made.pdf).pages)
    assert f"Personal data held about {person.first_name} {person.surname}" in pages
    assert "Register of interests" in pages and "audit log" in pages
    with zipfile.ZipFile(made.archive) as archive:
        names = archive.namelist()
        assert "their-record.json" in names and "interest.json" in names
        record = json.loads(archive.read("their-record.json"))
        assert record["surname"] == person.surname
        assert any(n.endswith(".pdf") for n in names)


def test_a_closed_dispute_case_past_its_period_is_erased_with_its_parties(paths, demo):
    far = dt.date(2040, 1, 1)
    due = [d for d in personal_data.past_period(far) if d.kind == "disputes"]
    assert due, "the demo council has closed cases"
    case = due[0]
    names = [r[0] for r in db.database.execute_sql(
        "SELECT name FROM dispute_party WHERE case_id = ?", (case.record_id,))]
    assert names
    personal_data.erase(paths, [case], "clerk", far)
    mark = "[erased on 01/01/2040]"
    parties = db.database.execute_sql(
        "SELECT name FROM dispute_party WHERE case_id = ?", (case.record_id,)).fetchall()
    assert all(r[0] == mark for r in parties)
    title = db.database.execute_sql("SELECT title, reference FROM dispute_case WHERE id = ?",
                                    (case.record_id,)).fetchone()
    assert title[0] == mark and title[1]  # the reference stays
    trail = json.dumps(db.database.execute_sql(
        'SELECT changes, note FROM audit_log WHERE "table" = \'dispute_party\' AND erased_on '
        "IS NOT NULL").fetchall(), ensure_ascii=False)
    assert not [n for n in names if n in trail]
    assert audit_chain.verify().ok
