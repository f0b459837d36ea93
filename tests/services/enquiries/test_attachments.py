"""Files kept with an enquiry are copied into the data folder."""

from __future__ import annotations

from parishdesk.services import enquiries as svc
from tests.services.enquiries.conftest import MONDAY, plain


def test_attachments_are_copied_into_the_data_folder(demo, paths, tmp_path) -> None:
    source = tmp_path / "photo of bench.txt"
    source.write_text("a photograph, in words", encoding="utf-8")
    saved = svc.log_enquiry(plain(demo), "clerk")
    first = svc.attach_file(paths, saved.id, source, "clerk")
    second = svc.attach_file(paths, saved.id, source, "clerk")
    assert first.stored_file != second.stored_file
    stored = paths.data_dir / first.stored_file
    assert stored.read_text(encoding="utf-8") == "a photograph, in words"
    assert stored.is_relative_to(paths.attachments_dir)
    assert [a[0] for a in svc.detail(saved.id, MONDAY.date()).attachments] == [
        "photo of bench.txt", "photo of bench.txt"]
