import datetime as dt

import pytest

from parishdesk.errors import ParishDeskError
from parishdesk.services.demo import create_demo_council
from parishdesk.store import members_store
from parishdesk.store.council_store import get_council

TODAY = dt.date(2026, 11, 22)


def test_demo_council_is_labelled_and_complete(demo):
    council = get_council()
    assert council.is_demo and council.name == "Ashcombe Parish Council"
    councillors = members_store.list_councillors(on=TODAY)
    assert len(councillors) == 11
    officers = members_store.list_officers()
    assert sorted(o.post for o in officers) == ["Assistant", "Clerk"]
    assert members_store.clerk().is_proper_officer
    assert members_store.holder_of("council_chair", TODAY) is not None
    assert members_store.holder_of("council_vice_chair", TODAY) is not None
    committees = members_store.list_committees()
    assert len(committees) == 3 and sum(c.is_staffing for c in committees) == 1
    assert len(members_store.list_groups()) == 2
    groups = {c.group for c in councillors}
    assert None in groups and len(groups - {None}) == 2  # independents too
    assistant = next(o for o in officers if o.post == "Assistant")
    assert assistant.line_manager_id == members_store.clerk().id  # ROLE-7


def test_every_committee_chair_is_a_member(demo):
    for committee in members_store.list_committees():
        chair = members_store.holder_of("committee_chair", TODAY, committee.id)
        assert chair is not None
        assert committee.id in {c.id for c in members_store.committees_of(chair.id, TODAY)}


def test_demo_refuses_a_second_time(demo):
    with pytest.raises(ParishDeskError, match="already holds a council"):
        create_demo_council("test", TODAY)


def test_area_modules_are_found_by_name_in_order() -> None:
    from parishdesk.services.demo import area_modules

    names = [name.rsplit(".", 1)[1] for name in area_modules()]
    assert names == ["m10_members", "m20_enquiries", "m30_access", "m40_documents",
                     "m50_disputes", "m60_meetings"]


def test_a_demo_read_back_is_the_demo_as_made(opened) -> None:
    from parishdesk.domain.members import Councillor, Officer
    from parishdesk.services.demo import load_demo_council

    made = create_demo_council("test", TODAY)
    again = load_demo_council(on=TODAY)
    assert again == made
    assert all(isinstance(c, Councillor) for c in made.councillors.values())
    assert isinstance(made.officers["clerk"], Officer)
    assert made.councillor_id("Nowak") == made.councillors["Nowak"].id
    assert "Penhaligon" not in again.councillors  # a former councillor, as when made


def test_an_area_module_left_in_the_old_place_still_runs_in_number_order(tmp_path,
                                                                         monkeypatch) -> None:
    import parishdesk.services as services
    from parishdesk.services.demo import area_modules

    (tmp_path / "demo_25_extra.py").write_text("def populate(*args): pass\n", encoding="utf-8")
    (tmp_path / "demo_helpers.py").write_text("", encoding="utf-8")  # no number: not an area
    monkeypatch.setattr(services, "__path__", [*services.__path__, str(tmp_path)])
    names = [name.removeprefix("parishdesk.services.") for name in area_modules()]
    assert names == ["demo.m10_members", "demo.m20_enquiries", "demo_25_extra",
                     "demo.m30_access", "demo.m40_documents", "demo.m50_disputes",
                     "demo.m60_meetings"]
