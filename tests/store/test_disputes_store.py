"""The disputes tables: made by migration 8, records in and out, archived never deleted."""

from __future__ import annotations

import datetime as dt
import sqlite3

import pytest

from parishdesk.domain.dispute_case import DisputeCase, Party
from parishdesk.domain.dispute_steps import Step
from parishdesk.errors import ArchiveInstead
from parishdesk.store import disputes_store as store
from parishdesk.store import migrations

DAY = dt.date(2026, 11, 23)


def test_migration_8_creates_the_case_tables(opened, paths):
    assert 8 in [m.version for m in migrations.discover()]
    conn = sqlite3.connect(paths.db_file)
    names = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
    conn.close()
    assert {"dispute_case", "dispute_party", "dispute_step", "dispute_note",
            "dispute_attachment", "dispute_link"} <= names


def _case() -> DisputeCase:
    return store.create_case("t", DAY, track="grievance", raised_by="officer",
                             about="councillor", nature="behaviour", title="A title",
                             account="Words", recommended_track="grievance")


def test_cases_number_by_year_and_come_back_as_records(opened):
    first, second = _case(), _case()
    assert (first.reference, second.reference) == ("DC/2026/001", "DC/2026/002")
    assert isinstance(store.get_case(first.id), DisputeCase)
    assert store.find_case("dc/2026/002") == second
    party = store.add_party("t", first.id, "complainant", "Liam Hartley", "officer")
    assert isinstance(party, Party) and store.parties([first.id]) == [party]
    step = store.add_step("t", first.id, "received", DAY, detail="secret words")
    assert isinstance(step, Step)
    assert store.steps_by_case([first.id]) == {first.id: [step]}
    assert store.step_details(first.id) == {step.id: "secret words"}


def test_people_are_archived_not_deleted(opened):
    case = _case()
    party = store.add_party("t", case.id, "witness", "Someone", "public")
    store.archive_party("t", party.id, "added by mistake")
    assert store.parties([case.id]) == []
    row = store.PartyRow.get_by_id(party.id)
    assert row.archived_at is not None
    with pytest.raises(ArchiveInstead):
        row.delete_instance()
