from parishdesk.domain.protocol import parse_protocol
from parishdesk.domain.protocol_compare import compare_protocols, summary_counts

OLD = """# Protocol

## 1 GENERAL

1.1 Officers serve the council as a whole.

1.2 Requests go to the Clerk first.

1.3 This paragraph is dropped in the new version.

## 2 LETTERS

2.1 Letters go out in the Clerk's name.
"""

NEW = """# Protocol

## 1 GENERAL

1.1 Officers serve the   council as a whole.

1.2 Requests go to the Clerk first, with a date for the answer.

## 2 LETTERS

2.1 Letters go out in the Clerk's name.

2.2 Every copy is shown openly.
"""


def test_clauses_are_matched_by_number_and_marked():
    diffs = compare_protocols(parse_protocol(OLD), parse_protocol(NEW))
    by_number = {d.number: d for d in diffs}
    assert by_number["1.1"].status == "same"  # white space alone is not a change
    assert by_number["1.2"].status == "changed"
    assert by_number["1.2"].old_text == "Requests go to the Clerk first."
    assert by_number["1.2"].new_text.endswith("with a date for the answer.")
    assert by_number["1.3"].status == "removed" and by_number["1.3"].new_text == ""
    assert by_number["2.2"].status == "added" and by_number["2.2"].old_text == ""
    assert by_number["2.2"].section == "2 LETTERS"
    assert summary_counts(diffs) == {"same": 2, "changed": 1, "added": 1, "removed": 1}


def test_removed_clause_keeps_its_place_after_its_predecessor():
    diffs = compare_protocols(parse_protocol(OLD), parse_protocol(NEW))
    assert [d.number for d in diffs] == ["1.1", "1.2", "1.3", "2.1", "2.2"]


def test_identical_versions_are_all_same():
    p = parse_protocol(OLD)
    assert {d.status for d in compare_protocols(p, p)} == {"same"}
