"""Errors beside fields, in one style everywhere, gone as soon as the field is fixed:
checked on two real dialogs (setting up a council, and writing a letter)."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel

from parishdesk.gui.common.labels import ERROR_STYLE


def _shown(label: QLabel, dialog) -> bool:  # type: ignore[no-untyped-def]
    return label.isVisibleTo(dialog) and bool(label.text())


def _one_style(label: QLabel) -> None:
    assert label.text().startswith("\u26a0 ")  # a warning sign, not colour alone
    assert label.styleSheet() == ERROR_STYLE
    assert label.toolTip() and label.toolTip() in label.text()


def test_set_up_a_council_errors_clear_as_each_field_is_fixed(qtbot):
    from parishdesk.gui.setup_dialog import SetupDialog

    dialog = SetupDialog()
    qtbot.addWidget(dialog)
    dialog.show()
    ui = dialog.ui
    qtbot.keyClicks(ui.emailEdit, "clerk-at-nowhere")
    dialog.try_accept()
    assert dialog.choice is None
    for label in (ui.nameError, ui.emailError, ui.clerkError):
        assert _shown(label, dialog)
        _one_style(label)
    assert dialog.focusWidget() is ui.nameEdit  # the first field with a problem
    qtbot.keyClicks(ui.nameEdit, "L")  # the first key fixes the name: its message goes
    assert not _shown(ui.nameError, dialog)
    assert _shown(ui.emailError, dialog) and _shown(ui.clerkError, dialog)
    ui.emailEdit.clear()
    qtbot.keyClicks(ui.emailEdit, "clerk@brampton-pc.example")
    assert not _shown(ui.emailError, dialog) and _shown(ui.clerkError, dialog)
    qtbot.keyClicks(ui.clerkEdit, "Sam Fielding")
    assert not _shown(ui.clerkError, dialog)
    dialog.try_accept()
    assert dialog.choice is not None and dialog.choice.clerk_name == "Sam Fielding"


def test_letter_composer_errors_clear_as_each_field_is_fixed(qtbot, ctx, demo):
    from parishdesk.gui.documents.composer import LetterComposer

    composer = LetterComposer(ctx)
    qtbot.addWidget(composer)
    composer.show()
    composer.issue()
    labels = composer.field_errors.labels
    assert _shown(labels["subject"], composer) and _shown(labels["body"], composer)
    for key in ("subject", "body"):
        _one_style(labels[key])
    qtbot.keyClicks(composer.subject, "A")
    assert not _shown(labels["subject"], composer) and _shown(labels["body"], composer)
    qtbot.keyClicks(composer.body, "T")
    assert not _shown(labels["body"], composer)
    assert composer.issued is None
