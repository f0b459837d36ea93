"""At 1366 x 768, on the demo council, every area shows its key columns without sideways
scrolling, the enquiry reply box is in view, and the decide dialog has no empty bands."""

from __future__ import annotations

from PySide6.QtCore import QPoint, QRect
from PySide6.QtWidgets import QApplication, QFormLayout, QTableView, QWidget

WIDTH, HEIGHT = 1366, 768

KEY_COLUMNS = {
    "members": ("Name", "Role or post", "Ward", "Group", "Status"),
    "enquiries": ("Reference", "From", "Subject", "Status", "Due"),
    "access": ("Reference", "Councillor", "Received", "Documents", "Status", "Due"),
    "disputes": ("Reference", "Opened", "Parties", "Track", "State", "Next deadline"),
    "meetings": ("Date", "Minute", "Decision", "Outcome"),
}


def _laid_out(window, key: str) -> QWidget:
    window.resize(WIDTH, HEIGHT)
    window.show_area(key)
    page = window.page(key)
    for _ in range(3):
        QApplication.processEvents()
    return page


def _headers(table: QTableView) -> dict[str, int]:
    model = table.model()
    return {str(model.headerData(c, table.horizontalHeader().orientation())): c
            for c in range(model.columnCount())}


def _assert_columns_in_view(table: QTableView, names: tuple[str, ...]) -> None:
    assert table.isVisible(), table.accessibleName()
    header = table.horizontalHeader()
    columns = _headers(table)
    view_width = table.viewport().width()
    assert table.horizontalScrollBar().value() == 0
    for name in names:
        column = columns[name]
        left = header.sectionViewportPosition(column)
        right = left + header.sectionSize(column)
        assert not table.isColumnHidden(column), name
        assert header.sectionSize(column) >= 40, (name, header.sectionSize(column))
        assert 0 <= left and right <= view_width, (name, left, right, view_width)
    # The key columns' text fits (no "…") in the header at least.
    for name in names:
        column = columns[name]
        needed = header.fontMetrics().horizontalAdvance(name) + 8
        assert header.sectionSize(column) >= needed, (name, header.sectionSize(column))


def _tables(page: QWidget) -> dict[str, QTableView]:
    """Each area's main list."""
    return {
        "members": lambda p: p.people.table,
        "enquiries": lambda p: p.ui.table,
        "access": lambda p: p.ui.table,
        "disputes": lambda p: p.table,
        "meetings": lambda p: p.register.table,
    }


def test_every_area_shows_its_key_columns_at_1366_by_768(qtbot, main_window):
    assert main_window.screen().availableGeometry().width() == WIDTH
    finders = _tables(main_window)
    for key, names in KEY_COLUMNS.items():
        page = _laid_out(main_window, key)
        if key == "meetings":
            page.tabs.setCurrentWidget(page.register)
            QApplication.processEvents()
        table = finders[key](page)
        assert table.model().rowCount() > 0, key  # the demo council has rows everywhere
        _assert_columns_in_view(table, names)
        main_window.grab().save(f"/tmp/layout-empty-{key}.png")


def test_the_meetings_list_shows_each_meeting_whole(qtbot, main_window):
    page = _laid_out(main_window, "meetings")
    listing = page.list
    assert listing.count() > 0
    for row in range(listing.count()):
        rect = listing.visualItemRect(listing.item(row))
        assert rect.left() >= 0 and rect.right() <= listing.viewport().width()
    assert not listing.horizontalScrollBar().isVisible()


def _inside(widget: QWidget, area: QWidget) -> bool:
    top_left = widget.mapTo(area, QPoint(0, 0))
    return area.rect().contains(QRect(top_left, widget.size()))


def test_the_reply_box_is_in_view_without_scrolling(qtbot, main_window):
    page = _laid_out(main_window, "enquiries")
    page.ui.table.selectRow(0)  # the most overdue enquiry: one the clerk must answer
    qtbot.waitUntil(lambda: page.detail.body.isVisible())
    for _ in range(3):
        QApplication.processEvents()
    scroll = page.ui.detailScroll
    assert scroll.verticalScrollBar().value() == 0
    viewport = scroll.viewport()
    detail = page.detail
    for widget in (detail.reply_edit, detail.letter_button, detail.save_draft_button):
        assert widget.isVisible()
        assert _inside(widget, viewport), (widget.accessibleName() or widget.text(),
                                           widget.mapTo(viewport, QPoint(0, 0)),
                                           viewport.size())
    assert detail.reply_edit.height() >= 80  # room to write in, not a sliver
    main_window.grab().save("/tmp/layout-empty-enquiry-reply.png")


def test_the_decide_dialog_has_no_empty_bands(qtbot, main_window):
    from parishdesk.gui.access.decision_dialog import AccessDecisionDialog

    page = _laid_out(main_window, "access")
    table = page.ui.table
    record = None
    for row in range(table.model().rowCount()):
        table.selectRow(row)
        if page.ui.decideButton.isEnabled():
            record = page.selected()
            break
    assert record is not None
    dialog = AccessDecisionDialog(main_window.ctx, record, main_window)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    screen = dialog.screen().availableGeometry()
    form = dialog.ui.decisionForm
    assert isinstance(form, QFormLayout)
    combo = dialog.ui.decisionCombo
    for index in range(combo.count()):
        combo.setCurrentIndex(index)
        QApplication.processEvents()
        hint = dialog.sizeHint()
        assert hint.height() <= screen.height() and hint.width() <= screen.width()
        # Down the form, the rows follow each other: no gap taller than a blank line.
        rows = []
        for row in range(form.rowCount()):
            for role in (QFormLayout.ItemRole.LabelRole, QFormLayout.ItemRole.FieldRole):
                item = form.itemAt(row, role)
                widget = item.widget() if item is not None else None
                if widget is not None and widget.isVisible():
                    rows.append(widget.geometry())
        rows.sort(key=lambda r: r.top())
        bottom = rows[0].bottom()
        for rect in rows[1:]:
            assert rect.top() - bottom <= 16, (combo.currentText(), rect, bottom)
            bottom = max(bottom, rect.bottom())
        # The request and the recommendation are as tall as their text, no taller.
        for label in (dialog.ui.requestValue, dialog.ui.recommendedValue):
            needed = label.heightForWidth(label.width())
            assert label.height() <= max(needed, label.sizeHint().height()) + 6, combo.currentText()
        if index == 0:
            dialog.grab().save("/tmp/layout-empty-decide.png")


def test_a_members_roles_and_training_fit_the_detail_panel(qtbot, main_window):
    """The Roles & committees and Training tabs show every column without sideways
    scrolling: the long column (committee or group, course) gives way."""
    page = _laid_out(main_window, "members")
    detail = page.detail
    for tab, names in ((1, ("Role", "Committee or group", "First day", "Last day")),
                       (3, ("Course", "Provider", "Date", "Certificate"))):
        detail.setCurrentIndex(tab)
        for _ in range(3):
            QApplication.processEvents()
        table = detail.roles_table if tab == 1 else detail.training_table
        assert table.rowCount() > 0, names  # the first councillor has roles and training
        assert not table.horizontalScrollBar().isVisible(), names
        header = table.horizontalHeader()
        for column, name in enumerate(names):
            assert table.horizontalHeaderItem(column).text() == name
            right = header.sectionViewportPosition(column) + header.sectionSize(column)
            assert right <= table.viewport().width(), (name, right)
