"""The access service against a real database: logging, deadlines, deciding, letters."""

from __future__ import annotations

import csv
import dataclasses
import datetime as dt
import io

import pytest
from pypdf import PdfReader

from parishdesk.documents.templates import save_template
from parishdesk.domain.letters import TemplateError
from parishdesk.domain.workdays import add_working_days, foi_due_date
from parishdesk.services import access
from parishdesk.services.access import AccessProblem, DecisionInput, RegisterFilter, RequestInput
from parishdesk.store import audit, letters_store, settings

TODAY = dt.date(2026, 11, 23)  # a Monday


def _ids(demo):
    return ({k: v.id for k, v in demo.councillors.items()},
            {k: v.id for k, v in demo.committees.items()})


def _pdf_text(path) -> str:
    return " ".join(" ".join((page.extract_text() or "").split())
                    for page in PdfReader(str(path)).pages)


def _log(demo, who="Pritchard", **fields):
    cllr, _ = _ids(demo)
    data = RequestInput(requester_id=cllr[who], received_on=TODAY,
                        documents=fields.pop("documents", "the hall lettings file"), **fields)
    return access.log_request(data, "tester", TODAY)


def test_a_new_request_is_assessed_and_due_in_ten_working_days(demo):
    record = _log(demo, reason="")
    assert record.status == "received"
    assert record.assessment.outcome == "justify"
    assert record.due_on == add_working_days(TODAY, 10)
    assert record.decider_name.startswith("Catherine Brooks")  # the Clerk by default
    assert [c.status for c in access.status_history(record.id)] == ["received"]


def test_the_council_setting_changes_the_deadline_for_new_requests(demo):
    access.set_deadline_working_days(5, "tester")
    assert settings.get(access.DEADLINE_SETTING) == "5"
    assert _log(demo).due_on == add_working_days(TODAY, 5)
    with pytest.raises(AccessProblem):
        access.set_deadline_working_days(0, "tester")


def test_a_request_under_foi_is_due_on_the_foi_date(demo):
    record = _log(demo, foi=True)
    assert record.due_on == foi_due_date(TODAY)
    assert record.due_on != add_working_days(TODAY, 10)


def test_committee_membership_and_group_come_from_the_register(demo):
    _, committees = _ids(demo)
    planning = committees["Planning and Environment Committee"]
    member = _log(demo, "Pritchard", committee_id=planning)  # sits on Planning
    assert member.assessment.outcome == "disclose" and member.assessment.presumed
    assert "ACCESS-2" in member.assessment.rules
    outsider = _log(demo, "Patel", committee_id=planning)
    assert outsider.assessment.outcome == "justify"
    own = _log(demo, "Patel", contents=frozenset({"group_internal"}),
               document_group="  riverside ALLIANCE ")
    assert own.assessment.outcome != "refuse"
    other = _log(demo, "Ellwood", contents=frozenset({"group_internal"}),
                 document_group="Riverside Alliance")
    assert other.assessment.outcome == "refuse" and "ACCESS-5" in other.assessment.rules


def test_a_request_needs_a_councillor_and_a_description(demo):
    with pytest.raises(AccessProblem) as caught:
        access.log_request(RequestInput(requester_id=999999, received_on=TODAY, documents=" "),
                           "tester", TODAY)
    assert set(caught.value.problems) == {"requester", "documents"}


def test_the_clock_stops_while_awaiting_justification(demo):
    record = _log(demo, reason="")
    due = record.due_on
    access.transition(record.id, "awaiting_justification", "tester", TODAY, TODAY)
    later = add_working_days(TODAY, 15)  # would be overdue if the clock ran
    waiting = access.get_request(record.id, later)
    assert waiting.clock_stopped and not waiting.overdue
    assert "Clock stopped" in waiting.due_text
    assert record.id not in {r.id for r in access.list_requests(later, RegisterFilter(overdue=True))}
    # The reason arrives after 4 working days: the deadline moves 4 working days later.
    back = add_working_days(TODAY, 4)
    resumed = access.justification_received(record.id, "I am the ward member and a resident "
                                            "asked me about it.", True, "tester", back, back)
    assert resumed.status == "assessing" and not resumed.clock_stopped
    assert resumed.due_on == add_working_days(due, 4)
    assert resumed.assessment.outcome == "disclose"
    assert [c.status for c in access.status_history(record.id)] == [
        "received", "awaiting_justification", "assessing"]


def test_a_wrong_move_in_the_lifecycle_is_refused(demo):
    record = _log(demo)
    with pytest.raises(AccessProblem, match="cannot move"):
        access.transition(record.id, "referred", "tester", TODAY, TODAY)


