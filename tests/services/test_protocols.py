import datetime as dt
from dataclasses import replace

import pytest

from parishdesk.domain.protocol import edit_clause, parse_protocol
from parishdesk.domain.rules import rule
from parishdesk.errors import ParishDeskError
from parishdesk.importers.protocol_readers import ProtocolReadError
from parishdesk.resources import resource_path
from parishdesk.services import protocol_acks, protocol_links, protocols
from parishdesk.store import audit, protocol_store
from tests.fixtures.protocol_files import WORD_CONTROL

TODAY = dt.date(2026, 11, 22)


def _new_draft():
    """A second version: the model protocol with one clause reworded and a new label."""
    draft_id = protocols.adopt_model_protocol_as_draft("clerk")
    _, p = protocols.get_version(draft_id)
    p = edit_clause(p, 2, 0, "A councillor sends every request for work to the Clerk.")
    protocols.update_draft(draft_id, p, "clerk")
    protocols.update_document_control(draft_id, "clerk", version_label="1.1",
                                      last_reviewed=None, next_review=None,
                                      meeting="", minute_ref="")
    return draft_id


def test_demo_has_exactly_one_adopted_version(demo):
    adopted = protocols.adopted_version()
    assert adopted is not None and adopted.version_label == "1.0"
    assert adopted.meeting.startswith("Full Council meeting of") and adopted.minute_ref
    assert [v.status for v in protocols.list_versions()] == ["adopted"]


def test_adopting_a_second_version_supersedes_the_first_and_resets_acks(demo):
    first = protocols.adopted_version()
    assert first is not None
    signed_before = [r for r in protocol_acks.status_rows() if r.state == "acknowledged"]
    assert len(signed_before) >= 8
    second = _new_draft()
    protocols.adopt(second, "clerk", adopted_on=TODAY, meeting="Full Council 22/11/2026",
                    minute_ref="2026/101")
    statuses = {v.id: v.status for v in protocols.list_versions()}
    assert statuses == {first.id: "superseded", second: "adopted"}
    assert protocols.adopted_version().id == second
    assert protocol_store.get_version(first.id).superseded_on == TODAY
    # Everyone is back to "not yet" for the new version; the old acknowledgements are kept.
    assert {r.state for r in protocol_acks.status_rows()} == {"not_issued"}
    assert set(protocol_acks.acknowledgement_labels().values()) == {"Not yet"}
    assert len(protocol_store.acks_for_version(first.id)) == len(signed_before) + 1
    actions = [h.action for h in audit.history("protocol_version", first.id)]
    assert actions[-1] == "update"
    # Adoption sets the review dates when the draft has none.
    info, p = protocols.get_version(second)
    assert info.last_reviewed == TODAY and info.next_review == dt.date(2027, 11, 22)
    assert p.metadata.version == "1.1" and "minute 2026/101" in (p.metadata.adopted_by or "")


def test_adoption_failure_leaves_the_old_version_adopted(demo, monkeypatch):
    first = protocols.adopted_version()
    second = _new_draft()

    def broken(*args, **kwargs):
        raise RuntimeError("disk full")

    monkeypatch.setattr(protocols.audit, "note", broken)
    with pytest.raises(RuntimeError):
        protocols.adopt(second, "clerk", adopted_on=TODAY, meeting="Full Council",
                        minute_ref="1")
    statuses = {v.id: v.status for v in protocols.list_versions()}
    assert statuses == {first.id: "adopted", second: "draft"}


def test_only_drafts_can_be_adopted_or_edited(demo):
    adopted = protocols.adopted_version()
    _, p = protocols.get_version(adopted.id)
    with pytest.raises(ParishDeskError, match="cannot be edited"):
        protocols.update_draft(adopted.id, p, "clerk")
    with pytest.raises(ParishDeskError, match="Only a draft"):
        protocols.adopt(adopted.id, "clerk", adopted_on=TODAY, meeting="x", minute_ref="")
    with pytest.raises(ParishDeskError, match="which meeting"):
        protocols.adopt(_new_draft(), "clerk", adopted_on=TODAY, meeting=" ", minute_ref="")


def test_compare_two_versions_clause_by_clause(demo):
    first = protocols.adopted_version()
    second = _new_draft()
    diffs = protocols.compare(first.id, second)
    changed = [d for d in diffs if d.status != "same"]
    assert [(d.number, d.status) for d in changed] == [("3.1", "changed")]
    assert changed[0].new_text == "A councillor sends every request for work to the Clerk."
    assert changed[0].section == "3 ENQUIRIES AND REQUESTS TO OFFICERS"


def test_import_saves_a_draft_with_its_document_control(opened):
    path = WORD_CONTROL
    version_id = protocols.import_protocol(path, "clerk")
    info, p = protocols.get_version(version_id)
    assert info.status == "draft" and info.version_label == "3"
    assert info.adopted_on == dt.date(2022, 9, 14) and info.source_name == path.name
    assert p.sections[0].clauses[0].number == "1.1"


