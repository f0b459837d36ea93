"""The menus a Word or Outlook user knows, Edit > Undo/Copy/Find, Switch user and Save a copy,
on the real main window over (a copy of) the demo council."""

from __future__ import annotations

from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QFileDialog, QLineEdit, QMessageBox

from parishdesk.gui.areas import AREAS
from parishdesk.gui.menus import entries
from parishdesk.store import enquiry_store


def _texts(menu) -> list[str]:
    return [a.text() for a in menu.actions() if not a.isSeparator()]


def test_the_menu_bar_reads_file_edit_view_tools_help(main_window):
    ui = main_window.ui
    assert [a.text() for a in ui.menuBar.actions()] == [
        "&File", "&Edit", "&View", "&Tools", "&Help"]
    file_texts = _texts(ui.menuFile)
    assert file_texts[:3] == ["&New", "&Import", "&Export"]
    for wanted in ("&Print…", "&Back up now", "Save a &copy of the data…",
                   "&Restore from backup…", "&Protect with a password…", "Personal &data…",
                   "S&witch user…"):
        assert wanted in file_texts, wanted
    assert file_texts[-1] == "&Quit" and ui.actionQuit.shortcut().toString() == "Ctrl+Q"
    assert main_window.print_action.shortcut().toString() == "Ctrl+P"
    # Leaving the demo is under Tools, far from Quit.
    assert ui.actionLeaveDemo not in ui.menuFile.actions()
    assert ui.actionLeaveDemo in ui.menuTools.actions()
    assert [a.shortcut().toString() for a in ui.menuEdit.actions() if not a.isSeparator()] == [
        "Ctrl+Z", "Ctrl+C", "Ctrl+F"]
    assert [a.text() for a in ui.menuView.actions()] == [s.label for s in AREAS]
    assert [a.shortcut().toString() for a in ui.menuView.actions()] == [
        f"Ctrl+{n}" for n in range(1, 7)]
    assert _texts(ui.menuHelp)[0] == "ParishDesk &guide"
    assert ui.actionGuide.shortcut().toString() == "F1"


def test_each_area_entry_sits_in_new_import_export_or_tools(main_window):
    ui = main_window.ui
    assert "New &enquiry (from any area)…" in _texts(ui.menuNew)
    assert "New meeting…" in _texts(ui.menuNew)
    assert "&Import members…" in _texts(ui.menuImport)
    assert "&Import protocol…" in _texts(ui.menuImport)
    assert {"E&xport members…", "Export en&quiries (CSV or Excel)…",
            "Export information requests as CSV…"} <= set(_texts(ui.menuExport))
    tools = _texts(ui.menuTools)
    assert {"Inbo&x settings…", "Sta&ff leave…", "Information request &settings…",
            "D&isputes settings…", "&Meetings settings…", "&Council details…"} <= set(tools)
    for spec in AREAS:  # once built, the real actions are where the stand-ins were
        main_window.page(spec.key)
    assert "Export en&quiries (CSV or Excel)…" in _texts(ui.menuExport)
    assert "Sta&ff leave…" in _texts(ui.menuTools)
    assert tools == _texts(ui.menuTools)


def test_a_window_wide_export_can_be_added_to_the_list(qtbot, ctx, demo_template, monkeypatch):
    from parishdesk.gui import menus
    from parishdesk.gui.startup import start
    from parishdesk.store import db
    from tests.conftest import install_demo

    ran = []
    monkeypatch.setattr(menus, "EXPORTS", [menus.WindowEntry(
        "Deadlines to a &calendar (.ics)…", "Ctrl+Alt+A", lambda w: ran.append(w))])
    install_demo(demo_template, ctx.paths.db_file)
    window = start(ctx)
    qtbot.addWidget(window)
    try:
        action = entries(window.ui.menuExport)[-1]
        assert action.text() == "Deadlines to a &calendar (.ics)…"
        action.trigger()
        assert ran == [window]
    finally:
        window.close()
        db.close()


