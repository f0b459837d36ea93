import datetime as dt
from dataclasses import replace

import pytest

from parishdesk.domain.members import (
    Committee,
    Councillor,
    Interest,
    Officer,
    PartyGroup,
    Role,
    SpecialRelationship,
    Training,
)
from parishdesk.errors import ParishDeskError, ValidationError
from parishdesk.services import members
from parishdesk.store import audit, members_store, register_store

TODAY = dt.date(2026, 11, 22)


def _ids(demo):
    return {k: v.id for k, v in demo.councillors.items()}


def test_adding_a_councillor_makes_group_membership_and_interests_form(demo):
    c = members.add_councillor(Councillor(
        title="Ms", first_name="Rosa", surname="Quill", joined_how="co-opted",
        joined_on=TODAY, accepted_office_on=TODAY, group="Riverside Alliance",
        email="r.quill@example.org"), "clerk", TODAY)
    assert c.id is not None and c.group == "Riverside Alliance"
    [form] = register_store.list_interests_forms(c.id)
    assert form.due_on == dt.date(2026, 12, 20)  # 28 days after accepting office
    status = members.interests_form_status(c.id, TODAY)
    assert (status.state, status.days_left) == ("due", 28)
    assert members.interests_form_status(c.id, dt.date(2026, 12, 21)).state == "overdue"


def test_the_28_day_interests_deadline_for_the_co_opted_demo_councillor(demo):
    marchetti = demo.councillors["Marchetti"].id
    status = members.interests_form_status(marchetti, TODAY)
    assert status.state == "due" and status.days_left == 8
    assert status.due_on == TODAY - dt.timedelta(days=20) + dt.timedelta(days=28)
    texts = [r.text for r in members.reminders(TODAY)]
    assert any("Marchetti" in t and "in 8 days" in t for t in texts)
    members.record_form_returned(marchetti, TODAY, "clerk", TODAY)
    assert members.interests_form_status(marchetti, TODAY).state == "returned"
    assert not any("Marchetti" in r.text for r in members.reminders(TODAY))


def test_bad_fields_are_reported_per_field(demo):
    with pytest.raises(ValidationError) as caught:
        members.add_councillor(Councillor(first_name="", surname="Vale", email="not-an-email",
                                          joined_on=dt.date(2026, 5, 1),
                                          accepted_office_on=dt.date(2026, 4, 1)),
                               "clerk", TODAY)
    problems = caught.value.problems
    assert set(problems) == {"first_name", "email", "accepted_office_on"}
    assert "before the date they joined" in problems["accepted_office_on"]
    assert not any(c.surname == "Vale" for c in members_store.list_councillors(True, TODAY))


def test_term_end_before_joining_is_refused(demo):
    with pytest.raises(ValidationError) as caught:
        members.add_councillor(Councillor(first_name="Ann", surname="Vale",
                                          joined_on=dt.date(2026, 5, 1),
                                          term_ends_on=dt.date(2026, 4, 1)), "clerk", TODAY)
    assert "term_ends_on" in caught.value.problems


def test_only_one_chair_at_a_time(demo):
    ids = _ids(demo)
    with pytest.raises(ValidationError) as caught:
        members.add_role(Role(person_id=ids["Nowak"], kind="council_chair",
                              start=dt.date(2026, 9, 1)), "clerk")
    assert "only be one at a time" in caught.value.problems["start"]
    assert "Ellwood" in caught.value.problems["start"]
    # set_office hands over: the old Chair's term ends the day the new one starts.
    members.set_office("council_chair", ids["Nowak"], dt.date(2026, 12, 1), "clerk")
    assert members_store.holder_of("council_chair", dt.date(2026, 11, 30)).surname == "Ellwood"
    assert members_store.holder_of("council_chair", dt.date(2026, 12, 1)).surname == "Nowak"
    chairs = members_store.list_roles(kinds=("council_chair",))
    assert [(r.person_id, r.end) for r in chairs] == [
        (ids["Ellwood"], dt.date(2026, 12, 1)), (ids["Nowak"], None)]


