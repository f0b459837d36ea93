"""The case bundle PDF: every page confidential, every part present, read back with pypdf."""

from __future__ import annotations

import datetime as dt
import io

from pypdf import PdfReader

from parishdesk.documents.disputes_bundle_pdf import BundleContent, render_bundle
from parishdesk.domain.letters import Letterhead


def _content(steps: int) -> BundleContent:
    return BundleContent(
        reference="DC/2026/007", title="Remarks after a meeting",
        facts=(("Reference", "DC/2026/007"), ("Track", "Grievance")),
        parties=(("Complainant", "A. Officer"), ("Subject of the concern", "Cllr B. Member")),
        chronology=tuple((f"{d:02d}/11/2026", "Investigation", f"Interview {d}")
                         for d in range(1, steps + 1)),
        deadlines=(("Hold the hearing", "27/11/2026", "3 working days left"),),
        letters=(("PD/2026/0042", "20/11/2026", "A. Officer", "Invitation to a hearing"),),
        notes=(("21/11/2026", "Spoke to the union representative."),),
        attachments=(("20/11/2026", "Written grievance", "grievance.pdf"),),
        warnings=("An employment tribunal claim would normally be due by 02/02/2027.",),
        rules=("The right to be accompanied: ... (Source: Employment Relations Act 1999 s.10)",),
        account="He said the minutes were a shambles.")


def test_every_page_of_a_long_bundle_says_confidential_and_is_a4():
    pdf = render_bundle(_content(60), Letterhead("Ashcombe Parish Council"), dt.date(2026, 11, 23))
    reader = PdfReader(io.BytesIO(pdf))
    assert len(reader.pages) >= 2
    for number, page in enumerate(reader.pages, start=1):
        text = page.extract_text() or ""
        assert "CONFIDENTIAL" in text
        assert f"Confidential \u2014 Page {number} of {len(reader.pages)}" in text
        assert round(float(page.mediabox.width)) == 595
    whole = " ".join((p.extract_text() or "") for p in reader.pages)
    for part in ("Case bundle DC/2026/007", "Chronology", "Interview 60", "Hold the hearing",
                 "PD/2026/0042", "Written grievance", "Employment Relations Act 1999 s.10",
                 "He said the minutes were a shambles."):
        assert part in whole
    assert "Confidential" in (reader.metadata.title or "")


def test_the_same_bundle_renders_to_the_same_bytes():
    args = (_content(3), Letterhead("Ashcombe Parish Council"), dt.date(2026, 11, 23))
    assert render_bundle(*args) == render_bundle(*args)


def test_a_note_longer_than_a_page_carries_on_over_it():
    """A pasted statement in one note stopped the bundle with a LayoutError (found by the
    fuzz suite)."""
    from dataclasses import replace

    long_note = " ".join(f"word{i}" for i in range(4000))
    content = replace(_content(2), notes=(("21/11/2026", long_note),))
    reader = PdfReader(io.BytesIO(render_bundle(content, Letterhead("Testbury Parish Council",
                                                                    (), "", ""),
                                                dt.date(2026, 11, 23))))
    text = " ".join(" ".join((p.extract_text() or "").split()) for p in reader.pages)
    assert len(reader.pages) >= 3 and "word0 " in text and "word3999" in text
