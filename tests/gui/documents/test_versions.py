import datetime as dt

from PySide6.QtCore import Qt

from parishdesk.domain.protocol import edit_clause
from parishdesk.gui.documents.version_dialogs import (
    AdoptDialog,
    Adoption,
    CompareDialog,
    DraftEditor,
    RuleLinksDialog,
)
from parishdesk.gui.documents.versions import EMPTY_TEXT, VersionsTab
from parishdesk.services import protocol_acks, protocols


def _tab(qtbot, ctx):
    tab = VersionsTab(ctx)
    qtbot.addWidget(tab)
    tab.resize(1200, 700)
    tab.show()
    return tab


def _cell(tab, row, column):
    return tab.model.index(row, column).data()


def test_demo_protocol_is_listed_and_shown(qtbot, ctx, demo):
    tab = _tab(qtbot, ctx)
    assert tab.model.rowCount() == 1
    assert _cell(tab, 0, 1) == "Adopted (current)"
    assert tab.model.index(0, 1).data(Qt.ItemDataRole.DecorationRole) is not None
    assert _cell(tab, 0, 2).count("/") == 2  # dd/mm/yyyy
    assert "next review" in tab.control.text()
    tree = tab.viewer.tree
    assert tree.topLevelItemCount() >= 5
    assert tree.topLevelItem(0).child(0).text(0) == "1.1"
    # Only drafts can be edited or adopted; one version leaves nothing to compare.
    assert not tab.edit_action.isEnabled()
    assert not tab.adopt_action.isEnabled()
    assert not tab.compare_action.isEnabled()


def test_empty_state_says_what_to_do(qtbot, ctx, opened):
    tab = _tab(qtbot, ctx)
    assert tab.stack.currentWidget() is tab.empty
    assert tab.empty.text() == EMPTY_TEXT
    assert "Ctrl+Shift+O" in EMPTY_TEXT and "model protocol" in EMPTY_TEXT


def test_start_from_model_edit_adopt_and_compare(qtbot, ctx, demo, monkeypatch):
    tab = _tab(qtbot, ctx)
    old = protocols.adopted_version()
    monkeypatch.setattr(tab, "confirm_new_from_model", lambda adopted: True)
    tab.model_action.trigger()
    assert tab.model.rowCount() == 2
    draft = tab.current
    assert draft is not None and draft.status == "draft"
    assert tab.edit_action.isEnabled() and tab.adopt_action.isEnabled()

    # Edit the draft: change a clause and its document control.
    editor = DraftEditor(ctx, draft.id)
    qtbot.addWidget(editor)
    new_text = "Councillors and officers treat each other with courtesy at all times."
    editor.outline.set_protocol(edit_clause(editor.outline.protocol, 0, 0, new_text))
    editor.version_edit.setText("2.0")
    editor.save()
    assert editor.result() == editor.DialogCode.Accepted
    info, protocol = protocols.get_version(draft.id)
    assert info.version_label == "2.0"
    assert protocol.sections[0].clauses[0].text == new_text

    # Compare shows the change in words.
    tab.refresh(draft.id)
    dialog = CompareDialog(tab.model.rows, old.id, draft.id)
    qtbot.addWidget(dialog)
    statuses = {dialog.model.rows[r].number: dialog.model.index(r, 2).data()
                for r in range(dialog.model.rowCount())}
    first = protocol.sections[0].clauses[0].number
    assert statuses[first] == "Changed"
    assert dialog.model.index(0, 2).data(Qt.ItemDataRole.DecorationRole) is not None
    assert "1 changed" in dialog.summary.text()
    dialog.only_changes.setCurrentIndex(1)
    assert {d.status for d in dialog.model.rows} == {"changed"}

    # Adopt: the dialog warns that everyone must acknowledge again.
    adopt = AdoptDialog(info, old, dt.date(2026, 11, 22))
    qtbot.addWidget(adopt)
    assert "Every councillor will need to acknowledge the new version" in \
        adopt.ui.warningLabel.text()
    assert adopt.ui.dateEdit.text() == "22/11/2026"  # typed date field, dd/mm/yyyy
    adopt.try_accept()
    assert adopt.ui.meetingError.isVisibleTo(adopt)  # the meeting is required
    assert adopt.result_value is None

    monkeypatch.setattr(AdoptDialog, "ask", classmethod(
        lambda cls, info, current, today, parent=None:
        Adoption(dt.date(2026, 11, 20), "Full Council", "26/101")))
    tab.adopt_action.trigger()
    statuses_now = {v.id: v.status for v in protocols.list_versions()}
    assert statuses_now == {old.id: "superseded", draft.id: "adopted"}
    assert _cell(tab, [v.id for v in tab.model.rows].index(old.id), 1) == "Superseded"
    assert all(r.state == "not_issued" for r in protocol_acks.status_rows())


