from parishdesk.gui.documents.templates import TemplatesTab
from parishdesk.services.templates import shipped_wording as shipped_template
from parishdesk.services.templates import wording as load_template


def _tab(qtbot, ctx):
    tab = TemplatesTab(ctx)
    qtbot.addWidget(tab)
    tab.show()
    return tab


def _choose(tab, key):
    for i in range(tab.list.count()):
        if tab.list.item(i).data(256) == key:
            tab.list.setCurrentRow(i)
            return
    raise AssertionError(key)


def test_unknown_placeholder_is_refused_and_nothing_saved(qtbot, ctx, opened):
    tab = _tab(qtbot, ctx)
    _choose(tab, "ack_reminder")
    text = tab.editor.toPlainText() + "\nYour shoe size is {shoe_size}.\n"
    tab.editor.setPlainText(text)
    assert "{shoe_size}" in tab.problems.text()
    assert tab.problems.isVisibleTo(tab)
    assert not tab.save_button.isEnabled()
    assert "No preview" in tab.preview.toPlainText()
    assert tab.save() is False
    assert not (ctx.paths.templates_dir / "ack_reminder.txt").exists()


def test_valid_edit_is_previewed_saved_and_reset(qtbot, ctx, opened, monkeypatch):
    tab = _tab(qtbot, ctx)
    _choose(tab, "ack_reminder")
    original = tab.editor.toPlainText()
    text = original + "\nWith thanks from {council_name}.\n"
    tab.editor.setPlainText(text)
    assert tab.problems.text() == ""
    assert "(not saved)" in tab.list.currentItem().text()
    preview = tab.preview.toPlainText()
    assert "Reminder: acknowledgement of the Member/Officer Protocol" in preview
    assert "With thanks from" in preview
    assert tab.save_button.isEnabled()
    assert tab.save() is True
    saved = ctx.paths.templates_dir / "ack_reminder.txt"
    assert saved.read_text(encoding="utf-8").rstrip("\n") == text.rstrip("\n")
    assert load_template("ack_reminder", ctx.paths.templates_dir).rstrip("\n") == \
        text.rstrip("\n")
    assert "(edited)" in tab.list.currentItem().text()

    monkeypatch.setattr(TemplatesTab, "confirm_reset", classmethod(lambda cls, p, label: True))
    tab.reset_action.trigger()
    assert not saved.exists()
    assert tab.editor.toPlainText() == shipped_template("ack_reminder")
    assert "(edited)" not in tab.list.currentItem().text()


def test_unsaved_wording_survives_switching_templates(qtbot, ctx, opened):
    tab = _tab(qtbot, ctx)
    _choose(tab, "general")
    tab.editor.setPlainText("Subject: {subject}\n\nDear friend,\n\n{body}\n")
    _choose(tab, "pack_cover")
    _choose(tab, "general")
    assert "Dear friend" in tab.editor.toPlainText()


def test_access_letter_template_must_keep_the_rule_required_paragraphs(qtbot, ctx, opened):
    tab = _tab(qtbot, ctx)
    _choose(tab, "access_decision")
    assert "{decision_paragraphs}" in tab.editor.toPlainText()
    assert "writes the decision and the reasons" in tab.preview.toPlainText()
    tab.editor.setPlainText(tab.editor.toPlainText().replace("{decision_paragraphs}", ""))
    assert "Keep {decision_paragraphs}" in tab.problems.text()
    assert not tab.save_button.isEnabled()
    assert tab.save() is False
    assert not (ctx.paths.templates_dir / "access_decision.txt").exists()


def test_long_template_names_wrap_instead_of_being_cut_off(qtbot, ctx, opened):
    tab = _tab(qtbot, ctx)
    tab.resize(tab.minimumSizeHint().width(), 600)
    qtbot.waitExposed(tab)
    view = tab.list
    assert view.wordWrap()
    longest = max((view.item(i) for i in range(view.count())), key=lambda it: len(it.text()))
    assert longest.toolTip() == longest.text()
    rect = view.visualItemRect(longest)
    line = view.fontMetrics().height()
    assert rect.right() <= view.viewport().width()
    assert view.fontMetrics().horizontalAdvance(longest.text()) > view.viewport().width()
    assert rect.height() >= 2 * line - 2  # wrapped onto a second line


def test_the_preview_greets_a_councillor_as_a_real_letter_does(qtbot, ctx, opened):
    tab = _tab(qtbot, ctx)
    _choose(tab, "ack_reminder")
    shown = tab.preview.toPlainText()
    assert "Dear Councillor Example," in shown and "Dear Cllr" not in shown