def test_undo_is_greyed_out_with_the_reason_then_takes_back_a_priority_change(main_window):
    from parishdesk.store import audit

    undo_action = main_window.ui.actionUndo
    main_window.ui.menuEdit.aboutToShow.emit()
    assert not undo_action.isEnabled()
    assert undo_action.toolTip() == "Nothing changed in this session can be undone."
    page = main_window.show_area("enquiries")
    page.ui.table.selectRow(0)
    pane = page.detail
    shown = pane.detail
    assert shown is not None
    before = shown.priority
    other = next(i for i in range(pane.priority_combo.count())
                 if pane.priority_combo.itemData(i) != before)
    pane.priority_combo.setCurrentIndex(other)
    pane.set_priority()
    assert undo_action.isEnabled()
    assert undo_action.text().startswith(f"&Undo the priority of {shown.reference}")
    undo_action.trigger()
    assert pane.detail is not None and pane.detail.priority == before
    last = audit.history("enquiry", shown.id)[-1]
    assert last.changes["priority"][1] == before
    assert last.actor == main_window.ctx.actor == "Catherine Brooks"
    assert not undo_action.isEnabled()


def test_copy_puts_the_selected_rows_on_the_clipboard(main_window):
    page = main_window.show_area("members")
    page.table.setFocus()
    page.table.selectRow(0)
    QApplication.processEvents()
    copied = main_window.ui.actionCopy.trigger() or QGuiApplication.clipboard().text()
    first_row = page.table.model().index(0, 0).data()
    assert first_row and copied.startswith(first_row) and "\t" in copied


def test_find_goes_to_the_search_box_of_the_area_on_screen(main_window):
    from parishdesk.gui.common import edit_actions

    found = {}
    for spec in AREAS:
        main_window.show_area(spec.key)
        QApplication.processEvents()
        box = edit_actions.find(main_window)
        if box is not None:
            assert isinstance(box, QLineEdit) and box.isVisible(), spec.key
            assert QApplication.focusWidget() is box, spec.key
            found[spec.key] = box
    assert {"members", "enquiries", "access"} <= set(found)


def test_switch_user_names_the_chosen_officer_in_the_audit_log(main_window, monkeypatch):
    from parishdesk.gui.common import user_switch
    from parishdesk.gui.common.context import AppContext
    from parishdesk.services import users
    from parishdesk.store import audit

    ctx = main_window.ctx
    assert ctx.actor == "Catherine Brooks"  # the Clerk from the register, not the login
    assert main_window.user_label.text() == "Working as Catherine Brooks"
    main_window.ui.menuFile.aboutToShow.emit()
    assert main_window.ui.actionSwitchUser.isEnabled()
    liam = next(u for u in users.current_officers(ctx.today()) if u.name == "Liam Hartley")
    monkeypatch.setattr(user_switch.SwitchUserDialog, "ask",
                        classmethod(lambda cls, c, parent=None: liam))
    from parishdesk.services import undo

    ctx.undo.record(undo.Change("Catherine's change", lambda actor: None))
    main_window.ui.actionSwitchUser.trigger()
    assert ctx.actor == "Liam Hartley" and ctx.user_id == liam.person_id
    assert not main_window.ui.actionUndo.isEnabled()  # Liam does not undo Catherine's work
    assert main_window.user_label.text() == "Working as Liam Hartley"
    page = main_window.show_area("enquiries")
    page.ui.table.selectRow(0)
    pane = page.detail
    assert pane.detail is not None
    # Only the Clerk sets the order of work: Liam is told so and nothing changes.
    told: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning",
                        staticmethod(lambda parent, title, text, *a: told.append(text)))
    priority = pane.detail.priority
    pane.priority_combo.setCurrentIndex(
        next(i for i in range(pane.priority_combo.count())
             if pane.priority_combo.itemData(i) != priority))
    pane.set_priority()
    assert told and "Only the Clerk" in told[0]
    assert pane.detail.priority == priority
    assert pane.priority_combo.currentData() == priority  # the choice went back
    stored = enquiry_store.get(pane.detail.id)
    assert stored is not None and stored.priority == priority
    # What Liam may do is recorded in his name.
    monkeypatch.setattr(type(pane), "ask_text",
                        classmethod(lambda cls, *a: "The councillor's map of the verge"))
    pane.move_combo.setCurrentIndex(
        next(i for i in range(pane.move_combo.count())
             if pane.move_combo.itemData(i) not in (None, "answered")))
    pane.move_status()
    assert audit.history("enquiry", pane.detail.id)[-1].actor == "Liam Hartley"
    # Remembered for the next start.
    again = AppContext(ctx.paths)
    assert user_switch.take_seat(again) == liam and again.actor == "Liam Hartley"


