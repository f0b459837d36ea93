"""The main window: a navigation list on the left switching between areas.

It holds no rules: it switches areas, runs the File and Help menu actions,
and shows the council's name and the last backup in the status bar.

Only the area the clerk sees first is built at start; each other area's page is
built on its first visit (:meth:`MainWindow.page`). Until then the navigation
badge and banner lines come from ``services.overview`` and the area's File-menu
entries are stand-ins that build the page when used.
"""

from __future__ import annotations

import html
import logging
from typing import Any

from PySide6.QtCore import QByteArray, Qt, QUrl
from PySide6.QtGui import QAction, QCloseEvent, QDesktopServices, QKeySequence
from PySide6.QtWidgets import QLabel, QListWidgetItem, QMainWindow, QMessageBox, QWidget

from parishdesk.gui.areas import AREAS, FILE_MENU, AreaSpec, MenuEntry, load_area_module
from parishdesk.gui.common import errors, password_dialogs
from parishdesk.gui.common.background import run_in_background, wait_for_tasks
from parishdesk.gui.common.context import AppContext
from parishdesk.gui.common.dialogs import LogViewer, show_about
from parishdesk.gui.common.not_built import NotBuiltPage
from parishdesk.gui.forms.ui_main_window import Ui_MainWindow
from parishdesk.services import maintenance, overview
from parishdesk.services.overview import AreaSummary

log = logging.getLogger(__name__)


