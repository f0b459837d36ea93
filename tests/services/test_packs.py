import datetime as dt
import io
import re

import pytest
from pypdf import PdfReader

from parishdesk.errors import ParishDeskError
from parishdesk.services import letters, packs, protocol_acks, protocols
from parishdesk.store import letters_store, protocol_store
from tests.fixtures.protocol_files import SECTIONS_ONLY

TODAY = dt.date(2026, 11, 22)


def _text(path) -> tuple[list[str], str]:
    pages = [p.extract_text() for p in PdfReader(io.BytesIO(path.read_bytes())).pages]
    return pages, re.sub(r"\s+", " ", "\n".join(pages))


def test_pack_for_a_councillor_reads_back_complete(paths, demo):
    pid = demo.councillors["Marchetti"].id
    result = packs.make_pack(paths, pid, "clerk", TODAY)
    assert result.path.parent == paths.data_dir / "packs" and result.path.exists()
    pages, text = _text(result.path)
    # Cover letter, addressed to her, from the Clerk.
    assert "Cllr Fiona Marchetti" in pages[0] and "Dear Councillor Marchetti" in pages[0]
    assert result.letter_reference in pages[0] and "Catherine Brooks" in pages[0]
    assert "Page" not in pages[0]
    # Contents, then the protocol with its numbers and document control.
    assert pages[1].lstrip().splitlines()[1].startswith("Contents")
    assert "Page 1 of" in pages[1]
    assert f"Page 2 of {len(pages) - 1}" in text
    assert "Document control" in text and "Full Council meeting of" in text
    assert "6.1 A councillor may see council documents" in text
    # Summary, contacts with the Monitoring Officer, acknowledgement form with the version.
    assert "What councillors can expect of officers" in text
    assert "What officers can expect of councillors" in text
    assert "Ms Priya Natarajan" in text and "Exampleshire District Council" in text
    assert "Market Street" in text
    last = re.sub(r"\s+", " ", pages[-1])
    assert "Acknowledgement form" in last and "Cllr Fiona Marchetti" in last
    assert "Version 1.0, adopted" in last and "Signature" in last and "Date" in last


def test_pack_issue_is_recorded_and_letter_registered(paths, demo):
    pid = demo.councillors["Marchetti"].id
    result = packs.make_pack(paths, pid, "clerk", TODAY)
    version_id = protocols.adopted_version().id
    ack = protocol_store.acks_for_version(version_id)[pid]
    assert ack.issued_on == TODAY and ack.letter_reference == result.letter_reference
    assert protocol_acks.acknowledgement_labels()[pid] == "v1.0 issued 22/11/2026, not yet signed"
    [found] = [r for r in letters_store.search("pack_cover") if r.recipient_person_id == pid]
    row = letters_store.get(found.id)
    assert row.reference == result.letter_reference and row.signatory_role == "clerk"
    assert row.related_table == "protocol_version" and row.related_id == str(version_id)
    stored = (paths.letters_dir / row.pdf_file).read_bytes()
    assert letters.reprint(paths, row.id) == stored  # reprint identical to the original


def test_packs_one_each_with_progress(paths, demo, tmp_path):
    ids = protocol_acks.not_yet_acknowledged()
    seen = []
    made = packs.make_packs(paths, ids, "clerk", TODAY, combined=False, out=tmp_path / "each",
                            progress=lambda done, total, name: seen.append((done, total, name)))
    assert len(made) == 2 and all(p.exists() and p.parent == tmp_path / "each" for p in made)
    assert [s[:2] for s in seen] == [(1, 2), (2, 2)]
    assert {s[2] for s in seen} == {"Cllr Peter Hollins", "Cllr Fiona Marchetti"}


def test_combined_pack_holds_every_councillor(paths, demo, tmp_path):
    ids = protocol_acks.not_yet_acknowledged()
    out = tmp_path / "all.pdf"
    assert packs.make_packs(paths, ids, "clerk", TODAY, combined=True, out=out) == [out]
    pages, text = _text(out)
    assert text.count("Acknowledgement form (please sign and return)") == 2
    assert "Dear Councillor Hollins" in text and "Dear Councillor Marchetti" in text


def test_cancelled_combined_run_writes_and_records_nothing(paths, demo, tmp_path):
    class Cancelled(Exception):
        pass

    def cancel(done, total, name):
        if done == 1:
            raise Cancelled()

    before = len(letters_store.search())
    out = tmp_path / "all.pdf"
    with pytest.raises(Cancelled):
        packs.make_packs(paths, protocol_acks.not_yet_acknowledged(), "clerk", TODAY,
                         combined=True, out=out, progress=cancel)
    assert not out.exists() and not list(tmp_path.glob("*.part"))
    assert len(letters_store.search()) == before
    assert protocol_acks.acknowledgement_labels()[demo.councillors["Marchetti"].id] == "Not yet"


def test_cancelled_separate_run_keeps_only_finished_packs(paths, demo, tmp_path):
    def cancel(done, total, name):
        raise KeyboardInterrupt

    with pytest.raises(KeyboardInterrupt):
        packs.make_packs(paths, protocol_acks.not_yet_acknowledged(), "clerk", TODAY,
                         combined=False, out=tmp_path, progress=cancel)
    finished = list(tmp_path.glob("*.pdf"))
    assert len(finished) == 1 and not list(tmp_path.glob("*.part"))


def test_no_pack_without_an_adopted_protocol(paths, opened):
    with pytest.raises(ParishDeskError, match="No protocol has been adopted"):
        packs.make_packs(paths, [1], "clerk", TODAY, combined=True)


def _adopt(source) -> int:
    version_id = protocols.import_protocol(source, "clerk")
    protocols.adopt(version_id, "clerk", adopted_on=dt.date(2026, 10, 1),
                    meeting="Full Council", minute_ref="2026/101")
    return version_id


def test_a_protocol_without_a_version_number_never_says_version_dash(paths, demo):
    version_id = _adopt(SECTIONS_ONLY)
    assert protocols.adopted_version().version_label == ""
    pid = demo.councillors["Marchetti"].id
    result = packs.make_pack(paths, pid, "clerk", TODAY)
    pages, text = _text(result.path)
    assert "version —" not in text.lower() and "Version Not numbered" in text
    assert not re.search(r"version\s*(,|\)|$)", text, re.IGNORECASE)
    title = protocols.get_version(version_id)[0].title
    assert f"I enclose the current version of the {title}, which" in text
    assert f"copy of the {title} of Ashcombe Parish Council" in text
    reader = PdfReader(io.BytesIO(result.path.read_bytes()))
    assert reader.metadata.subject == title
    cover = letters_store.get(
        [r for r in letters_store.search("pack_cover") if r.recipient_person_id == pid][0].id)
    assert title in cover.subject and "version" not in cover.subject.lower()
