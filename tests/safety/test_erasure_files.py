"""Erasing a councillor past retention reaches every file in the data folder that belongs to
them (letter PDFs, e-mail drafts, enquiry attachments) and every text column outside the
council's permanent public record (minutes and decisions of meetings), while the register
rows keep their numbers and the audit chain still verifies."""

from __future__ import annotations

import datetime as dt
import email
import email.policy
import json
import re
import zipfile
from pathlib import Path

from pypdf import PdfReader

from parishdesk.cli import run
from parishdesk.services import personal_data
from parishdesk.services.enquiries.attachments import attach_file
from parishdesk.services.members import archive_councillor, councillors
from parishdesk.store import audit_chain, db
from parishdesk.store.erasure_run import PUBLIC_RECORD

TODAY = dt.date(2026, 11, 22)
LATER = dt.date(2031, 6, 1)
MARK = "[erased on 01/06/2031]"
#: Copies of the whole database kept to restore from; they age out (14 daily ones), and
#: the dialog says a backup made before the erasure still holds it.
NOT_WALKED = {"backups", "damaged"}


def _file_text(path: Path) -> str:
    if path.suffix == ".pdf":
        return "\n".join(page.extract_text() or "" for page in PdfReader(path).pages)
    if path.suffix == ".eml":
        message = email.message_from_bytes(path.read_bytes(), policy=email.policy.default)
        parts = [str(v) for v in message.values()]
        for part in message.walk():
            if not part.is_multipart():
                parts.append(str(part.get_content()))
        return "\n".join(parts)
    raw = path.read_bytes()
    return raw.decode("utf-8", "replace") + raw.decode("utf-16-le", "replace")


def _files_mentioning(root: Path, needles: list[str]) -> dict[str, list[str]]:
    found: dict[str, list[str]] = {}
    for path in sorted(root.rglob("*")):
        relative = path.relative_to(root)
        if not path.is_file() or relative.parts[0] in NOT_WALKED or path.suffix in (
                ".sqlite3", ".sqlite3-wal", ".sqlite3-shm", ".lock"):
            continue
        text = _file_text(path)
        hits = [n for n in needles if re.search(rf"(?<!\w){re.escape(n)}(?!\w)", text, re.I)]
        if hits:
            found[relative.as_posix()] = hits
    return found


def _columns_mentioning(needles: list[str]) -> dict[str, int]:
    found: dict[str, int] = {}
    tables = [r[0] for r in db.database.execute_sql(
        "SELECT name FROM sqlite_master WHERE type = 'table'")]
    for table in tables:
        if table in PUBLIC_RECORD:
            continue
        cursor = db.database.execute_sql(f'SELECT * FROM "{table}"')
        names = [d[0] for d in cursor.description]
        for row in cursor.fetchall():
            if table == "audit_log" and row[names.index("table")] in PUBLIC_RECORD:
                continue  # the history of the minutes is part of them
            for name, value in zip(names, row, strict=True):
                if name == "signatory_name":
                    continue  # who signed a letter stays with the letter (see below)
                if isinstance(value, bytes):
                    value = value.decode("utf-8", "replace")
                if table == "issued_letter" and name == "data":
                    letter = json.loads(value) if value.startswith("{") else {}
                    letter.pop("signatory", None)
                    value = json.dumps(letter, ensure_ascii=False) if letter else value
                if isinstance(value, str) and any(
                        re.search(rf"(?<!\w){re.escape(n)}(?!\w)", value, re.I)
                        for n in needles):
                    found[f"{table}.{name}"] = found.get(f"{table}.{name}", 0) + 1
    return found


def _leaver_with_files(paths, tmp_path):  # type: ignore[no-untyped-def]
    """The councillor who has an e-mail draft among their enquiries' replies, with a file
    attached to one of their enquiries too."""
    person_id, enquiry_id = db.database.execute_sql(
        "SELECT e.councillor_id, e.id FROM enquiry_reply r JOIN enquiry e ON e.id = "
        "r.enquiry_id WHERE r.eml_file <> '' LIMIT 1").fetchone()
    leaver = next(c for c in councillors(TODAY) if c.id == person_id)
    source = tmp_path / "photo-note.txt"
    source.write_text(f"Photograph sent by {leaver.first_name} {leaver.surname} "
                      f"<{leaver.email}>\n", encoding="utf-8")
    attach_file(paths, enquiry_id, source, "clerk")
    return leaver


