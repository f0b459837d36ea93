"""Enquiry and access-request fields that are one line refuse line breaks and control
codes when saved (a line break in a subject used to break the e-mail draft's headers)."""

from __future__ import annotations

import datetime as dt

import pytest

from parishdesk.domain.members import PartyGroup
from parishdesk.errors import ParishDeskError
from parishdesk.services import access, enquiries, members


@pytest.mark.parametrize("field,value,message", [
    ("subject", "Potholes\nBcc: everyone@example.org", "The subject must be on one line"),
    ("resident_name", "Ann\x07Smith", "The resident's name holds an invisible control"),
    ("text", "Please fix\x00it", "The enquiry's text holds an invisible control"),
])
def test_enquiry_fields(demo, paths, field: str, value: str, message: str) -> None:  # type: ignore[no-untyped-def]
    who = next(iter(demo.councillors.values())).id
    fields = {"subject": "Potholes", field: value}
    data = enquiries.EnquiryInput(councillor_id=who, received_at=dt.datetime(2026, 11, 2, 9),
                                  **fields)
    with pytest.raises(ParishDeskError, match=message):
        enquiries.save_enquiry(paths, None, data, "clerk")


def test_a_multi_line_enquiry_text_is_fine(demo, paths) -> None:  # type: ignore[no-untyped-def]
    who = next(iter(demo.councillors.values())).id
    data = enquiries.EnquiryInput(councillor_id=who, received_at=dt.datetime(2026, 11, 2, 9),
                                  subject="Potholes", text="Line one\n\tLine two")
    saved = enquiries.save_enquiry(paths, None, data, "clerk")
    assert enquiries.detail(saved.id, dt.date(2026, 11, 22)).reference == saved.reference


@pytest.mark.parametrize("field,value", [("holder", "The Clerk\r\n"), ("meeting", "Full\u2028council")])
def test_access_request_fields(demo, field: str, value: str) -> None:  # type: ignore[no-untyped-def]
    who = next(iter(demo.councillors.values())).id
    fields = {"meeting": "Full council", field: value}
    record = access.AccessRecord(requester_id=who, received_on=dt.date(2026, 11, 2),
                                 documents="Minutes", meeting_business=True, **fields)
    with pytest.raises(ParishDeskError, match="must be on one line"):
        access.log_request(record, "clerk", dt.date(2026, 11, 22))


def test_group_names_differing_only_in_a_non_ascii_case_are_duplicates(demo) -> None:  # type: ignore[no-untyped-def]
    members.save_group(PartyGroup(name="Ùnited Greens"), "clerk")
    with pytest.raises(ParishDeskError, match="There is already a group called"):
        members.save_group(PartyGroup(name="ùnited greens"), "clerk")


# --- meetings -------------------------------------------------------------------------------

def _new_meeting(**changes):  # type: ignore[no-untyped-def]
    from parishdesk.domain.meetings.records import Meeting
    from parishdesk.services.meetings import agenda

    values = {"on": dt.date(2026, 12, 10), "place": "Village Hall"}
    values.update(changes)
    return agenda.create_meeting(Meeting(**values), "clerk")  # type: ignore[arg-type]


def _meeting_calls(demo):  # type: ignore[no-untyped-def]
    from parishdesk.services.meetings import agenda, minutes, register, table

    meeting = _new_meeting()
    item = agenda.items(meeting.id)[-1]
    who = demo.councillors["Whitlock"].id
    motion = table.add_motion(meeting.id, item.id, "clerk", text="That the hall be painted.")
    return {
        "place": lambda v: _new_meeting(place=v),
        "title": lambda v: agenda.add_item(meeting.id, v, "clerk"),
        "item title": lambda v: agenda.update_item(item.id, "clerk", title=v),
        "notes": lambda v: agenda.update_item(item.id, "clerk", notes=v),
        "reason": lambda v: table.set_attendance(meeting.id, who, "clerk", status="apologies",
                                                 reason=v),
        "description": lambda v: table.declare(meeting.id, item.id, who, "pecuniary",
                                               "left", "clerk", description=v),
        "dispensation_ref": lambda v: table.declare(meeting.id, item.id, who, "other",
                                                    "dispensation", "clerk",
                                                    dispensation_ref=v),
        "text": lambda v: table.add_motion(meeting.id, item.id, "clerk", text=v),
        "delegate_to": lambda v: table.update_motion(motion.id, "clerk", delegate_to=v),
        "action_owner": lambda v: register.set_action(motion.id, v, None, "open", "clerk"),
        "minute title": lambda v: minutes.edit_minute(_first_minute(meeting.id), "clerk",
                                                      title=v),
        "body": lambda v: minutes.edit_minute(_first_minute(meeting.id), "clerk", body=v),
    }


