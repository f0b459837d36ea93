"""Word copies of letters in the demo council's register."""

import io
import re

import docx
import pytest
from pypdf import PdfReader

from parishdesk.cli import run
from parishdesk.errors import ParishDeskError
from parishdesk.services import letter_word, letters


def _pdf_words(pdf: bytes, reference: str) -> str:
    """The letter's words, without the page numbers and running header of later pages."""
    lines = [line for page in PdfReader(io.BytesIO(pdf)).pages
             for line in page.extract_text().splitlines()
             if not re.fullmatch(r"\s*Page \d+ of \d+\s*", line)
             and f" \u2014 {reference} \u2014 " not in line]
    return " ".join(" ".join(lines).split())


def test_every_issued_letter_has_a_word_copy_with_its_words(demo, paths, tmp_path):
    issued = letters.search_letters()
    assert len(issued) >= 3
    for summary in issued:
        target = letter_word.save_word_copy(summary.id, tmp_path / f"{summary.id}.docx")
        document = docx.Document(str(target))
        cells = [cell.text for cell in document.tables[0].rows[0].cells]
        assert cells[1].startswith(f"Our reference: {summary.reference}")
        texts = cells + [p.text for p in document.paragraphs]
        assert summary.subject in texts
        pdf = _pdf_words(letters.reprint(paths, summary.id), summary.reference)
        for text in texts:
            for line in text.split("\n"):
                assert " ".join(line.split()) in pdf, (summary.reference, line)
    assert not list(tmp_path.glob("*.part"))


def test_find_by_reference_and_plain_refusals(demo, tmp_path):
    first = letters.search_letters()[-1]
    assert letter_word.find_letter_id(f" {first.reference.lower()} ") == first.id
    with pytest.raises(ParishDeskError, match="no letter PD/1999/0001"):
        letter_word.find_letter_id("PD/1999/0001")
    with pytest.raises(ParishDeskError, match="ends in .docx"):
        letter_word.save_word_copy(first.id, tmp_path / "letter.doc")


def test_letters_word_command(demo, paths, tmp_path, capsys):
    from parishdesk.store import db

    reference = letters.search_letters()[0].reference
    db.close()
    target = tmp_path / "copies" / "letter.docx"
    assert run(["--data-dir", str(paths.data_dir), "letters", "word", reference,
                "--out", str(target)]) == 0
    assert f"written to {target}" in capsys.readouterr().out
    cell = docx.Document(str(target)).tables[0].rows[0].cells[1]
    assert cell.text.startswith(f"Our reference: {reference}")
    assert run(["--data-dir", str(paths.data_dir), "letters", "word", "PD/1999/0001",
                "--out", str(target)]) == 2
    assert "no letter PD/1999/0001" in capsys.readouterr().err
