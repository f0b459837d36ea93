"""Names in every script print readably: right-to-left in display order, no empty boxes."""

from __future__ import annotations

import dataclasses
import io
import unicodedata
from datetime import date

import pytest
from pypdf import PdfReader

from parishdesk.documents.letter_pdf import render_letter
from parishdesk.documents.text_markup import display_order, text
from parishdesk.domain.letters import Letter, Letterhead, Recipient, Signatory

BASE = Letter(
    reference="PD/2026/0042", date=date(2026, 11, 22),
    letterhead=Letterhead("Ambridge Parish Council", ("The Parish Office", "Ambridge")),
    recipient=Recipient("Cllr Test", ("12 Orchard Way", "Ambridge"), "Councillor Test"),
    subject="Your enquiry", body=("Thank you for your enquiry.",),
    signatory=Signatory("John Doe", "Clerk and Proper Officer"),
)


def _pdf(name: str) -> tuple[str, bytes]:
    letter = dataclasses.replace(BASE, recipient=Recipient(name, ("1 Mill Lane", "Ambridge")))
    pdf = render_letter(letter)
    page = PdfReader(io.BytesIO(pdf)).pages[0]
    return unicodedata.normalize("NFKC", page.extract_text() or ""), pdf


@pytest.mark.parametrize("name", ["Cllr דוד כהן", "Cllr محمد علي"])
def test_a_right_to_left_name_prints_in_display_order_and_reads_back(name: str) -> None:
    extracted, pdf = _pdf(name)
    first, last = name.split()[1:]
    # The reader gives each word back in its own letters' order; the words stand in the order
    # they are drawn, right to left: the surname (typed last) is drawn to the left.
    line = next(x for x in extracted.splitlines() if first in x)
    assert last in line and line.index(last) < line.index(first)
    assert b"DejaVuSans" in pdf  # printed in a face that has these letters, not as boxes
    assert display_order(name) != name  # put into display order before printing


@pytest.mark.parametrize("name, font", [("Cllr 王小明", "PD-CJK"), ("Cllr राजेश", "PD-Devanagari"),
                                        ("Cllr ਸਿੰਘ", "PD-Gurmukhi"), ("Cllr রহিম", "PD-Bengali")])
def test_scripts_dejavu_lacks_use_a_bundled_fallback_font(name: str, font: str) -> None:
    assert f'<font name="{font}">' in text(name)
    extracted, _ = _pdf(name)
    assert name.split()[1][0] in extracted


def test_latin_text_is_left_alone() -> None:
    assert text("Zoë Łukasz & Co <Ltd>\nline two") == "Zoë Łukasz &amp; Co &lt;Ltd&gt;<br/>line two"
    assert display_order("Plain English") == "Plain English"