def test_committee_chair_must_be_a_member(demo):
    ids = _ids(demo)
    staffing = demo.committees["Staffing Committee"].id
    with pytest.raises(ValidationError) as caught:
        members.set_office("committee_chair", ids["Nowak"], TODAY, "clerk", staffing)
    assert "must be a member of the committee" in caught.value.problems["person_id"]
    # Nothing changed: Fairweather still chairs it.
    assert members_store.holder_of("committee_chair", TODAY, staffing).surname == "Fairweather"
    members.add_role(Role(person_id=ids["Nowak"], kind="committee_member",
                          committee_id=staffing, start=TODAY), "clerk")
    members.set_office("committee_chair", ids["Nowak"], TODAY, "clerk", staffing)
    assert members_store.holder_of("committee_chair", TODAY, staffing).surname == "Nowak"


def test_ending_a_chairs_membership_is_refused(demo):
    ids = _ids(demo)
    staffing = demo.committees["Staffing Committee"].id
    membership = next(r for r in members_store.list_roles(ids["Fairweather"], ("committee_member",))
                      if r.committee_id == staffing)
    with pytest.raises(ValidationError) as caught:
        members.end_role(membership.id, TODAY, "clerk")
    assert "whole period" in caught.value.problems["end"]


def test_no_overlapping_duplicate_membership(demo):
    ids = _ids(demo)
    finance = demo.committees["Finance and General Purposes Committee"].id
    with pytest.raises(ValidationError) as caught:
        members.add_role(Role(person_id=ids["Patel"], kind="committee_member",
                              committee_id=finance, start=dt.date(2025, 1, 1)), "clerk")
    assert "already hold this role" in caught.value.problems["start"]


def test_a_single_proper_officer(demo):
    with pytest.raises(ValidationError) as caught:
        members.add_officer(Officer(first_name="Sam", surname="Reed", post="Deputy Clerk",
                                    is_proper_officer=True), "clerk", TODAY)
    assert "already the Proper Officer" in caught.value.problems["is_proper_officer"]
    clerk = demo.officers["clerk"].id
    with pytest.raises(ValidationError) as caught:
        members.archive_officer(clerk, TODAY, "Retired", "clerk", TODAY)
    assert "no Proper Officer" in caught.value.problems["is_proper_officer"]
    assert members_store.clerk().surname == "Brooks"


def test_staff_report_to_the_clerk(demo):
    assistant = demo.officers["assistant"].id
    clerk = demo.officers["clerk"].id
    with pytest.raises(ValidationError) as caught:
        members.add_officer(Officer(first_name="Jo", surname="Hale", post="Caretaker",
                                    line_manager_id=None), "clerk", TODAY)
    assert "Staff take work through the Clerk" in caught.value.problems["line_manager_id"]
    assert "Catherine Brooks" in caught.value.problems["line_manager_id"]
    caretaker = members.add_officer(Officer(first_name="Jo", surname="Hale", post="Caretaker",
                                            line_manager_id=clerk), "clerk", TODAY)
    # Someone recorded without a line manager before this was checked can still leave.
    legacy = register_store.add_person("clerk", kind="officer", first_name="Old",
                                       surname="Hand", post="Caretaker")
    members.archive_officer(legacy, TODAY, "Retired", "clerk", TODAY)
    assert register_store.is_archived(legacy)
    with pytest.raises(ValidationError) as caught:
        members.add_officer(Officer(first_name="Al", surname="Fry", post="Assistant",
                                    line_manager_id=caretaker.id), "clerk", TODAY)
    assert "through the Clerk" in caught.value.problems["line_manager_id"]
    with pytest.raises(ValidationError) as caught:
        members.archive_officer(demo.officers["clerk"].id, TODAY, "", "clerk", TODAY)
    assert "left_reason" in caught.value.problems
    assert members_store.get_officer(assistant).line_manager_id == demo.officers["clerk"].id


