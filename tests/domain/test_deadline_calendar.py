import datetime as dt

from parishdesk.domain.deadline_calendar import (
    OpenCase,
    OpenEnquiry,
    PendingRequest,
    deadlines,
    uid_domain,
)

D = dt.date


def _enquiry(status: str, ref: str = "ENQ-2026-0004") -> OpenEnquiry:
    return OpenEnquiry(ref, "Cllr Ann Hale", "Hedge on Mill Lane blocking the footpath", status,
                       D(2026, 3, 3), D(2026, 3, 13), "Sam Reed")


def test_a_new_enquiry_has_its_acknowledgement_and_answer_deadlines():
    found = deadlines([_enquiry("new")], [], "Little Ashby Parish Council")
    assert [(d.on, d.summary) for d in found] == [
        (D(2026, 3, 3), "Acknowledge ENQ-2026-0004 (Hedge on Mill Lane blocking the footpath)"),
        (D(2026, 3, 13), "Answer due: ENQ-2026-0004 (Hedge on Mill Lane blocking the footpath)"),
    ]
    assert found[1].uid == "enquiry-ENQ-2026-0004-answer@little-ashby-parish-council.parishdesk"
    assert "Cllr Ann Hale" in found[1].description and "With: Sam Reed" in found[1].description


def test_acknowledged_has_only_the_answer_and_a_stopped_clock_has_none():
    assert [d.uid.split("@")[0] for d in deadlines([_enquiry("in_progress")], [], "X")] == [
        "enquiry-ENQ-2026-0004-answer"]
    assert deadlines([_enquiry("waiting")], [], "X") == []


def test_requests_awaiting_a_decision_unless_the_clock_is_stopped():
    waiting = PendingRequest("IR-2026-002", "Cllr Bo Lee", "Minutes", D(2026, 4, 1), True)
    due = PendingRequest("IR-2026-001", "Cllr Bo Lee", "The grass-cutting contract and its "
                         "schedule of rates for 2026", D(2026, 2, 20), False)
    undated = PendingRequest("IR-2026-003", "Cllr Bo Lee", "Payroll", None, False)
    [entry] = deadlines([], [waiting, due, undated], "X")
    assert entry.on == D(2026, 2, 20) and entry.category == "Information requests"
    assert entry.summary.startswith("Decision due: IR-2026-001 (The grass-cutting contract")
    assert entry.summary.endswith("…)") and len(entry.summary) < 70


def test_soonest_first_and_uids_stay_the_same():
    first = deadlines([_enquiry("new", "ENQ-2026-0009"), _enquiry("acknowledged")], [], "X")
    assert [d.on for d in first] == sorted(d.on for d in first)
    again = deadlines([_enquiry("acknowledged"), _enquiry("new", "ENQ-2026-0009")], [], "X")
    assert [d.uid for d in again] == [d.uid for d in first]
    assert len({d.uid for d in first}) == len(first)


def test_uid_domain_from_any_council_name():
    assert uid_domain("St Mary's & St John's Town Council") == "st-mary-s-st-john-s-town-council.parishdesk"
    assert uid_domain("!!!") == "council.parishdesk"


def test_a_dispute_case_shows_its_reference_and_the_step_due_only():
    case = OpenCase("DC/2026/001", "Hold the hearing", D(2026, 3, 5), paused=False)
    [entry] = deadlines([], [], "X", [case])
    assert entry.summary == "Case DC/2026/001: Hold the hearing"
    assert entry.privacy == "CONFIDENTIAL" and entry.category == "Dispute cases"
    assert entry.uid == "dispute-case-DC-2026-001-next-step@x.parishdesk"
    # The next step later on keeps the same entry, moved to its new date.
    [later] = deadlines([], [], "X", [OpenCase("DC/2026/001", "Hear the appeal",
                                               D(2026, 4, 2), paused=False)])
    assert later.uid == entry.uid and later.on == D(2026, 4, 2)
    assert deadlines([], [], "X", [OpenCase("DC-2026-002", "Review the suspension",
                                             D(2026, 3, 9), paused=True)]) == []
