from PySide6.QtCore import Qt

from parishdesk.gui.setup_dialog import SetupChoice, SetupDialog


def test_validation_messages_appear_beside_the_fields(qtbot):
    dialog = SetupDialog()
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.keyClicks(dialog.ui.emailEdit, "not-an-address")
    dialog.try_accept()
    assert dialog.choice is None
    assert dialog.ui.nameError.isVisible() and "council's name" in dialog.ui.nameError.text()
    assert dialog.ui.emailError.isVisible() and "e-mail" in dialog.ui.emailError.text()
    assert dialog.ui.clerkError.isVisible()
    assert not dialog.ui.telephoneError.isVisible()


def test_filled_in_dialog_returns_the_details(qtbot):
    dialog = SetupDialog()
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.keyClicks(dialog.ui.nameEdit, "Little Wenham Parish Council")
    dialog.ui.nationCombo.setCurrentIndex(dialog.ui.nationCombo.findData("scotland"))
    qtbot.keyClicks(dialog.ui.emailEdit, "clerk@littlewenham.example")
    qtbot.keyClicks(dialog.ui.clerkEdit, "Sam Fielding")
    qtbot.keyClick(dialog.ui.clerkEdit, Qt.Key.Key_Return)
    assert dialog.result() == SetupDialog.DialogCode.Accepted
    assert dialog.choice == SetupChoice(demo=False, details=dialog.details(),
                                        clerk_name="Sam Fielding")
    assert dialog.choice.details.nation == "scotland"


def test_demo_button(qtbot):
    dialog = SetupDialog()
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.mouseClick(dialog.ui.demoButton, Qt.MouseButton.LeftButton)
    assert dialog.choice == SetupChoice(demo=True)


def test_first_run_creates_the_council_and_its_clerk(qtbot, ctx, monkeypatch):
    from parishdesk.domain.council import CouncilDetails
    from parishdesk.gui.startup import start
    from parishdesk.store import db, members_store

    details = CouncilDetails(name="Little Wenham Parish Council", email="c@lw.example")
    monkeypatch.setattr(SetupDialog, "ask", classmethod(
        lambda cls, parent=None: SetupChoice(False, details, "Sam Fielding")))
    window = start(ctx)
    try:
        assert window is not None
        qtbot.addWidget(window)
        assert "Little Wenham" in window.windowTitle()
        clerk = members_store.clerk()
        assert clerk is not None and clerk.surname == "Fielding" and clerk.is_proper_officer
    finally:
        db.close()


def test_cancelling_first_run_starts_nothing(ctx, monkeypatch):
    from parishdesk.gui.startup import start
    from parishdesk.store import db

    monkeypatch.setattr(SetupDialog, "ask", classmethod(lambda cls, parent=None: None))
    try:
        assert start(ctx) is None
    finally:
        db.close()


def test_first_run_can_choose_the_demo_council(qtbot, ctx, monkeypatch):
    from parishdesk.gui.startup import start
    from parishdesk.store import db
    from parishdesk.store.council_store import get_council

    monkeypatch.setattr(SetupDialog, "ask", classmethod(lambda cls, parent=None:
                                                        SetupChoice(demo=True)))
    window = start(ctx)
    try:
        assert window is not None
        qtbot.addWidget(window)
        assert get_council().is_demo
        assert "DEMO" in window.council_label.text()
    finally:
        db.close()
