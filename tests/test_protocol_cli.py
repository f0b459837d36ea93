import json

import pytest

from parishdesk.cli import run
from tests.fixtures.protocol_files import PDF_EXTRACT, SECTIONS_ONLY, WORD_CONTROL

# The sections-only protocol came from Word with numbered sections but unnumbered paragraphs.
OWN = [(PDF_EXTRACT, "1.1"), (WORD_CONTROL, "1.1"), (SECTIONS_ONLY, None)]


@pytest.mark.parametrize(("source", "first_clause"), OWN, ids=lambda x: getattr(x, "name", str(x)))
def test_outline_json_for_each_test_protocol(source, first_clause, tmp_path, capsys):
    assert run(["--data-dir", str(tmp_path / "d"), "protocol", "outline", str(source),
                "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert list(data) in (["title", "metadata", "sections"],
                          ["title", "metadata", "preamble", "sections"])
    assert set(data["metadata"]) == {"version", "adopted", "last_reviewed", "next_review"}
    numbered = [s for s in data["sections"] if s["number"]]
    assert numbered and numbered[0]["number"] == "1"
    assert [s["number"] for s in numbered] == [str(i) for i in range(1, len(numbered) + 1)]
    clause = numbered[0]["clauses"][0]
    assert clause["number"] == first_clause and clause["text"]
    assert not (tmp_path / "d" / "parishdesk.sqlite3").exists()  # nothing saved


def test_outline_json_keeps_metadata_dates_iso(tmp_path, capsys):
    run(["--data-dir", str(tmp_path / "d"), "protocol", "outline", str(WORD_CONTROL), "--json"])
    meta = json.loads(capsys.readouterr().out)["metadata"]
    assert meta == {"version": "3", "adopted": "2022-09-14", "last_reviewed": "2024-03-01",
                    "next_review": "2025-03-01"}


def test_outline_keeps_the_preamble(tmp_path, capsys):
    # The Word protocol opens with a paragraph and a list of what it covers, before section 1.
    run(["--data-dir", str(tmp_path / "d"), "protocol", "outline", str(WORD_CONTROL), "--json"])
    data = json.loads(capsys.readouterr().out)
    preamble = data["preamble"]
    assert all(isinstance(x, str) and x for x in preamble)
    lead = next(x for x in preamble if x.startswith("A small council works well"))
    assert lead.endswith("This protocol covers:")
    assert "\u2022 Which decisions belong to whom" in preamble
    assert preamble.index(lead) < preamble.index("\u2022 Which decisions belong to whom")
    # An unnumbered clause has a null number (the sections-only protocol's paragraphs).
    run(["--data-dir", str(tmp_path / "d"), "protocol", "outline", str(SECTIONS_ONLY), "--json"])
    data = json.loads(capsys.readouterr().out)
    assert "preamble" not in data
    assert data["sections"][0]["clauses"][0]["number"] is None

    run(["--data-dir", str(tmp_path / "d"), "protocol", "outline", str(WORD_CONTROL)])
    out = capsys.readouterr().out
    assert "Before the first section:" in out
    assert out.index("A small council works well") < out.index("1 Background")
    assert "  • Which decisions belong to whom" in out


def test_readable_outline_is_indented_with_warnings(tmp_path, capsys):
    f = tmp_path / "p.md"
    f.write_text("# My Protocol\n\n## 1 ONE\n\n1.1 First.\n\n1.1.1 Deeper.\n\n1.3 Gap here.\n\n"
                 "- a bullet\n", encoding="utf-8")
    assert run(["--data-dir", str(tmp_path / "d"), "protocol", "outline", str(f)]) == 0
    out = capsys.readouterr().out
    assert out.startswith("My Protocol")
    assert "Warnings (1):" in out and "jumps from 1.1.1 to 1.3" in out
    assert "\n  1.1  First." in out and "\n    1.1.1  Deeper." in out
    assert "• a bullet" in out and "1 sections, 3 clauses." in out


def test_import_saves_a_draft(tmp_path, capsys):
    data = str(tmp_path / "d")
    source = SECTIONS_ONLY
    assert run(["--data-dir", data, "protocol", "import", str(source)]) == 0
    out = capsys.readouterr().out
    assert "as draft protocol version 1" in out

    from parishdesk.paths import resolve_paths
    from parishdesk.services import protocols
    from parishdesk.store import db, schema

    paths = resolve_paths(data)
    schema.open_database(paths.db_file, paths.backups_dir)
    try:
        [info] = protocols.list_versions()
        assert info.status == "draft" and info.source_name == source.name
    finally:
        db.close()


def test_outline_of_an_unreadable_file_is_a_plain_error(tmp_path, capsys):
    assert run(["--data-dir", str(tmp_path / "d"), "protocol", "outline",
                str(tmp_path / "old.doc")]) == 2
    assert "older Word (.doc)" in capsys.readouterr().err


def test_import_refuses_a_binary_file_with_a_text_name(tmp_path, capsys):
    junk = tmp_path / "protocol.txt"
    junk.write_bytes(bytes(range(256)) * 40 + b"1 INTRODUCTION\n\n1.1 Some text.\n")
    data = str(tmp_path / "d")
    assert run(["--data-dir", data, "protocol", "import", str(junk)]) == 2
    err = capsys.readouterr().err
    assert "protocol.txt does not hold readable text" in err and "Traceback" not in err
    assert run(["--data-dir", data, "protocol", "outline", str(junk)]) == 2
    assert "does not hold readable text" in capsys.readouterr().err


def test_ordinary_text_with_tabs_and_page_breaks_is_not_binary():
    from parishdesk.domain.protocol import looks_binary

    assert not looks_binary("1 ONE\tpage 1\f\n1.1 Text\r\n\vmore – “quoted” £5\n")
    assert looks_binary("abc\x00def")
    assert looks_binary("1.1 text " + "\x01\x02\x1b\x90" * 10)


def test_outline_piped_into_head_stops_quietly(tmp_path):
    import subprocess
    import sys

    # Many copies of a long protocol: far more JSON than a pipe holds, so printing it fails
    # once head has gone.
    seed = tmp_path / "long.txt"
    seed.write_text(SECTIONS_ONLY.read_text(encoding="utf-8") * 12, encoding="utf-8")
    result = subprocess.run(
        f'"{sys.executable}" -m parishdesk --data-dir "{tmp_path / "d"}" protocol outline '
        f'--json "{seed}" | head -n 2', shell=True, capture_output=True, text=True,
        check=False, executable="/bin/bash")
    assert result.stdout.splitlines()[0] == "{"
    assert result.stderr == ""
