import csv
import datetime as dt

import openpyxl
import pytest

from parishdesk.domain.members import Committee
from parishdesk.errors import ParishDeskError
from parishdesk.paths import resolve_paths
from parishdesk.services import member_io, members
from parishdesk.store import audit, db, members_store, schema

TODAY = dt.date(2026, 11, 22)
HEADERS = ["Title", "First Name", "surname", "E_mail", "Ward", "Group", "Joined how",
           "Joined on", "Accepted office on", "Committees"]


def write_rows(path, rows, headers=HEADERS):
    with path.open("w", newline="", encoding="utf-8") as handle:
        writer = csv.writer(handle)
        writer.writerow(headers)
        writer.writerows(rows)
    return path


def three_hundred(bad_row_index=None):
    rows = []
    for i in range(300):
        joined = "04/05/2023" if i != bad_row_index else "31/02/2023"
        rows.append(["Mx", f"Person{i:03d}", f"Surname{i:03d}", f"p{i}@example.org",
                     "North" if i % 2 else "South", "Community First" if i % 3 else "",
                     "Elected", joined, "2023-05-04",
                     "Planning and Environment Committee" if i % 5 == 0 else ""])
    return rows


def test_a_300_row_file_with_one_bad_date_imports_nothing_and_names_that_row(demo, tmp_path):
    path = write_rows(tmp_path / "big.csv", three_hundred(bad_row_index=156))
    before_people = len(members_store.list_councillors(True, TODAY))
    before_audit = audit.count()
    preview = member_io.preview_import(path, TODAY)
    [error] = preview.plan.errors
    assert error.row == 158  # header is row 1, so the 157th data row is row 158
    assert error.column == "Joined on"
    assert "not a real date" in error.reason
    with pytest.raises(member_io.ImportRejected) as caught:
        member_io.apply_import(preview, "clerk", TODAY)
    assert "Row 158" in str(caught.value)
    assert len(members_store.list_councillors(True, TODAY)) == before_people
    assert audit.count() == before_audit


def test_the_corrected_file_imports_every_row(demo, tmp_path):
    path = write_rows(tmp_path / "big.csv", three_hundred())
    result = member_io.apply_import(member_io.preview_import(path, TODAY), "clerk", TODAY)
    assert result.added == 300
    found = {c.surname: c for c in members_store.list_councillors(on=TODAY)}
    assert found["Surname001"].group == "Community First"
    assert found["Surname000"].group is None
    assert found["Surname000"].joined_on == dt.date(2023, 5, 4)
    planning = [c.name for c in members_store.committees_of(found["Surname005"].id, TODAY)]
    assert planning == ["Planning and Environment Committee"]


def test_likely_duplicates_are_shown_and_not_imported_twice(demo, tmp_path):
    path = write_rows(tmp_path / "dups.csv", [
        ["Mrs", "Margaret", "Ellwood", "m.ellwood@ashcombe-pc.example", "North", "", "", "", "",
         ""],
        ["Ms", "Nina", "Brook", "", "", "New Voices", "co-opted", "2026-10-01", "", ""],
        ["Ms", "Nina", "Brook", "", "", "", "", "", "", ""],
    ])
    preview = member_io.preview_import(path, TODAY)
    assert preview.plan.ok
    assert [d.row for d in preview.plan.duplicates] == [2, 4]
    assert "same e-mail" in preview.plan.duplicates[0].reason
    result = member_io.apply_import(preview, "clerk", TODAY)
    assert (result.added, result.duplicates_skipped, result.groups_created) == (
        1, 2, ("New Voices",))
    brooks = [c for c in members_store.list_councillors(on=TODAY) if c.surname == "Brook"]
    assert len(brooks) == 1 and brooks[0].joined_how == "co-opted"
    assert brooks[0].group == "New Voices"


def test_unknown_committee_and_missing_surname_name_row_and_column(demo, tmp_path):
    path = write_rows(tmp_path / "bad.csv", [
        ["", "Ann", "", "", "", "", "", "", "", ""],
        ["", "Bob", "Hale", "", "", "", "", "", "", "Bowls Club"],
    ])
    errors = member_io.preview_import(path, TODAY).plan.errors
    assert [(e.row, e.column) for e in errors] == [(2, "surname"), (3, "Committees")]


def test_remapping_a_column_rechecks(demo, tmp_path):
    path = write_rows(tmp_path / "odd.csv", [["Ann", "Hale"]], headers=["Given", "Family"])
    preview = member_io.preview_import(path, TODAY)
    assert not preview.plan.ok
    preview = member_io.remap(preview, {0: "first_name", 1: "surname"}, TODAY)
    assert preview.plan.ok and preview.plan.rows[0].councillor.surname == "Hale"


def test_other_file_types_are_refused(demo, tmp_path):
    (tmp_path / "x.txt").write_text("a")
    with pytest.raises(ParishDeskError):
        member_io.preview_import(tmp_path / "x.txt", TODAY)
    with pytest.raises(ParishDeskError):
        member_io.export_file(tmp_path / "x.doc", TODAY)


