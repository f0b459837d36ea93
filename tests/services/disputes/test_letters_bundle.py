"""Case letters through the letter engine, the case bundle and the ``case-bundle`` command."""

from __future__ import annotations

import datetime as dt

import pytest
from pypdf import PdfReader

from parishdesk.errors import ParishDeskError, ValidationError
from parishdesk.services import letters
from parishdesk.services.disputes import bundle, case_file, cases, steps
from parishdesk.services.disputes.case_letters import (
    LetterRequest,
    issue_case_letter,
    step_with_letter,
)
from parishdesk.services.disputes.cases import NewCase
from parishdesk.store import audit

TODAY = dt.date(2026, 11, 23)


def _pages(path) -> list[str]:  # type: ignore[no-untyped-def]
    return [" ".join((p.extract_text() or "").split()) for p in PdfReader(str(path)).pages]


def _case(demo, about="officer", **changes):  # type: ignore[no-untyped-def]
    subject = {"officer": "Liam Hartley", "clerk": "Catherine Brooks"}[about]
    data = dict(raised_by="councillor", about=about, nature="performance",
                complainant_name="Cllr Owen Pritchard", subject_name=subject,
                account="Reports to the planning committee were late three times.",
                events_on=dt.date(2026, 11, 10), formal_requested=True)
    data.update(changes)
    return cases.open_case(NewCase(**data), "tester", TODAY)  # type: ignore[arg-type]


def _to_hearing(case_id: int) -> None:
    steps.record_step(case_id, "investigation", TODAY, "tester", TODAY)


def test_a_hearing_invitation_states_the_case_date_and_right_to_be_accompanied(demo, paths):
    case = _case(demo)
    _to_hearing(case.id)
    info = step_with_letter(paths, case.id, "hearing_invited", LetterRequest(
        "case_hearing_invite", TODAY, meeting_on=dt.date(2026, 11, 30), time="10.00 am",
        place="the Village Hall committee room", panel="Cllr Fairweather and Cllr Patel",
        evidence="Three reports reached the committee after the agenda deadline."),
        "tester", TODAY, due_on=dt.date(2026, 11, 30))
    pages = _pages(info.pdf_path)
    text = " ".join(pages)
    assert "right to be accompanied" in text
    assert "30 November 2026" in text and "7 December 2026" in text
    assert "Three reports reached the committee" in text
    assert all("CONFIDENTIAL" in p for p in pages)
    assert "Catherine Brooks" in text  # the Clerk signs a case about another officer
    cf = case_file.case_file(case.id, TODAY)
    assert cf.state_label == "Invited to a hearing"
    assert cf.timeline[-1].step.letter_id == info.id
    assert [x.reference for x in cf.letters] == [info.reference]
    # Case letters stay out of the letters register (DISP-12) and the audit log's words.
    assert info.reference not in [x.reference for x in letters.search_letters("")]
    assert not any("Three reports" in str(e.changes) for e in audit.entries())


def test_a_case_about_the_clerk_goes_out_in_the_chairs_name(demo, paths):
    case = _case(demo, about="clerk")
    cf = case_file.case_file(case.id, TODAY)
    assert cf.signer == "chair"
    info = issue_case_letter(paths, case.id, LetterRequest("case_ack", TODAY), "tester", TODAY)
    text = " ".join(_pages(info.pdf_path))
    assert "Margaret Ellwood" in text and "Chair of the Council" in text
    assert info.letter.signatory.role == "chair"


def test_when_the_chair_is_a_party_the_staffing_committee_chair_signs(demo, paths):
    case = _case(demo, about="clerk", complainant_name="Cllr Margaret Ellwood")
    info = issue_case_letter(paths, case.id, LetterRequest("case_ack", TODAY), "tester", TODAY)
    assert info.letter.signatory.role == "staffing_chair"
    assert "Eleanor Fairweather" in info.letter.signatory.name


def test_a_referral_goes_to_the_monitoring_officer_with_the_summary(demo, paths):
    case = cases.open_case(NewCase(
        raised_by="councillor", about="councillor", nature="code_breach",
        complainant_name="Cllr Siobhan Carey", subject_name="Cllr David Okafor",
        account="Posted a photograph of a resident's complaint letter online.",
        events_on=dt.date(2026, 11, 12), formal_requested=True), "tester", TODAY)
    info = step_with_letter(paths, case.id, "sent_to_mo", LetterRequest(
        "case_mo_referral", TODAY), "tester", TODAY)
    text = " ".join(_pages(info.pdf_path))
    assert "Ms Priya Natarajan" in text and "Exampleshire District Council" in text
    assert "Posted a photograph" in text


def test_letters_are_checked_before_they_go(demo, paths):
    case = _case(demo)
    with pytest.raises(ValidationError) as caught:
        issue_case_letter(paths, case.id, LetterRequest("case_hearing_invite", TODAY),
                          "tester", TODAY)
    assert {"meeting_on", "place", "evidence"} <= set(caught.value.problems)


def test_the_bundle_has_every_part_and_every_page_says_confidential(demo, paths, tmp_path):
    case = _case(demo)
    issue_case_letter(paths, case.id, LetterRequest("case_ack", TODAY), "tester", TODAY)
    _to_hearing(case.id)
    steps.add_note(case.id, "Spoke to the planning chair about the timetable.", "tester", TODAY)
    source = tmp_path / "timeline of reports.txt"
    source.write_text("dates")
    steps.attach_document(paths, case.id, source, "Timeline of reports", "tester", TODAY)
    out = bundle.make_bundle(paths, case.id, tmp_path / "out" / "bundle.pdf", "tester", TODAY)
    pages = _pages(out)
    text = " ".join(pages)
    assert all("CONFIDENTIAL" in p for p in pages)
    for part in ("Chronology", "People in the case", "Time limits", "Letters",
                 "The letters in full", "Your concern, our reference",
                 "Attached documents", "Timeline of reports", "Investigation",
                 "Councillor's concern about an officer", "take advice"):
        assert part in text, part
    assert "DISP-" not in text and "Seed" not in text
    copied = list((paths.attachments_dir / "disputes").rglob("*.txt"))
    assert len(copied) == 1 and copied[0].read_text() == "dates"


def test_unknown_case_reference_is_a_plain_error(demo):
    with pytest.raises(ParishDeskError, match="DC/2026/001"):
        case_file.find_reference("DC/1999/042")
