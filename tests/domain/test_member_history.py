"""A person's history told in plain English."""

from datetime import UTC, datetime, timedelta, timezone
from zoneinfo import ZoneInfo

from parishdesk.domain.member_history import (
    HistoryEntry,
    HistoryNames,
    describe,
    local_time,
)
from parishdesk.domain.members import Interest, Role

LONDON = ZoneInfo("Europe/London")
AT = datetime(2026, 7, 1, 12, 30)  # UTC, as the audit log keeps it
NAMES = HistoryNames(committees={2: "Staffing Committee"}, groups={1: "Community First"},
                     people={1: "Mrs Catherine Brooks"},
                     roles={5: Role(id=5, person_id=3, kind="committee_member", committee_id=2,
                                    start=datetime(2023, 5, 4).date())},
                     interests={9: Interest(id=9, councillor_id=3,
                                            description="Trustee of the village hall")})


def _what(table, action, changes, note="", record_id="5", names=NAMES):
    return describe(HistoryEntry(AT, "clerk", table, record_id, action, changes, note),
                    names, LONDON).what


def test_times_are_shown_in_uk_time_summer_and_winter():
    assert local_time(AT, LONDON).strftime("%d/%m/%Y %H:%M") == "01/07/2026 13:30"
    winter = datetime(2026, 11, 22, 9, 5)
    assert local_time(winter, LONDON).strftime("%H:%M") == "09:05"
    aware = datetime(2026, 7, 1, 12, 30, tzinfo=UTC)
    assert local_time(aware, timezone(timedelta(hours=2))).hour == 14
    line = describe(HistoryEntry(AT, "Catherine", "person", "3", "note", {}, "Phoned"),
                    NAMES, LONDON)
    assert (line.when_local.hour, line.who, line.what) == (13, "Catherine", "Phoned.")


def test_roles_are_told_in_words_with_names_and_uk_dates():
    assert _what("role", "create", {"kind": [None, "council_chair"], "person": [None, 3],
                                    "start_on": [None, "2026-05-15"],
                                    "created_at": [None, "2026-11-22 12:00:00"]},
                 record_id="77") == "Became Chair of the council from 15/05/2026."
    assert _what("role", "create", {"kind": [None, "group_member"], "group": [None, 1],
                                    "start_on": [None, "2023-05-04"]}, record_id="78") \
        == "Became a member of the Community First group from 04/05/2023."
    # The end is stored as the first day no longer held; the sentence gives the last day.
    assert _what("role", "update", {"end_on": [None, "2026-06-25"]}, "Committee archived") \
        == ("Stopped being a member of the Staffing Committee; last day 24/06/2026. "
            "Reason: Committee archived.")
    assert _what("role", "create", {"kind": [None, "committee_vice_chair"],
                                    "committee": [None, 99], "start_on": [None, "2024-01-02"]},
                 record_id="79") \
        == "Became vice-chair of a committee no longer on record from 02/01/2024."


def test_people_changes_use_field_labels_and_plain_values():
    assert _what("person", "update", {"ward": ["North", "South"], "email": ["", "a@b.org"],
                                      "phone": ["01632 1", ""]}) == (
        "Ward changed from North to South. E-mail set to a@b.org. "
        "Telephone cleared (was 01632 1).")
    created = _what("person", "create", {
        "kind": [None, "officer"], "first_name": [None, "Liam"], "surname": [None, "Hartley"],
        "working_days": [None, "0,2"], "hours_from": [None, "09:00:00"],
        "line_manager": [None, 1], "is_proper_officer": [None, False],
        "created_at": [None, "2026-11-22 12:00:00"]})
    assert created == ("Added to the register as an officer (First name: Liam; Surname: "
                       "Hartley; Proper Officer: No; Working days: Monday, Wednesday; "
                       "Hours from: 09:00; Line manager: Mrs Catherine Brooks).")
    councillor = _what("person", "create", {
        "kind": [None, "councillor"], "surname": [None, "Ellwood"],
        "address": [None, "10 North Road\nAshcombe"], "joined_how": [None, "co-opted"],
        "working_days": [None, "0,1,2,3,4"], "is_proper_officer": [None, False]})
    assert councillor == ("Added to the register as a councillor (Surname: Ellwood; "
                          "Address: 10 North Road, Ashcombe; How they joined: Co-opted).")
    assert _what("person", "archive", {"archived_at": [None, "2026-11-22 12:00:00"],
                                       "left_on": [None, "2026-06-25"],
                                       "left_reason": ["", "Resigned"]},
                 "Left on 25/06/2026: Resigned") \
        == "Left the council on 25/06/2026. Reason: Resigned."


def test_register_records_are_named_not_numbered():
    assert _what("interest", "archive", {"archived_at": [None, "x"]}, "Entered by mistake",
                 record_id="9") == ("Interest taken off the register: Trustee of the village "
                                    "hall. Reason: Entered by mistake.")
    assert _what("interest", "create", {"category": [None, "disclosable_pecuniary"],
                                        "description": [None, "Shop lease"],
                                        "registered_on": [None, "2023-05-14"]}, record_id="10") \
        == ("Interest registered: Shop lease (Disclosable pecuniary interest, registered on "
            "14/05/2023).")
    assert _what("interests_form", "update", {"returned_on": [None, "2026-12-01"]}) \
        == "Register of interests form came back on 01/12/2026."
    assert _what("training_record", "create", {"course": [None, "Induction"],
                                               "provider": [None, "EALC"],
                                               "taken_on": [None, "2026-01-05"],
                                               "certificate_held": [None, True]}) \
        == "Training recorded: Induction with EALC on 05/01/2026. A certificate is held."
    assert _what("special_relationship", "create", {"with_whom": [None, "Mr Liam Hartley"],
                                                    "nature": [None, "Brother-in-law"],
                                                    "declared_on": [None, "2023-05-13"]}) \
        == ("Declared a special relationship with Mr Liam Hartley on 13/05/2023. "
            "Brother-in-law.")