def test_archiving_keeps_history_and_old_roles(demo):
    ids = _ids(demo)
    patel = ids["Patel"]
    before = len(members.person_audit(patel))
    members.archive_councillor(patel, TODAY, "Resigned", "clerk", TODAY)
    assert patel not in {c.id for c in members_store.list_councillors(on=TODAY)}
    former = members_store.get_councillor(patel, TODAY)
    assert former.left_on == TODAY and former.left_reason == "Resigned"
    roles = members_store.list_roles(patel)
    assert {r.kind for r in roles} >= {"council_vice_chair", "committee_member", "group_member"}
    assert all(r.end == TODAY for r in roles)
    history = members.person_audit(patel)
    assert len(history) > before
    assert history[0].action == "create"
    assert any(h.table == "person" and h.action == "archive" and "Resigned" in h.note
               for h in history)
    assert members_store.holder_of("council_vice_chair", TODAY) is None


def test_archive_needs_a_reason(demo):
    with pytest.raises(ValidationError) as caught:
        members.archive_councillor(_ids(demo)["Nowak"], TODAY, "  ", "clerk", TODAY)
    assert set(caught.value.problems) == {"left_reason"}


def test_party_group_membership_over_time(demo):
    nowak = _ids(demo)["Nowak"]
    c = members_store.get_councillor(nowak, TODAY)
    members.update_councillor(c.__class__(**{**c.__dict__, "group": "Community First"}),
                              "clerk", TODAY)
    assert members_store.get_councillor(nowak, TODAY).group == "Community First"
    assert members_store.get_councillor(nowak, TODAY - dt.timedelta(days=1)).group \
        == "Riverside Alliance"
    members.set_group(nowak, None, TODAY + dt.timedelta(days=5), "clerk")
    assert members_store.get_councillor(nowak, TODAY + dt.timedelta(days=5)).group is None


def test_committees_and_groups_crud_with_archive(demo):
    with pytest.raises(ValidationError) as caught:
        members.save_committee(Committee(name="staffing committee"), "clerk")
    assert "already a committee" in caught.value.problems["name"]
    c = members.save_committee(Committee(name="Youth Panel", functions="Youth matters",
                                         subjects=("youth", "play areas")), "clerk")
    c = members.save_committee(Committee(id=c.id, name="Youth Panel", functions="Youth",
                                         is_staffing=False, subjects=("youth",)), "clerk")
    assert c.subjects == ("youth",)
    finance = demo.committees["Finance and General Purposes Committee"].id
    members.archive_committee(finance, "clerk", TODAY)
    assert finance not in {x.id for x in members_store.list_committees()}
    assert all(r.end == TODAY for r in members_store.list_roles() if r.committee_id == finance)
    g = members.save_group(PartyGroup(name="Green Voices"), "clerk")
    with pytest.raises(ValidationError):
        members.save_group(PartyGroup(name=" "), "clerk")
    members.archive_group(g.id, "clerk", TODAY)
    assert "Green Voices" not in {x.name for x in members_store.list_groups()}


def test_interests_training_and_election_year(demo):
    pid = _ids(demo)["Carey"]
    with pytest.raises(ValidationError) as caught:
        members.save_interest(Interest(councillor_id=pid, category="bogus", description=""),
                              "clerk")
    assert set(caught.value.problems) == {"category", "description", "registered_on"}
    i = members.save_interest(Interest(councillor_id=pid, category="other_registerable",
                                       description="Governor, Ashcombe Primary",
                                       registered_on=TODAY), "clerk")
    assert i.id is not None
    with pytest.raises(ValidationError):
        members.save_training(Training(person_id=pid, course="", on=None), "clerk")
    t = members.save_training(Training(person_id=pid, course="Code of conduct", on=TODAY),
                              "clerk")
    assert t.course == "Code of conduct"
    assert members.election_year() == 2027
    members.set_election_year(2028, "clerk")
    assert members.election_year() == 2028
    with pytest.raises(ValidationError):
        members.set_election_year(12, "clerk")
    assert [h.action for h in audit.history("setting", "members.election_year")] == ["create"]


