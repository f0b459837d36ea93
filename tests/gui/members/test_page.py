import csv
import datetime as dt
import re

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialog, QLabel, QPushButton

from parishdesk.gui.common.context import AppContext
from parishdesk.gui.members import page as area
from parishdesk.gui.members.dialogs import ArchiveDialog, CouncillorDialog
from parishdesk.gui.members.import_dialog import ImportPreviewDialog
from parishdesk.gui.members.model import NO_ACK_TIP, MembersTableModel, PersonRow
from parishdesk.services import member_io
from parishdesk.store import council_store, members_store

TODAY = dt.date(2026, 11, 22)


def _names(page):
    return sorted(page.proxy.index(r, 0).data() for r in range(page.proxy.rowCount()))


def test_table_model_passes_qtmodeltester(page, qtmodeltester):
    qtmodeltester.check(page.model)
    qtmodeltester.check(page.proxy)


def test_search_as_you_type_and_filters(page, qtbot):
    assert page.proxy.rowCount() == 11  # current councillors
    qtbot.keyClicks(page.search, "marchetti")
    assert _names(page) == ["Cllr Fiona Marchetti"]
    page.search.clear()
    page.status_filter.setCurrentIndex(page.status_filter.findData("former"))
    assert _names(page) == ["Cllr Arthur Penhaligon"]
    page.status_filter.setCurrentIndex(page.status_filter.findData("current"))
    staffing = demo_id = page.committee_filter.findText("Staffing Committee")
    page.committee_filter.setCurrentIndex(staffing)
    assert _names(page) == ["Cllr Eleanor Fairweather", "Cllr Margaret Ellwood",
                            "Cllr Rajesh Patel"]
    page.committee_filter.setCurrentIndex(0)
    page.role_filter.setCurrentIndex(page.role_filter.findData("council_chair"))
    assert _names(page) == ["Cllr Margaret Ellwood"]
    page.role_filter.setCurrentIndex(0)
    page.group_filter.setCurrentIndex(page.group_filter.findText("Riverside Alliance"))
    assert len(_names(page)) == 3 and demo_id >= 0
    page.group_filter.setCurrentIndex(0)
    page.kind_tabs.setCurrentIndex(1)
    assert _names(page) == ["Mr Liam Hartley", "Mrs Catherine Brooks"]


def test_sorting_by_surname(page):
    page.table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
    first = page.proxy.index(0, 0).data()
    last = page.proxy.index(page.proxy.rowCount() - 1, 0).data()
    assert (first, last) == ("Cllr Hannah Blackwood", "Cllr Graham Whitlock")


def test_detail_tabs_are_filled_for_the_chair(page):
    ellwood = next(c.id for c in members_store.list_councillors(on=TODAY)
                   if c.surname == "Ellwood")
    assert page.select_person(ellwood)
    assert "Margaret Ellwood" in page.detail.details_label.text()
    assert "06/05/2027" in page.detail.details_label.text()  # next ordinary election
    kinds = {page.detail.roles_table.item(r, 0).text() for r in range(page.detail.roles_table.rowCount())}
    assert "Chair of the council" in kinds and "Committee member" in kinds
    assert page.detail.interests_table.rowCount() == 2
    assert "returned" in page.detail.form_label.text()
    assert page.detail.training_table.rowCount() == 1
    assert page.detail.history_table.rowCount() == 0  # read when the clerk turns to it
    page.detail.setCurrentIndex(4)
    assert page.detail.history_table.rowCount() > 3