def test_save_draft_keeps_adopted_by_as_the_meeting_in_one_audited_create(opened):
    text = resource_path("protocol", "model_protocol.md").read_text(encoding="utf-8")
    parsed = parse_protocol(text)
    meta = replace(parsed.metadata, adopted_by=" Full Council, minute 24/017 ")
    version_id = protocols.save_draft(replace(parsed, metadata=meta), "clerk", "ours.md")
    info, saved = protocols.get_version(version_id)
    assert info.meeting == "Full Council, minute 24/017"
    assert saved.metadata.adopted_by == "Full Council, minute 24/017"
    assert [h.action for h in audit.history("protocol_version", version_id)] == ["create"]


def test_save_draft_refuses_a_next_review_before_the_last_and_saves_nothing(opened):
    parsed = parse_protocol(resource_path("protocol", "model_protocol.md")
                            .read_text(encoding="utf-8"))
    meta = replace(parsed.metadata, last_reviewed=TODAY, next_review=dt.date(2026, 1, 1))
    with pytest.raises(ParishDeskError, match="cannot be before"):
        protocols.save_draft(replace(parsed, metadata=meta), "clerk")
    assert protocols.list_versions() == []


def test_import_refuses_unreadable_files(opened, tmp_path):
    with pytest.raises(ProtocolReadError):
        protocols.import_protocol(tmp_path / "protocol.doc", "clerk")
    empty = tmp_path / "notes.txt"
    empty.write_text("Just a note.\n", encoding="utf-8")
    with pytest.raises(ParishDeskError, match="nothing to save"):
        protocols.import_protocol(empty, "clerk")


def test_document_control_update_is_checked_and_audited(demo):
    adopted = protocols.adopted_version()
    with pytest.raises(ParishDeskError, match="cannot be before"):
        protocols.update_document_control(adopted.id, "clerk", version_label="1.0",
                                          last_reviewed=TODAY, next_review=TODAY.replace(year=2025),
                                          meeting="m", minute_ref="r")
    protocols.update_document_control(adopted.id, "clerk", version_label="1.0",
                                      last_reviewed=TODAY, next_review=dt.date(2027, 11, 1),
                                      meeting=adopted.meeting, minute_ref=adopted.minute_ref)
    assert protocols.adopted_version().last_reviewed == TODAY
    assert audit.history("protocol_version", adopted.id)[-1].changes["last_reviewed"][1] == \
        TODAY.isoformat()


def test_review_status_follows_the_adopted_version(opened, demo):
    assert protocols.review_status(TODAY).state == "ok"
    due = protocols.adopted_version().next_review
    assert protocols.review_status(due - dt.timedelta(days=30)).state == "due"
    assert protocols.review_status(due + dt.timedelta(days=1)).state == "overdue"


def test_review_status_none_without_an_adopted_protocol(opened):
    assert protocols.review_status(TODAY).state == "none"


def test_rule_links_suggested_set_and_checked(demo):
    version_id = protocols.adopted_version().id
    suggested = protocols.suggested_links(version_id)
    assert "ACCESS-1" in suggested["6.1"]
    assert protocols.clause_links(version_id)["6.1"] == ("ACCESS-1",)
    protocols.set_clause_links(version_id, "3.5", ["enq-5"], "clerk")
    assert protocols.clause_links(version_id)["3.5"] == ("ENQ-5",)
    protocols.set_clause_links(version_id, "3.5", [], "clerk")
    assert "3.5" not in protocols.clause_links(version_id)
    with pytest.raises(ParishDeskError, match="no clause 99.9"):
        protocols.set_clause_links(version_id, "99.9", ["ENQ-5"], "clerk")
    with pytest.raises(ParishDeskError, match="not a rule"):
        protocols.set_clause_links(version_id, "3.5", ["NOPE-1"], "clerk")


def test_cite_rule_with_and_without_a_link(demo):
    assert protocol_links.cite_rule("ACCESS-1") == \
        "paragraph 6.1 of the Council's Member/Officer Protocol"
    unlinked = protocol_links.cite_rule("ENQ-5")
    assert unlinked == rule("ENQ-5").text and "paragraph" not in unlinked


def test_cite_rule_without_any_adopted_protocol(opened):
    assert protocol_links.cite_rule("ACCESS-1") == rule("ACCESS-1").text


def test_draft_edits_keep_metadata_in_columns(demo):
    draft = _new_draft()
    info, p = protocols.get_version(draft)
    protocols.update_draft(draft, replace(p, title="Renamed Protocol"), "clerk")
    info2, p2 = protocols.get_version(draft)
    assert info2.title == "Renamed Protocol" and p2.metadata.version == "1.1"