def _first_minute(meeting_id: int) -> int:
    from parishdesk.services.meetings import minutes

    drafted = minutes.minutes(meeting_id) or minutes.draft(meeting_id, "clerk")
    return int(drafted[0].id)  # type: ignore[arg-type]


SINGLE_MEETING_FIELDS = ["place", "title", "item title", "dispensation_ref", "delegate_to",
                         "action_owner", "minute title"]
MULTI_MEETING_FIELDS = ["notes", "reason", "description", "text", "body"]


@pytest.mark.parametrize("field", SINGLE_MEETING_FIELDS)
def test_meeting_one_line_fields_refuse_line_breaks_and_controls(demo, field: str) -> None:  # type: ignore[no-untyped-def]
    from parishdesk.errors import ValidationError

    call = _meeting_calls(demo)[field]
    key = {"item title": "title", "minute title": "title"}.get(field, field)
    for value, words in (("Two\nlines", "must be on one line"),
                         ("Bell\x07ringer", "invisible control character")):
        with pytest.raises(ValidationError, match=words) as caught:
            call(value)
        assert set(caught.value.problems) == {key}
    call("A proper one-line value")  # and an ordinary value is saved


@pytest.mark.parametrize("field", MULTI_MEETING_FIELDS)
def test_meeting_text_fields_keep_lines_but_refuse_controls(demo, field: str) -> None:  # type: ignore[no-untyped-def]
    from parishdesk.errors import ValidationError

    call = _meeting_calls(demo)[field]
    with pytest.raises(ValidationError, match="invisible control character") as caught:
        call("Ring the\x00bell")
    assert set(caught.value.problems) == {field}
    call("First line\nsecond line")


# --- disputes -------------------------------------------------------------------------------

def _case(demo, **changes):  # type: ignore[no-untyped-def]
    from parishdesk.services.disputes.cases import NewCase, open_case

    values = dict(raised_by="officer", about="councillor", nature="behaviour",
                  complainant_name="Liam Hartley", subject_name="Cllr Graham Whitlock",
                  account="What happened.", events_on=dt.date(2026, 11, 16))
    values.update(changes)
    return open_case(NewCase(**values), "clerk", dt.date(2026, 11, 23))  # type: ignore[arg-type]


@pytest.mark.parametrize("field,key,value,words", [
    ("complainant_name", "complainant", "Liam\nHartley", "must be on one line"),
    ("subject_name", "subject", "Cllr\u2028Whitlock", "must be on one line"),
    ("title", "title", "Car park\x1b", "invisible control character"),
    ("account", "account", "He said\x00that", "invisible control character"),
])
def test_opening_a_case_checks_each_text_field(demo, field, key, value, words) -> None:  # type: ignore[no-untyped-def]
    from parishdesk.errors import ValidationError

    with pytest.raises(ValidationError, match=words) as caught:
        _case(demo, **{field: value})
    assert key in caught.value.problems
    assert _case(demo, account="Line one\nline two").reference


def test_case_parties_notes_and_steps_check_their_text(demo) -> None:  # type: ignore[no-untyped-def]
    from parishdesk.errors import ValidationError
    from parishdesk.services.disputes import steps

    case = _case(demo)
    on = dt.date(2026, 11, 23)
    for call, key in (
            (lambda: steps.add_party(case.id, "witness", "Ann\nSmith", "clerk", on), "name"),
            (lambda: steps.add_party(case.id, "witness", "Ann Smith", "clerk", on,
                                     address="1 High St\x0c"), "address"),
            (lambda: steps.add_note(case.id, "Phoned\x00back", "clerk", on), "text"),
            (lambda: steps.record_step(case.id, "acknowledged", on, "clerk", on,
                                       detail="Sent\x07"), "detail"),
            (lambda: steps.link_record(case.id, "enquiry", 1, "ENQ\n1", "clerk"),
             "link_label")):
        with pytest.raises(ValidationError) as caught:
            call()
        assert key in caught.value.problems
    assert steps.add_party(case.id, "witness", "Ann Smith", "clerk", on,
                           address="1 High St\nTestbury").name == "Ann Smith"
    assert steps.add_note(case.id, "Phoned back.\nWill write.", "clerk", on).text
