import io

from pypdf import PdfReader

from parishdesk.cli import run
from parishdesk.commands.pack import match_councillors
from parishdesk.domain.members import Councillor


def _demo(tmp_path, capsys):
    data = str(tmp_path / "d")
    assert run(["--data-dir", data, "demo"]) == 0
    capsys.readouterr()
    return data


def test_pack_by_first_name_and_surname_any_case(tmp_path, capsys):
    data = _demo(tmp_path, capsys)
    out = tmp_path / "pack.pdf"
    assert run(["--data-dir", data, "pack", "--councillor", "fiona MARCHETTI",
                "--out", str(out)]) == 0
    assert "Cllr Fiona Marchetti" in capsys.readouterr().out
    first = PdfReader(io.BytesIO(out.read_bytes())).pages[0].extract_text()
    assert "Dear Councillor Marchetti" in first


def test_pack_by_unique_surname(tmp_path, capsys):
    data = _demo(tmp_path, capsys)
    out = tmp_path / "p.pdf"
    assert run(["--data-dir", data, "pack", "--councillor", "okafor", "--out", str(out)]) == 0
    assert out.exists()


def test_unknown_name_lists_the_councillors(tmp_path, capsys):
    data = _demo(tmp_path, capsys)
    out = tmp_path / "p.pdf"
    assert run(["--data-dir", data, "pack", "--councillor", "Nobody", "--out", str(out)]) == 1
    err = capsys.readouterr().err
    assert 'No current councillor is called "Nobody"' in err and "Fiona Marchetti" in err
    assert not out.exists()


def test_ambiguous_surname_lists_the_candidates():
    people = [Councillor(id=1, first_name="Ann", surname="Smith"),
              Councillor(id=2, first_name="Bob", surname="Smith"),
              Councillor(id=3, first_name="Cat", surname="Jones", preferred_name="Kitty")]
    assert [c.id for c in match_councillors("smith", people)] == [1, 2]
    assert [c.id for c in match_councillors("Bob smith", people)] == [2]
    assert [c.id for c in match_councillors("Cllr Kitty Jones", people)] == [3]
    assert match_councillors("Dan Smith", people) == []


def test_ambiguous_surname_from_the_command_line(tmp_path, capsys):
    data = _demo(tmp_path, capsys)
    from parishdesk.paths import resolve_paths
    from parishdesk.store import db, register_store, schema

    paths = resolve_paths(data)
    schema.open_database(paths.db_file, paths.backups_dir)
    try:
        register_store.add_person("test", kind="councillor", first_name="Rosa",
                                  surname="Patel", joined_how="elected")
    finally:
        db.close()
    out = tmp_path / "p.pdf"
    assert run(["--data-dir", data, "pack", "--councillor", "patel", "--out", str(out)]) == 1
    err = capsys.readouterr().err
    assert "matches 2 councillors" in err and "Rajesh Patel" in err and "Rosa Patel" in err
    assert not out.exists()


def test_pack_out_must_be_a_pdf(tmp_path, capsys):
    data = _demo(tmp_path, capsys)
    out = tmp_path / "pack.docx"
    assert run(["--data-dir", data, "pack", "--councillor", "okafor", "--out", str(out)]) == 2
    err = capsys.readouterr().err
    assert "--out must name a .pdf file (not pack.docx)" in err and "Traceback" not in err
    assert not out.exists()