def test_erasing_a_councillor_reaches_every_file_and_table(paths, demo, tmp_path, capsys):
    from parishdesk.services import packs

    leaver = _leaver_with_files(paths, tmp_path)
    pack = packs.make_pack(paths, leaver.id, "clerk", TODAY).path  # their protocol pack
    from parishdesk.domain.letters import Recipient
    from parishdesk.services import letters as letter_service

    copied = letter_service.compose(  # a letter to a resident, copied to them
        "general", Recipient("Ann Resident", ("1 Mill Lane",)), "The footpath",
        ("The footpath will be repaired.",), TODAY,
        cc=(f"Cllr {leaver.first_name} {leaver.surname}",))
    letter_service.issue_letter(paths, copied, "clerk")
    needles = [f"{leaver.first_name} {leaver.surname}", f"Councillor {leaver.surname}",
               f"Cllr {leaver.surname}", leaver.email]
    # Someone else with the same surname keeps it.
    from parishdesk.domain.members import Councillor
    from parishdesk.services.members import add_councillor

    namesake = add_councillor(Councillor(first_name="Ann", surname=leaver.surname,
                                         joined_on=dt.date(2025, 5, 1)), "clerk", TODAY)
    archive_councillor(leaver.id, dt.date(2024, 1, 2), "Resigned", "clerk", TODAY)
    letters_before = db.database.execute_sql(
        "SELECT id, reference, number FROM issued_letter WHERE recipient_person_id = ?",
        (leaver.id,)).fetchall()
    assert letters_before

    # Before: their letters, their draft and their attachment are all in the data folder,
    # and the subject access export carries copies of each.
    before = _files_mentioning(paths.data_dir, needles)
    # Letters they signed (as Chair) to others are the council's record of that
    # correspondence, not their personal data: those stay whole, signature included.
    signed = {f"letters/{r[0]}" for r in db.database.execute_sql(
        "SELECT pdf_file FROM issued_letter WHERE signatory_name LIKE ? AND "
        "COALESCE(recipient_person_id, 0) <> ?",
        (f"%{leaver.first_name} {leaver.surname}%", leaver.id))}
    assert {Path(f).parts[0] for f in before} >= {"letters", "email-drafts", "attachments",
                                                   "packs"}
    made = personal_data.subject_access_export(paths, leaver.id, tmp_path / "sar", TODAY)
    with zipfile.ZipFile(made.archive) as archive:
        folders = {Path(n).parts[0] for n in archive.namelist() if "/" in n}
    assert folders >= {"letters", "e-mail drafts", "enquiry attachments"}
    listing = "\n".join(p.extract_text() for p in PdfReader(made.pdf).pages)
    assert "Files kept about them" in listing and "photo-note.txt" in listing

    due = [d for d in personal_data.past_period(LATER)
           if d.kind == "councillors" and d.record_id == leaver.id]
    done = personal_data.erase(paths, due, "clerk", LATER)
    assert done.records == 1 and not done.files_left
    assert done.files_removed >= len(set(before) - signed)

    # After: no file in the data folder, and no text column outside the minutes, names them.
    assert not pack.exists()
    left = _files_mentioning(paths.data_dir, needles)
    assert set(left) <= signed, f"files still naming them: {sorted(set(left) - signed)}"
    for name in left:  # only as the signatory: their e-mail address is in none of them
        assert leaver.email not in left[name]
    assert _columns_mentioning(needles) == {}
    assert db.database.execute_sql("SELECT surname FROM person WHERE id = ?",
                                   (namesake.id,)).fetchone()[0] == leaver.surname
    # The signed minutes are the council's permanent record: names stay in them.
    assert db.database.execute_sql("SELECT COUNT(*) FROM minute WHERE body LIKE ?",
                                   (f"%{leaver.surname}%",)).fetchone()[0] > 0
    # A letter to someone else that mentioned them prints again, with the name marked.
    mentioned = db.database.execute_sql(
        "SELECT id FROM issued_letter WHERE cc LIKE ? AND COALESCE(recipient_person_id, 0) "
        "<> ?", (f"%{MARK}%", leaver.id)).fetchall()
    assert mentioned
    for (letter_id,) in mentioned:
        again = letter_service.stored_pdf(paths, letter_id)
        assert MARK in " ".join((p.extract_text() or "") for p in PdfReader(again).pages)
    # The register keeps every number; only the personal values went.
    after = db.database.execute_sql(
        "SELECT id, reference, number, recipient_name, data FROM issued_letter "
        "WHERE recipient_person_id = ?", (leaver.id,)).fetchall()
    assert [(r[0], r[1], r[2]) for r in after] == letters_before
    assert all(r[3] == MARK and r[4] == MARK for r in after)
    replies = db.database.execute_sql(
        "SELECT r.body, r.eml_file FROM enquiry_reply r JOIN enquiry e ON e.id = r.enquiry_id "
        "WHERE e.councillor_id = ?", (leaver.id,)).fetchall()
    assert replies and all(r[0] == MARK for r in replies)
    assert any(r[1] and not (paths.data_dir / r[1]).exists() for r in replies)

    # The erasure is audited by kind of thing, with no value in it.
    note, changes = db.database.execute_sql(
        "SELECT note, changes FROM audit_log WHERE \"table\" = 'person' AND record_id = ? "
        "ORDER BY id DESC LIMIT 1", (str(leaver.id),)).fetchone()
    assert "Personal data erased" in note
    erased = json.loads(changes)["erased"][0]
    assert erased["files: letter PDFs"] >= 1 and erased["files: e-mail drafts"] >= 1
    assert erased["files: enquiry attachments"] == 1 and erased["letters"] >= 1
    assert not any(n.lower() in changes.lower() for n in needles)
    assert audit_chain.verify().ok

    # Reprinting an erased letter says why it cannot be, rather than failing.
    from parishdesk.errors import ParishDeskError
    from parishdesk.services import letters

    try:
        letters.reprint(paths, after[0][0])
        raise AssertionError("an erased letter was reprinted")
    except ParishDeskError as exc:
        assert "erased" in str(exc)

    db.close()
    raw = paths.db_file.read_bytes()
    assert leaver.email.encode() not in raw
    assert run(["--data-dir", str(paths.data_dir), "check"]) == 0
    assert "Audit log:" in capsys.readouterr().out


