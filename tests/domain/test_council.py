from parishdesk.domain.council import NATIONS, CouncilDetails, validate_council


def test_valid_details_have_no_problems():
    details = CouncilDetails(name="Ashcombe Parish Council", email="clerk@ashcombe.example",
                             telephone="01632 960417", address="Village Hall\nAshcombe")
    assert validate_council(details, "Catherine Brooks") == {}
    assert details.address_lines == ("Village Hall", "Ashcombe")


def test_each_bad_field_gets_its_own_plain_message():
    details = CouncilDetails(name=" ", kind="city", nation="wessex", email="clerk.example",
                             telephone="call me", election_year=1066)
    problems = validate_council(details, "")
    assert set(problems) == {"name", "kind", "nation", "email", "telephone", "election_year",
                             "clerk_name"}
    assert "e-mail" in problems["email"]


def test_nations_match_bank_holiday_calendars():
    assert set(NATIONS) == {"england-and-wales", "scotland", "northern-ireland"}