def test_rule_links_are_suggested_and_saved(qtbot, ctx, demo):
    tab = _tab(qtbot, ctx)
    info = tab.current
    _, protocol = protocols.get_version(info.id)
    suggestions = protocols.suggested_links(info.id)
    number, rule_ids = next(iter(suggestions.items()))
    clause = next(c for s in protocol.sections for c in s.clauses if c.number == number)
    dialog = RuleLinksDialog(ctx, info.id, number, clause.text)
    qtbot.addWidget(dialog)
    linked = protocols.clause_links(info.id).get(number, ())
    assert set(dialog.ticked()) == set(linked or rule_ids)
    marked = [dialog.list.item(i).text() for i in range(dialog.list.count())
              if dialog.list.item(i).text().startswith("★")]
    assert len(marked) == len(rule_ids)
    # Untick everything, tick one rule, save.
    for i in range(dialog.list.count()):
        dialog.list.item(i).setCheckState(Qt.CheckState.Unchecked)
    target = next(i for i in range(dialog.list.count())
                  if dialog.list.item(i).data(Qt.ItemDataRole.UserRole) == "CORR-1")
    dialog.list.item(target).setCheckState(Qt.CheckState.Checked)
    dialog.save()
    assert protocols.clause_links(info.id)[number] == ("CORR-1",)


def test_every_column_fits_in_a_narrow_window(qtbot, ctx, demo):
    tab = VersionsTab(ctx)
    qtbot.addWidget(tab)
    tab.resize(tab.minimumSizeHint().width(), 600)
    tab.show()
    qtbot.waitExposed(tab)
    header = tab.table.horizontalHeader()
    for column in range(tab.model.columnCount()):
        needed = max(header.sectionSizeHint(column), tab.table.sizeHintForColumn(column))
        assert header.sectionSize(column) >= needed, tab.model.headerData(
            column, Qt.Orientation.Horizontal)
    assert header.length() <= tab.table.viewport().width() + 1  # "Next review" not cut off


def _answer_question(monkeypatch, start: bool, seen: list):
    """Answer the next question box: press "Start draft …" or Cancel; keep its words."""
    from PySide6.QtWidgets import QMessageBox

    def answer(box):  # type: ignore[no-untyped-def]
        seen.append(f"{box.text()} {box.informativeText()}")
        wanted = [b for b in box.buttons()
                  if b.text().startswith("Start draft") == start]
        wanted[0].click()
        return 0

    monkeypatch.setattr(QMessageBox, "exec", answer)


def test_start_from_model_asks_first_when_a_protocol_is_adopted(qtbot, ctx, demo, monkeypatch):
    tab = _tab(qtbot, ctx)
    adopted = protocols.adopted_version()
    assert adopted is not None and adopted.version_label == "1.0"
    seen: list = []
    _answer_question(monkeypatch, False, seen)
    tab.model_action.trigger()
    assert len(seen) == 1 and "already has an adopted protocol: version 1.0" in seen[0]
    assert "new draft, version 2.0" in seen[0]
    assert [v.id for v in protocols.list_versions()] == [adopted.id]  # Cancel: nothing made
    _answer_question(monkeypatch, True, seen)
    tab.model_action.trigger()
    versions = protocols.list_versions()
    assert len(versions) == 2
    draft = next(v for v in versions if v.status == "draft")
    assert draft.version_label == "2.0" and tab.current == draft
    assert protocols.adopted_version() == adopted  # still in force until adopted


def test_start_from_model_on_an_empty_library_asks_nothing(qtbot, ctx, opened, monkeypatch):
    tab = _tab(qtbot, ctx)
    seen: list = []
    _answer_question(monkeypatch, False, seen)
    tab.model_action.trigger()
    [draft] = protocols.list_versions()
    assert seen == [] and draft.version_label == "1.0" and draft.status == "draft"
