"""Reading a protocol file for import: sections found, or a reason the clerk can act on."""

import pytest

from parishdesk.services.protocol_import import ProtocolReadError, read_for_import
from tests.fixtures.protocol_files import PDF_EXTRACT


def test_a_protocol_is_read_into_numbered_sections(tmp_path):
    target = tmp_path / "our-protocol.txt"
    target.write_text(PDF_EXTRACT.read_text(encoding="utf-8"), encoding="utf-8")
    protocol = read_for_import(target)
    assert [s.number for s in protocol.sections] == ["1", "2", "3", "4", "5"]


def test_text_without_numbered_sections_is_refused_with_the_reason(tmp_path):
    target = tmp_path / "notes.txt"
    target.write_text("Buy milk.\nRing the vicar about the hall.\n", encoding="utf-8")
    with pytest.raises(ProtocolReadError, match="No numbered sections were found in notes.txt"):
        read_for_import(target)


def test_a_missing_file_is_named_in_the_message(tmp_path):
    with pytest.raises(ProtocolReadError, match="gone.txt could not be found"):
        read_for_import(tmp_path / "gone.txt")
