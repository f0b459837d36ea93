import logging

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from parishdesk.gui.areas import AREAS, load_area_module
from parishdesk.gui.common.not_built import NotBuiltPage


def test_navigation_lists_every_area_and_switches(qtbot, main_window):
    nav = main_window.ui.navList
    labels = [nav.item(i).text().split(" (")[0] for i in range(nav.count())]
    assert labels == ["Members", "Enquiries", "Information requests", "Disputes", "Meetings",
                      "Documents"]
    for row, spec in enumerate(AREAS):
        nav.setCurrentRow(row)
        assert main_window.current_area() == spec.key
        assert main_window.ui.areaStack.currentWidget() is main_window.page(spec.key)


def test_keyboard_shortcuts_switch_areas(qtbot, main_window):
    main_window.activateWindow()
    actions = main_window.ui.menuView.actions()
    assert [a.shortcut().toString() for a in actions] == [f"Ctrl+{i}" for i in range(1, 7)]
    actions[3].trigger()
    assert main_window.current_area() == "disputes"


def test_unbuilt_areas_say_so_honestly(main_window):
    for spec in AREAS:
        page = main_window.page(spec.key)
        if load_area_module(spec) is None:
            assert isinstance(page, NotBuiltPage)
            assert "not built yet" in page.accessibleName()


def test_every_menu_action_has_a_shortcut(main_window):
    from parishdesk.gui.menus import menu_bar_entries

    leave_demo = main_window.ui.actionLeaveDemo
    for action in menu_bar_entries(main_window):
        if action is not leave_demo:
            assert not action.shortcut().isEmpty(), action.text()
    # Leaving the demo starts the set-up: never one slip of the fingers away from Quit.
    assert leave_demo.shortcut().isEmpty()


def test_status_bar_names_the_demo_council_and_last_backup(main_window):
    assert "Ashcombe Parish Council" in main_window.council_label.text()
    assert "DEMO" in main_window.council_label.text()
    assert main_window.backup_label.text().startswith("Last backup: ")


def test_back_up_now_makes_a_backup(qtbot, main_window, ctx):
    before = set(ctx.paths.backups_dir.glob("manual-*"))
    main_window.ui.actionBackUp.trigger()
    assert len(set(ctx.paths.backups_dir.glob("manual-*")) - before) == 1


def test_window_geometry_is_remembered(qtbot, ctx, main_window):
    from parishdesk.gui.main_window import MainWindow

    main_window.move(40, 50)
    main_window.resize(main_window.minimumSizeHint().width() + 37, 612)
    before = main_window.geometry()
    main_window.close()
    saved = ctx.settings().value("main_window/geometry")
    assert saved is not None and not saved.isEmpty()
    again = MainWindow(ctx)
    qtbot.addWidget(again)
    assert again.size() == before.size()


def test_excepthook_logs_and_offers_copy_details(qtbot, monkeypatch, caplog):
    from parishdesk.gui.common import errors

    shown = []
    monkeypatch.setattr(errors.ErrorDialog, "exec", lambda self: shown.append(self) or 0)
    try:
        raise ZeroDivisionError("division by zero in a test")
    except ZeroDivisionError as exc:
        with caplog.at_level(logging.ERROR, logger="parishdesk.errors"):
            errors.excepthook(type(exc), exc, exc.__traceback__)
    assert "ZeroDivisionError" in caplog.text and "Traceback" in caplog.text
    [dialog] = shown
    qtbot.addWidget(dialog)
    qtbot.mouseClick(dialog.copy_button, Qt.MouseButton.LeftButton)
    assert "division by zero in a test" in QApplication.clipboard().text()


