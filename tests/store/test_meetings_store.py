"""The meetings tables: made by migration 9, read back as domain records only."""

from __future__ import annotations

import dataclasses
import datetime as dt
import sqlite3

import pytest

from parishdesk.domain.meetings.records import AgendaItem, Meeting, Minute
from parishdesk.store import meetings_store, minutes_store
from parishdesk.store.migrations import discover
from parishdesk.store.minutes_store import SignedMinute

TABLES = {"meeting", "agenda_item", "meeting_attendance", "meeting_declaration", "motion",
          "recorded_vote", "minute", "minute_signature", "officer_decision",
          "absence_approval", "meeting_link"}


def test_migration_9_creates_the_meeting_tables(opened, paths) -> None:  # type: ignore[no-untyped-def]
    assert 9 in [m.version for m in discover()]
    conn = sqlite3.connect(paths.db_file)
    names = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
    conn.close()
    assert TABLES <= names


def test_records_in_and_out_are_domain_dataclasses(opened) -> None:  # type: ignore[no-untyped-def]
    meeting = meetings_store.add_meeting("test", Meeting(on=dt.date(2026, 12, 10),
                                                         place="Village Hall"))
    assert isinstance(meeting, Meeting) and dataclasses.is_dataclass(meeting)
    assert meeting.body == "Full council" and meeting.id
    item = meetings_store.add_item("test", AgendaItem(meeting_id=meeting.id, position=1,
                                                      title="Play area",
                                                      papers=("Quote A", "Quote B")))
    assert meetings_store.list_items(meeting.id) == [item]
    assert item.papers == ("Quote A", "Quote B")
    changed = meetings_store.update_item("test", item.id or 0, notes="Two quotes received")
    assert changed.notes == "Two quotes received"


def test_a_signed_minute_is_refused_by_the_store_itself(opened) -> None:  # type: ignore[no-untyped-def]
    meeting = meetings_store.add_meeting("test", Meeting(on=dt.date(2026, 12, 10), place="Hall"))
    minute = minutes_store.add_minute("test", Minute(meeting_id=meeting.id or 0, number="26/1",
                                                     title="Play area", body="Noted."))
    from parishdesk.domain.meetings.minutes import sign

    hashed, signature = sign([minute], "Cllr Ellwood", dt.date(2027, 1, 14))
    minutes_store.save_signature("test", hashed, signature)
    with pytest.raises(SignedMinute, match="26/1"):
        minutes_store.update_minute("test", minute.id or 0, body="Changed")
    with pytest.raises(SignedMinute):
        minutes_store.replace_drafts("test", meeting.id or 0, [])
    assert minutes_store.last_chain_hash() == signature.chain_hash
