"""Nothing a councillor receives shows a rule ID from the catalogue or the word "seed".

Rule IDs (ENQ-6, ACCESS-10 …) are for the code and the data; letters and packs cite the
council's protocol paragraphs and the law. An enquiry reference such as ENQ-2026-0001 is not
a rule ID.
"""

from __future__ import annotations

import datetime as dt
import io
import re

import pytest
from pypdf import PdfReader

from parishdesk.documents.letter_pdf import render_letter
from parishdesk.documents.pack_pdf import render_pack
from parishdesk.documents.templates import shipped_template
from parishdesk.domain.access import DECISIONS
from parishdesk.domain.access_letter import decision_letter_paragraphs, written_reasons_paragraphs
from parishdesk.domain.letters import (
    LETTER_TYPES,
    Letter,
    Letterhead,
    Recipient,
    Signatory,
    render_template,
    template_placeholders,
)
from parishdesk.domain.rules import RULES
from tests.documents.test_pack_pdf import _content as pack_content

RULE_ID = re.compile(r"\b(?:" + "|".join(re.escape(r.id) for r in RULES) + r")\b(?!-\d)")
SEED = re.compile(r"\bseeds?\b", re.IGNORECASE)


def _pdf_text(pdf: bytes) -> str:
    return "\n".join(page.extract_text() or "" for page in PdfReader(io.BytesIO(pdf)).pages)


def _assert_clean(text: str) -> None:
    assert not RULE_ID.findall(text), RULE_ID.findall(text)
    assert not SEED.search(text)


def test_the_pattern_tells_a_rule_id_from_an_enquiry_reference() -> None:
    assert RULE_ID.findall("See ENQ-6 and (ACCESS-10).") == ["ENQ-6", "ACCESS-10"]
    assert RULE_ID.findall("Your enquiry ENQ-2026-0001 of 3 March") == []


def _letter(body: tuple[str, ...], subject: str = "Your request") -> Letter:
    return Letter(
        reference="PD/2026/0001", date=dt.date(2026, 11, 22),
        letterhead=Letterhead("Ambridge Parish Council", ("The Parish Office", "Ambridge")),
        recipient=Recipient("Cllr Jane Smith", ("12 Orchard Way", "Ambridge"),
                            "Councillor Smith"),
        subject=subject, body=body,
        signatory=Signatory("John Doe", "Clerk and Proper Officer"),
    )


@pytest.mark.parametrize("key", sorted(LETTER_TYPES))
def test_every_letter_template_prints_without_rule_ids(key: str) -> None:
    template = shipped_template(key)
    values = {name: f"the {name.replace('_', ' ')}" for name in template_placeholders(template)}
    subject, body = render_template(template, values)
    _assert_clean(_pdf_text(render_letter(_letter(tuple(body), subject))))


@pytest.mark.parametrize("decision", DECISIONS)
def test_access_decision_and_reasons_letters_print_without_rule_ids(decision: str) -> None:
    every_access_rule = tuple(r.id for r in RULES if r.area == "ACCESS")
    body = decision_letter_paragraphs(
        councillor_name="Cllr Jane Smith", decision=decision,
        reasons=("The papers name an employee.",), rules=every_access_rule,
        purpose="To prepare for the meeting.", redactions="Names have been removed.",
    )
    _assert_clean(_pdf_text(render_letter(_letter(body))))
    reasons = written_reasons_paragraphs(
        councillor_name="Cllr Jane Smith", decision=decision,
        reasons=("The papers name an employee.",), rules=every_access_rule)
    _assert_clean(_pdf_text(render_letter(_letter(reasons))))


def test_the_protocol_pack_prints_without_rule_ids() -> None:
    _assert_clean(_pdf_text(render_pack(pack_content())))