def test_an_override_without_a_reason_is_refused_and_with_one_is_audited(demo, paths):
    record = _log(demo, reason="Just curious.")
    assert record.assessment.outcome == "refuse"
    disclose = DecisionInput("disclosed_full", ("It is harmless.",), TODAY,
                             purpose="Reading up before the meeting.")
    with pytest.raises(AccessProblem, match="reason for departing"):
        access.decide_access(record.id, disclose, "tester", paths, TODAY)
    assert access.get_request(record.id, TODAY).decision == ""
    result = access.decide_access(
        record.id, DecisionInput(**{**disclose.__dict__,
                                    "override_reason": "The file is already public."}),
        "tester", paths, TODAY)
    assert result.record.decision == "disclosed_full" and result.record.overridden
    assert result.record.override_reason == "The file is already public."
    notes = [h for h in audit.history("access_request", record.id) if h.action == "note"]
    assert notes and "The file is already public." in notes[-1].note
    assert notes[-1].changes == {"recommended": "refuse", "decided": "disclosed_full"}


def test_an_overridden_decision_letter_cites_the_rules_for_the_decision_made(demo, paths):
    _, committees = _ids(demo)
    record = _log(demo, "Pritchard", committee_id=committees["Planning and Environment Committee"])
    assert record.assessment.outcome == "disclose" and "ACCESS-2" in record.assessment.rules
    result = access.decide_access(
        record.id, DecisionInput("refused", ("The file names a family in a live dispute.",),
                                 TODAY, override_reason="Third-party details throughout."),
        "tester", paths, TODAY)
    text = _pdf_text(result.letter.pdf_path)
    assert "unable to let you have the information" in text
    assert "Committee members presumed to need to know" not in text  # ACCESS-2 dropped
    assert "Use only for the purpose given" not in text
    assert "Need to know:" in text  # ACCESS-1
    assert "Reasons and the right to refer:" in text  # ACCESS-8
    assert text.count("Freedom of Information Act 2000") == 1  # ACCESS-10, told once


def test_a_refusal_letter_gives_reasons_and_both_routes(demo, paths):
    _, committees = _ids(demo)
    record = _log(demo, "Okafor", committee_id=committees["Staffing Committee"],
                  contents=frozenset({"employee"}), reason="Keeping an eye on staff.")
    result = access.decide_access(
        record.id, DecisionInput("refused", record.assessment.reasons, TODAY),
        "tester", paths, TODAY)
    assert result.letter is not None and result.record.decision_letter_id == result.letter.id
    assert result.record.status == "decided"
    text = _pdf_text(result.letter.pdf_path)
    assert "unable to let you have the information" in text
    assert "does not show a specific need" in text  # the reason
    assert "refer it to the Staffing Committee" in text  # ACCESS-8 route
    assert "Freedom of Information Act 2000" in text  # ACCESS-10 route
    row = letters_store.get(result.letter.id)
    assert row is not None and row.letter_type == "access_decision"
    assert row.related_table == "access_request" and row.related_id == str(record.id)


def test_a_disclosure_letter_states_the_purpose_limitation(demo, paths):
    record = _log(demo, reason="A resident asked me.", reason_specific=True)
    result = access.decide_access(
        record.id, DecisionInput("disclosed_full", record.assessment.reasons, TODAY,
                                 purpose="Answering a resident's question about hall hire.",
                                 conditions=("Inspect at the office.",)), "tester", paths, TODAY)
    assert result.letter is not None
    text = _pdf_text(result.letter.pdf_path)
    assert "Answering a resident's question about hall hire." in text
    assert "may be used only for that purpose" in text
    assert "Inspect at the office." in text


def test_a_part_disclosure_needs_redactions_and_purpose(demo, paths):
    record = _log(demo, reason="A resident asked me.", reason_specific=True)
    with pytest.raises(AccessProblem) as caught:
        access.decide_access(record.id, DecisionInput("disclosed_part", ("x",), TODAY),
                             "tester", paths, TODAY)
    assert set(caught.value.problems) == {"purpose", "redactions"}


def test_asking_for_a_reason_stops_the_clock_and_sends_a_letter(demo, paths):
    record = _log(demo, reason="")
    result = access.decide_access(
        record.id, DecisionInput("justification_requested", record.assessment.reasons, TODAY),
        "tester", paths, TODAY)
    assert result.record.status == "awaiting_justification" and result.record.clock_stopped
    assert result.letter is not None
    assert "paused until I receive your reply" in _pdf_text(result.letter.pdf_path)


