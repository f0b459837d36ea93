import datetime as dt

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWizard

from parishdesk.gui.documents.common import to_qdate
from parishdesk.gui.documents.import_wizard import ImportWizard
from parishdesk.gui.documents.outline import ClauseTextDialog
from parishdesk.services import protocols
from tests.fixtures.protocol_files import PDF_EXTRACT, SECTIONS_ONLY

PDF_EXTRACT_SECTIONS = ["1", "2", "3", "4", "5"]


def _protocol_file(tmp_path, source=PDF_EXTRACT):
    target = tmp_path / f"our-protocol{source.suffix}"
    target.write_text(source.read_text(encoding="utf-8"), encoding="utf-8")
    return target


def _clause_numbers(tree, section_row):
    heading = tree.topLevelItem(section_row)
    return [heading.child(i).text(0) for i in range(heading.childCount())]


def _next(qtbot, wizard):
    qtbot.mouseClick(wizard.button(QWizard.WizardButton.NextButton), Qt.MouseButton.LeftButton)


def test_wizard_imports_a_protocol_with_a_merge_and_a_renumber(qtbot, ctx, opened,
                                                               tmp_path, monkeypatch):
    wizard = ImportWizard(ctx)
    qtbot.addWidget(wizard)
    wizard.show()

    # Page 1: choose the file.
    page = wizard.choose_page
    assert not wizard.button(QWizard.WizardButton.NextButton).isEnabled()
    page.path_edit.setText(str(_protocol_file(tmp_path)))
    _next(qtbot, wizard)
    assert wizard.currentPage() is wizard.outline_page

    # Page 2: the parsed tree, with no warnings yet.
    editor = wizard.outline_page.editor
    tree = editor.tree
    assert [tree.topLevelItem(i).text(0) for i in range(tree.topLevelItemCount())] == PDF_EXTRACT_SECTIONS
    assert _clause_numbers(tree, 0) == ["1.1", "1.2", "1.3"]
    assert editor.warnings == ()

    # Merge 1.1 with 1.2: the numbering now jumps, and the wizard says so.
    tree.select_clause(0, 0)
    editor.buttons["merge"].click()
    assert _clause_numbers(tree, 0) == ["1.1", "1.3"]
    messages = [editor.warning_list.item(i).text() for i in range(editor.warning_list.count())]
    assert any("1.1 to 1.3" in m and m.startswith("Gap") for m in messages)
    gap_row = next(i for i, m in enumerate(messages) if "1.1 to 1.3" in m)

    # Clicking the warning selects the clause it is about.
    editor.warning_list.setCurrentRow(gap_row)
    assert tree.location() == (0, 1)
    assert tree.currentItem().text(0) == "1.3"

    # Renumber clears the gap.
    editor.renumber_action.trigger()
    assert _clause_numbers(tree, 0) == ["1.1", "1.2"]
    assert editor.warnings == ()

    # Edit the first clause through the dialog (replaced in the test).
    monkeypatch.setattr(ClauseTextDialog, "ask_text",
                        classmethod(lambda cls, parent, number, text: "Our own opening words."))
    tree.select_clause(0, 0)
    editor.edit_action.trigger()
    assert wizard.protocol.sections[0].clauses[0].text == "Our own opening words."
    _next(qtbot, wizard)

    # Page 3: document control, then Save as draft.
    control = wizard.control_page
    assert wizard.currentPage() is control
    control.version_edit.setText("3.1")
    control.adopted_by_edit.setText("Full Council, minute 24/017")
    finish = wizard.button(QWizard.WizardButton.FinishButton)
    assert finish.text().replace("&", "") == "Save as draft"
    qtbot.mouseClick(finish, Qt.MouseButton.LeftButton)

    assert wizard.version_id is not None
    info, saved = protocols.get_version(wizard.version_id)
    assert info.status == "draft"
    assert info.version_label == "3.1"
    assert info.source_name == "our-protocol.txt"
    assert info.meeting == "Full Council, minute 24/017"
    assert [c.number for c in saved.sections[0].clauses] == ["1.1", "1.2"]
    assert saved.sections[0].clauses[0].text == "Our own opening words."
    assert [s.number for s in saved.sections] == PDF_EXTRACT_SECTIONS


