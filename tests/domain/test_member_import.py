from datetime import date

import pytest

from parishdesk.domain.member_import import (
    DateFormatError,
    ImportPlan,
    councillor_to_row,
    export_headers,
    guess_mapping,
    parse_date,
    validate_rows,
)
from parishdesk.domain.members import Councillor

GROUPS = ["Green", "Liberal Democrat"]
COMMITTEES = ["Finance", "Planning", "Staffing"]
HEADERS = ["First name", "Surname", "E-mail", "Joined on", "Group", "Committees"]


def plan_for(rows: list[list[str]], headers: list[str] = HEADERS,
             existing: list[Councillor] | None = None, today: date | None = None) -> ImportPlan:
    return validate_rows(headers, rows, guess_mapping(headers), existing or [], GROUPS,
                         COMMITTEES, today=today)


# --- headers ---------------------------------------------------------------

@pytest.mark.parametrize("header", ["First name", "First_Name", "FIRST NAME", "firstname",
                                    "Forename", " first-name "])
def test_first_name_header_variants(header: str) -> None:
    assert guess_mapping([header]) == {0: "first_name"}


def test_aliases_and_unknown_columns() -> None:
    mapping = guess_mapping(["Last Name", "e-mail", "Telephone", "Date joined",
                             "Party", "Favourite colour", "COMMITTEES", "Term_Ends_On"])
    assert mapping == {0: "surname", 1: "email", 2: "phone", 3: "joined_on", 4: "group",
                       5: None, 6: "committees", 7: "term_ends_on"}


def test_a_field_is_matched_once() -> None:
    assert guess_mapping(["Surname", "Last name"]) == {0: "surname", 1: None}


# --- dates -----------------------------------------------------------------

@pytest.mark.parametrize(("text", "expected"), [
    ("04/05/2023", date(2023, 5, 4)),
    ("4/5/2023", date(2023, 5, 4)),
    ("2023-05-04", date(2023, 5, 4)),
    (" 2023-05-04 00:00:00 ", date(2023, 5, 4)),
    ("31/12/2024", date(2024, 12, 31)),
])
def test_parse_date_accepts(text: str, expected: date) -> None:
    assert parse_date(text) == expected


@pytest.mark.parametrize(("text", "fragment"), [
    ("31/02/2023", "not a real date"),
    ("4 May 2023", "dd/mm/yyyy"),
    ("04/05/23", "dd/mm/yyyy"),
    ("", "dd/mm/yyyy"),
])
def test_parse_date_rejects_clearly(text: str, fragment: str) -> None:
    with pytest.raises(DateFormatError) as caught:
        parse_date(text)
    assert fragment in str(caught.value)
    assert isinstance(caught.value, ValueError)


# --- rows ------------------------------------------------------------------

def test_good_rows_become_councillors() -> None:
    plan = plan_for([
        ["Jane", "Smith", "jane@example.org", "04/05/2023", "green", "finance; Planning"],
        ["", "", "", "", "", ""],
        ["Raj", "Patel", "", "2023-05-04", "Independent", ""],
    ])
    assert plan.ok and plan.errors == () and plan.duplicates == ()
    assert [r.row for r in plan.rows] == [2, 4]  # the empty row 3 is skipped
    jane = plan.rows[0]
    assert jane.councillor.first_name == "Jane"
    assert jane.councillor.joined_on == date(2023, 5, 4)
    assert jane.councillor.group == "Green"  # known group matched regardless of case
    assert jane.committees == ("Finance", "Planning")
    assert plan.rows[1].councillor.group is None
    assert plan.new_groups == ()


def test_unknown_group_is_created_unknown_committee_is_an_error() -> None:
    plan = plan_for([
        ["Jane", "Smith", "", "", "Residents First", ""],
        ["Tom", "Hill", "", "", "residents first", "Allotments"],
    ])
    assert plan.new_groups == ("Residents First",)
    assert not plan.ok
    assert len(plan.errors) == 1
    error = plan.errors[0]
    assert (error.row, error.column) == (3, "Committees")
    assert "Allotments" in error.reason
    assert [r.row for r in plan.rows] == [2]


def test_missing_name_column_is_a_file_error() -> None:
    plan = plan_for([["Jane"]], headers=["First name"])
    assert not plan.ok
    assert plan.errors[0].row == 1 and "Surname" in plan.errors[0].reason