def test_the_clerks_edited_template_words_the_issued_letter(demo, paths):
    save_template("access_decision",
                  "Subject: Decision {request_reference} on {document_summary}\n\n"
                  "I write about the papers you asked to see on {requested_on}.\n\n"
                  "{decision_paragraphs}\n\nWith kind regards from the office.",
                  paths.templates_dir)
    record = _log(demo, reason="Curious.")
    result = access.decide_access(
        record.id, DecisionInput("refused", record.assessment.reasons, TODAY),
        "tester", paths, TODAY)
    letter = result.letter.letter
    assert letter.subject.startswith(f"Decision {record.reference} on ")
    assert letter.body[0] == "I write about the papers you asked to see on 23 November 2026."
    assert letter.body[-1] == "With kind regards from the office."
    text = _pdf_text(result.letter.pdf_path)
    assert "I write about the papers you asked to see" in text
    assert "Thank you for your request" not in text  # the shipped opening is gone
    assert "unable to let you have the information" in text  # the rule-required parts stay
    assert "refer it to the Council" in text and "Freedom of Information Act 2000" in text


def test_a_template_cannot_drop_the_rule_required_paragraphs(demo, paths):
    without = "Subject: Your request\n\nThank you. The answer is no.\n"
    with pytest.raises(TemplateError, match="decision_paragraphs"):
        save_template("access_decision", without, paths.templates_dir)
    # Even a file put in the templates folder by hand cannot make a letter without them.
    paths.templates_dir.mkdir(parents=True, exist_ok=True)
    (paths.templates_dir / "access_decision.txt").write_text(without, encoding="utf-8")
    record = _log(demo, reason="Curious.")
    before = len(letters_store.search())
    with pytest.raises(AccessProblem, match="Letter templates"):
        access.decide_access(record.id, DecisionInput("refused", record.assessment.reasons,
                                                      TODAY), "tester", paths, TODAY)
    assert access.get_request(record.id, TODAY).status == "received"  # nothing half-done
    assert len(letters_store.search()) == before


def test_written_reasons_are_one_step_and_reprint_identically(demo, paths):
    record = _log(demo, reason="Curious.")
    access.decide_access(record.id, DecisionInput("refused", record.assessment.reasons, TODAY),
                         "tester", paths, TODAY, issue_letter=False)
    info = access.issue_written_reasons(paths, record.id, "tester", TODAY, TODAY)
    assert info.letter.letter_type == "access_written_reasons"
    assert access.get_request(record.id, TODAY).reasons_letter_id == info.id
    text = _pdf_text(info.pdf_path)
    assert "You asked for written reasons for my decision of 23 November 2026" in text
    assert "My decision was that the information should not be given to you." in text
    from parishdesk.services import letters
    assert letters.reprint(paths, info.id) == info.pdf_path.read_bytes()


def test_a_referral_goes_to_the_documents_committee_and_records_its_outcome(demo, paths):
    _, committees = _ids(demo)
    record = _log(demo, committee_id=committees["Finance and General Purposes Committee"],
                  reason="Curious.")
    access.decide_access(record.id, DecisionInput("refused", record.assessment.reasons, TODAY),
                         "tester", paths, TODAY, issue_letter=False)
    meeting = add_working_days(TODAY, 5)
    referred = access.refer_to_committee(record.id, "tester", TODAY, TODAY, meeting_on=meeting)
    assert referred.status == "referred"
    assert referred.referral_body == "Finance and General Purposes Committee"
    assert referred.due_on == meeting and referred.pending
    late = meeting + dt.timedelta(days=3)
    assert access.get_request(record.id, late).overdue  # the hearing date passed, no outcome
    with pytest.raises(AccessProblem, match="how the committee changed"):
        access.record_committee_outcome(record.id, "varied", "tester", meeting, meeting)
    done = access.record_committee_outcome(record.id, "upheld", "tester", meeting, meeting)
    assert done.status == "committee_decided" and done.committee_outcome == "upheld"
    assert not done.pending and not done.overdue
    closed = access.close_request(record.id, "tester", meeting, meeting)
    assert closed.status == "closed" and closed.closed_on == meeting


def test_without_a_committee_the_referral_goes_to_the_council(demo, paths):
    record = _log(demo, reason="Curious.")
    access.decide_access(record.id, DecisionInput("refused", record.assessment.reasons, TODAY),
                         "tester", paths, TODAY, issue_letter=False)
    assert access.refer_to_committee(record.id, "tester", TODAY, TODAY).referral_body \
        == "the Council"


