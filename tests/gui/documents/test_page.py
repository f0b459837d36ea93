import datetime as dt

from parishdesk.gui.common.context import AppContext
from parishdesk.gui.documents import page as documents
from parishdesk.gui.documents.composer import LetterComposer
from parishdesk.gui.documents.import_wizard import ImportWizard


def _page(qtbot, paths, today):
    page = documents.create(AppContext(paths, actor="test", today=lambda: today))
    qtbot.addWidget(page)
    page.show()
    return page


def test_review_reminder_from_thirty_days_before(qtbot, paths, demo):
    # The demo protocol is next due for review on 24/05/2027.
    quiet = _page(qtbot, paths, dt.date(2027, 4, 1))
    assert quiet.alerts() == []
    assert quiet.banner.text().startswith("✓")

    due = _page(qtbot, paths, dt.date(2027, 5, 10))
    assert len(due.alerts()) == 1
    assert "24/05/2027" in due.alerts()[0]
    assert due.banner.text().startswith("⚠ Due soon")

    overdue = _page(qtbot, paths, dt.date(2027, 6, 1))
    assert overdue.banner.text().startswith("⚠ Overdue")
    assert overdue.alerts()


def test_alerts_change_when_a_new_version_is_adopted(qtbot, paths, demo):
    from parishdesk.services import protocols

    page = _page(qtbot, paths, dt.date(2027, 6, 1))
    assert page.alerts()
    draft = protocols.adopt_model_protocol_as_draft("test")
    protocols.adopt(draft, "test", adopted_on=dt.date(2027, 5, 30), meeting="Full Council",
                    minute_ref="27/050")
    with qtbot.waitSignal(page.alertsChanged, timeout=1000):
        page.versions.refresh()
        page._versions_changed()
    assert page.alerts() == []


def test_file_menu_actions_have_shortcuts_and_switch_tab(qtbot, paths, demo, monkeypatch):
    page = _page(qtbot, paths, dt.date(2026, 11, 22))
    actions = page.menu_actions()["File"]
    assert [a.shortcut().toString() for a in actions] == ["Ctrl+I", "Ctrl+Shift+K", "Ctrl+L"]
    asked = []
    monkeypatch.setattr(LetterComposer, "ask",
                        classmethod(lambda cls, ctx, parent=None: asked.append("letter")))
    monkeypatch.setattr(ImportWizard, "ask",
                        classmethod(lambda cls, ctx, parent=None: asked.append("import")))
    actions[2].trigger()
    assert page.tabs.currentWidget() is page.letters
    actions[0].trigger()
    assert page.tabs.currentWidget() is page.versions
    assert asked == ["letter", "import"]


def test_every_button_and_table_has_an_accessible_name(qtbot, paths, demo):
    from PySide6.QtWidgets import QAbstractItemView, QPushButton

    page = _page(qtbot, paths, dt.date(2026, 11, 22))
    buttons = page.findChildren(QPushButton)
    views = page.findChildren(QAbstractItemView)
    assert len(buttons) >= 10
    for widget in [*buttons, *views]:
        if widget.parent() is not None and type(widget).__name__ not in ("QCalendarView", "QHeaderView"):
            assert widget.accessibleName(), widget


def test_area_is_in_the_main_window(main_window):
    page = main_window.show_area("documents")
    assert isinstance(page, documents.DocumentsPage)
    texts = [a.text() for a in main_window.ui.menuImport.actions()]
    assert "&Import protocol…" in texts


def test_badge_can_be_asked_for_after_connecting(qtbot, paths, demo):
    # badgeChanged fires in __init__, before the main window can connect to it.
    assert _page(qtbot, paths, dt.date(2027, 4, 1)).badge() == ""
    due = _page(qtbot, paths, dt.date(2027, 5, 10))
    assert due.badge() == "review due"
    overdue = _page(qtbot, paths, dt.date(2027, 6, 1))
    assert overdue.badge() == "review overdue"
    seen = []
    overdue.badgeChanged.connect(seen.append)
    overdue.refresh_review()
    assert seen == ["review overdue"]  # and it still emits when the state is checked again