def test_an_enquiry_past_its_period_loses_its_files_and_replies(paths, demo, tmp_path):
    leaver = _leaver_with_files(paths, tmp_path)
    rows = db.database.execute_sql(
        "SELECT e.id, r.eml_file FROM enquiry e JOIN enquiry_reply r ON r.enquiry_id = e.id "
        "WHERE e.councillor_id = ? AND r.eml_file <> ''", (leaver.id,)).fetchall()
    enquiry_id, draft = rows[0]
    attachment = db.database.execute_sql(
        "SELECT stored_file FROM enquiry_attachment WHERE enquiry_id = ?",
        (enquiry_id,)).fetchone()[0]
    db.database.execute_sql("UPDATE enquiry SET closed_on = '2026-11-22' WHERE id = ?",
                            (enquiry_id,))
    assert (paths.data_dir / draft).is_file() and (paths.data_dir / attachment).is_file()
    far = dt.date(2030, 1, 1)
    due = [d for d in personal_data.past_period(far)
           if d.kind == "enquiries" and d.record_id == enquiry_id]
    done = personal_data.erase(paths, due, "clerk", far)
    assert done.files_removed >= 2
    assert not (paths.data_dir / draft).exists() and not (paths.data_dir / attachment).exists()
    body = db.database.execute_sql("SELECT body FROM enquiry_reply WHERE enquiry_id = ?",
                                   (enquiry_id,)).fetchall()
    assert body and all(r[0] == "[erased on 01/01/2030]" for r in body)
    name = db.database.execute_sql("SELECT original_name FROM enquiry_attachment WHERE "
                                   "enquiry_id = ?", (enquiry_id,)).fetchone()[0]
    assert name == "[erased on 01/01/2030]"
    assert audit_chain.verify().ok


def test_removing_a_file_overwrites_it_first(tmp_path):
    target = tmp_path / "letter.pdf"
    target.write_bytes(b"Dear Councillor Example" * 1000)
    seen: list[bytes] = []
    real_unlink = Path.unlink

    def spy(self: Path, missing_ok: bool = False) -> None:
        seen.append(self.read_bytes())
        real_unlink(self, missing_ok=missing_ok)

    import pytest

    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(Path, "unlink", spy)
        assert personal_data.remove_file(target)
    assert seen == [b"\0" * 23000] and not target.exists()
    assert not personal_data.remove_file(target)


