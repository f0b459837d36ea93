"""The optional corpus run: real councils' protocols, read with the same code as the clerk's.

Set ``PARISHDESK_CORPUS=DIR`` to a folder of protocols (.txt, .md, .docx, .pdf);
every test here then runs once per file in it. ``.ci/run`` sets it to
``../shared/seeds`` when that folder exists. Without it each test is reported
as skipped, with the reason (see ``pytest_generate_tests`` in conftest.py).

The project's own tests use the protocols in ``tests/fixtures/protocols/``,
written for them; these checks hold for any protocol a council might send.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from parishdesk.cli import run
from parishdesk.documents.templates import shipped_template
from parishdesk.domain.letters import LETTER_TYPES
from parishdesk.domain.protocol import (
    Protocol,
    parse_protocol,
    protocol_to_markdown,
    protocol_to_outline,
    renumber,
)
from parishdesk.importers.protocol_readers import import_protocol_file, read_protocol_text
from parishdesk.resources import resource_path
from tests.fixtures.protocol_files import build_docx_autonumbered, build_docx_typed, build_pdf

TEXT_SUFFIXES = {".txt", ".md"}


def _shape(p: Protocol) -> list[tuple[str | None, str, list[str | None]]]:
    return [(s.number, s.title, [c.number for c in s.clauses]) for s in p.sections]


def _words(text: str) -> list[str]:
    return re.findall(r"[a-z']+", text.lower().replace("\u2019", "'"))


def test_reads_into_numbered_sections_with_text(corpus_file: Path) -> None:
    p = import_protocol_file(corpus_file)
    assert p.title
    assert p.sections, f"{corpus_file.name}: no sections found"
    numbered = [s.number for s in p.sections if s.number]
    assert numbered == [str(n) for n in range(1, len(numbered) + 1)]
    assert all(c.text.strip() for s in p.sections for c in s.clauses)
    everything = json.dumps(protocol_to_outline(p))
    assert "](#)" not in everything and "\t" not in json.dumps(protocol_to_outline(p)["sections"])


def test_markdown_round_trips(corpus_file: Path) -> None:
    p = import_protocol_file(corpus_file)
    assert parse_protocol(protocol_to_markdown(p)) == p
    renumbered = renumber(p)
    assert parse_protocol(protocol_to_markdown(renumbered)) == renumbered


@pytest.mark.parametrize("builder", [build_docx_typed, build_docx_autonumbered, build_pdf],
                         ids=["docx-typed", "docx-autonumbered", "pdf"])
def test_as_word_or_pdf_it_gives_the_same_outline(corpus_file: Path, tmp_path: Path,
                                                   builder) -> None:  # type: ignore[no-untyped-def]
    if corpus_file.suffix.lower() not in TEXT_SUFFIXES:
        pytest.skip("already a Word or PDF file: the other tests read it as it is")
    text = read_protocol_text(corpus_file)
    path = builder(text, tmp_path / ("protocol.pdf" if builder is build_pdf else "protocol.docx"))
    expected = parse_protocol(text)
    got = import_protocol_file(path)
    assert _shape(got) == _shape(expected)
    assert (got.title, got.metadata) == (expected.title, expected.metadata)


def test_outline_and_import_from_the_command_line(corpus_file: Path, tmp_path: Path,
                                                  capsys: pytest.CaptureFixture[str]) -> None:
    data = str(tmp_path / "d")
    assert run(["--data-dir", data, "protocol", "outline", str(corpus_file), "--json"]) == 0
    outline = json.loads(capsys.readouterr().out)
    assert outline["sections"] and set(outline["metadata"]) == {
        "version", "adopted", "last_reviewed", "next_review"}
    assert run(["--data-dir", data, "protocol", "import", str(corpus_file)]) == 0
    assert "as draft protocol version 1" in capsys.readouterr().out


def test_the_model_protocol_is_in_our_own_words(corpus_file: Path) -> None:
    def shingles(text: str, n: int = 7) -> set[tuple[str, ...]]:
        words = _words(text)
        return {tuple(words[i:i + n]) for i in range(len(words) - n + 1)}

    model = resource_path("protocol", "model_protocol.md").read_text(encoding="utf-8")
    shared = shingles(model) & shingles(read_protocol_text(corpus_file))
    assert len(shared) <= 3, f"too close to {corpus_file.name}: {sorted(shared)[:5]}"


def test_the_letter_templates_are_in_our_own_words(corpus_file: Path) -> None:
    """No run of eight words in a letter template appears in the council's protocol."""
    theirs = " ".join(_words(read_protocol_text(corpus_file)))
    assert theirs
    for key in LETTER_TYPES:
        words = _words(re.sub(r"\{[a-z_]+\}", " ", shipped_template(key)))
        for i in range(len(words) - 7):
            run_of_words = " ".join(words[i:i + 8])
            assert run_of_words not in theirs, f"{key}: {run_of_words!r} copies {corpus_file.name}"