def test_the_switch_user_dialog_offers_the_officers_in_post(qtbot, main_window):
    from parishdesk.gui.common.user_switch import SwitchUserDialog

    dialog = SwitchUserDialog(main_window.ctx, main_window)
    qtbot.addWidget(dialog)
    assert [dialog.list.item(i).text() for i in range(dialog.list.count())] == [
        "Catherine Brooks (Clerk)", "Liam Hartley (Assistant)"]
    assert dialog.chosen().name == "Catherine Brooks"


def test_with_one_officer_switch_user_is_greyed_out_and_says_why(main_window):
    from parishdesk.services import members

    liam = next(o for o in members.officers() if o.surname == "Hartley")
    today = main_window.ctx.today()
    members.archive_officer(liam.id, today, "Moved away", "Catherine Brooks", today)
    main_window.ui.menuFile.aboutToShow.emit()
    action = main_window.ui.actionSwitchUser
    assert not action.isEnabled() and "Only one officer" in action.toolTip()


def test_save_a_copy_writes_a_backup_file_that_restore_accepts(main_window, tmp_path,
                                                               monkeypatch):
    from parishdesk.services import backup_files

    told = []
    monkeypatch.setattr(QMessageBox, "information",
                        staticmethod(lambda parent, title, text: told.append(text)))
    chosen = tmp_path / "memory stick" / "Ashcombe copy"
    chosen.parent.mkdir()
    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        staticmethod(lambda *a, **k: (str(chosen), "")))
    main_window.ui.actionSaveCopy.trigger()
    saved = chosen.with_name("Ashcombe copy.parishdesk-backup")
    assert saved.is_file() and str(saved) in told[0]
    assert backup_files.backup_council(saved) == "Ashcombe Parish Council"


def test_a_copy_is_not_saved_inside_the_data_folder(main_window, monkeypatch):
    shown = []
    monkeypatch.setattr("parishdesk.gui.common.errors.show_expected",
                        lambda parent, exc, *a: shown.append(str(exc)))
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(
        lambda *a, **k: (str(main_window.ctx.paths.data_dir / "copy"), "")))
    main_window.ui.actionSaveCopy.trigger()
    assert shown and "outside ParishDesk's own data folder" in shown[0]
    assert not list(main_window.ctx.paths.data_dir.glob("*.parishdesk-backup"))


def test_enquiries_export_from_the_file_menu(main_window, tmp_path, monkeypatch):
    import openpyxl

    target = tmp_path / "inbox"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(
        lambda *a, **k: (str(target), "Excel workbook (*.xlsx)")))
    action = next(a for a in entries(main_window.ui.menuExport)
                  if a.text() == "Export en&quiries (CSV or Excel)…")
    action.trigger()
    written = tmp_path / "inbox.xlsx"
    assert written.is_file()
    sheet = openpyxl.load_workbook(written).active
    page = main_window.pages["enquiries"]
    assert sheet.max_row - 1 == page.model.rowCount() > 0
    assert "exported to" in main_window.statusBar().currentMessage()