def test_expected_problems_get_a_plain_message(monkeypatch):
    from PySide6.QtWidgets import QMessageBox

    from parishdesk.errors import ParishDeskError
    from parishdesk.gui.common import errors

    said = []
    monkeypatch.setattr(QMessageBox, "warning", staticmethod(lambda p, t, m: said.append((t, m))))
    errors.excepthook(ParishDeskError, ParishDeskError("The file is not readable."), None)
    errors.show_expected(None, PermissionError(13, "Permission denied", "/read/only"))
    errors.show_expected(None, OSError(28, "No space left on device"))
    assert said[0] == ("ParishDesk", "The file is not readable.")
    assert "not allowed to write" in said[1][1] and "Nothing was lost" in said[1][1]
    assert said[2][0] == "The disk is full"


def test_damaged_database_offers_the_newest_good_backup(qtbot, ctx, monkeypatch):
    from parishdesk.gui.common import dialogs
    from parishdesk.gui.startup import open_or_recover
    from parishdesk.services.demo import create_demo_council
    from parishdesk.store import backup, db, schema
    from parishdesk.store.council_store import get_council

    schema.open_database(ctx.paths.db_file, ctx.paths.backups_dir)
    create_demo_council("test", ctx.today())
    backup.manual_backup(ctx.paths.db_file, ctx.paths.backups_dir)
    db.close()
    raw = bytearray(ctx.paths.db_file.read_bytes())
    raw[4096:4096 * 5] = b"\xa5" * (4096 * 4)
    ctx.paths.db_file.write_bytes(bytes(raw))
    asked = []
    monkeypatch.setattr("parishdesk.gui.common.dialogs.ask_restore_damaged",
                        lambda parent, message, label: asked.append((message, label)) or True)
    assert dialogs is not None
    try:
        assert open_or_recover(ctx) is True
        assert "damaged" in asked[0][0] and asked[0][1]
        assert get_council().name == "Ashcombe Parish Council"
        assert list(ctx.paths.damaged_dir.iterdir())
    finally:
        db.close()


def test_restore_from_backup_goes_back_and_keeps_the_present(qtbot, main_window, ctx,
                                                             monkeypatch):
    from PySide6.QtWidgets import QMessageBox

    from parishdesk.gui.common.dialogs import BackupChooser
    from parishdesk.services import maintenance
    from parishdesk.store.council_store import get_council, save_council

    saved = maintenance.back_up_now(ctx.paths)
    council = get_council()
    save_council(council.__class__(**{**council.__dict__, "name": "Changed Parish Council"}),
                 "test")
    offered = []
    monkeypatch.setattr(BackupChooser, "ask", classmethod(
        lambda cls, backups, parent=None: offered.extend(backups) or saved))
    monkeypatch.setattr(QMessageBox, "question",
                        staticmethod(lambda *a, **k: QMessageBox.StandardButton.Yes))
    monkeypatch.setattr(QMessageBox, "information", staticmethod(lambda *a, **k: None))
    main_window.ui.actionRestore.trigger()
    assert saved in [b.path for b in offered]
    assert get_council().name == "Ashcombe Parish Council"
    assert list(ctx.paths.backups_dir.glob("pre-restore-*.sqlite3"))
    assert not main_window.isVisible()


def test_show_log_and_about(qtbot, main_window, monkeypatch):
    from PySide6.QtWidgets import QMessageBox

    from parishdesk.gui.common.dialogs import LogViewer

    seen = []
    monkeypatch.setattr(LogViewer, "exec", lambda self: seen.append(self.text.toPlainText()) or 0)
    monkeypatch.setattr(QMessageBox, "about", staticmethod(lambda p, t, m: seen.append(m)))
    main_window.ui.actionShowLog.trigger()
    main_window.ui.actionAbout.trigger()
    assert seen[0] and "ParishDesk" in seen[1] and str(main_window.ctx.paths.data_dir) in seen[1]


