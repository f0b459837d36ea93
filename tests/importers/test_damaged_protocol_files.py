"""Realistic bad protocol files: each is read correctly or refused with a message that
names the file, never a traceback (issue 12, item 6)."""

from __future__ import annotations

import io
import time
import tracemalloc
import zipfile
from pathlib import Path

import pytest
from pypdf import PdfReader, PdfWriter

from parishdesk.importers.protocol_readers import ProtocolReadError, read_protocol_text
from parishdesk.services import protocols
from tests.fixtures.protocol_files import build_docx_typed, build_pdf

TEXT = """# Member/Officer Protocol

1. Background
1.1 Councillors and officers work together for Ashcombe.
1.2 Zoë Ní Bhriain is the Clerk’s deputy.
"""


def _rezip(source: Path, target: Path, part: str, change) -> Path:  # type: ignore[no-untyped-def]
    with zipfile.ZipFile(source) as old, zipfile.ZipFile(target, "w") as new:
        for name in old.namelist():
            body = old.read(name)
            if name == part:
                body = change(body)
                if body is None:
                    continue
            new.writestr(name, body)
    return target


@pytest.fixture
def docx_file(tmp_path: Path) -> Path:
    return build_docx_typed(TEXT, tmp_path / "protocol.docx")


@pytest.mark.parametrize("part", ["word/document.xml", "word/styles.xml", "word/numbering.xml",
                                  "[Content_Types].xml"])