def test_add_via_dialog_shows_problems_beside_fields_then_saves(page, monkeypatch):
    seen = {}

    def fake_exec(dialog):
        dialog.ui.first_name.setText("Rosa")
        dialog.ui.email.setText("bad address")
        dialog.try_save()
        seen["surname"] = dialog.ui.surnameError.text()
        seen["email"] = dialog.ui.emailError.text()
        assert dialog.result() != QDialog.DialogCode.Accepted
        dialog.ui.surname.setText("Quill")
        dialog.ui.email.setText("r.quill@example.org")
        dialog.try_save()
        return dialog.result()

    monkeypatch.setattr(CouncillorDialog, "exec", fake_exec)
    page.add_action.trigger()
    assert "Surname is required" in seen["surname"]
    assert "does not look right" in seen["email"]
    assert "Cllr Rosa Quill" in _names(page)
    assert page.selected_row().name == "Cllr Rosa Quill"
    assert any("Rosa Quill" in page.reminders_list.item(i).text()
               for i in range(page.reminders_list.count()))


def test_archive_with_confirmation(page, monkeypatch):
    asked = {}

    def fake_ask(parent, name, today, archive):
        asked["name"] = name
        archive(today, "Resigned")
        return True

    monkeypatch.setattr(ArchiveDialog, "ask", classmethod(lambda cls, *a: fake_ask(*a)))
    page.search.setText("Nowak")
    page.table.selectRow(0)
    page.archive_action.trigger()
    assert asked["name"] == "Cllr Tomasz Nowak"
    assert _names(page) == []  # current only: he is now former
    page.status_filter.setCurrentIndex(page.status_filter.findData("former"))
    assert _names(page) == ["Cllr Tomasz Nowak"]
    page.table.selectRow(0)
    assert "Resigned" in page.detail.details_label.text()
    assert page.detail.roles_table.rowCount() >= 2  # old roles kept, now ended


def test_archive_cancelled_changes_nothing(page, monkeypatch):
    monkeypatch.setattr(ArchiveDialog, "ask", classmethod(lambda cls, *a: False))
    page.table.selectRow(0)
    page.archive_action.trigger()
    assert page.proxy.rowCount() == 11


def test_reminders_panel_and_urgent_alerts(demo, paths, qtbot):
    ctx = AppContext(paths=paths, council=council_store.get_council(), actor="clerk",
                     today=lambda: TODAY + dt.timedelta(days=3))
    widget = area.MembersPage(ctx)
    qtbot.addWidget(widget)
    texts = [widget.reminders_list.item(i).text() for i in range(widget.reminders_list.count())]
    assert any("Marchetti" in t and "in 5 days" in t for t in texts)
    assert any("Marchetti" in a for a in widget.alerts())


def test_protocol_column_without_and_with_a_provider(page, qtbot):
    row = PersonRow(id=1, kind="councillor", name="Cllr A", sort_name="a", role="Councillor")
    plain = MembersTableModel([row])
    index = plain.index(0, 7)
    assert plain.headerData(7, Qt.Orientation.Horizontal) == "Protocol acknowledged"
    assert index.data() == "\u2014" and index.data(Qt.ItemDataRole.ToolTipRole) == NO_ACK_TIP
    fed = MembersTableModel([row], acknowledgements=lambda: {1: "v1.0 on 03/05/2026"})
    assert fed.index(0, 7).data() == "v1.0 on 03/05/2026"
    assert MembersTableModel([row], acknowledgements=lambda: {}).index(0, 7).data() == "Not yet"