def test_row_problems_use_the_clerks_header() -> None:
    plan = plan_for([["Jane", "", "not-an-email", "", "", ""]],
                    headers=["FORENAME", "Last name", "Email address", "Joined", "G", "C"])
    assert {(e.row, e.column) for e in plan.errors} == {(2, "Last name"),
                                                        (2, "Email address")}


def test_far_future_dates_only_with_today() -> None:
    rows = [["Jane", "Smith", "", "04/05/2032", "", ""]]
    assert plan_for(rows).ok
    plan = plan_for(rows, today=date(2024, 1, 1))
    assert [(e.row, e.column) for e in plan.errors] == [(2, "Joined on")]


def test_300_rows_with_one_bad_date_names_that_cell() -> None:
    headers = ["Title", "First_Name", "Surname", "Ward", "Email", "Joined On",
               "Accepted office on", "Committees"]
    rows = []
    for i in range(300):
        rows.append(["Mr", f"Person{i}", f"Surname{i}", "Central", f"p{i}@example.org",
                     "04/05/2023", "08/05/2023", "Finance"])
    rows[156][6] = "30/02/2023"  # data row 157 is spreadsheet row 158
    plan = plan_for(rows, headers=headers)
    assert not plan.ok
    assert len(plan.errors) == 1
    error = plan.errors[0]
    assert (error.row, error.column, error.column_letter) == (158, "Accepted office on", "G")
    assert "30/02/2023" in error.reason
    assert error.describe().startswith("Row 158, column \u201cAccepted office on\u201d (G):")
    assert len(plan.rows) == 299 and plan.duplicates == ()


def test_duplicates_in_register_and_in_file() -> None:
    existing = [
        Councillor(id=1, first_name="Jane", surname="Smith", email="jane@example.org"),
        Councillor(id=2, first_name="Raj", surname="Patel"),
        Councillor(id=3, first_name="Ann", surname="Old", left_on=date(2019, 5, 2),
                   left_reason="Stood down"),
    ]
    plan = plan_for([
        ["JANE", "smith", "Jane@Example.org", "", "", ""],
        ["Raj", "Patel", "raj@example.org", "", "", ""],
        ["Tom", "Hill", "", "", "", ""],
        ["Tom ", "Hill", "tom@example.org", "", "", ""],
        ["Ann", "Old", "", "", "", ""],
    ], existing=existing)
    assert plan.ok  # duplicates are warnings, not errors
    reasons = dict(plan.duplicates)
    assert set(reasons) == {2, 3, 5, 6}
    assert "same e-mail" in reasons[2] and "Cllr Jane Smith" in reasons[2]
    assert "already in the register" in reasons[3]
    assert "row 4" in reasons[5]
    assert "02/05/2019" in reasons[6]
    assert [r.row for r in plan.rows_to_add] == [4]


def test_joined_how_words() -> None:
    headers = ["First name", "Surname", "Joined how"]
    plan = plan_for([["A", "B", "Co-opted"], ["C", "D", ""], ["E", "F", "by magic"]],
                    headers=headers)
    assert [r.councillor.joined_how for r in plan.rows] == ["co-opted", "elected"]
    assert [(e.row, e.column) for e in plan.errors] == [(4, "Joined how")]


# --- export ----------------------------------------------------------------

def test_export_then_import_round_trips() -> None:
    people = [
        Councillor(title="Dr", first_name="Margaret", preferred_name="Peggy", surname="Hale",
                   ward="North", email="m.hale@example.org", phone="01234 567890",
                   address="1 Church Lane\nLittle Upton", group="Green", joined_how="co-opted",
                   joined_on=date(2024, 2, 1), accepted_office_on=date(2024, 2, 1),
                   term_ends_on=date(2027, 5, 6)),
        Councillor(first_name="Raj", surname="Patel", joined_on=date(2023, 5, 4)),
    ]
    memberships = [("Finance", "Staffing"), ()]
    headers = export_headers()
    rows = [councillor_to_row(c, m) for c, m in zip(people, memberships, strict=True)]
    assert all(len(r) == len(headers) for r in rows)
    mapping = guess_mapping(headers)
    assert None not in mapping.values()
    plan = validate_rows(headers, rows, mapping, [], GROUPS, COMMITTEES)
    assert plan.ok and plan.duplicates == () and plan.new_groups == ()
    assert [r.councillor for r in plan.rows] == people
    assert [r.committees for r in plan.rows] == memberships
    assert rows[0][headers.index("Joined on")] == "01/02/2024"
