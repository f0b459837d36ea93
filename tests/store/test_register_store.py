import datetime as dt

import pytest

from parishdesk.domain.members import Interest, Role, SpecialRelationship, Training
from parishdesk.errors import ArchiveInstead
from parishdesk.store import audit, members_store, register_store
from parishdesk.store.register_models import InterestsFormRow

D = dt.date


def _person(actor="t"):
    return register_store.add_person(actor, kind="councillor", first_name="Ada", surname="Lamb",
                                     joined_how="elected", joined_on=D(2023, 5, 4))


def test_interest_training_and_relationship_rows_round_trip(opened):
    pid = _person()
    iid = register_store.add_interest("t", Interest(councillor_id=pid, category="other_registerable",
                                                    description=" Trustee ",
                                                    registered_on=D(2023, 5, 10)))
    register_store.add_training("t", Training(person_id=pid, course="Induction", provider="ALC",
                                              on=D(2024, 1, 3), certificate_held=True))
    register_store.add_relationship("t", SpecialRelationship(councillor_id=pid, with_whom="X",
                                                             nature="Cousin",
                                                             declared_on=D(2023, 6, 1)))
    [interest] = register_store.list_interests(pid)
    assert interest.id == iid and interest.description == "Trustee"
    assert register_store.list_training(pid)[0].certificate_held is True
    assert register_store.list_training(pid)[0].on == D(2024, 1, 3)
    assert register_store.list_relationships(pid)[0].nature == "Cousin"
    register_store.archive_interest(iid, "t", "entered twice")
    assert register_store.list_interests(pid) == []
    assert [h.action for h in audit.history("interest", iid)] == ["create", "archive"]


def test_rows_are_archived_never_deleted(opened):
    pid = _person()
    fid = register_store.add_interests_form("t", pid, D(2023, 6, 1))
    row = InterestsFormRow.get_by_id(fid)
    with pytest.raises(ArchiveInstead):
        row.delete_instance()


def test_role_end_and_history_in_write_order(opened):
    pid = _person()
    rid = register_store.add_role("t", Role(person_id=pid, kind="council_chair",
                                            start=D(2024, 5, 1)))
    register_store.set_role_end(rid, D(2025, 5, 1), "t")
    assert members_store.list_roles(pid)[0].end == D(2025, 5, 1)
    history = register_store.history_of([("person", pid), ("role", rid)])
    assert [(h.table, h.action) for h in history] == [
        ("person", "create"), ("role", "create"), ("role", "update")]


def test_name_checks_ignore_case(opened):
    from parishdesk.domain.members import Committee

    cid = register_store.add_committee("t", Committee(name="Finance", subjects=("a", " b ")))
    assert register_store.committee_name_taken("FINANCE")
    assert not register_store.committee_name_taken("finance", except_id=cid)
    assert members_store.list_committees()[0].subjects == ("a", "b")
    register_store.add_group("t", "Greens")
    assert register_store.group_by_name("greens").name == "Greens"