def test_badges_set_before_the_window_listened_are_shown(qtbot, paths, demo_template):
    import datetime as dt

    from parishdesk.gui.common.context import AppContext
    from parishdesk.gui.startup import start
    from parishdesk.store import db
    from tests.conftest import install_demo

    install_demo(demo_template, paths.db_file)
    # A day in the month before the demo protocol's next review falls due.
    ctx = AppContext(paths, actor="test", today=lambda: dt.date(2027, 5, 10))
    window = start(ctx)
    try:
        qtbot.addWidget(window)
        nav = window.ui.navList
        labels = [nav.item(i).text() for i in range(nav.count())]
        assert any(label.startswith("Documents (") and "review" in label for label in labels)
    finally:
        window.close()
        db.close()


def test_council_details_can_be_corrected(qtbot, main_window, monkeypatch):
    import dataclasses

    from parishdesk.gui.setup_dialog import SetupDialog
    from parishdesk.store import audit
    from parishdesk.store.council_store import get_council

    seen = []

    def edit(cls, details, parent=None):
        dialog = cls(parent)
        dialog.use_for_editing(details)
        seen.append(dialog)
        assert not dialog.ui.demoButton.isVisibleTo(dialog)
        assert dialog.ui.nameEdit.text() == "Ashcombe Parish Council"
        return dataclasses.replace(dialog.details(), mo_name="Mr Tobias Grant")

    monkeypatch.setattr(SetupDialog, "edit", classmethod(edit))
    main_window.ui.actionCouncilDetails.trigger()
    council = get_council()
    assert council.mo_name == "Mr Tobias Grant" and council.is_demo
    assert main_window.ctx.council == council
    last = audit.history("council", council.id)[-1]
    assert last.changes["mo_name"][1] == "Mr Tobias Grant"
    for dialog in seen:
        qtbot.addWidget(dialog)


def test_leaving_the_demo_keeps_it_and_starts_afresh(qtbot, main_window, ctx, monkeypatch):
    from PySide6.QtWidgets import QMessageBox

    from parishdesk.gui.setup_dialog import SetupDialog
    from parishdesk.gui.startup import start
    from parishdesk.store import backup, db

    assert main_window.ui.actionLeaveDemo.isVisible()
    monkeypatch.setattr(QMessageBox, "question",
                        staticmethod(lambda *a, **k: QMessageBox.StandardButton.Yes))
    main_window.ui.actionLeaveDemo.trigger()
    assert not main_window.isVisible()
    kept = list(ctx.paths.backups_dir.glob("demo-*.sqlite3"))
    assert len(kept) == 1 and backup.peek_council_name(kept[0]) == "Ashcombe Parish Council"
    assert not ctx.paths.db_file.exists()
    asked = []
    monkeypatch.setattr(SetupDialog, "ask", classmethod(lambda cls, p=None: asked.append(1)))
    try:
        assert start(ctx) is None and asked == [1]  # set-up is offered again
    finally:
        db.close()


def test_leave_demo_is_offered_only_for_the_demo(qtbot, ctx, monkeypatch):
    from parishdesk.domain.council import CouncilDetails
    from parishdesk.gui.setup_dialog import SetupChoice, SetupDialog
    from parishdesk.gui.startup import start
    from parishdesk.store import db

    monkeypatch.setattr(SetupDialog, "ask", classmethod(lambda cls, p=None: SetupChoice(
        False, CouncilDetails(name="Little Wenham Parish Council"), "Sam Fielding")))
    window = start(ctx)
    try:
        qtbot.addWidget(window)
        assert not window.ui.actionLeaveDemo.isVisible()
    finally:
        db.close()


def test_arrowing_through_the_navigation_list_keeps_focus_there(qtbot, main_window):
    from PySide6.QtWidgets import QApplication

    main_window.activateWindow()
    qtbot.waitUntil(main_window.isActiveWindow)
    nav = main_window.ui.navList
    nav.setFocus()
    nav.setCurrentRow(0)
    qtbot.waitUntil(nav.hasFocus)
    for _ in range(len(AREAS) - 1):
        qtbot.keyClick(nav, Qt.Key.Key_Down)
        qtbot.wait(10)
        assert QApplication.focusWidget() is nav
    assert main_window.current_area() == AREAS[-1].key