def _fresh_database(tmp_path, name):
    db.close()
    fresh = resolve_paths(tmp_path / name).ensure()
    schema.open_database(fresh.db_file, fresh.backups_dir)
    for committee in ("Finance and General Purposes Committee",
                      "Planning and Environment Committee", "Staffing Committee"):
        members.save_committee(Committee(name=committee), "clerk")


@pytest.mark.parametrize("suffix", [".csv", ".xlsx"])
def test_export_then_import_into_a_fresh_database(demo, tmp_path, suffix):
    out = tmp_path / f"register{suffix}"
    assert member_io.export_file(out, TODAY) == suffix[1:]
    exported = {(c.first_name, c.surname, c.email, c.group, c.joined_on, c.accepted_office_on,
                 c.joined_how) for c in members_store.list_councillors(on=TODAY)}
    committees = {c.surname: [x.name for x in members_store.committees_of(c.id, TODAY)]
                  for c in members_store.list_councillors(on=TODAY)}
    if suffix == ".xlsx":
        sheet = openpyxl.load_workbook(out).active
        assert sheet["A1"].value == "Title" and sheet.max_row == len(exported) + 1
    _fresh_database(tmp_path, "fresh")
    try:
        preview = member_io.preview_import(out, TODAY)
        assert preview.plan.ok, [e.describe() for e in preview.plan.errors]
        assert not preview.plan.ignored_columns
        member_io.apply_import(preview, "clerk", TODAY)
        imported = members_store.list_councillors(on=TODAY)
        assert {(c.first_name, c.surname, c.email, c.group, c.joined_on, c.accepted_office_on,
                 c.joined_how) for c in imported} == exported
        assert {c.surname: [x.name for x in members_store.committees_of(c.id, TODAY)]
                for c in imported} == committees
    finally:
        db.close()


def test_xlsx_dates_typed_as_dates_are_read(demo, tmp_path):
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.append(["First name", "Surname", "Joined on"])
    sheet.append(["Ann", "Hale", dt.datetime(2024, 3, 1)])
    book.save(tmp_path / "typed.xlsx")
    plan = member_io.preview_import(tmp_path / "typed.xlsx", TODAY).plan
    assert plan.rows[0].councillor.joined_on == dt.date(2024, 3, 1)


def test_imported_rows_are_audited_like_any_other_addition(demo, tmp_path):
    path = write_rows(tmp_path / "one.csv", [["Dr", "Ann", "Hale", "", "", "Community First",
                                             "", "01/02/2024", "01/02/2024", ""]])
    member_io.apply_import(member_io.preview_import(path, TODAY), "clerk", TODAY)
    hale = next(c for c in members_store.list_councillors(on=TODAY) if c.surname == "Hale")
    [entry] = audit.history("person", hale.id)
    assert entry.action == "create" and entry.actor == "clerk"
    assert entry.changes["first_name"] == [None, "Ann"]
    assert entry.changes["joined_on"] == [None, "2024-02-01"]
    assert members.interests_form_status(hale.id, TODAY).due_on == dt.date(2024, 2, 29)
    assert [h.action for h in members.person_audit(hale.id)] == ["create"] * 3


CRAFTED = {"first_name": "=HYPERLINK(\"http://x.example\",\"Click\")", "surname": "+Smith",
           "ward": "@SUM(A1)", "email": "-1@x.example"}


def _add_crafted():
    from parishdesk.domain.members import Councillor

    members.add_councillor(Councillor(title="Mr", joined_how="elected", joined_on=TODAY,
                                      accepted_office_on=TODAY, **CRAFTED), "clerk", TODAY)


def test_csv_export_writes_formula_like_cells_as_text_and_reads_them_back(demo, tmp_path):
    _add_crafted()
    out = tmp_path / "register.csv"
    member_io.export_file(out, TODAY)
    with out.open(encoding="utf-8-sig", newline="") as handle:
        cells = [cell for row in csv.reader(handle) for cell in row]
    assert not [c for c in cells if c[:1] in ("=", "+", "-", "@", "\t", "\r")]
    assert "'=HYPERLINK(\"http://x.example\",\"Click\")" in cells and "'+Smith" in cells
    headers, rows = member_io.read_table(out)
    assert any(CRAFTED["first_name"] in row and "+Smith" in row for row in rows)


def test_xlsx_export_holds_no_live_formula(demo, tmp_path):
    _add_crafted()
    out = tmp_path / "register.xlsx"
    member_io.export_file(out, TODAY)
    sheet = openpyxl.load_workbook(out).active
    values = [cell for row in sheet.iter_rows() for cell in row]
    assert all(cell.data_type != "f" for cell in values)
    assert CRAFTED["first_name"] in [cell.value for cell in values]