def test_interest_corrected_then_archived_is_kept_with_its_history(demo):
    pid = _ids(demo)["Carey"]
    added = members.save_interest(Interest(councillor_id=pid, category="other_registerable",
                                           description="Governor, Ashcombe Primary",
                                           registered_on=TODAY), "clerk")
    fixed = members.save_interest(replace(added, description="Governor, Ashcombe Infants",
                                          removed_on=TODAY + dt.timedelta(days=3)), "clerk")
    assert fixed.id == added.id and fixed.description == "Governor, Ashcombe Infants"
    with pytest.raises(ValidationError) as caught:
        members.archive_interest(added.id, "clerk", "  ")
    assert set(caught.value.problems) == {"note"}
    members.archive_interest(added.id, "clerk", "Entered for the wrong councillor")
    assert added.id not in {i.id for i in members.interests_of(pid)}
    kept = register_store.list_interests(pid, include_archived=True)
    assert added.id in {i.id for i in kept}  # archived, never deleted
    history = [(h.table, h.action) for h in members.person_audit(pid)]
    assert ("interest", "update") in history and ("interest", "archive") in history
    archived = audit.history("interest", added.id)[-1]
    assert archived.note == "Entered for the wrong councillor" and archived.actor == "clerk"
    with pytest.raises(ParishDeskError, match="no longer on the register"):
        members.archive_interest(added.id, "clerk", "again")
    with pytest.raises(ParishDeskError, match="no longer on the register"):
        members.save_interest(replace(fixed, description="too late"), "clerk")


def test_relationship_and_training_can_be_corrected_and_archived(demo):
    pid = _ids(demo)["Carey"]
    rel = members.save_relationship(SpecialRelationship(councillor_id=pid, with_whom="J Carey",
                                                        nature="Brother", declared_on=TODAY),
                                    "clerk")
    with pytest.raises(ValidationError) as caught:
        members.save_relationship(replace(rel, nature=""), "clerk")
    assert set(caught.value.problems) == {"nature"}
    assert members.save_relationship(replace(rel, nature="Brother-in-law"),
                                     "clerk").nature == "Brother-in-law"
    members.archive_relationship(rel.id, "clerk", "Declared twice")
    assert rel.id not in {r.id for r in members.relationships_of(pid)}
    course = members.save_training(Training(person_id=pid, course="Planning", on=TODAY),
                                   "clerk")
    updated = members.save_training(replace(course, certificate_held=True, provider="SLCC"),
                                    "clerk")
    assert updated.certificate_held and updated.provider == "SLCC"
    members.archive_training(course.id, "clerk", "Course was cancelled")
    assert course.id not in {t.id for t in members.training_of(pid)}
    assert [h.action for h in audit.history("training_record", course.id)] == [
        "create", "update", "archive"]
    with pytest.raises(ParishDeskError):
        members.archive_training(999_999, "clerk", "no such record")


def _audit_count():
    from parishdesk.store.models import AuditEntry

    return AuditEntry.select().count()


def test_archiving_twice_is_refused_plainly_and_changes_nothing(demo):
    ids = _ids(demo)
    members.archive_councillor(ids["Nowak"], TODAY, "Resigned", "clerk", TODAY)
    hartley = demo.officers["assistant"].id
    members.archive_officer(hartley, TODAY, "Retired", "clerk", TODAY)
    finance = demo.committees["Finance and General Purposes Committee"].id
    members.archive_committee(finance, "clerk", TODAY)
    group = members.save_group(PartyGroup(name="Green Voices"), "clerk")
    members.archive_group(group.id, "clerk", TODAY)
    before = _audit_count()
    later = TODAY + dt.timedelta(days=3)
    for again, expected in (
        (lambda: members.archive_councillor(ids["Nowak"], later, "Again", "clerk", later),
         "Cllr Tomasz Nowak is already archived: they left on 22/11/2026."),
        (lambda: members.archive_officer(hartley, later, "Again", "clerk", later),
         "Mr Liam Hartley is already archived: they left on 22/11/2026."),
        (lambda: members.archive_committee(finance, "clerk", later),
         "Finance and General Purposes Committee is already archived."),
        (lambda: members.archive_group(group.id, "clerk", later),
         "Green Voices is already archived."),
    ):
        with pytest.raises(ParishDeskError) as caught:
            again()
        assert str(caught.value).startswith(expected)
        assert not isinstance(caught.value, ValidationError)
    assert _audit_count() == before
    assert members_store.get_councillor(ids["Nowak"], later).left_on == TODAY