def test_docx_with_broken_xml_in_a_part(docx_file: Path, tmp_path: Path, part: str) -> None:
    bad = _rezip(docx_file, tmp_path / "bad.docx", part, lambda b: b[: len(b) // 2])
    with pytest.raises(ProtocolReadError, match="bad.docx"):
        protocols.read_protocol_file(bad)


def test_docx_missing_its_main_part(docx_file: Path, tmp_path: Path) -> None:
    bad = _rezip(docx_file, tmp_path / "gone.docx", "word/document.xml", lambda b: None)
    with pytest.raises(ProtocolReadError, match="gone.docx"):
        protocols.read_protocol_file(bad)


def _encrypted(tmp_path: Path, user: str, name: str) -> Path:
    source = build_pdf(TEXT * 3, tmp_path / "plain.pdf")
    writer = PdfWriter(clone_from=PdfReader(source))
    writer.encrypt(user_password=user, owner_password="owner-only", algorithm="AES-256")
    target = tmp_path / name
    with target.open("wb") as handle:
        writer.write(handle)
    return target


@pytest.mark.parametrize("algorithm", ["AES-128", "AES-256"])
def test_restrict_editing_pdf_opens_without_a_password(tmp_path: Path, algorithm: str) -> None:
    source = build_pdf(TEXT * 3, tmp_path / "plain.pdf")
    writer = PdfWriter(clone_from=PdfReader(source))
    writer.encrypt(user_password="", owner_password="owner-only", algorithm=algorithm)
    target = tmp_path / "restricted.pdf"
    with target.open("wb") as handle:
        writer.write(handle)
    assert PdfReader(target).is_encrypted
    protocol = protocols.read_protocol_file(target)
    assert protocol.sections[0].clauses[1].text.startswith("Zoë Ní Bhriain")


def test_pdf_with_an_open_password_gets_a_plain_message(tmp_path: Path) -> None:
    locked = _encrypted(tmp_path, "secret", "locked.pdf")
    with pytest.raises(ProtocolReadError, match=r"locked\.pdf is protected by a password"):
        protocols.read_protocol_file(locked)


def test_pdf_with_an_unsupported_filter(tmp_path: Path) -> None:
    good = build_pdf(TEXT, tmp_path / "good.pdf").read_bytes()
    assert b"/FlateDecode" in good or b"/ASCII85Decode" in good
    odd = tmp_path / "odd.pdf"  # same length, so the cross-reference table still fits
    odd.write_bytes(good.replace(b"/FlateDecode", b"/FlateDekode")
                    .replace(b"/ASCII85Decode", b"/ASCII85Dekode"))
    with pytest.raises(ProtocolReadError, match=r"odd\.pdf uses a PDF feature"):
        protocols.read_protocol_file(odd)


@pytest.mark.parametrize("encoding", ["utf-16", "utf-16-le", "utf-16-be", "utf-8-sig",
                                      "utf-32"])
def test_text_files_from_notepad_and_excel(tmp_path: Path, encoding: str) -> None:
    path = tmp_path / "protocol.txt"
    path.write_bytes(TEXT.replace("\n", "\r\n").encode(encoding))
    text = read_protocol_text(path)
    assert "Zoë Ní Bhriain is the Clerk’s deputy." in text
    assert "\x00" not in text and "\ufeff" not in text
    assert protocols.read_protocol_file(path).sections[0].title == "Background"


def test_a_20_mb_text_protocol_is_refused_quickly_with_a_message(tmp_path: Path) -> None:
    path = tmp_path / "huge.txt"
    line = "1.1 Councillors and officers work together for the good of the parish.\n"
    with path.open("w", encoding="utf-8") as handle:
        for _ in range(20 * 1024 * 1024 // len(line) + 1):
            handle.write(line)
    assert path.stat().st_size > 20 * 1024 * 1024
    tracemalloc.start()
    started = time.perf_counter()
    try:
        with pytest.raises(ProtocolReadError, match=r"huge\.txt holds 20 MB, far more than a"):
            protocols.read_protocol_file(path)
        elapsed = time.perf_counter() - started
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert elapsed < 1.0
    assert peak < 5 * 1024 * 1024


def test_the_largest_text_accepted_is_read_in_bounded_time(tmp_path: Path) -> None:
    """Just under the limit: read and parsed, not hung (a long protocol is ~100 KB)."""
    from parishdesk.importers.protocol_readers import MAX_TEXT_CHARS

    body = "".join(f"{s}. Section {s}\n" + "".join(
        f"{s}.{c} Councillors and officers respect each other's roles, item {c}.\n"
        for c in range(1, 40)) for s in range(1, 99))
    text = (body * (MAX_TEXT_CHARS // len(body)))[: MAX_TEXT_CHARS - 1000]
    path = tmp_path / "long.txt"
    path.write_text(text, encoding="utf-8")
    started = time.perf_counter()
    protocols.read_protocol_file(path)
    assert time.perf_counter() - started < 30


def test_extracted_text_over_the_limit_is_refused(tmp_path: Path) -> None:
    from parishdesk.importers.protocol_readers import MAX_TEXT_CHARS

    path = tmp_path / "wide.txt"  # under the file-size limit, over the text limit
    path.write_text("x" * (MAX_TEXT_CHARS + 10), encoding="utf-8")
    with pytest.raises(ProtocolReadError, match="wide.txt holds 2,000,010 characters"):
        read_protocol_text(path)


def test_a_damaged_zip_inside_a_docx(docx_file: Path, tmp_path: Path) -> None:
    data = bytearray(docx_file.read_bytes())
    start = data.index(b"word/document.xml") + 40  # into the compressed body
    data[start:start + 200] = bytes(200)
    bad = tmp_path / "crc.docx"
    bad.write_bytes(bytes(data))
    with pytest.raises(ProtocolReadError, match="crc.docx"):
        protocols.read_protocol_file(bad)


def test_zip_helper_keeps_other_parts(docx_file: Path, tmp_path: Path) -> None:
    same = _rezip(docx_file, tmp_path / "same.docx", "word/document.xml", lambda b: b)
    assert zipfile.ZipFile(io.BytesIO(same.read_bytes())).namelist() == \
        zipfile.ZipFile(docx_file).namelist()
    assert "Background" in read_protocol_text(same)


def test_a_pdf_of_thousands_of_pages_is_refused_before_reading(tmp_path: Path) -> None:
    writer = PdfWriter()
    for _ in range(501):
        writer.add_blank_page(595, 842)
    path = tmp_path / "book.pdf"
    with path.open("wb") as handle:
        writer.write(handle)
    started = time.perf_counter()
    with pytest.raises(ProtocolReadError, match=r"book\.pdf holds 501 pages, far more"):
        protocols.read_protocol_file(path)
    assert time.perf_counter() - started < 5


def test_a_docx_that_unpacks_to_gigabytes_is_refused_before_parsing(docx_file: Path,
                                                                     tmp_path: Path) -> None:
    bomb = tmp_path / "bomb.docx"
    with zipfile.ZipFile(docx_file) as old, \
            zipfile.ZipFile(bomb, "w", zipfile.ZIP_DEFLATED) as new:
        for name in old.namelist():
            new.writestr(name, old.read(name))
        with new.open("word/media/padding.bin", "w") as padding:
            chunk = bytes(1024 * 1024)
            for _ in range(101):
                padding.write(chunk)
    assert bomb.stat().st_size < 2 * 1024 * 1024
    with pytest.raises(ProtocolReadError, match=r"bomb\.docx holds 10[0-9] MB once unpacked"):
        protocols.read_protocol_file(bomb)