def test_a_members_edited_details_are_undone_from_the_edit_menu(main_window, monkeypatch):
    from dataclasses import replace

    from parishdesk.gui.members import dialogs as members_dialogs
    from parishdesk.services import members

    today = main_window.ctx.today()
    before = next(c for c in members.councillors(today) if c.surname == "Pritchard")
    monkeypatch.setattr(members_dialogs.CouncillorDialog, "ask", classmethod(
        lambda cls, parent, existing, groups, day, save, note="": save(
            replace(existing, phone="07700 900123"))))
    page = main_window.show_area("members")
    page.select_person(before.id)
    page.edit_selected()
    assert next(c for c in members.councillors(today) if c.id == before.id).phone == \
        "07700 900123"
    undo_action = main_window.ui.actionUndo
    assert undo_action.isEnabled() and "Pritchard" in undo_action.text()
    undo_action.trigger()
    assert next(c for c in members.councillors(today) if c.id == before.id).phone == before.phone
    assert "Undone" in main_window.statusBar().currentMessage()


def test_a_page_scoped_entry_shows_its_area_and_runs_from_anywhere(main_window, monkeypatch):
    page = main_window.page("meetings")
    ran = []
    monkeypatch.setattr(page, "new_meeting", lambda *a: ran.append(main_window.current_area()))
    page.new_action.triggered.disconnect()
    page.new_action.triggered.connect(lambda _c=False: page.new_meeting())
    proxy = next(a for a in entries(main_window.ui.menuNew) if a.text() == "New meeting…")
    assert proxy.shortcut().toString() == "Ctrl+Alt+J"
    assert page.new_action.shortcut().toString() == "Ctrl+N"  # still the key inside Meetings
    main_window.show_area("members")
    proxy.trigger()
    assert ran == ["meetings"]


def test_a_saved_copy_is_restored_through_other_backup_file(qtbot, main_window, tmp_path,
                                                            monkeypatch):
    from parishdesk.gui.common.dialogs import BackupChooser
    from parishdesk.gui.common.save_copy import save_copy
    from parishdesk.services import maintenance
    from parishdesk.store.council_store import get_council, save_council

    ctx = main_window.ctx
    monkeypatch.setattr(QMessageBox, "information", staticmethod(lambda *a, **k: None))
    saved = save_copy(main_window, ctx.paths, ctx.today(), tmp_path / "stick" / "copy")
    assert saved == tmp_path / "stick" / "copy.parishdesk-backup"
    council = get_council()
    save_council(council.__class__(**{**council.__dict__, "name": "Changed Parish Council"}),
                 ctx.actor)
    chooser = BackupChooser(maintenance.backups(ctx.paths), main_window)
    qtbot.addWidget(chooser)
    monkeypatch.setattr(QFileDialog, "getOpenFileName",
                        staticmethod(lambda *a, **k: (str(saved), "")))
    monkeypatch.setattr(BackupChooser, "ask", classmethod(
        lambda cls, backups, parent=None: (chooser.choose_file(), chooser.chosen())[1]))
    monkeypatch.setattr(QMessageBox, "question",
                        staticmethod(lambda *a, **k: QMessageBox.StandardButton.Yes))
    main_window.ui.actionRestore.trigger()
    assert chooser.result() == chooser.DialogCode.Accepted
    assert get_council().name == "Ashcombe Parish Council"


