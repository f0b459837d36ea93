import dataclasses
import datetime as dt

import pytest

from parishdesk.domain.council import CouncilDetails
from parishdesk.errors import ParishDeskError, ValidationError
from parishdesk.services.council import setup_council, split_name
from parishdesk.store import audit, members_store
from parishdesk.store.council_store import get_council, save_council


def test_council_round_trip_and_audit(opened):
    details = CouncilDetails(name="Little Wenham Parish Council", kind="parish",
                             nation="scotland", address="Hall\nLittle Wenham",
                             telephone="01632 000111", email="clerk@lw.example",
                             principal_council="Wenham District Council",
                             mo_name="A. Officer", mo_address="District Offices")
    saved = setup_council(details, "Sam Fielding", "clerk", dt.date(2026, 11, 22))
    assert get_council() == saved
    assert dataclasses.replace(saved, id=None) == details
    changed = save_council(dataclasses.replace(saved, telephone="01632 999888"), "clerk")
    assert changed.telephone == "01632 999888"
    [_, update] = audit.history("council", saved.id)
    assert update.changes == {"telephone": ["01632 000111", "01632 999888"]}
    assert members_store.clerk().first_name == "Sam"


def test_setup_refuses_bad_details_and_a_second_council(opened):
    with pytest.raises(ValidationError) as info:
        setup_council(CouncilDetails(name=""), "Sam", "clerk", dt.date(2026, 1, 1))
    assert "name" in info.value.problems
    setup_council(CouncilDetails(name="One Parish Council"), "Sam Fielding", "clerk",
                  dt.date(2026, 1, 1))
    with pytest.raises(ParishDeskError, match="already set up"):
        setup_council(CouncilDetails(name="Two Parish Council"), "Sam Fielding", "clerk",
                      dt.date(2026, 1, 1))


def test_split_name():
    assert split_name("Jane Mary Doe") == ("Jane Mary", "Doe")
    assert split_name("Cher") == ("", "Cher")
