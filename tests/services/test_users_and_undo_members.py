"""Who is using ParishDesk (never the login name), and undoing edits to a member."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

from parishdesk.services import members, undo, users
from parishdesk.store import audit

TODAY = dt.date(2026, 11, 22)


def test_the_clerk_is_first_and_former_officers_are_not_offered(demo) -> None:
    found = users.current_officers(TODAY)
    assert [u.name for u in found] == ["Catherine Brooks", "Liam Hartley"]
    assert found[0].label == "Catherine Brooks (Clerk)"
    liam = next(o for o in members.officers() if o.surname == "Hartley")
    members.archive_officer(liam.id, TODAY, "Moved away", "Catherine Brooks", TODAY)
    assert [u.name for u in users.current_officers(TODAY)] == ["Catherine Brooks"]


def test_the_remembered_officer_takes_the_seat_if_still_in_post(demo) -> None:
    liam = next(u for u in users.current_officers(TODAY) if u.name == "Liam Hartley")
    assert users.choose_user(liam.person_id, TODAY) == liam
    assert users.choose_user(None, TODAY).name == "Catherine Brooks"
    assert users.choose_user(99999, TODAY).name == "Catherine Brooks"


def test_the_command_line_acts_as_the_clerk_never_the_login(demo, monkeypatch) -> None:
    monkeypatch.setenv("USER", "laptop-login")
    monkeypatch.setenv("LOGNAME", "laptop-login")
    assert users.command_line_actor(TODAY) == "Catherine Brooks (command line)"


def test_with_no_database_open_the_command_line_is_named_as_such() -> None:
    from parishdesk.commands._support import actor_name
    from parishdesk.store import db

    db.close()
    assert actor_name() == "command line"


def test_a_councillors_edited_details_are_undone_through_the_service(demo) -> None:
    before = next(c for c in members.councillors(TODAY) if c.surname == "Pritchard")
    after = members.update_councillor(replace(before, email="new@example.org", ward="East"),
                                      "Catherine Brooks", TODAY)
    stack = undo.UndoStack()
    stack.record(undo.councillor_edit(before, after, TODAY))
    assert stack.why_not() is None and "Pritchard" in stack.peek().description
    stack.undo("Liam Hartley")
    again = next(c for c in members.councillors(TODAY) if c.surname == "Pritchard")
    assert (again.email, again.ward) == (before.email, before.ward)
    last = audit.history("person", before.id)[-1]
    assert last.actor == "Liam Hartley"
    assert last.changes["email"] == ["new@example.org", before.email]


def test_an_officers_edit_is_undone_unless_changed_since(demo) -> None:
    before = next(o for o in members.officers() if o.surname == "Hartley")
    after = members.update_officer(replace(before, phone="01632 960000"), "Catherine Brooks",
                                   TODAY)
    stack = undo.UndoStack()
    stack.record(undo.officer_edit(before, after, TODAY))
    members.update_officer(replace(after, email="liam@example.org"), "Catherine Brooks", TODAY)
    assert "has changed since" in (stack.why_not() or "")


def test_an_archived_training_record_is_put_back_only_once(demo) -> None:
    import pytest

    from parishdesk.errors import ParishDeskError
    from parishdesk.services.members import declarations
    from parishdesk.store import register_restore

    person = next(c for c in members.councillors(TODAY) if members.training_of(c.id))
    course = members.training_of(person.id)[0]
    members.archive_training(course.id, "Catherine Brooks", "Entered by mistake")
    stack = undo.UndoStack()
    stack.record(undo.entry_archive("training_record", course.id, "the training"))
    stack.undo("Liam Hartley")
    assert course.id in [t.id for t in members.training_of(person.id)]
    assert audit.history("training_record", course.id)[-1].action == "restore"
    with pytest.raises(ParishDeskError, match="on the register already"):
        declarations.restore_entry("training_record", course.id, "Liam Hartley")
    with pytest.raises(ValueError):
        register_restore.restore_entry("person", person.id, "Liam Hartley", "no")


def test_a_councillor_archived_by_mistake_is_put_back_with_their_roles(demo) -> None:
    from parishdesk.store import members_store, register_store

    before = next(c for c in members.councillors(TODAY) if c.surname == "Ellwood")
    roles_before = members.roles(before.id)
    open_roles = [r for r in roles_before if r.end is None]
    assert open_roles  # she chairs the council and sits on committees
    members.archive_councillor(before.id, TODAY, "Resigned", "Catherine Brooks", TODAY)
    assert register_store.is_archived(before.id)
    assert all(r.end == TODAY for r in members_store.list_roles(before.id)
               if r.id in {o.id for o in open_roles})
    stack = undo.UndoStack()
    stack.record(undo.member_archive(before, roles_before))
    assert stack.peek().description == f"archiving {before.display_name}"
    stack.undo("Liam Hartley")
    assert not register_store.is_archived(before.id)
    again = next(c for c in members.councillors(TODAY) if c.id == before.id)
    assert (again.left_on, again.left_reason) == (before.left_on, before.left_reason)
    assert members.roles(before.id) == roles_before
    entries = audit.history("person", before.id)
    assert [e.action for e in entries[-2:]] == ["restore", "update"]
    assert {e.actor for e in entries[-2:]} == {"Liam Hartley"}
    assert stack.why_not() is not None


def test_an_officer_archived_by_mistake_is_put_back(demo) -> None:
    from parishdesk.store import register_store

    before = next(o for o in members.officers() if o.surname == "Hartley")
    members.archive_officer(before.id, TODAY, "Moved away", "Catherine Brooks", TODAY)
    stack = undo.UndoStack()
    stack.record(undo.member_archive(before, members.roles(before.id)))
    stack.undo("Catherine Brooks")
    assert not register_store.is_archived(before.id)
    assert next(o for o in members.officers() if o.id == before.id).ended_on is None
    assert [u.name for u in users.current_officers(TODAY)] == ["Catherine Brooks",
                                                                "Liam Hartley"]
