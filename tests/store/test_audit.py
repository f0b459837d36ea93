import json

import peewee
import pytest

from parishdesk.errors import ArchiveInstead
from parishdesk.store import audit
from parishdesk.store.db import database
from parishdesk.store.models import AuditEntry, Committee, Person, Role


def test_create_writes_an_audit_entry_with_the_new_values(opened):
    person = audit.create(Person, "clerk", kind="councillor", first_name="Ada", surname="Vale")
    [entry] = audit.history("person", person.id)
    assert entry.action == "create" and entry.actor == "clerk"
    assert entry.changes["surname"] == [None, "Vale"]
    assert "id" not in entry.changes


def test_update_records_before_and_after_of_changed_fields_only(opened):
    person = audit.create(Person, "clerk", kind="councillor", first_name="Ada", surname="Vale")
    changes = audit.update(person, "clerk", surname="Vale-Smith", first_name="Ada")
    assert changes == {"surname": ["Vale", "Vale-Smith"]}
    entry = audit.history("person", person.id)[-1]
    assert entry.action == "update" and entry.changes == {"surname": ["Vale", "Vale-Smith"]}
    assert audit.update(person, "clerk", surname="Vale-Smith") == {}
    assert len(audit.history("person", person.id)) == 2  # no entry for a non-change


def test_a_failed_change_leaves_neither_row_nor_audit_entry(opened):
    before_rows, before_audit = Role.select().count(), AuditEntry.select().count()
    with pytest.raises(peewee.IntegrityError):
        audit.create(Role, "clerk", person=424242, kind="council_chair", start_on="2026-05-01")
    assert Role.select().count() == before_rows
    assert AuditEntry.select().count() == before_audit


def test_a_failed_audit_write_rolls_back_the_change(opened, monkeypatch):
    def broken(*args, **kwargs):
        raise peewee.OperationalError("disk I/O error")

    monkeypatch.setattr(audit, "_write", broken)
    with pytest.raises(peewee.OperationalError):
        audit.create(Committee, "clerk", name="Allotments Committee")
    assert Committee.select().where(Committee.name == "Allotments Committee").count() == 0


def test_several_writes_commit_together_or_not_at_all(opened):
    with pytest.raises(RuntimeError), database.atomic():
        audit.create(Committee, "clerk", name="Burial Ground Committee")
        raise RuntimeError("clerk cancelled half way")
    assert Committee.select().count() == 0
    assert AuditEntry.select().where(AuditEntry.table == "committee").count() == 0


def test_the_audit_log_is_append_only(opened):
    audit.note("person", 1, "clerk", "Telephoned about the agenda")
    with pytest.raises(peewee.DatabaseError, match="append-only"):
        database.execute_sql("UPDATE audit_log SET actor = 'someone else'")
    with pytest.raises(peewee.DatabaseError, match="append-only"):
        database.execute_sql("DELETE FROM audit_log")


def test_records_are_archived_never_deleted(opened):
    person = audit.create(Person, "clerk", kind="councillor", first_name="Ada", surname="Vale")
    with pytest.raises(ArchiveInstead):
        person.delete_instance()
    audit.archive(person, "clerk", "resigned", left_reason="Resigned")
    again = Person.get_by_id(person.id)
    assert again.archived_at is not None and again.left_reason == "Resigned"
    entry = audit.history("person", person.id)[-1]
    assert entry.action == "archive" and entry.note == "resigned"
    assert json.loads(AuditEntry.get_by_id(AuditEntry.select().count()).changes)
    audit.unarchive(again, "clerk", "came back")
    assert Person.get_by_id(person.id).archived_at is None
    assert audit.history("person", person.id)[-1].action == "restore"