def test_wizard_lists_long_clauses_and_splits_one(qtbot, ctx, opened, tmp_path, monkeypatch):
    wizard = ImportWizard(ctx)
    qtbot.addWidget(wizard)
    wizard.show()
    wizard.choose_page.path_edit.setText(
        str(_protocol_file(tmp_path, SECTIONS_ONLY)))
    _next(qtbot, wizard)
    editor = wizard.outline_page.editor
    longs = [w for w in editor.warnings if w.kind == "long"]
    assert longs
    first = longs[0]
    row = list(editor.warnings).index(first)
    assert editor.warning_list.item(row).text().startswith("Long clause:")
    editor.warning_list.setCurrentRow(row)
    assert editor.tree.location() == (first.section_index, first.clause_index)

    before = len(wizard.protocol.sections[first.section_index].clauses)
    clause = editor.tree.selected_clause()
    cut = clause.text.index("\n") + 1 if "\n" in clause.text else len(clause.text) // 2
    monkeypatch.setattr(ClauseTextDialog, "ask_split",
                        classmethod(lambda cls, parent, number, text: cut))
    editor.split_action.trigger()
    assert len(wizard.protocol.sections[first.section_index].clauses) == before + 1


def test_wizard_says_why_a_file_cannot_be_read(qtbot, ctx, opened, tmp_path):
    wizard = ImportWizard(ctx)
    qtbot.addWidget(wizard)
    wizard.show()
    old_word = tmp_path / "protocol.doc"
    old_word.write_bytes(b"\xd0\xcf\x11\xe0")
    wizard.choose_page.path_edit.setText(str(old_word))
    _next(qtbot, wizard)
    assert wizard.currentPage() is wizard.choose_page
    assert wizard.choose_page.error.isVisibleTo(wizard)
    assert ".docx" in wizard.choose_page.error.text()
    assert protocols.list_versions() == []


def test_document_control_page_starts_from_what_the_parser_found(qtbot, ctx, opened, tmp_path):
    text = ("Member/Officer Protocol\n\nVersion\t2.4\nAdopted on\t12/05/2025\n"
            "Next review date\t12/05/2026\n\n1 INTRODUCTION\n\n1.1 Councillors and staff "
            "work together.\n\n1.2 Both sides are courteous.\n")
    source = tmp_path / "protocol.md"
    source.write_text(text, encoding="utf-8")
    wizard = ImportWizard(ctx)
    qtbot.addWidget(wizard)
    wizard.show()
    wizard.choose_page.path_edit.setText(str(source))
    _next(qtbot, wizard)
    _next(qtbot, wizard)
    control = wizard.control_page
    assert control.version_edit.text() == "2.4"
    assert control.adopted_edit.text() == "12/05/2025"
    assert control.reviewed_edit.text() == "Not set"
    meta = control.metadata()
    assert meta.adopted == dt.date(2025, 5, 12)
    assert meta.next_review == dt.date(2026, 5, 12)
    assert meta.last_reviewed is None


def test_next_review_before_last_review_is_refused_beside_the_fields(qtbot, ctx, opened,
                                                                    tmp_path):
    wizard = ImportWizard(ctx)
    qtbot.addWidget(wizard)
    wizard.show()
    wizard.choose_page.path_edit.setText(str(_protocol_file(tmp_path)))
    _next(qtbot, wizard)
    _next(qtbot, wizard)
    control = wizard.control_page
    control.reviewed_edit.setDate(to_qdate(dt.date(2026, 6, 1)))
    control.next_edit.setDate(to_qdate(dt.date(2026, 1, 1)))
    qtbot.mouseClick(wizard.button(QWizard.WizardButton.FinishButton), Qt.MouseButton.LeftButton)
    assert wizard.version_id is None
    assert "cannot be before" in control.field_errors.message("next_review")
    control.next_edit.setDate(to_qdate(dt.date(2027, 1, 1)))
    assert control.field_errors.message("next_review") == ""
    assert protocols.list_versions() == []
