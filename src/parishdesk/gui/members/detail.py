"""The Members area's detail panel: the chosen person's details, roles, interests,
training and history, with the buttons that add to them.

Every change goes through ``parishdesk.services.members``; afterwards the panel
emits ``changed`` and the area refreshes (which shows the same person again).
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import (
    QBoxLayout,
    QHBoxLayout,
    QLabel,
    QTableWidget,
    QVBoxLayout,
    QWidget,
)

from parishdesk.domain.members import (
    Councillor,
    Interest,
    Officer,
    SpecialRelationship,
    Training,
    format_date,
)
from parishdesk.gui.common.context import AppContext
from parishdesk.gui.members.detail_edits import RecordEdits
from parishdesk.gui.members.detail_text import (
    councillor_lines,
    details_html,
    form_text,
    officer_lines,
)
from parishdesk.gui.members.model import PersonRow
from parishdesk.gui.members.widgets import (
    WrappedLabel,
    button_row,
    fill_table,
    fit_columns,
    push_button,
    record_table,
    scrolling,
    titled_block,
)
from parishdesk.services import members as svc

#: From this width the interests and the relationships stand side by side.
SIDE_BY_SIDE_BLOCKS = 680
TAB_DETAILS, TAB_ROLES, TAB_INTERESTS, TAB_TRAINING, TAB_HISTORY = range(5)
TAB_LABELS = ("Details", "Roles && committees", "Interests", "Training", "History")


class MemberDetail(RecordEdits):
    """Tabs: Details, Roles & committees, Interests, Training, History.

    The Roles & committees, Training and History pages are built the first time they are
    shown (or their tables are asked for), and each tab is filled for the chosen person
    only when it is on screen (or asked for), so that the area opens quickly."""

    #: What the Details tab says when no one is chosen (the list sets where to look).
    placeholder = "Choose someone in the table to see their details."

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.row: PersonRow | None = None
        self._interests: dict[int | None, Interest] = {}
        self._relationships: dict[int | None, SpecialRelationship] = {}
        self._training: dict[int | None, Training] = {}
        self.setAccessibleName("Member details")
        self.details_label = WrappedLabel()
        self.details_label.setAlignment(Qt.AlignmentFlag.AlignTop)
        self.details_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self._pages: list[QWidget] = [scrolling(self.details_label)]
        self._pages += [QWidget() for _ in TAB_LABELS[TAB_ROLES:]]  # empty until first shown
        for page, label in zip(self._pages, TAB_LABELS, strict=True):
            self.addTab(page, label)
        self._built: set[int] = {TAB_DETAILS}
        self._filled: set[int] = set()  # the tabs filled for the chosen person
        self._blocks_width = 0  # the width fit_blocks was last given
        # The Interests page is the largest: it sets the panel's smallest and best size (and
        # so how far the window and the splitter can shrink it), so it is built, not filled.
        self._page(TAB_INTERESTS)
        self.currentChanged.connect(lambda _index: self._fill_current())

    # -- the tabs' widgets, built (and filled for the chosen person) when first asked for ----
    @property
    def roles_table(self) -> QTableWidget:
        self._ready(TAB_ROLES)
        return self._roles_table

    @property
    def interests_table(self) -> QTableWidget:
        self._ready(TAB_INTERESTS)
        return self._interests_table

    @property
    def relationships_table(self) -> QTableWidget:
        self._ready(TAB_INTERESTS)
        return self._relationships_table

    @property
    def form_label(self) -> QLabel:
        self._ready(TAB_INTERESTS)
        return self._form_label

    @property
    def relationships_label(self) -> QLabel:
        self._ready(TAB_INTERESTS)
        return self._relationships_label

    @property
    def interests_blocks(self) -> QBoxLayout:
        self._ready(TAB_INTERESTS)
        return self._interests_blocks

    @property
    def training_table(self) -> QTableWidget:
        self._ready(TAB_TRAINING)
        return self._training_table

    @property
    def history_table(self) -> QTableWidget:
        """The History tab's table: read from the audit log (the slowest tab to fill) only
        once the tab is on screen."""
        self._page(TAB_HISTORY)
        return self._history_table

    def _ready(self, tab: int) -> None:
        self._page(tab)
        self._fill(tab)

    def _page(self, tab: int) -> QWidget:
        """The tab's page, built the first time it is wanted."""
        page = self._pages[tab]
        if tab not in self._built:
            self._built.add(tab)
            (self._roles_page, self._interests_page, self._training_page,
             self._history_page)[tab - 1](page)
        return page

    # -- layout -----------------------------------------------------------------------------
    def _roles_page(self, page: QWidget) -> None:
        layout = QVBoxLayout(page)
        self._roles_table = record_table(["Role", "Committee or group", "First day",
                                          "Last day"], "Roles and committees")
        layout.addWidget(self._roles_table)
        row = QHBoxLayout()
        row.addWidget(push_button("Add &role…", self.add_role, shortcut="add_role"))
        row.addWidget(push_button("E&nd role…", self.end_role, shortcut="end_role"))
        row.addStretch(1)
        layout.addLayout(row)

    def _interests_page(self, page: QWidget) -> None:
        layout = QVBoxLayout(page)
        form_row = QHBoxLayout()
        self._form_label = QLabel()
        self._form_label.setWordWrap(True)
        form_row.addWidget(self._form_label, 1)
        form_row.addWidget(push_button("Form &returned…", self.record_form,
                                             shortcut="form_returned"))
        layout.addLayout(form_row)
        self._interests_table = record_table(["Category", "Description", "Registered",
                                              "Removed"], "Register of interests")
        self._interests_table.itemDoubleClicked.connect(lambda _i: self.edit_interest())
        self._relationships_label = QLabel("Special relationships declared:")
        self._relationships_table = record_table(["With whom", "Nature", "Declared"],
                                                 "Special relationships")
        self._relationships_table.itemDoubleClicked.connect(
            lambda _i: self.edit_relationship())
        # Side by side when the panel is wide (below the table), one above the other
        # when it is narrow (beside the table): see resizeEvent.
        self._interests_blocks = QBoxLayout(QBoxLayout.Direction.TopToBottom)
        self._interests_blocks.addWidget(titled_block(
            QLabel("Register of interests:"), self._interests_table,
            push_button("Add &interest…", self.add_interest, shortcut="add_interest"),
            push_button("E&dit…", self.edit_interest, "Edit interest"),
            push_button("Archi&ve…", self.archive_interest, "Archive interest")), 3)
        self._interests_blocks.addWidget(titled_block(
            self._relationships_label, self._relationships_table,
            push_button("Add relationshi&p…", self.add_relationship,
                        shortcut="add_relationship"),
            push_button("Edi&t…", self.edit_relationship, "Edit relationship"),
            push_button("Ar&chive…", self.archive_relationship, "Archive relationship")), 2)
        layout.addLayout(self._interests_blocks, 1)
        self.fit_blocks(self._blocks_width)

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt override
        super().resizeEvent(event)
        self.fit_blocks(self.width())

    def fit_blocks(self, width: int) -> None:
        """Interests and relationships side by side from ``width`` up, else stacked (called
        before the panel is narrowed too, as side by side they would keep it wide). Until
        the Interests page is built, the width is kept for when it is."""
        self._blocks_width = width
        if TAB_INTERESTS not in self._built:
            return
        blocks = self._interests_blocks
        wanted = (QBoxLayout.Direction.LeftToRight if width >= SIDE_BY_SIDE_BLOCKS
                  else QBoxLayout.Direction.TopToBottom)
        if blocks.direction() != wanted:
            blocks.setDirection(wanted)
            page = blocks.parentWidget()
            page_layout = page.layout() if page is not None else None
            if page is not None and page_layout is not None:
                page_layout.invalidate()  # a hidden tab's layout keeps its old minimum
                page.updateGeometry()

    def _training_page(self, page: QWidget) -> None:
        layout = QVBoxLayout(page)
        self._training_table = record_table(["Course", "Provider", "Date", "Certificate"],
                                            "Training")
        self._training_table.itemDoubleClicked.connect(lambda _i: self.edit_training())
        layout.addWidget(self._training_table)
        layout.addLayout(button_row(
            push_button("Add &training…", self.add_training, shortcut="add_training"),
            push_button("E&dit…", self.edit_training, "Edit training"),
            push_button("Archi&ve…", self.archive_training, "Archive training")))

    def _history_page(self, page: QWidget) -> None:
        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 0, 0, 0)  # the table fills the tab
        self._history_table = record_table(["When", "Who", "What happened"], "History")
        layout.addWidget(self._history_table)

    # -- showing ----------------------------------------------------------------------------
    def show_person(self, row: PersonRow | None) -> None:
        self.row = row
        self._filled = set()
        self._interests, self._relationships, self._training = {}, {}, {}
        built = self._built
        for tab, tables in ((TAB_ROLES, ("_roles_table",)),
                            (TAB_INTERESTS, ("_interests_table", "_relationships_table")),
                            (TAB_TRAINING, ("_training_table",)),
                            (TAB_HISTORY, ("_history_table",))):
            if tab in built:
                for name in tables:
                    getattr(self, name).setRowCount(0)
        if TAB_INTERESTS in built:
            self._form_label.setText("")
        if row is None:
            self.details_label.setText(self.placeholder)
            return
        record = row.record
        lines: list[tuple[str, str]] = []
        if isinstance(record, Councillor):
            lines = councillor_lines(record)
        elif isinstance(record, Officer):
            lines = officer_lines(record)
        self.details_label.setText(details_html(lines))
        self._fill_current()

    def _fill_current(self) -> None:
        """Build the tab on screen if it is new, and fill it for the chosen person."""
        tab = self.currentIndex()
        if tab > TAB_DETAILS:
            page = self._pages[tab]
            shown = tab not in self._built and page.isVisible()
            if shown:  # a new page is made and filled off screen, then shown whole
                page.hide()
            self._page(tab)
            self._fill(tab)
            if shown:
                page.show()

    def _fill(self, tab: int) -> None:
        """Fill the (built) tab for the chosen person, once: the others wait until they are
        shown, the History (read from the audit log) among them."""
        if (row := self.row) is None or tab in self._filled or tab == TAB_DETAILS:
            return
        self._filled.add(tab)
        if tab == TAB_ROLES:
            self._show_roles(row.id)
        elif tab == TAB_INTERESTS:
            if row.kind == "councillor":
                self._show_interests(row.id)
        elif tab == TAB_TRAINING:
            training = svc.training_of(row.id)
            self._training = {t.id: t for t in training}
            fill_table(self._training_table,
                       [[t.course, t.provider, format_date(t.on),
                         "Held" if t.certificate_held else "No"] for t in training],
                       [t.id for t in training])
            # The course takes the spare width, so the date and certificate stay in view.
            fit_columns(self._training_table, stretch=0, fixed={1: 160})
        elif tab == TAB_HISTORY:
            history = svc.person_history(row.id)
            fill_table(self._history_table, [
                [h.when_local.strftime("%d/%m/%Y %H:%M"), h.who, h.what]
                for h in reversed(history)])
            fit_columns(self._history_table, stretch=2, fixed={}, wrap=True)

    def _show_roles(self, person_id: int) -> None:
        committees = svc.committee_names()
        groups = svc.group_names()
        roles = svc.roles(person_id)
        fill_table(self._roles_table, [
            [r.kind_label, committees.get(r.committee_id or 0, "")
             or groups.get(r.group_id or 0, "") or "The council",
             format_date(r.start),
             format_date(r.end - dt.timedelta(days=1)) if r.end else "Still held"]
            for r in roles], [r.id for r in roles])
        # The committee or group takes the spare width (elided, whole in the tooltip), so
        # the first and last days stay in view without scrolling sideways.
        fit_columns(self._roles_table, stretch=1, fixed={})

    def _show_interests(self, person_id: int) -> None:
        self._form_label.setText(form_text(person_id, self.today()))
        interests = svc.interests_of(person_id)
        self._interests = {i.id: i for i in interests}
        fill_table(self._interests_table,
                   [[i.category_label, i.description, format_date(i.registered_on),
                     format_date(i.removed_on)] for i in interests], [i.id for i in interests])
        fit_columns(self._interests_table, stretch=1, fixed={0: 110})
        relationships = svc.relationships_of(person_id)
        self._relationships = {r.id: r for r in relationships}
        fill_table(self._relationships_table,
                   [[r.with_whom, r.nature, format_date(r.declared_on)] for r in relationships],
                   [r.id for r in relationships])
        fit_columns(self._relationships_table, stretch=1, fixed={0: 110})
        self._relationships_label.setText("Special relationships declared:" if relationships
                                          else "Special relationships declared: none.")
