import csv
import datetime as dt

from parishdesk.cli import run
from parishdesk.services.demo import create_demo_council
from parishdesk.store import db, members_store, schema


def _demo_folder(tmp_path):
    folder = tmp_path / "data"
    from parishdesk.paths import resolve_paths

    paths = resolve_paths(folder).ensure()
    schema.open_database(paths.db_file, paths.backups_dir)
    create_demo_council("test", dt.date.today())
    db.close()
    return paths


def _count(paths):
    schema.open_database(paths.db_file, paths.backups_dir)
    try:
        return len(members_store.list_councillors(include_former=True))
    finally:
        db.close()


def _csv(path, rows):
    with path.open("w", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(["First name", "Surname", "Joined on"])
        writer.writerows(rows)
    return path


def test_import_with_a_bad_row_exits_non_zero_naming_it_and_changes_nothing(tmp_path, capsys):
    paths = _demo_folder(tmp_path)
    before = _count(paths)
    bad = _csv(tmp_path / "new.csv", [["Ann", "Hale", "01/02/2024"],
                                      ["Bob", "Fry", "2024-13-01"]])
    status = run(["--data-dir", str(paths.data_dir), "members", "import", str(bad)])
    err = capsys.readouterr().err
    assert status != 0
    assert "Row 3, column \u201cJoined on\u201d (C)" in err and "not a real date" in err
    assert _count(paths) == before


def test_dry_run_prints_what_it_would_do_then_import_does_it(tmp_path, capsys):
    paths = _demo_folder(tmp_path)
    before = _count(paths)
    good = _csv(tmp_path / "new.csv", [["Ann", "Hale", "01/02/2024"]])
    assert run(["--data-dir", str(paths.data_dir), "members", "import", "--dry-run",
                str(good)]) == 0
    out = capsys.readouterr().out
    assert "1 councillor(s) would be added" in out and "Row 2: would add Ann Hale" in out
    assert _count(paths) == before
    assert run(["--data-dir", str(paths.data_dir), "members", "import", str(good)]) == 0
    assert "Imported 1 councillor(s)" in capsys.readouterr().out
    assert _count(paths) == before + 1


def test_export_picks_the_format_from_the_extension(tmp_path, capsys):
    paths = _demo_folder(tmp_path)
    for name, magic in (("r.csv", b"\xef\xbb\xbfTitle"), ("r.xlsx", b"PK"), ("r.pdf", b"%PDF")):
        target = tmp_path / name
        assert run(["--data-dir", str(paths.data_dir), "members", "export", str(target)]) == 0
        assert target.read_bytes().startswith(magic)
    assert run(["--data-dir", str(paths.data_dir), "members", "export",
                str(tmp_path / "r.odt")]) != 0
    assert "export writes .csv, .xlsx or .pdf" in capsys.readouterr().err


def test_export_from_an_empty_folder_is_refused_plainly_and_creates_no_database(tmp_path, capsys):
    folder = tmp_path / "empty"
    out = tmp_path / "register.csv"
    status = run(["--data-dir", str(folder), "members", "export", str(out)])
    err = capsys.readouterr().err
    assert status != 0
    assert f"There is no council set up in {folder}" in err
    assert "letters" not in err
    assert not (folder / "parishdesk.sqlite3").exists() and not out.exists()


def test_export_from_a_database_without_a_council_is_refused(tmp_path, capsys):
    from parishdesk.paths import resolve_paths

    paths = resolve_paths(tmp_path / "data").ensure()
    schema.open_database(paths.db_file, paths.backups_dir)
    db.close()
    out = tmp_path / "register.pdf"
    assert run(["--data-dir", str(paths.data_dir), "members", "export", str(out)]) != 0
    assert "There is no council set up in" in capsys.readouterr().err
    assert not out.exists()
