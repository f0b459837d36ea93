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