def test_a_closed_case_past_its_period_loses_its_letters_documents_and_notes(paths, demo,
                                                                           tmp_path):
    from parishdesk.services.disputes import steps

    far = dt.date(2040, 1, 1)
    mark = "[erased on 01/01/2040]"
    due = [d for d in personal_data.past_period(far) if d.kind == "disputes"]
    case_id = due[0].record_id
    # A letter filed with the case (as a case letter is), on disk in the letters folder.
    from parishdesk.domain.letters import Recipient
    from parishdesk.services import letters as letter_service

    letter = letter_service.compose("general", Recipient("Ann Complainant", ("1 Mill Lane",)),
                                    "Your complaint", ("We have closed your complaint.",), TODAY)
    letter_service.issue_letter(paths, letter, "clerk", related=("dispute_case", case_id))
    source = tmp_path / "statement.txt"
    source.write_text("My statement about the meeting.\n", encoding="utf-8")
    steps.attach_document(paths, case_id, source, "Written statement", "clerk", TODAY)
    steps.add_note(case_id, "Spoke to the complainant by phone.", "clerk", TODAY)
    document = db.database.execute_sql(
        "SELECT file_name FROM dispute_attachment WHERE case_id = ?", (case_id,)).fetchone()[0]
    letters = db.database.execute_sql(
        "SELECT id, reference, pdf_file FROM issued_letter WHERE related_table = 'dispute_case' "
        "AND related_id = ?", (str(case_id),)).fetchall()
    assert (paths.attachments_dir / document).is_file()
    on_disk = [paths.letters_dir / r[2] for r in letters if (paths.letters_dir / r[2]).is_file()]
    assert letters and on_disk

    done = personal_data.erase(paths, [d for d in due if d.record_id == case_id], "clerk", far)
    assert done.files_removed >= 1 + len(on_disk)
    assert not (paths.attachments_dir / document).exists()
    assert not any(f.exists() for f in on_disk)
    after = db.database.execute_sql(
        "SELECT reference, recipient_name, subject FROM issued_letter WHERE related_table = "
        "'dispute_case' AND related_id = ?", (str(case_id),)).fetchall()
    assert [r[0] for r in after] == [r[1] for r in letters]  # the numbers stay
    assert all(r[1] == mark and r[2] == mark for r in after)
    notes = db.database.execute_sql("SELECT text FROM dispute_note WHERE case_id = ?",
                                    (case_id,)).fetchall()
    titles = db.database.execute_sql("SELECT title FROM dispute_attachment WHERE case_id = ?",
                                     (case_id,)).fetchall()
    assert notes and all(r[0] == mark for r in notes) and titles[0][0] == mark
    assert audit_chain.verify().ok


def test_the_letters_someone_signed_keep_their_signatory_and_their_pdf(paths, demo):
    """Who signed a letter is part of the council's record of it: erasing a former clerk
    leaves the letters they signed whole (the register row, its data and its PDF)."""
    from parishdesk.services import letters
    from parishdesk.store.erasure_run import ErasureRun

    clerk = demo.officers["clerk"]
    name = f"{clerk.first_name} {clerk.surname}"
    signed = db.database.execute_sql(
        "SELECT id, pdf_file FROM issued_letter WHERE signatory_name = ? AND "
        "COALESCE(recipient_person_id, 0) <> ?", (name, clerk.id)).fetchall()
    assert signed
    run = ErasureRun(LATER)
    with db.database.atomic():
        run.scrub([name, clerk.surname, clerk.email])
        run.finish()
    listed = {f.relative for f in run.files}
    kept = [(i, f) for i, f in signed if f not in listed]
    assert kept, "every letter the clerk signed was treated as mentioning her"
    for letter_id, pdf_file in kept:
        assert db.database.execute_sql("SELECT signatory_name FROM issued_letter WHERE id = ?",
                                       (letter_id,)).fetchone()[0] == name
        # Still reproduced exactly from its data: nothing in it was touched.
        assert letters.reprint(paths, letter_id)
        assert (paths.letters_dir / pdf_file).is_file()
    assert audit_chain.verify().ok


def test_an_enquiry_erased_first_then_its_councillor_leaves_no_name_behind(paths, demo,
                                                                          tmp_path):
    """The dialog erases what is due oldest first: a councillor's enquiries (two years)
    before the councillor (six). The enquiry's history, marked erased first, still held the
    councillor's name; the second erasure reaches it."""
    leaver = _leaver_with_files(paths, tmp_path)
    needles = [f"{leaver.first_name} {leaver.surname}", leaver.email]
    archive_councillor(leaver.id, dt.date(2024, 1, 2), "Resigned", "clerk", TODAY)
    db.database.execute_sql("UPDATE enquiry SET closed_on = '2026-11-22' WHERE councillor_id "
                            "= ? AND closed_on IS NULL", (leaver.id,))
    due = [d for d in personal_data.past_period(LATER)
           if (d.kind == "councillors" and d.record_id == leaver.id) or d.kind == "enquiries"]
    assert [d.kind for d in due][-1] == "councillors" and len(due) > 1
    personal_data.erase(paths, due, "clerk", LATER)
    left = _columns_mentioning(needles)
    assert left == {}
    # Each erasure's own entry survives the later ones, unchanged.
    notes = db.database.execute_sql(
        "SELECT note FROM audit_log WHERE note LIKE 'Personal data erased%'").fetchall()
    assert len(notes) == len(due)
    assert audit_chain.verify().ok
    # An erased entry cannot be un-erased, re-dated or re-hashed.
    import peewee
    import pytest

    for change in ("erased_on = NULL", "erased_on = '2099-01-01'", "content_hash = 'x'"):
        with pytest.raises(peewee.DatabaseError, match="append-only"):
            db.database.execute_sql(f"UPDATE audit_log SET {change} WHERE erased_on IS NOT NULL")
