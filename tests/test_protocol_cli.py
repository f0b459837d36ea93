import json

import pytest

from parishdesk.cli import run

# Seed 002 came from Word with numbered sections but unnumbered paragraphs.
SEEDS = [("000_*.txt", "1.1"), ("001_*.txt", "1.1"), ("002_*.txt", None)]


@pytest.mark.parametrize(("pattern", "first_clause"), SEEDS)
def test_outline_json_for_each_seed(pattern, first_clause, seeds_dir, tmp_path, capsys):
    seed = next(seeds_dir.glob(pattern))
    assert run(["--data-dir", str(tmp_path / "d"), "protocol", "outline", str(seed),
                "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert set(data) == {"title", "metadata", "sections"}
    assert set(data["metadata"]) == {"version", "adopted", "last_reviewed", "next_review"}
    numbered = [s for s in data["sections"] if s["number"]]
    assert numbered and numbered[0]["number"] == "1"
    assert [s["number"] for s in numbered] == [str(i) for i in range(1, len(numbered) + 1)]
    clause = numbered[0]["clauses"][0]
    assert clause["number"] == first_clause and clause["text"]
    assert not (tmp_path / "d" / "parishdesk.sqlite3").exists()  # nothing saved


def test_outline_json_keeps_metadata_dates_iso(seeds_dir, tmp_path, capsys):
    seed = next(seeds_dir.glob("001_*.txt"))
    run(["--data-dir", str(tmp_path / "d"), "protocol", "outline", str(seed), "--json"])
    meta = json.loads(capsys.readouterr().out)["metadata"]
    assert meta == {"version": "2", "adopted": "2023-06-21", "last_reviewed": "2023-06-01",
                    "next_review": "2024-06-01"}


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


def test_import_saves_a_draft(seeds_dir, tmp_path, capsys):
    data = str(tmp_path / "d")
    seed = next(seeds_dir.glob("002_*.txt"))
    assert run(["--data-dir", data, "protocol", "import", str(seed)]) == 0
    out = capsys.readouterr().out
    assert "as draft protocol version 1" in out

    from parishdesk.paths import resolve_paths
    from parishdesk.services import protocols
    from parishdesk.store import db, schema

    paths = resolve_paths(data)
    schema.open_database(paths.db_file, paths.backups_dir)
    try:
        [info] = protocols.list_versions()
        assert info.status == "draft" and info.source_name == seed.name
    finally:
        db.close()


def test_outline_of_an_unreadable_file_is_a_plain_error(tmp_path, capsys):
    assert run(["--data-dir", str(tmp_path / "d"), "protocol", "outline",
                str(tmp_path / "old.doc")]) == 2
    assert "older Word (.doc)" in capsys.readouterr().err
