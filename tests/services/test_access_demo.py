"""The demo council's information requests: every status shown, every decision with its letter."""

from __future__ import annotations

import collections
import datetime as dt

from pypdf import PdfReader

from parishdesk.domain.access import STATUSES
from parishdesk.services import access
from parishdesk.services.access import RegisterFilter
from parishdesk.store import letters_store

TODAY = dt.date(2026, 11, 22)


def _letter_text(paths, letter_id: int) -> str:  # type: ignore[no-untyped-def]
    row = letters_store.get(letter_id)
    assert row is not None
    pdf = paths.letters_dir / row.pdf_file
    return " ".join(" ".join((p.extract_text() or "").split()) for p in PdfReader(str(pdf)).pages)


def test_the_demo_has_at_least_two_requests_in_every_status(demo) -> None:
    counts = collections.Counter(r.status for r in access.list_requests(TODAY, RegisterFilter()))
    assert set(counts) == set(STATUSES)
    assert all(n >= 2 for n in counts.values()), counts


def test_every_demo_decision_has_its_letter_including_the_closed_one(demo, paths) -> None:
    records = {r.reference: r for r in access.list_requests(TODAY, RegisterFilter())}
    closed = records["IR/2026/0010"]
    assert closed.status == "closed" and closed.decision == "disclosed_full"
    assert closed.decision_letter_id is not None
    assert "may be used only for that purpose" in _letter_text(paths, closed.decision_letter_id)
    for record in records.values():
        assert bool(record.decision) == (record.decision_letter_id is not None), record.reference


def test_the_demo_shows_an_override_and_a_not_held_letter(demo, paths) -> None:
    records = access.list_requests(TODAY, RegisterFilter())
    override = next(r for r in records if r.overridden)
    assert override.override_reason and override.assessment.outcome == "refuse"
    not_held = next(r for r in records if r.decision == "not_held")
    assert not_held.decision_letter_id is not None
    text = _letter_text(paths, not_held.decision_letter_id)
    assert "does not hold" in text and "Freedom of Information Act 2000" in text