def test_file_menu_actions_and_import_preview(page, tmp_path, monkeypatch, qtbot):
    actions = page.menu_actions()["File"]
    assert [a.text() for a in actions] == ["&Import members…", "E&xport members…"]
    path = tmp_path / "in.csv"
    with path.open("w", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(["First name", "Surname", "Joined on"])
        writer.writerow(["Ann", "Hale", "01/02/2024"])
        writer.writerow(["Bob", "Fry", "31/02/2024"])
    preview = member_io.preview_import(path, TODAY)
    dialog = ImportPreviewDialog(preview, TODAY)
    qtbot.addWidget(dialog)
    assert not dialog.import_button.isEnabled()
    assert "Row 3" in dialog.problems.item(0).text()
    assert "Joined on" in dialog.problems.item(0).text()
    dialog.combos[2].setCurrentIndex(0)  # ignore the date column: no more errors
    assert dialog.import_button.isEnabled()
    monkeypatch.setattr(ImportPreviewDialog, "ask",
                        classmethod(lambda cls, parent, p, today: member_io.remap(
                            p, {0: "first_name", 1: "surname", 2: None}, today)))
    page.import_file(path)
    assert {"Cllr Ann Hale", "Cllr Bob Fry"} <= set(_names(page))


def test_shortcuts_exist(page):
    shortcuts = {a.text(): a.shortcut().toString() for a in page.actions()}
    assert shortcuts["Add councillor…"] == "Ctrl+N"
    assert shortcuts["Find"] == "Ctrl+F"
    assert shortcuts["Edit…"] == "Ctrl+E"
    assert shortcuts["Archive…"] == "Del"
    assert {text: shortcuts[text] for text in (
        "Add officer…", "Add role…", "End role…", "Interests form returned…",
        "Add interest…", "Add special relationship…", "Add training…",
        "Add committee…", "Set committee chair…", "Add party group…",
        "Set council Chair…", "Set council Vice-Chair…", "Election year…")} == {
        "Add officer…": "Ctrl+Shift+N", "Add role…": "Ctrl+R",
        "End role…": "Ctrl+Shift+R", "Interests form returned…": "Ctrl+Shift+F",
        "Add interest…": "Ctrl+I", "Add special relationship…": "Ctrl+Shift+P",
        "Add training…": "Ctrl+T", "Add committee…": "Ctrl+Shift+C",
        "Set committee chair…": "Ctrl+Shift+H", "Add party group…": "Ctrl+Shift+G",
        "Set council Chair…": "Ctrl+Shift+A",
        "Set council Vice-Chair…": "Ctrl+Shift+V", "Election year…": "Ctrl+Shift+Y"}
    keys = [a.shortcut().toString() for a in page.actions() if a.shortcut().toString()]
    assert len(keys) == len(set(keys))
    # Only inside the area, so other areas may give the same keys other meanings.
    assert all(a.shortcutContext() == Qt.ShortcutContext.WidgetWithChildrenShortcut
               for a in page.actions())
    # The buttons name their keys, and the table's right-click menu lists the actions.
    for tab in range(page.detail.count()):  # each detail tab is built when first shown …
        page.detail.setCurrentIndex(tab)
    page.kind_tabs.setCurrentIndex(2)  # … as the Committees & groups page on its first visit
    tips = {b.accessibleName(): b.toolTip() for b in page.findChildren(QPushButton)}
    assert tips["End role"] == "End role (Ctrl+Shift+R)"
    assert tips["Archive committee"] == "Archive committee (Del)"
    assert page.end_role_action in page.table.actions()


def test_keys_reach_the_detail_tabs_and_say_what_to_choose_first(page, monkeypatch, qtbot):
    from parishdesk.gui.members import widgets as members_widgets
    from parishdesk.gui.members.dialogs import RecordDialog

    told = []
    monkeypatch.setattr(members_widgets, "tell", lambda parent, title, text:
                        told.append((title, text)))
    titles = []
    monkeypatch.setattr(RecordDialog, "exec",
                        lambda dialog: titles.append(dialog.windowTitle()) or 0)
    with qtbot.waitActive(page):
        page.show()
        page.activateWindow()
    _ellwood(page)
    page.table.setFocus()
    qtbot.keyClick(page.table, Qt.Key.Key_R, Qt.KeyboardModifier.ControlModifier)
    assert page.detail.currentIndex() == 1 and titles == ["Add a role for Cllr Margaret Ellwood"]
    page.detail.roles_table.setCurrentCell(-1, -1)
    qtbot.keyClick(page.table, Qt.Key.Key_R,
                   Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    assert told[-1] == ("End role", "Choose the role in the Roles & committees table first, "
                                    "then choose End role again.")
    qtbot.keyClick(page.table, Qt.Key.Key_T, Qt.KeyboardModifier.ControlModifier)
    assert page.detail.currentIndex() == 3 and titles[-1] == "Training for Cllr Margaret Ellwood"
    page.detail.archive_training()
    assert told[-1][0] == "Archive training" and "Choose a course" in told[-1][1]
    # Officers have no roles or interests: the clerk is told so, not ignored.
    page.kind_tabs.setCurrentIndex(1)
    page.table.selectRow(0)
    page.add_interest_action.trigger()
    assert told[-1][1].startswith("Interests are recorded for councillors.")
    # A former member is already archived.
    page.kind_tabs.setCurrentIndex(0)
    page.status_filter.setCurrentIndex(page.status_filter.findData("former"))
    page.table.selectRow(0)
    page.archive_action.trigger()
    assert "already archived" in told[-1][1]


def test_committee_keys_and_edit_and_archive_on_the_committees_page(page, monkeypatch):
    from parishdesk.gui.members import committees as members_committees
    from parishdesk.gui.members import widgets as members_widgets
    from parishdesk.gui.members.dialogs import RecordDialog

    told = []
    monkeypatch.setattr(members_widgets, "tell", lambda parent, title, text:
                        told.append((title, text)))
    titles = []
    monkeypatch.setattr(RecordDialog, "exec",
                        lambda dialog: titles.append(dialog.windowTitle()) or 0)
    page.add_committee_action.trigger()
    assert page.kind_tabs.currentIndex() == 2 and titles == ["Add committee"]
    bodies = page.bodies
    page.archive_action.trigger()  # nothing chosen yet
    assert told[-1] == ("Archive committee", "Choose a committee in its table first, then "
                                             "choose Archive committee again.")
    page.committee_chair_action.trigger()
    assert told[-1][0] == "Set committee chair"
    bodies.groups_table.selectRow(0)
    page.edit_action.trigger()
    assert titles[-1] == "Rename party group"
    bodies.committees_table.selectRow(0)
    page.edit_action.trigger()
    assert titles[-1] == "Edit committee"
    asked = []
    monkeypatch.setattr(members_committees, "confirm",
                        lambda parent, title, text: asked.append(title) or False)
    page.archive_action.trigger()
    assert asked == ["Archive committee"]


def test_committees_page_lists_bodies_and_archives_a_group_after_confirmation(page,
                                                                               monkeypatch):
    from parishdesk.gui.members import committees as members_committees

    assert page._bodies is None  # built on the first visit, not with the area
    page.kind_tabs.setCurrentIndex(2)
    bodies = page.bodies
    assert page.stack.currentWidget() is bodies
    table = bodies.committees_table
    names = [table.item(r, 0).text() for r in range(table.rowCount())]
    assert "Staffing Committee" in names
    assert table.horizontalHeaderItem(2).text() == "Vice-chair"
    assert table.item(names.index("Staffing Committee"), 2).text() == "Cllr Margaret Ellwood"
    groups = bodies.groups_table
    row = next(r for r in range(groups.rowCount())
               if groups.item(r, 0).text() == "Riverside Alliance")
    groups.selectRow(row)
    asked = []
    monkeypatch.setattr(members_committees, "confirm",
                        lambda parent, title, text: asked.append(text) or True)
    bodies.archive_group()
    assert "Riverside Alliance" in asked[0]
    remaining = [groups.item(r, 0).text() for r in range(groups.rowCount())]
    assert "Riverside Alliance" not in remaining
    assert page.group_filter.findText("Riverside Alliance") < 0  # the area refreshed too


def _ellwood(page):
    ellwood = next(c.id for c in members_store.list_councillors(on=TODAY)
                   if c.surname == "Ellwood")
    assert page.select_person(ellwood)
    return ellwood


def _fill_dialog(monkeypatch, values, seen=None):
    """Replace RecordDialog.exec: set the given widgets' values, press Save, record the title."""
    from PySide6.QtWidgets import QCheckBox, QLineEdit, QPlainTextEdit

    from parishdesk.gui.members.dialogs import RecordDialog

    def fake_exec(dialog):
        if seen is not None:
            seen.append((dialog.windowTitle(), dialog.buttons.buttons()[0].text()))
        for name, value in values.items():
            widget = dialog.widgets[name]
            if isinstance(widget, QPlainTextEdit):
                widget.setPlainText(value)
            elif isinstance(widget, QLineEdit):
                widget.setText(value)
            elif isinstance(widget, QCheckBox):
                widget.setChecked(value)
        dialog.try_save()
        return dialog.result()

    monkeypatch.setattr(RecordDialog, "exec", fake_exec)


def test_edit_and_archive_an_interest_from_the_detail_tab(page, monkeypatch, qtbot):
    _ellwood(page)
    detail = page.detail
    detail.setCurrentIndex(2)
    table = detail.interests_table
    assert table.rowCount() == 2
    table.selectRow(0)
    _fill_dialog(monkeypatch, {"description": "Trustee, Ashcombe Village Hall (corrected)"})
    qtbot.mouseClick(next(b for b in detail.findChildren(QPushButton)
                          if b.accessibleName() == "Edit interest"), Qt.MouseButton.LeftButton)
    descriptions = [table.item(r, 1).text() for r in range(table.rowCount())]
    assert "Trustee, Ashcombe Village Hall (corrected)" in descriptions
    table.selectRow(descriptions.index("Trustee, Ashcombe Village Hall (corrected)"))
    seen = []
    _fill_dialog(monkeypatch, {"note": "Entered twice"}, seen)
    detail.archive_interest()
    assert seen == [("Archive interest", "&Archive")]
    assert table.rowCount() == 1
    detail.setCurrentIndex(4)
    history = [detail.history_table.item(r, 2).text()
               for r in range(detail.history_table.rowCount())]
    assert ("Interest taken off the register: Trustee, Ashcombe Village Hall (corrected). "
            "Reason: Entered twice.") in history
    assert any(h.startswith("Interest corrected (Trustee, Ashcombe Village Hall (corrected)). "
                            "Description changed from") for h in history)
    assert all("_" not in h for h in history)
    assert re.fullmatch(r"\d\d/\d\d/\d{4} \d\d:\d\d", detail.history_table.item(0, 0).text())


def test_archive_needs_a_reason_and_cancel_changes_nothing(page, monkeypatch):
    _ellwood(page)
    detail = page.detail
    detail.training_table.selectRow(0)
    problems = []

    def fake_exec(dialog):
        dialog.try_save()  # no reason given
        problems.append(dialog._errors["note"].text())
        return 0

    from parishdesk.gui.members.dialogs import RecordDialog

    monkeypatch.setattr(RecordDialog, "exec", fake_exec)
    detail.archive_training()
    assert "Say why" in problems[0]
    assert detail.training_table.rowCount() == 1


def test_edit_and_archive_relationship_and_training(page, monkeypatch):
    ellwood = _ellwood(page)
    detail = page.detail
    detail.setCurrentIndex(2)  # on the Interests tab, as the clerk is: it is filled again
    _fill_dialog(monkeypatch, {"with_whom": "Peter Ellwood", "nature": "Husband"})
    detail.add_relationship()
    rels = detail.relationships_table
    assert rels.rowCount() >= 1
    row = next(r for r in range(rels.rowCount()) if rels.item(r, 0).text() == "Peter Ellwood")
    rels.selectRow(row)
    _fill_dialog(monkeypatch, {"nature": "Spouse"})
    detail.edit_relationship()
    row = next(r for r in range(rels.rowCount()) if rels.item(r, 0).text() == "Peter Ellwood")
    assert rels.item(row, 1).text() == "Spouse"
    rels.selectRow(row)
    _fill_dialog(monkeypatch, {"note": "Declared in error"})
    detail.archive_relationship()
    assert "Peter Ellwood" not in {rels.item(r, 0).text() for r in range(rels.rowCount())}
    detail.setCurrentIndex(3)
    detail.training_table.selectRow(0)
    _fill_dialog(monkeypatch, {"provider": "County Association", "certificate_held": True})
    detail.edit_training()
    assert detail.training_table.item(0, 1).text() == "County Association"
    assert detail.training_table.item(0, 3).text() == "Held"
    assert page.selected_id() == ellwood  # the same councillor stays chosen


def test_area_fits_a_small_window_with_details_beside_or_below(page, qtbot):
    page.show()
    assert page.minimumSizeHint().width() <= 700  # the area's share of a 1024-px window
    page.resize(1024, 700)
    qtbot.waitUntil(lambda: page.splitter.orientation() == Qt.Orientation.Horizontal)
    tabs = page.detail.tabBar()
    shown = page.detail.width()
    assert sum(tabs.tabRect(i).width() for i in range(tabs.count())) <= shown  # no hidden tab
    page.resize(760, 700)
    qtbot.waitUntil(lambda: page.splitter.orientation() == Qt.Orientation.Vertical)
    assert page.table.columnWidth(5) <= 160  # long committee lists are elided …
    assert page.proxy.index(0, 5).data(Qt.ItemDataRole.ToolTipRole)  # … and whole in the tip


def test_add_officer_offers_the_clerk_and_a_working_day_and_shows_messages_whole(page,
                                                                                monkeypatch):
    from parishdesk.gui.members.dialogs import RecordDialog

    seen = {}

    def fake_exec(dialog):
        dialog.show()
        w = dialog.widgets
        seen["manager"] = w["line_manager_id"].currentText()
        seen["hours"] = (w["hours_from"].time().toString("HH:mm"),
                         w["hours_to"].time().toString("HH:mm"))
        w["first_name"].setText("Sam")
        w["surname"].setText("Reed")
        w["is_proper_officer"].setChecked(True)
        dialog.try_save()
        QApplication.processEvents()
        label = dialog._errors["is_proper_officer"]
        seen["message"] = label.text()
        seen["fits"] = label.height() >= label.heightForWidth(label.width())
        w["is_proper_officer"].setChecked(False)
        dialog.try_save()
        return dialog.result()

    monkeypatch.setattr(RecordDialog, "exec", fake_exec)
    page.add_officer()
    assert seen["manager"] == "Mrs Catherine Brooks"
    assert seen["hours"] == ("09:00", "17:00")
    assert "already the Proper Officer" in seen["message"] and seen["fits"]
    added = next(o for o in members_store.list_officers() if o.surname == "Reed")
    clerk = members_store.clerk()
    assert added.line_manager_id == clerk.id


def test_making_the_vice_chair_chair_too_is_refused_beside_the_role(page, monkeypatch):
    from parishdesk.gui.members.dialogs import RecordDialog

    patel = next(c.id for c in members_store.list_councillors(on=TODAY) if c.surname == "Patel")
    assert page.select_person(patel)
    seen = {}

    def fake_exec(dialog):
        kind = dialog.widgets["kind"]
        kind.setCurrentIndex(kind.findData("council_chair"))
        dialog.try_save()
        seen["kind"] = dialog._errors["kind"].text()
        return dialog.result()

    monkeypatch.setattr(RecordDialog, "exec", fake_exec)
    page.detail.add_role()
    assert "already Vice-Chair of the council" in seen["kind"]
    assert members_store.holder_of("council_chair", TODAY).surname == "Ellwood"


def test_officers_view_shows_officer_columns_and_hides_councillor_filters(page):
    page.kind_tabs.setCurrentIndex(1)
    headers = [page.model.headerData(c, Qt.Orientation.Horizontal)
               for c in range(page.model.columnCount())]
    assert headers == ["Name", "Post", "Proper Officer", "Working days", "Hours",
                       "Line manager", "Status"]
    rows = {page.proxy.index(r, 0).data(): [page.proxy.index(r, c).data()
                                             for c in range(1, len(headers))]
            for r in range(page.proxy.rowCount())}
    assert rows["Mrs Catherine Brooks"] == ["Clerk", "Yes", "Mon\u2013Fri", "09:00\u201317:00",
                                            "The council", "Current"]
    assert rows["Mr Liam Hartley"] == ["Assistant", "", "Mon\u2013Wed", "09:00\u201313:00",
                                       "Mrs Catherine Brooks", "Current"]
    assert not page.group_filter.isVisibleTo(page) and not page.role_filter.isVisibleTo(page)
    page.kind_tabs.setCurrentIndex(0)
    assert page.model.headerData(2, Qt.Orientation.Horizontal) == "Ward"
    assert page.group_filter.isVisibleTo(page)


def test_group_filter_offers_independent(page):
    page.group_filter.setCurrentIndex(page.group_filter.findText("Independent"))
    assert _names(page) == ["Cllr Eleanor Fairweather", "Cllr Fiona Marchetti",
                            "Cllr Owen Pritchard", "Cllr Siobhan Carey"]
    page.refresh()  # the choice survives a refresh
    assert page.group_filter.currentText() == "Independent"


def test_changing_current_or_former_keeps_the_chosen_person(page):
    patel = next(c.id for c in members_store.list_councillors(on=TODAY) if c.surname == "Patel")
    assert page.select_person(patel)
    page.status_filter.setCurrentIndex(page.status_filter.findData("all"))
    assert page.selected_id() == patel and page.detail.row.id == patel
    page.status_filter.setCurrentIndex(page.status_filter.findData("former"))
    assert page.selected_row().name == "Cllr Arthur Penhaligon"  # Patel is not listed
    assert page.detail.row.name == "Cllr Arthur Penhaligon"
    page.status_filter.setCurrentIndex(page.status_filter.findData("all"))
    assert page.selected_row().name == "Cllr Arthur Penhaligon"
    # When the chosen person leaves the list, the first person listed is chosen, not
    # whoever happened to sit in the same row.
    page.status_filter.setCurrentIndex(page.status_filter.findData("current"))
    assert page.selected_row().name == page.detail.row.name == "Cllr Hannah Blackwood"


def test_end_role_asks_for_the_last_day_held(page, monkeypatch):
    from parishdesk.gui.members.dialogs import RecordDialog

    ellwood = _ellwood(page)
    table = page.detail.roles_table
    row = next(r for r in range(table.rowCount())
               if table.item(r, 0).text() == "Committee member"
               and table.item(r, 1).text() == "Finance and General Purposes Committee")
    table.selectRow(row)
    seen = {}

    def fake_exec(dialog):
        seen["label"] = [w.text() for w in dialog.findChildren(QLabel)]
        dialog.widgets["last_day"].setDate(dialog.widgets["last_day"].date().addDays(-1))
        dialog.try_save()
        return dialog.result()

    monkeypatch.setattr(RecordDialog, "exec", fake_exec)
    page.detail.end_role()
    assert "&Last day held:" in seen["label"]
    assert any(text.startswith("Committee member (Finance and General Purposes Committee): "
                               "give the last day Cllr Margaret Ellwood held it.")
               for text in seen["label"])
    finance = next(r for r in members_store.list_roles(ellwood)
                    if r.kind == "committee_member" and r.end is not None)
    assert finance.end == TODAY  # last day 21/11 held; the register keeps the day after
    table = page.detail.roles_table
    shown = {table.item(r, 1).text(): table.item(r, 3).text() for r in range(table.rowCount())}
    assert shown["Finance and General Purposes Committee"] == "21/11/2026"
    assert table.horizontalHeaderItem(3).text() == "Last day"


def test_archive_dialog_is_as_tall_as_its_contents(qtbot):
    dialog = ArchiveDialog("Cllr Tomasz Nowak", TODAY, lambda day, why: None)
    qtbot.addWidget(dialog)
    assert dialog.height() == dialog.sizeHint().height()
    assert dialog.ui.introLabel.text().startswith("Cllr Tomasz Nowak will be archived")