class MainWindow(QMainWindow):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None, *,
                 overview_later: bool = False) -> None:
        """``overview_later``: leave the other areas' badges and reminders to a call of
        :meth:`refresh_alerts` once the window shows (the app does, so that the window
        appears as soon as the first area is ready)."""
        super().__init__(parent)
        self.ctx = ctx
        self.ui = Ui_MainWindow()
        self.ui.setupUi(self)
        #: The pages built so far; an area's page is built when the clerk first goes there.
        self.pages: dict[str, QWidget] = {}
        self._holders: dict[str, QWidget] = {}
        self._stand_ins: dict[str, list[QAction]] = {}
        self._summaries: dict[str, AreaSummary] = {}
        self._build_navigation(overview_later)
        self._wire_actions()
        self.council_label = QLabel()
        self.backup_label = QLabel()
        for label in (self.council_label, self.backup_label):  # a council's name is not markup
            label.setTextFormat(Qt.TextFormat.PlainText)
        self.ui.statusBar.addWidget(self.council_label, 1)
        self.ui.statusBar.addPermanentWidget(self.backup_label)
        self.refresh_status()
        self.ui.splitter.setStretchFactor(1, 1)
        self.ui.splitter.setSizes([225, 1000])
        self._restore_geometry()
        self.ui.navList.setCurrentRow(0)  # builds the first area, the one the clerk sees

    # -- areas -----------------------------------------------------------
    def _build_navigation(self, overview_later: bool) -> None:
        """One navigation item, Go shortcut and empty holder per area; File-menu stand-ins
        for the areas' own entries; badges from the overview, before any page is built."""
        nav = self.ui.navList
        nav.currentRowChanged.connect(self._row_chosen)
        # A click (or a Go shortcut) on an area puts the keyboard in it, so its own
        # shortcuts work at once; arrowing through the list leaves focus in the list.
        nav.itemClicked.connect(
            lambda item: self.focus_area(str(item.data(Qt.ItemDataRole.UserRole))))
        if not overview_later:  # the first area is built at once and speaks for itself
            self._summaries = overview.summaries(self.ctx.today(), [s.key for s in AREAS[1:]])
        for index, spec in enumerate(AREAS):
            holder = QWidget()
            holder.setAccessibleName(spec.label)
            self._holders[spec.key] = holder
            self.ui.areaStack.addWidget(holder)
            item = QListWidgetItem(spec.label)
            item.setData(Qt.ItemDataRole.UserRole, spec.key)
            item.setToolTip(spec.description)
            nav.addItem(item)
            self.set_badge(index, spec, self._summaries.get(spec.key, AreaSummary()).badge)
            action = QAction(spec.label, self)
            action.setShortcut(QKeySequence(f"Ctrl+{index + 1}"))
            action.triggered.connect(lambda _=False, key=spec.key: self.show_area(key))
            self.ui.menuGo.addAction(action)
            entries = FILE_MENU.get(spec.key, ())
            if entries:
                self._stand_ins[spec.key] = [self._stand_in(spec.key, position, entry)
                                             for position, entry in enumerate(entries)]
                self._add_area_actions({"File": self._stand_ins[spec.key]})

    def _stand_in(self, key: str, position: int, entry: MenuEntry) -> QAction:
        """A File-menu entry of an area not built yet: used, it builds the area and runs the
        page's own action (or, if that cannot run now, shows the area)."""
        action = QAction(entry.text, self)
        action.setShortcut(QKeySequence(entry.shortcut))
        if entry.scoped:  # like the page's own: its key works only inside the page
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        action.setData(key)

        def run() -> None:
            page = self.page(key)
            menu_actions = getattr(page, "menu_actions", None)
            real = menu_actions()["File"][position] if callable(menu_actions) else None
            if real is not None and real.isEnabled():
                real.trigger()
            else:
                self.show_area(key)

        action.triggered.connect(lambda _checked=False: run())
        return action

    def page(self, key: str) -> QWidget:
        """The area's page, built now if this is the first time it is wanted."""
        built = self.pages.get(key)
        if built is not None:
            return built
        index = next(i for i, spec in enumerate(AREAS) if spec.key == key)
        spec = AREAS[index]
        page = self._make_page(spec)
        self.pages[key] = page
        stack = self.ui.areaStack
        holder = self._holders.pop(key)
        showing = stack.currentWidget() is holder
        stack.insertWidget(index, page)
        stack.removeWidget(holder)
        holder.deleteLater()
        if showing:
            stack.setCurrentWidget(page)
        badge = getattr(page, "badgeChanged", None)
        if badge is not None:
            badge.connect(lambda text, row=index, s=spec: self.set_badge(row, s, text))
        current_badge = getattr(page, "badge", None)
        if callable(current_badge):  # what the page said before we were listening
            self.set_badge(index, spec, current_badge())
        alerts_changed = getattr(page, "alertsChanged", None)
        if alerts_changed is not None:
            alerts_changed.connect(self.refresh_alerts)
        menu_actions = getattr(page, "menu_actions", None)
        if callable(menu_actions):
            self._replace_stand_ins(key, menu_actions().get("File", []))
        self._show_alerts()
        return page

    def _row_chosen(self, row: int) -> None:
        if row < 0:
            return
        self.page(AREAS[row].key)
        self.ui.areaStack.setCurrentIndex(row)

    def _add_area_actions(self, by_menu: dict[str, list[QAction]]) -> None:
        """Put an area's own actions (e.g. File > Import members…) into the menus."""
        for menu_name, actions in by_menu.items():
            if menu_name != "File":
                continue
            before = self.ui.actionBackUp
            for action in actions:
                self.ui.menuFile.insertAction(before, action)
            self.ui.menuFile.insertSeparator(before)

    def _replace_stand_ins(self, key: str, actions: list[QAction]) -> None:
        """The area is built: its own File-menu actions take the stand-ins' places."""
        stand_ins = self._stand_ins.pop(key, [])
        menu = self.ui.menuFile
        if not stand_ins:
            if actions:
                self._add_area_actions({"File": actions})
            return
        for action in actions:
            menu.insertAction(stand_ins[0], action)
        for stand_in in stand_ins:
            menu.removeAction(stand_in)
            stand_in.setShortcut(QKeySequence())  # its keys belong to the page's action now
            stand_in.deleteLater()

    def refresh_alerts(self) -> None:
        """An area changed something: read the overview again for the areas not built yet
        (a change in one area can touch another's reminders), then show the banner."""
        unbuilt = [spec.key for spec in AREAS if spec.key not in self.pages]
        self._summaries = overview.summaries(self.ctx.today(), unbuilt)
        for row, spec in enumerate(AREAS):
            if spec.key in self._summaries:
                self.set_badge(row, spec, self._summaries[spec.key].badge)
        self._show_alerts()

    def _show_alerts(self) -> None:
        """Show every area's reminders (e.g. the protocol's review is due) above the areas:
        a built page's own, and the overview's for the areas not built yet."""
        lines: list[str] = []
        read_only = maintenance.read_only_reason()
        if read_only is not None:
            lines.append(f"Open for reading only: {read_only}")
        for spec in AREAS:
            page = self.pages.get(spec.key)
            if page is None:
                lines.extend(self._summaries.get(spec.key, AreaSummary()).alerts)
                continue
            alerts = getattr(page, "alerts", None)
            if callable(alerts):
                lines.extend(alerts())
        banner = self.ui.alertBanner
        banner.setText("<br>".join(f"⚠ {html.escape(line)}" for line in lines))
        banner.setVisible(bool(lines))
        banner.setStyleSheet("background: #fff4ce; border-bottom: 1px solid #e0c36c;")

    def _make_page(self, spec: AreaSpec) -> QWidget:
        module = load_area_module(spec)
        if module is None:
            return NotBuiltPage(spec)
        page: QWidget = module.create(self.ctx, self)
        return page

    def set_badge(self, row: int, spec: AreaSpec, text: str) -> None:
        item = self.ui.navList.item(row)
        item.setText(f"{spec.label} ({text})" if text else spec.label)

    def show_area(self, key: str) -> QWidget:
        """Switch to an area (building it the first time) and give it the keyboard focus."""
        keys = [spec.key for spec in AREAS]
        self.ui.navList.setCurrentRow(keys.index(key))
        self.focus_area(key)
        return self.page(key)

    def focus_area(self, key: str) -> None:
        page = self.page(key)
        take_focus = getattr(page, "take_focus", None)
        if callable(take_focus):
            take_focus()
        else:
            page.setFocus(Qt.FocusReason.OtherFocusReason)

    def current_area(self) -> str:
        item = self.ui.navList.currentItem()
        return str(item.data(Qt.ItemDataRole.UserRole)) if item else ""

    # -- menus -----------------------------------------------------------
    def _wire_actions(self) -> None:
        ui = self.ui
        ui.actionBackUp.triggered.connect(self.back_up_now)
        ui.actionRestore.triggered.connect(self.restore_from_backup)
        ui.actionOpenDataFolder.triggered.connect(self.open_data_folder)
        ui.actionQuit.triggered.connect(self.close)
        ui.actionCouncilDetails.triggered.connect(self.edit_council_details)
        ui.actionLeaveDemo.triggered.connect(self.leave_demo)
        ui.actionLeaveDemo.setVisible(bool(self.ctx.council and self.ctx.council.is_demo))
        ui.actionShowLog.triggered.connect(self.show_log)
        ui.actionAbout.triggered.connect(lambda: show_about(self, self.ctx.paths.data_dir))
        ui.actionGuide.triggered.connect(self.show_guide)
        self.password_action = QAction(password_dialogs.menu_text(self.ctx.paths), self)
        self.password_action.setShortcut(QKeySequence("Ctrl+Alt+K"))
        self.password_action.triggered.connect(self.protect_with_password)
        ui.menuFile.insertAction(ui.actionBackUp, self.password_action)
        self.personal_data_action = QAction("Personal &data…", self)
        self.personal_data_action.setShortcut(QKeySequence("Ctrl+Alt+Y"))
        self.personal_data_action.triggered.connect(self.show_personal_data)
        ui.menuFile.insertAction(ui.actionBackUp, self.personal_data_action)
        self.print_action = QAction("&Print…", self)
        self.print_action.setShortcut(QKeySequence.StandardKey.Print)  # Ctrl+P
        self.print_action.setStatusTip("Print the letter, register or minutes on screen")
        self.print_action.triggered.connect(self.print_current)
        ui.menuFile.insertAction(ui.actionBackUp, self.print_action)
        ui.menuFile.insertSeparator(ui.actionBackUp)

    def print_current(self) -> bool:
        """File > Print…: the current area's letter, register or minutes."""
        key = self.current_area()
        label = next((s.label for s in AREAS if s.key == key), "")
        from parishdesk.gui.common import printing  # Qt's PDF module, only when printing

        return printing.print_current(self, self.page(key) if label else None, label)

    def show_guide(self) -> None:
        """F1: the guide, at the page for the area the clerk is in."""
        from parishdesk.gui.common.help_browser import open_guide

        open_guide(self, self.current_area())

    def show_personal_data(self) -> None:
        from parishdesk.gui.common.personal_data_dialog import PersonalDataDialog

        PersonalDataDialog(self.ctx.paths, self.ctx.actor, self.ctx.today(), self).exec()

    def protect_with_password(self) -> None:
        if password_dialogs.protect_or_change(self.ctx.paths, self.ctx.today(), self):
            self.password_action.setText(password_dialogs.menu_text(self.ctx.paths))
            self.refresh_status()

    def back_up_now(self) -> None:
        paths = self.ctx.paths

        def work(_progress: Any) -> Any:
            return maintenance.back_up_now(paths)

        def done(path: Any) -> None:
            self.refresh_status()
            self.statusBar().showMessage(f"Backed up to {path}", 8000)

        run_in_background(self, work, done, lambda exc: errors.show_expected(self, exc),
                          label="Backing up…", cancellable=False)

    def restore_from_backup(self) -> None:
        from parishdesk.gui.common.restore_flow import restore_from_backup

        if restore_from_backup(self, self.ctx.paths, self.ctx.today()):
            self.close()

    def edit_council_details(self) -> None:
        from parishdesk.gui.setup_dialog import SetupDialog
        from parishdesk.services.council import update_council

        if self.ctx.council is None:
            return
        details = SetupDialog.edit(self.ctx.council, self)
        if details is None:
            return
        try:
            self.ctx.council = update_council(details, self.ctx.actor)
        except Exception as exc:
            if errors.is_expected(exc):
                errors.show_expected(self, exc)
                return
            raise
        self.refresh_status()
        self.statusBar().showMessage("Council details saved.", 5000)

    def leave_demo(self) -> None:
        answer = QMessageBox.question(
            self, "Leave the demo",
            "Put the demo council aside and set up your own council? The demo is kept in "
            "the backups folder, not deleted. ParishDesk will close; when you open it again "
            "it will ask for your council's details.")
        if answer != QMessageBox.StandardButton.Yes:
            return
        wait_for_tasks()
        try:
            maintenance.leave_demo(self.ctx.paths)
        except Exception as exc:
            if errors.is_expected(exc):
                errors.show_expected(self, exc)
                return
            raise
        self.close()

    def open_data_folder(self) -> None:
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.ctx.paths.data_dir)))

    def show_log(self) -> None:
        LogViewer(self.ctx.paths.log_file, self).exec()

    # -- status and geometry --------------------------------------------
    def refresh_status(self) -> None:
        council = self.ctx.council
        if council is None:
            self.council_label.setText("No council set up")
        elif council.is_demo:
            self.council_label.setText(f"{council.name} — DEMO: a fictional council")
        else:
            self.council_label.setText(council.name)
        title = council.name if council else "ParishDesk"
        self.setWindowTitle(f"{title} — ParishDesk")
        last = maintenance.last_backup(self.ctx.paths)
        self.backup_label.setText(
            f"Last backup: {last:%d/%m/%Y %H:%M}" if last else "No backup yet")

    def _restore_geometry(self) -> None:
        value = self.ctx.settings().value("main_window/geometry")
        if isinstance(value, QByteArray):
            self.restoreGeometry(value)
        splitter = self.ctx.settings().value("main_window/splitter")
        if isinstance(splitter, QByteArray):
            self.ui.splitter.restoreState(splitter)

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt override
        settings = self.ctx.settings()
        settings.setValue("main_window/geometry", self.saveGeometry())
        settings.setValue("main_window/splitter", self.ui.splitter.saveState())
        settings.sync()
        super().closeEvent(event)
