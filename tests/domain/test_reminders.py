from datetime import date

from parishdesk.domain.members import Councillor, InterestsForm, Officer, Role
from parishdesk.domain.reminders import member_reminders

TODAY = date(2027, 3, 1)
CYCLE = 2023  # next ordinary election 06/05/2027, 66 days after TODAY
CLERK = Officer(id=1, first_name="Alex", surname="Reed", post="Clerk", is_proper_officer=True)
CHAIR = Role(id=1, person_id=1, kind="council_chair", start=date(2026, 5, 14))


def councillor(cid: int, **kw: object) -> Councillor:
    base: dict[str, object] = dict(id=cid, first_name=f"First{cid}", surname=f"Last{cid}",
                                   joined_on=date(2023, 5, 4),
                                   accepted_office_on=date(2023, 5, 8))
    base.update(kw)
    return Councillor(**base)  # type: ignore[arg-type]


def returned(cid: int) -> InterestsForm:
    return InterestsForm(councillor_id=cid, due_on=date(2023, 6, 5),
                         returned_on=date(2023, 5, 20))


def test_quiet_register_only_mentions_coming_election() -> None:
    found = member_reminders([councillor(1)], [CLERK], [CHAIR], TODAY, CYCLE,
                             interests_forms=[returned(1)])
    assert [(r.kind, r.severity, r.person_id) for r in found] == [("term_ending", "info", 1)]
    assert "06/05/2027" in found[0].text and "in 66 days" in found[0].text
    assert "Cllr First1 Last1" in found[0].text


def test_nothing_when_term_is_far_off() -> None:
    assert member_reminders([councillor(1)], [CLERK], [CHAIR], date(2026, 6, 1), CYCLE,
                            interests_forms=[returned(1)]) == ()


def test_interests_forms_due_and_overdue() -> None:
    new = councillor(2, joined_on=date(2027, 2, 20), accepted_office_on=date(2027, 2, 20),
                     term_ends_on=date(2031, 5, 1))       # due 20/03/2027: 19 days
    urgent = councillor(3, joined_on=date(2027, 2, 1), accepted_office_on=date(2027, 2, 4),
                        term_ends_on=date(2031, 5, 1))    # due 04/03/2027: 3 days
    late = councillor(4, joined_on=date(2027, 1, 1), accepted_office_on=date(2027, 1, 10),
                      term_ends_on=date(2031, 5, 1))      # due 07/02/2027: 22 days late
    found = member_reminders([new, urgent, late], [CLERK], [CHAIR], TODAY, CYCLE)
    got = [(r.kind, r.severity, r.person_id) for r in found]
    assert got == [
        ("interests_form_overdue", "overdue", 4),
        ("interests_form_due", "warning", 3),
        ("interests_form_due", "info", 2),
    ]
    assert "07/02/2027" in found[0].text and "22 days late" in found[0].text
    assert all(r.rule_id == "CONDUCT-3" for r in found)


def test_a_recorded_form_decides() -> None:
    c = councillor(5, joined_on=date(2027, 1, 1), accepted_office_on=date(2027, 1, 10),
                   term_ends_on=date(2031, 5, 1))
    extended = InterestsForm(councillor_id=5, due_on=date(2027, 3, 10))
    found = member_reminders([c], [CLERK], [CHAIR], TODAY, CYCLE, interests_forms=[extended])
    assert [(r.kind, r.severity) for r in found] == [("interests_form_due", "info")]
    done = InterestsForm(councillor_id=5, due_on=date(2027, 2, 7), returned_on=date(2027, 2, 1))
    assert member_reminders([c], [CLERK], [CHAIR], TODAY, CYCLE, interests_forms=[done]) == ()


def test_term_ending_soon_is_a_warning_and_past_term_is_overdue() -> None:
    soon = councillor(6, term_ends_on=date(2027, 3, 20))
    past = councillor(7, joined_on=date(2019, 5, 2))  # default term ended 04/05/2023
    found = member_reminders([soon, past], [CLERK], [CHAIR], TODAY, CYCLE,
                             interests_forms=[returned(6), returned(7)])
    assert [(r.kind, r.severity, r.person_id) for r in found] == [
        ("term_ended", "overdue", 7),
        ("term_ending", "warning", 6),
    ]
    assert "04/05/2023" in found[0].text


def test_former_councillors_are_ignored() -> None:
    gone = councillor(8, left_on=date(2026, 1, 1), left_reason="Resigned",
                      accepted_office_on=date(2025, 12, 1))
    assert member_reminders([gone], [CLERK], [CHAIR], TODAY, CYCLE) == ()


def test_register_gaps_and_ordering() -> None:
    late = councillor(4, joined_on=date(2027, 1, 1), accepted_office_on=date(2027, 1, 10),
                      term_ends_on=date(2031, 5, 1))
    ex_clerk = Officer(id=1, first_name="Alex", surname="Reed", post="Clerk",
                       is_proper_officer=True, ended_on=date(2027, 1, 31))
    old_chair = Role(person_id=1, kind="council_chair", start=date(2025, 5, 15),
                     end=date(2026, 5, 14))
    found = member_reminders([late, councillor(1)], [ex_clerk], [old_chair], TODAY, CYCLE,
                             interests_forms=[returned(1)])
    assert [(r.kind, r.severity) for r in found] == [
        ("interests_form_overdue", "overdue"),
        ("no_chair", "warning"),
        ("no_proper_officer", "warning"),
        ("term_ending", "info"),
    ]
    assert found[1].person_id is None and found[1].text == "No Chair recorded."
