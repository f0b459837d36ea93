import json
import sqlite3

import pytest

from parishdesk.domain.protocol import parse_protocol
from parishdesk.errors import ArchiveInstead
from parishdesk.store import audit, protocol_store

TEXT = """# Test Protocol

Version\t2.0
Adopted on\t01/03/2026

## 1 GENERAL

1.1 A councillor may ask for:

(a) documents about a committee they sit on;

(b) papers for a meeting, which include:

    (i) the agenda;

    (ii) reports:

        (1) officer reports;

1.2 Lists work too:

- first
    - nested
"""


def test_protocol_json_round_trip_keeps_blocks_and_sub_items():
    p = parse_protocol(TEXT)
    back = protocol_store.protocol_from_json(protocol_store.protocol_to_json(p))
    assert back == p
    labels = [(b.label, b.level) for b in back.sections[0].clauses[0].blocks if b.kind == "item"]
    assert labels == [("(a)", 0), ("(b)", 0), ("(i)", 1), ("(ii)", 1), ("(1)", 2)]
    bullets = [b.level for b in back.sections[0].clauses[1].blocks if b.kind == "bullet"]
    assert bullets == [0, 1]


def test_version_is_stored_with_document_control_and_audited(opened):
    version_id = protocol_store.create_version("clerk", parse_protocol(TEXT), "test.md")
    rec = protocol_store.get_version(version_id)
    assert rec is not None and rec.status == "draft" and rec.version_label == "2.0"
    assert rec.adopted_on.isoformat() == "2026-03-01" and rec.source_name == "test.md"
    back = protocol_store.get_protocol(version_id)
    assert back is not None and back.sections[0].clauses[0].blocks[1].label == "(a)"
    row = protocol_store.ProtocolVersionRow.get_by_id(version_id)
    assert json.loads(row.data)["sections"][0]["clauses"][0]["blocks"][1]["label"] == "(a)"
    assert [h.action for h in audit.history("protocol_version", version_id)] == ["create"]


def test_links_and_acks_are_one_row_per_key(opened, demo):
    version_id = protocol_store.create_version("clerk", parse_protocol(TEXT))
    protocol_store.set_clause_links(version_id, "1.1", ("ACCESS-2",), "clerk")
    protocol_store.set_clause_links(version_id, "1.1", ("ACCESS-2", "ACCESS-6"), "clerk")
    assert protocol_store.clause_links(version_id) == {"1.1": ("ACCESS-2", "ACCESS-6")}
    person = demo.councillors["Nowak"].id
    protocol_store.save_ack(person, version_id, "clerk", issued_on="2026-11-01")
    protocol_store.save_ack(person, version_id, "clerk", returned_on="2026-11-05")
    ack = protocol_store.acks_for_version(version_id)[person]
    assert ack.issued_on.isoformat() == "2026-11-01" and ack.returned_on.isoformat() == "2026-11-05"
    conn = sqlite3.connect(opened.path)
    try:
        with pytest.raises(sqlite3.IntegrityError):
            conn.execute("INSERT INTO protocol_ack (person_id, version_id, created_at) "
                         "VALUES (?, ?, '2026-01-01')", (person, version_id))
    finally:
        conn.close()


def test_versions_are_never_deleted(opened):
    version_id = protocol_store.create_version("clerk", parse_protocol(TEXT))
    with pytest.raises(ArchiveInstead):
        protocol_store.ProtocolVersionRow.get_by_id(version_id).delete_instance()
