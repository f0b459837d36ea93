"""Protocol import (.docx, .pdf, .txt, .md) through the call the import wizard makes:
damaged files give a ProtocolReadError (a ParishDeskError), never a traceback."""

from __future__ import annotations

import itertools
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from parishdesk.errors import ParishDeskError
from parishdesk.services import protocols
from tests.fixtures.protocol_files import (
    PDF_EXTRACT,
    WORD_CONTROL,
    build_docx_autonumbered,
    build_docx_typed,
    build_pdf,
)
from tests.fuzz.conftest import RUNS, examples
from tests.fuzz.mutations import Blob, damaged, damaged_zip

_counter = itertools.count()


@pytest.fixture(scope="module")
def originals(tmp_path_factory: pytest.TempPathFactory) -> dict[str, bytes]:
    """Real protocol files made by the project's own fixtures from its sample protocols."""
    folder = tmp_path_factory.mktemp("originals")
    text = WORD_CONTROL.read_text(encoding="utf-8")
    return {
        "typed.docx": build_docx_typed(text, folder / "typed.docx").read_bytes(),
        "auto.docx": build_docx_autonumbered(text, folder / "auto.docx").read_bytes(),
        "p.pdf": build_pdf(PDF_EXTRACT.read_text(encoding="utf-8"),
                           folder / "p.pdf").read_bytes(),
        "p.txt": text.encode("utf-8"),
        "p.md": text.encode("utf-8"),
    }


def _read(folder: Path, suffix: str, data: bytes) -> None:
    path = folder / f"example{next(_counter)}{suffix}"
    path.write_bytes(data)
    RUNS[f"protocol import {suffix}"] += 1
    try:
        protocols.read_protocol_file(path)
    except ParishDeskError as exc:
        assert path.name in str(exc) or "protocol" in str(exc).lower()
    finally:
        path.unlink()


@pytest.mark.parametrize("name", ["typed.docx", "auto.docx"])
def test_damaged_word_files(originals: dict[str, bytes], tmp_path: Path, name: str) -> None:
    @settings(max_examples=examples(300))
    @given(data=damaged_zip(originals[name]))
    def run(data: Blob) -> None:
        _read(tmp_path, ".docx", data.data)

    run()


def test_damaged_pdfs(originals: dict[str, bytes], tmp_path: Path) -> None:
    @settings(max_examples=examples(300))
    @given(data=damaged(originals["p.pdf"]))
    def run(data: Blob) -> None:
        _read(tmp_path, ".pdf", data.data)

    run()


@pytest.mark.parametrize("suffix", [".txt", ".md"])
def test_damaged_text_files(originals: dict[str, bytes], tmp_path: Path, suffix: str) -> None:
    @settings(max_examples=examples(300))
    @given(data=damaged(originals["p" + suffix]))
    def run(data: Blob) -> None:
        _read(tmp_path, suffix, data.data)

    run()


@pytest.mark.parametrize("suffix", [".txt", ".md"])
def test_any_text_in_any_encoding(tmp_path: Path, suffix: str) -> None:
    @settings(max_examples=examples(100))
    @given(text=st.text(max_size=400),
           encoding=st.sampled_from(["utf-8", "utf-8-sig", "utf-16", "utf-16-le", "cp1252"]))
    def run(text: str, encoding: str) -> None:
        _read(tmp_path, suffix, text.encode(encoding, errors="replace"))

    run()
