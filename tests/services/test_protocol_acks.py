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
    current = [c for c in demo.councillors.values() if c.left_on is None]
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


TODAY = dt.date(2026, 11, 22)


def _pdf_text(path) -> str:
    import io
    import re

    from pypdf import PdfReader

    pages = [p.extract_text() for p in PdfReader(io.BytesIO(path.read_bytes())).pages]
    return re.sub(r"\s+", " ", " ".join(pages))


def test_reminder_names_the_pack_sent_and_a_return_date(paths, demo):
    from parishdesk.store import letters_store

    hollins = demo.councillors["Hollins"].id
    assert protocol_acks.awaiting_return() == [hollins]
    info = protocols.adopted_version()
    issued_on = protocol_store.acks_for_version(info.id)[hollins].issued_on
    sent = protocol_acks.send_reminder(paths, hollins, "clerk", TODAY)

    text = _pdf_text(sent.pdf_path)
    assert "Dear Councillor Hollins" in text and sent.reference in text
    assert "Reminder: acknowledgement of the Member/Officer Protocol" in text
    day = issued_on.day
    assert f"On {day} {issued_on:%B %Y} I sent you version 1.0 of the Member/Officer" in text
    assert "by 6 December 2026" in text  # fourteen days after today
    assert "{" not in text and "—" not in text.split("Yours sincerely")[0]
    row = letters_store.get(sent.id)
    assert row.letter_type == "ack_reminder" and row.recipient_person_id == hollins
    assert row.related_table == "protocol_version" and row.related_id == str(info.id)
    # Still waiting: a reminder is not a signed form.
    assert protocol_acks.awaiting_return() == [hollins]


def test_no_reminder_without_a_pack_or_after_the_form_came_back(paths, demo):
    marchetti = demo.councillors["Marchetti"].id
    with pytest.raises(ParishDeskError, match="Make their pack instead"):
        protocol_acks.send_reminder(paths, marchetti, "clerk", TODAY)
    signed = next(r.person_id for r in protocol_acks.status_rows() if r.state == "acknowledged")
    with pytest.raises(ParishDeskError, match="no reminder is needed"):
        protocol_acks.send_reminder(paths, signed, "clerk", TODAY)


def test_reminding_several_is_all_or_nothing(paths, demo):
    from parishdesk.store import letters_store

    before = len(letters_store.search())
    hollins = demo.councillors["Hollins"].id
    with pytest.raises(ParishDeskError):
        protocol_acks.send_reminders(paths, [hollins, demo.councillors["Marchetti"].id],
                                     "clerk", TODAY)
    assert len(letters_store.search()) == before
    [sent] = protocol_acks.send_reminders(paths, [hollins], "clerk", TODAY)
    assert len(letters_store.search()) == before + 1 and sent.pdf_path.exists()


def test_a_broken_reminder_template_is_a_plain_message(paths, demo):
    paths.templates_dir.mkdir(parents=True, exist_ok=True)
    (paths.templates_dir / "ack_reminder.txt").write_text(
        "Subject: Reminder\n\nPlease return it to {office_address}.\n", encoding="utf-8")
    with pytest.raises(ParishDeskError, match="Letter templates"):
        protocol_acks.send_reminder(paths, demo.councillors["Hollins"].id, "clerk", TODAY)
