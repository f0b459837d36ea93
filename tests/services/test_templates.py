"""Saving and resetting a letter's wording: one use case each, with the wording in the audit log."""

import pytest

from parishdesk.errors import ValidationError
from parishdesk.services import templates
from parishdesk.store import audit


def test_saving_wording_writes_the_file_and_an_audit_entry_with_before_and_after(paths, opened):
    before = templates.wording("ack_reminder", paths.templates_dir)
    text = before.rstrip("\n") + "\n\nWith thanks from {council_name}.\n"
    saved = templates.save_wording("ack_reminder", text, paths.templates_dir, "clerk")
    assert saved.read_text(encoding="utf-8") == text
    assert templates.is_edited("ack_reminder", paths.templates_dir)
    [entry] = audit.history(templates.TABLE, "ack_reminder")
    assert entry.actor == "clerk"
    assert entry.changes["text"] == [before, text]


def test_wording_with_problems_is_refused_beside_the_text_and_nothing_is_written(paths, opened):
    text = templates.shipped_wording("ack_reminder") + "\nYour shoe size is {shoe_size}.\n"
    with pytest.raises(ValidationError) as caught:
        templates.save_wording("ack_reminder", text, paths.templates_dir, "clerk")
    assert "{shoe_size}" in caught.value.problems["text"]
    assert not templates.is_edited("ack_reminder", paths.templates_dir)
    assert audit.history(templates.TABLE, "ack_reminder") == []


def test_reset_keeps_the_clerks_wording_in_the_audit_log(paths, opened):
    own = templates.shipped_wording("ack_reminder").rstrip("\n") + "\n\nKind regards.\n"
    templates.save_wording("ack_reminder", own, paths.templates_dir, "clerk")
    templates.reset_wording("ack_reminder", paths.templates_dir, "deputy")
    assert not templates.is_edited("ack_reminder", paths.templates_dir)
    assert templates.wording("ack_reminder", paths.templates_dir) == \
        templates.shipped_wording("ack_reminder")
    last = audit.history(templates.TABLE, "ack_reminder")[-1]
    assert (last.actor, last.changes["text"][0]) == ("deputy", own)


def test_a_failed_write_leaves_no_audit_entry(paths, opened):
    blocker = paths.templates_dir
    blocker.parent.mkdir(parents=True, exist_ok=True)
    if blocker.exists():
        blocker.rmdir()
    blocker.write_text("not a folder")  # the templates folder cannot be made
    with pytest.raises(OSError):
        templates.save_wording("ack_reminder", templates.shipped_wording("ack_reminder"),
                               blocker, "clerk")
    assert audit.history(templates.TABLE, "ack_reminder") == []