def test_set_up_records_the_clerks_name_not_the_login(qtbot, paths, monkeypatch):
    from parishdesk.domain.council import CouncilDetails
    from parishdesk.gui.common.context import AppContext
    from parishdesk.gui.setup_dialog import SetupChoice, SetupDialog
    from parishdesk.gui.startup import start
    from parishdesk.store import audit, db

    monkeypatch.setenv("USER", "laptop-login")
    monkeypatch.setenv("LOGNAME", "laptop-login")
    monkeypatch.setattr(SetupDialog, "ask", classmethod(lambda cls, p=None: SetupChoice(
        False, CouncilDetails(name="Little Wenham Parish Council"), "Sam Fielding")))
    ctx = AppContext(paths)
    assert ctx.actor == "ParishDesk user"  # until the register names someone
    window = start(ctx)
    try:
        qtbot.addWidget(window)
        assert ctx.actor == "Sam Fielding"
        assert window.user_label.text() == "Working as Sam Fielding"
        assert {e.actor for e in audit.history("council", ctx.council.id)} == {"Sam Fielding"}
        window.ui.menuFile.aboutToShow.emit()
        assert not window.ui.actionSwitchUser.isEnabled()  # one officer: nobody to switch to
    finally:
        window.close()
        db.close()


def test_mine_lists_the_enquiries_of_the_officer_using_parishdesk(main_window):
    from parishdesk.gui.common import user_switch
    from parishdesk.services import users

    page = main_window.show_area("enquiries")
    page.set_filter("mine")
    clerk_rows = {page.model.index(r, 4).data() for r in range(page.model.rowCount())}
    assert clerk_rows == {"Catherine Brooks"}
    liam = next(u for u in users.current_officers(main_window.ctx.today())
                if u.name == "Liam Hartley")
    user_switch.set_user(main_window.ctx, liam)
    page.set_filter("mine")
    liam_rows = {page.model.index(r, 4).data() for r in range(page.model.rowCount())}
    assert liam_rows == {"Liam Hartley"}


def test_the_enquiries_page_export_button_writes_csv(qtbot, main_window, tmp_path, monkeypatch):
    import csv

    from PySide6.QtCore import Qt

    page = main_window.show_area("enquiries")
    page.set_filter("overdue")
    target = tmp_path / "overdue.csv"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(
        lambda *a, **k: (str(target), "CSV file (*.csv)")))
    qtbot.mouseClick(page.ui.exportButton, Qt.MouseButton.LeftButton)
    with target.open(encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.reader(handle))
    shown = {page.model.index(r, 0).data() for r in range(page.model.rowCount())}
    assert {r[0] for r in rows[1:]} == shown and len(shown) == 4  # the four overdue


def test_a_member_archived_by_mistake_comes_back_with_undo(main_window, monkeypatch):
    from parishdesk.gui.members import dialogs as members_dialogs
    from parishdesk.services import members

    today = main_window.ctx.today()
    patel = next(c for c in members.councillors(today) if c.surname == "Patel")
    monkeypatch.setattr(members_dialogs.ArchiveDialog, "ask", classmethod(
        lambda cls, parent, name, day, archive, intro="": archive(day, "Resigned") or True))
    page = main_window.show_area("members")
    assert page.select_person(patel.id)
    page.archive_selected()
    assert patel.id not in [c.id for c in members.councillors(today)]
    undo_action = main_window.ui.actionUndo
    assert undo_action.text() == f"&Undo archiving {patel.display_name}"
    undo_action.trigger()
    assert patel.id in [c.id for c in members.councillors(today)]
    assert page.selected_id() == patel.id  # shown again, still chosen


def test_deadlines_go_to_a_calendar_from_file_export(main_window, tmp_path, monkeypatch):
    from icalendar import Calendar

    target = tmp_path / "deadlines"
    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        staticmethod(lambda *a, **k: (str(target), "")))
    told = []
    monkeypatch.setattr(QMessageBox, "information",
                        staticmethod(lambda parent, title, text: told.append(text)))
    action = next(a for a in entries(main_window.ui.menuExport)
                  if a.text() == "Deadlines to a &calendar (.ics)…")
    assert action.shortcut().toString() == "Ctrl+Alt+A"
    action.trigger()
    written = tmp_path / "deadlines.ics"
    events = Calendar.from_ical(written.read_bytes()).walk("VEVENT")
    assert events and str(written) in told[0]
