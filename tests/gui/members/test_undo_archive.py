"""Edit > Undo of archiving an interest: the entry goes back on the register, audited."""

from __future__ import annotations

from parishdesk.services import members
from parishdesk.store import audit
from tests.gui.members.test_page import _ellwood, _fill_dialog


def _archive_first_interest(page, monkeypatch):
    person_id = _ellwood(page)
    detail = page.detail
    detail.setCurrentIndex(2)
    table = detail.interests_table
    table.selectRow(0)
    description = table.item(0, 1).text()
    interest = next(i for i in members.interests_of(person_id) if i.description == description)
    _fill_dialog(monkeypatch, {"note": "Entered twice"})
    detail.archive_interest()
    return person_id, interest


def test_an_archived_interest_is_put_back_by_undo(page, monkeypatch):
    person_id, interest = _archive_first_interest(page, monkeypatch)
    assert interest.id not in [i.id for i in members.interests_of(person_id)]
    stack = page.ctx.undo
    assert stack.why_not() is None
    assert stack.peek().description == \
        f"archiving the interest \u201c{interest.description}\u201d"
    stack.undo("Catherine Brooks")
    assert interest.id in [i.id for i in members.interests_of(person_id)]
    page.refresh()
    table = page.detail.interests_table
    assert interest.description in [table.item(r, 1).text() for r in range(table.rowCount())]
    restored = audit.history("interest", interest.id)[-1]
    assert (restored.action, restored.actor) == ("restore", "Catherine Brooks")
    assert stack.why_not() is not None  # nothing left to undo


def test_undo_of_an_archive_is_refused_once_it_is_back(page, monkeypatch):
    from parishdesk.services.members import declarations

    _person_id, interest = _archive_first_interest(page, monkeypatch)
    declarations.restore_entry("interest", interest.id, "Liam Hartley")  # put back elsewhere
    reason = page.ctx.undo.why_not()
    assert reason is not None and "has changed since" in reason
