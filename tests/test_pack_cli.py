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


def _letters_issued(data):
    from parishdesk.paths import resolve_paths
    from parishdesk.store import db, letters_store, schema

    paths = resolve_paths(data)
    schema.open_database(paths.db_file, paths.backups_dir)
    try:
        return [e.reference for e in letters_store.search("") if e.letter_type == "pack_cover"]
    finally:
        db.close()


def test_a_second_pack_reprints_the_same_letter_unless_new_is_asked(tmp_path, capsys):
    data = _demo(tmp_path, capsys)
    first, again, fresh = (tmp_path / "1.pdf", tmp_path / "2.pdf", tmp_path / "3.pdf")
    args = ["--data-dir", data, "pack", "--councillor", "okafor", "--out"]
    assert run([*args, str(first)]) == 0
    capsys.readouterr()
    issued = _letters_issued(data)

    assert run([*args, str(again)]) == 0
    said = capsys.readouterr().out
    assert "printed it again" in said and "--new" in said
    assert _letters_issued(data) == issued  # no new number used
    assert again.read_bytes() == first.read_bytes()
    cover = PdfReader(io.BytesIO(first.read_bytes())).pages[0].extract_text()
    assert issued[0] in cover

    assert run([*args, str(fresh), "--new"]) == 0
    capsys.readouterr()
    now = _letters_issued(data)
    assert len(now) == len(issued) + 1
    new_reference = now[0]
    assert new_reference not in issued
    assert new_reference in PdfReader(io.BytesIO(fresh.read_bytes())).pages[0].extract_text()