def test_the_demo_has_requests_in_every_status(demo):
    today = dt.date(2026, 11, 22)
    statuses = {r.status for r in access.list_requests(today)}
    assert statuses == {"received", "assessing", "awaiting_justification", "decided",
                        "referred", "committee_decided", "closed"}
    decisions = {r.decision for r in access.list_requests(today)}
    assert {"disclosed_full", "disclosed_part", "refused"} <= decisions
    assert access.overdue_count(today) == 1


def test_register_filters(demo):
    today = dt.date(2026, 11, 22)
    cllr, _ = _ids(demo)
    everything = access.list_requests(today)
    pending = access.list_requests(today, RegisterFilter(pending=True))
    assert {r.status for r in pending} == {"received", "assessing", "awaiting_justification",
                                           "referred"}
    overdue = access.list_requests(today, RegisterFilter(overdue=True))
    assert [r.requester_name for r in overdue] == ["Cllr Siobhan Carey"]
    mine = access.list_requests(today, RegisterFilter(councillor_id=cllr["Okafor"]))
    assert [r.requester_id for r in mine] == [cllr["Okafor"]]
    assert access.councillor_history(cllr["Okafor"], today) == mine
    refused = access.list_requests(today, RegisterFilter(outcome="refused"))
    assert refused and all(r.decision == "refused" for r in refused)
    found = access.list_requests(today, RegisterFilter(text="village HALL"))
    assert [r.requester_name for r in found] == ["Cllr Hannah Blackwood"]
    assert len(everything) > len(pending)


def test_csv_export_reads_back(demo, tmp_path):
    today = dt.date(2026, 11, 22)
    records = access.list_requests(today, RegisterFilter(pending=True))
    target = access.export_csv(records, tmp_path / "out" / "register.csv")
    rows = list(csv.DictReader(io.StringIO(target.read_text(encoding="utf-8-sig"))))
    assert len(rows) == len(records)
    assert tuple(rows[0].keys()) == access.CSV_HEADERS
    carey = next(r for r in rows if r["Councillor"] == "Cllr Siobhan Carey")
    assert carey["Overdue"] == "Yes" and carey["Status"] == "Being assessed"
    assert carey["Received"].count("/") == 2


def test_csv_export_writes_formula_like_text_as_text(demo, tmp_path):
    today = dt.date(2026, 11, 22)
    record = access.list_requests(today)[0]
    crafted = dataclasses.replace(record, documents="=HYPERLINK(\"http://x.example\")",
                                  purpose="@SUM(A1)")
    target = access.export_csv([crafted], tmp_path / "register.csv")
    row = next(csv.DictReader(io.StringIO(target.read_text(encoding="utf-8-sig"))))
    assert row["Documents"] == "'=HYPERLINK(\"http://x.example\")"
    assert row["Purpose"] == "'@SUM(A1)"


def test_pdf_export_lists_the_register(demo, tmp_path):
    today = dt.date(2026, 11, 22)
    records = access.list_requests(today)
    target = access.export_pdf(records, tmp_path / "register.pdf", today, "all requests")
    text = _pdf_text(target)
    assert "Register of councillors" in text and "Ashcombe Parish Council" in text
    for record in records:
        assert record.reference in text
    assert "Overdue" in text


def test_the_rule_citations_use_protocol_links_when_present(demo, paths, monkeypatch):
    import sys
    import types

    module = types.ModuleType("parishdesk.services.protocol_links")
    module.cite_rule = lambda rule_id: f"paragraph 9.{rule_id[-1]} of our protocol"  # type: ignore[attr-defined]
    monkeypatch.setitem(sys.modules, "parishdesk.services.protocol_links", module)
    record = _log(demo, reason="Curious.")
    result = access.decide_access(
        record.id, DecisionInput("refused", record.assessment.reasons, TODAY),
        "tester", paths, TODAY)
    assert result.letter is not None
    assert "paragraph 9.1 of our protocol" in _pdf_text(result.letter.pdf_path)


def test_every_refusal_of_input_is_one_validation_error_by_field(demo, paths):
    from parishdesk.errors import ValidationError

    record = _log(demo, reason="A resident asked me.", reason_specific=True)
    with pytest.raises(ValidationError) as caught:
        access.decide_access(record.id, DecisionInput("refused", (), TODAY), "tester", paths,
                             TODAY)
    assert "reasons" in caught.value.problems
    with pytest.raises(ValidationError) as caught:
        access.set_deadline_working_days(0, "tester")
    assert set(caught.value.problems) == {"days"}
