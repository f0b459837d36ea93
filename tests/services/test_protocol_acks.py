import datetime as dt

import pytest

from parishdesk.errors import ParishDeskError
from parishdesk.services import protocol_acks, protocols
from parishdesk.store import audit, protocol_store


def test_demo_acknowledgements(demo):
    labels = protocol_acks.acknowledgement_labels()
    marchetti = demo.councillors["Marchetti"].id
    hollins = demo.councillors["Hollins"].id
    assert labels[marchetti] == "Not yet"
    assert labels[hollins].startswith("v1.0 issued ") and labels[hollins].endswith("not yet signed")
    signed = [pid for pid, text in labels.items() if " signed " in text and "not yet" not in text]
    current = [c for c in demo.councillors.values() if c.archived_at is None]
    assert len(signed) == len(current) - 2  # former councillors get no pack
    assert set(protocol_acks.not_yet_acknowledged()) == {marchetti, hollins}
    states = {r.person_id: r.state for r in protocol_acks.status_rows()}
    assert states[marchetti] == "not_issued" and states[hollins] == "issued"


def test_issue_then_return_and_labels(demo):
    version_id = protocols.adopted_version().id
    pid = demo.councillors["Marchetti"].id
    protocol_acks.record_issued(pid, version_id, dt.date(2026, 11, 20), "clerk")
    assert protocol_acks.acknowledgement_labels()[pid] == "v1.0 issued 20/11/2026, not yet signed"
    with pytest.raises(ParishDeskError, match="before the pack was issued"):
        protocol_acks.record_returned(pid, version_id, dt.date(2026, 11, 19), "clerk")
    protocol_acks.record_returned(pid, version_id, dt.date(2026, 11, 21), "clerk")
    assert protocol_acks.acknowledgement_labels()[pid] == "v1.0 signed 21/11/2026"
    assert pid not in protocol_acks.not_yet_acknowledged()
    # A spare copy after signing changes nothing.
    protocol_acks.record_issued(pid, version_id, dt.date(2026, 11, 22), "clerk")
    ack = protocol_store.acks_for_version(version_id)[pid]
    assert ack.issued_on == dt.date(2026, 11, 20)
    row = protocol_store.ProtocolAckRow.get(person=pid, version=version_id)
    assert [h.action for h in audit.history("protocol_ack", row.id)] == ["create", "update"]


def test_returned_without_issue_counts_as_handed_over(demo):
    version_id = protocols.adopted_version().id
    pid = demo.councillors["Marchetti"].id
    protocol_acks.record_returned(pid, version_id, dt.date(2026, 11, 21), "clerk")
    ack = protocol_store.acks_for_version(version_id)[pid]
    assert ack.issued_on == ack.returned_on == dt.date(2026, 11, 21)


def test_unknown_people_and_versions_are_refused(demo):
    version_id = protocols.adopted_version().id
    with pytest.raises(ParishDeskError, match="not in the register"):
        protocol_acks.record_issued(99999, version_id, dt.date(2026, 11, 1), "clerk")
    with pytest.raises(ParishDeskError, match="no protocol version"):
        protocol_acks.record_issued(demo.councillors["Patel"].id, 999, dt.date(2026, 11, 1),
                                    "clerk")


def test_no_rows_without_an_adopted_protocol(opened):
    assert protocol_acks.status_rows() == [] and protocol_acks.acknowledgement_labels() == {}