def test_the_vice_chair_cannot_also_be_made_chair(demo):
    ids = _ids(demo)
    with pytest.raises(ValidationError) as caught:
        members.set_office("council_chair", ids["Patel"], TODAY, "clerk")
    message = caught.value.problems["person_id"]
    assert "Cllr Rajesh Patel is already Vice-Chair of the council" in message
    assert "end their Vice-Chair role first" in message
    # Nothing changed: the Chair was not ended either.
    assert members_store.holder_of("council_chair", TODAY).id == ids["Ellwood"]
    assert members_store.holder_of("council_vice_chair", TODAY).id == ids["Patel"]
    vice = next(r for r in members_store.list_roles(ids["Patel"])
                if r.kind == "council_vice_chair")
    members.end_role(vice.id, TODAY, "clerk")
    members.set_office("council_chair", ids["Patel"], TODAY, "clerk")
    assert members_store.holder_of("council_chair", TODAY).id == ids["Patel"]


def test_history_reads_as_plain_english(demo):
    ids = _ids(demo)
    nowak = members_store.get_councillor(ids["Nowak"], TODAY)
    members.update_councillor(replace(nowak, ward="North"), "clerk", TODAY)
    members.archive_councillor(ids["Nowak"], TODAY, "Resigned", "clerk", TODAY)
    lines = members.person_history(ids["Nowak"])
    text = [line.what for line in lines]
    assert text[0].startswith("Added to the register as a councillor (Title: Mr; First name: "
                              "Tomasz; Surname: Nowak; Ward: Mill End;")
    assert "Became a member of the Riverside Alliance group from 04/05/2023." in text
    assert "Ward changed from Mill End to North." in text
    assert ("Stopped being a member of the Planning and Environment Committee; last day "
            "21/11/2026. Reason: Left the council: Resigned.") in text
    assert text[-1] == "Left the council on 22/11/2026. Reason: Resigned."
    assert all(line.who == "clerk" for line in lines[-3:])
    assert all(line.when_local.utcoffset() is not None for line in lines)
    assert not any("create" in t or "_" in t for t in text)
    hartley = members.person_history(demo.officers["assistant"].id)
    assert "Line manager: Mrs Catherine Brooks" in hartley[0].what


def test_ending_a_role_by_its_last_day_held(demo):
    ids = _ids(demo)
    role = next(r for r in members_store.list_roles(ids["Carey"]) if r.kind == "committee_member")
    with pytest.raises(ValidationError) as caught:
        members.end_role_after(role.id, role.start - dt.timedelta(days=1), "clerk")
    assert caught.value.problems == {
        "last_day": "The last day cannot be before the role began (04/05/2023)."}
    ended = members.end_role_after(role.id, dt.date(2026, 11, 20), "clerk")
    assert ended.end == dt.date(2026, 11, 21)  # the first day no longer held
    assert members_store.committees_of(ids["Carey"], dt.date(2026, 11, 20))
    assert not members_store.committees_of(ids["Carey"], dt.date(2026, 11, 21))


def test_demo_fills_every_tab_for_most_councillors(demo):
    current = members_store.list_councillors(on=TODAY)
    for committee in members_store.list_committees():
        held = [r for r in members_store.list_roles()
                if r.committee_id == committee.id and r.end is None]
        vices = [r.person_id for r in held if r.kind == "committee_vice_chair"]
        chairs = [r.person_id for r in held if r.kind == "committee_chair"]
        sitting = {r.person_id for r in held if r.kind == "committee_member"}
        assert len(vices) == 1 and vices[0] in sitting and vices[0] not in chairs
    with_interests = [c for c in current if members.interests_of(c.id)]
    with_training = [c for c in current if members.training_of(c.id)]
    assert len(with_interests) >= len(current) - 1  # the newly co-opted form is still due
    assert len(with_training) == len(current)
