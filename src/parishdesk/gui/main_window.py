"""The main window: a navigation list on the left switching between areas.

It holds no rules: it switches areas, runs the window's own menu actions (the menus are
built in ``gui/menus.py``), and shows the council's name, who is using ParishDesk and the
last backup in the status bar.

Only the area the clerk sees first is built at start; each other area's page is
built on its first visit (:meth:`MainWindow.page`). Until then the navigation
badge and banner lines come from ``services.overview`` and the area's menu entries
are stand-ins that build the page when used.
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QByteArray, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QLabel, QListWidgetItem, QMainWindow, QMessageBox, QWidget

from parishdesk.gui.areas import AREAS, AreaSpec, load_area_module
from parishdesk.gui.common import errors, password_dialogs, user_switch
from parishdesk.gui.common.background import run_in_background, wait_for_tasks
from parishdesk.gui.common.context import AppContext
from parishdesk.gui.common.markup import escape
from parishdesk.gui.common.not_built import NotBuiltPage
from parishdesk.gui.forms.ui_main_window import Ui_MainWindow
from parishdesk.gui.menus import Menus
from parishdesk.services import maintenance

if TYPE_CHECKING:
    from PySide6.QtGui import QCloseEvent

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
        self._summaries: dict[str, AreaSummary] = {}
        self.print_action: QAction
        self.password_action: QAction
        self.personal_data_action: QAction
        self.menus = Menus(self)  # sets the three actions above
        self._build_navigation(overview_later)
        self._wire_actions()
        self.council_label = QLabel()
        self.user_label = QLabel()
        self.backup_label = QLabel()
        for label in (self.council_label, self.user_label, self.backup_label):
            label.setTextFormat(Qt.TextFormat.PlainText)  # a council's name is not markup
        self.user_label.setContentsMargins(8, 0, 12, 0)
        self.ui.statusBar.addWidget(self.council_label, 1)
        self.ui.statusBar.addPermanentWidget(self.user_label)
        self.ui.statusBar.addPermanentWidget(self.backup_label)
        self.refresh_status()
        self.ui.splitter.setStretchFactor(1, 1)
        self.ui.splitter.setSizes([225, 1000])
        self._restore_geometry()
        self.ui.navList.setCurrentRow(0)  # builds the first area, the one the clerk sees

    # -- areas -----------------------------------------------------------
    def _build_navigation(self, overview_later: bool) -> None:
        """One navigation item and empty holder per area; badges from the overview, before
        any page is built."""
        nav = self.ui.navList
        nav.currentRowChanged.connect(self._row_chosen)
        # A click (or a View shortcut) on an area puts the keyboard in it, so its own
        # shortcuts work at once; arrowing through the list leaves focus in the list.
        nav.itemClicked.connect(
            lambda item: self.focus_area(str(item.data(Qt.ItemDataRole.UserRole))))
        if not overview_later:  # the first area is built at once and speaks for itself
            from parishdesk.services import overview

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
            summary = self._summaries.get(spec.key)
            self.set_badge(index, spec, summary.badge if summary is not None else "")

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
        self.menus.page_built(key, page)
        self._show_alerts()
        return page

    def _row_chosen(self, row: int) -> None:
        if row < 0:
            return
        self.page(AREAS[row].key)
        self.ui.areaStack.setCurrentIndex(row)

    def refresh_alerts(self) -> None:
        """An area changed something: read the overview again for the areas not built yet
        (a change in one area can touch another's reminders), then show the banner."""
        from parishdesk.services import overview  # after the window shows

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
                summary = self._summaries.get(spec.key)
                lines.extend(summary.alerts if summary is not None else ())
                continue
            alerts = getattr(page, "alerts", None)
            if callable(alerts):
                lines.extend(alerts())
        banner = self.ui.alertBanner
        banner.setText("<br>".join(f"⚠ {escape(line)}" for line in lines))
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
        ui.actionSaveCopy.triggered.connect(self.save_copy)
        ui.actionRestore.triggered.connect(self.restore_from_backup)
        ui.actionSwitchUser.triggered.connect(self.switch_user)
        ui.menuFile.aboutToShow.connect(self._refresh_switch_user)
        ui.menuFile.setToolTipsVisible(True)
        self._refresh_switch_user()
        ui.actionOpenDataFolder.triggered.connect(self.open_data_folder)
        ui.actionQuit.triggered.connect(self.close)
        ui.actionCouncilDetails.triggered.connect(self.edit_council_details)
        ui.actionLeaveDemo.triggered.connect(self.leave_demo)
        ui.actionLeaveDemo.setVisible(bool(self.ctx.council and self.ctx.council.is_demo))
        ui.actionShowLog.triggered.connect(self.show_log)
        ui.actionAbout.triggered.connect(self._show_about)
        ui.actionGuide.triggered.connect(self.show_guide)

    def _refresh_switch_user(self) -> None:
        why_not = user_switch.why_not_switch(self.ctx)
        self.ui.actionSwitchUser.setEnabled(why_not is None)
        self.ui.actionSwitchUser.setToolTip(why_not or "Choose which officer is using "
                                            "ParishDesk: the history names them")

    def switch_user(self) -> bool:
        """File > Switch user…: True if another officer now uses ParishDesk."""
        chosen = user_switch.SwitchUserDialog.ask(self.ctx, self)
        if chosen is None or chosen.person_id == self.ctx.user_id:
            return False
        user_switch.set_user(self.ctx, chosen)
        self.refresh_status()
        self.statusBar().showMessage(f"{chosen.name} is now using ParishDesk.", 8000)
        return True

    def save_copy(self) -> None:
        """File > Save a copy of the data…: a backup file where the clerk chooses."""
        from parishdesk.gui.common.save_copy import save_copy

        if save_copy(self, self.ctx.paths, self.ctx.today()) is not None:
            self.refresh_status()

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
        from PySide6.QtCore import QUrl  # (its Python type is made when first wanted)
        from PySide6.QtGui import QDesktopServices

        QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.ctx.paths.data_dir)))

    def _show_about(self) -> None:
        from parishdesk.gui.common.dialogs import show_about  # when first wanted

        show_about(self, self.ctx.paths.data_dir)

    def show_log(self) -> None:
        from parishdesk.gui.common.dialogs import LogViewer  # when first wanted

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
        self.user_label.setText(user_switch.status_text(self.ctx))
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
