"""The Members table: a thin QAbstractTableModel over register rows, and its filter."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)

from parishdesk.domain.member_rules import current_on
from parishdesk.domain.members import (
    ROLE_KIND_LABELS,
    WEEKDAY_LABELS,
    Councillor,
    FormStatus,
    Officer,
    Role,
    format_date,
)
from parishdesk.gui.common.icons import warning_icon

Index = QModelIndex | QPersistentModelIndex
Acknowledgements = Callable[[], dict[int, str]]

NO_ACK_TEXT = "\u2014"
NO_ACK_TIP = ("Protocol acknowledgements are recorded in Documents; they will show here "
              "once recorded.")


@dataclass(frozen=True)
class PersonRow:
    """One line of the Members table."""

    id: int
    kind: str  # councillor | officer
    name: str
    sort_name: str
    role: str
    ward: str = ""
    group: str = ""
    committees: tuple[str, ...] = ()
    committee_ids: frozenset[int] = frozenset()
    role_kinds: frozenset[str] = frozenset()
    current: bool = True
    form: FormStatus | None = None
    #: Officers only: what the Officers view shows instead of ward, group and committees.
    post: str = ""
    proper_officer: bool = False
    working_days: str = ""
    hours: str = ""
    line_manager: str = ""
    record: Councillor | Officer | None = field(default=None, compare=False)

    @property
    def status(self) -> str:
        return "Current" if self.current else "Former"

    @property
    def form_text(self) -> str:
        if self.form is None or self.form.state == "not_applicable":
            return ""
        if self.form.state == "returned":
            return "Returned"
        due = format_date(self.form.due_on)
        if self.form.state == "overdue":
            return f"Overdue since {due}"
        return f"Due by {due}"

    def haystack(self) -> str:
        return " ".join((self.name, self.role, self.ward, self.group, *self.committees,
                         self.status, self.line_manager)).casefold()


#: Offices as the Role column lists them: the council's first, then committees'.
OFFICE_ORDER = ("council_chair", "council_vice_chair", "committee_chair",
                "committee_vice_chair")


def _councillor_row(c: Councillor, held: list[Role], committee_names: dict[int, str],
                    form: FormStatus | None, today: dt.date) -> PersonRow:
    assert c.id is not None
    ranked = sorted((r for r in held if r.kind in OFFICE_ORDER),
                    key=lambda r: OFFICE_ORDER.index(r.kind))
    offices = [ROLE_KIND_LABELS[r.kind] if r.committee_id is None
               else f"{ROLE_KIND_LABELS[r.kind]}, {committee_names.get(r.committee_id)}"
               for r in ranked]
    member_of = sorted({r.committee_id for r in held
                        if r.kind == "committee_member" and r.committee_id})
    current = c.is_current(today) and c.left_on is None
    return PersonRow(
        id=c.id, kind="councillor", name=c.display_name,
        sort_name=f"{c.surname} {c.first_name}".casefold(),
        role="; ".join(offices) or "Councillor", ward=c.ward, group=c.group or "",
        committees=tuple(committee_names.get(i, "") for i in member_of),
        committee_ids=frozenset(member_of), role_kinds=frozenset(r.kind for r in held),
        current=current, form=form if current else None, record=c)


def person_rows(councillors: Sequence[Councillor], officers: Sequence[Officer],
                roles: Sequence[Role], committee_names: dict[int, str],
                forms: dict[int, FormStatus], today: dt.date) -> list[PersonRow]:
    """The table's rows: councillors with the roles they hold today, then officers."""
    rows: list[PersonRow] = []
    for c in councillors:
        held = [r for r in roles if r.person_id == c.id and current_on(r, today)]
        rows.append(_councillor_row(c, held, committee_names, forms.get(c.id or 0), today))
    names = {o.id: o.full_name for o in officers}
    for o in officers:
        assert o.id is not None
        hours = (f"{o.hours_from:%H:%M}\u2013{o.hours_to:%H:%M}"
                 if o.hours_from is not None and o.hours_to is not None else "")
        manager = (names.get(o.line_manager_id, "") if o.line_manager_id is not None
                   else "The council" if o.is_clerk or o.is_proper_officer else "")
        rows.append(PersonRow(
            id=o.id, kind="officer", name=o.full_name,
            sort_name=f"{o.surname} {o.first_name}".casefold(),
            role=o.post_label + (" (Proper Officer)" if o.is_proper_officer else ""),
            current=o.is_current(today), record=o, post=o.post_label,
            proper_officer=o.is_proper_officer, working_days=_short_days(o),
            hours=hours, line_manager=manager))
    return rows


def _short_days(o: Officer) -> str:
    """Working days in short: "Mon\u2013Fri", "Mon, Tue, Wed"."""
    days = sorted(d for d in o.working_days if 0 <= d <= 6)
    short = [WEEKDAY_LABELS[d][:3] for d in days]
    if len(days) >= 3 and days == list(range(days[0], days[-1] + 1)):
        return f"{short[0]}\u2013{short[-1]}"
    return ", ".join(short)


#: The Councillors view's columns, and the Officers view's.
COLUMNS: tuple[str, ...] = ("Name", "Role or post", "Ward", "Group", "Status", "Committees",
                            "Interests form", "Protocol acknowledged")
OFFICER_COLUMNS: tuple[str, ...] = ("Name", "Post", "Proper Officer", "Working days", "Hours",
                                    "Line manager", "Status")
ACK_COLUMN = COLUMNS.index("Protocol acknowledged")
FORM_COLUMN = COLUMNS.index("Interests form")
PERSON_ID_ROLE = Qt.ItemDataRole.UserRole + 1

# The roles as plain numbers, looked up once: data() is called for every cell and role
# each time the table is painted or sized, and Qt asks for many roles the table leaves
# unset (font, colours, alignment …), so those are answered first, with None.
_DISPLAY = int(Qt.ItemDataRole.DisplayRole)
_ACCESSIBLE = int(Qt.ItemDataRole.AccessibleTextRole)
_TOOLTIP = int(Qt.ItemDataRole.ToolTipRole)
_DECORATION = int(Qt.ItemDataRole.DecorationRole)
_SORT = int(Qt.ItemDataRole.UserRole)
_PERSON_ID = int(PERSON_ID_ROLE)
_ANSWERED = frozenset((_DISPLAY, _ACCESSIBLE, _TOOLTIP, _DECORATION, _SORT, _PERSON_ID))


def default_acknowledgements() -> Acknowledgements | None:
    """The Documents area's labels, if that part is installed."""
    try:
        from parishdesk.services import protocol_acks
    except ImportError:
        return None
    labels = getattr(protocol_acks, "acknowledgement_labels", None)
    return labels if callable(labels) else None


class MembersTableModel(QAbstractTableModel):
    """The rows' cell texts and sort keys are worked out once, when the rows or the kind
    listed change, so that painting, sizing and sorting only look them up."""

    def __init__(self, rows: Sequence[PersonRow] = (),
                 acknowledgements: Acknowledgements | None = None,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[PersonRow] = list(rows)
        self._acknowledgements = acknowledgements
        self._acks: dict[int, str] = {}
        self.kind = "councillor"
        self._cells: list[tuple[str, ...]] = []
        self._keys: list[tuple[str, ...]] = []
        self._haystacks: list[str] = []
        self._column_count = len(COLUMNS)
        if self._rows:  # else the first set_rows reads them, once
            self._load_acks()
        self._work_out()

    @property
    def columns(self) -> tuple[str, ...]:
        return OFFICER_COLUMNS if self.kind == "officer" else COLUMNS

    def set_kind(self, kind: str) -> None:
        """Show the councillors' columns, or the officers' (post, hours, line manager)."""
        if kind != self.kind:
            self.beginResetModel()
            self.kind = kind
            self._work_out()
            self.endResetModel()

    def _load_acks(self) -> None:
        self._acks = {}
        if self._acknowledgements is not None:
            try:
                self._acks = dict(self._acknowledgements())
            except Exception:  # noqa: BLE001 - the column must never break the register
                self._acks = {}

    def set_rows(self, rows: Sequence[PersonRow]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self._load_acks()
        self._work_out()
        self.endResetModel()

    def _work_out(self) -> None:
        """Each row's cell texts, sort keys and search text, for the kind listed."""
        self._cells = [self._texts(row) for row in self._rows]
        councillors = self.kind != "officer"
        self._keys = []
        for row, cells in zip(self._rows, self._cells, strict=True):
            # Sort key: surnames for names, the due date for forms, text otherwise.
            keys = [text.casefold() for text in cells]
            keys[0] = row.sort_name
            if councillors:
                keys[FORM_COLUMN] = (row.form.due_on.isoformat()
                                     if row.form and row.form.due_on else "")
            self._keys.append(tuple(keys))
        self._haystacks = [row.haystack() for row in self._rows]
        self._column_count = len(self.columns)

    def row_at(self, row: int) -> PersonRow:
        return self._rows[row]

    def haystack(self, row: int) -> str:
        """What the search looks in, for the row (in lower case)."""
        return self._haystacks[row]

    def rows(self) -> list[PersonRow]:
        return list(self._rows)

    def cell_texts(self) -> list[tuple[str, ...]]:
        """Every row's cell texts, as the table shows them."""
        return list(self._cells)

    def decorated_columns(self, rows: Sequence[int]) -> set[int]:
        """The columns where one of ``rows`` shows a sign (an overdue interests form)."""
        if self.kind == "officer":
            return set()
        overdue = any((form := self._rows[r].form) is not None and form.state == "overdue"
                      for r in rows)
        return {FORM_COLUMN} if overdue else set()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else self._column_count

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if (role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal
                and 0 <= section < len(self.columns)):
            return self.columns[section]
        return None

    def _ack(self, row: PersonRow) -> str:
        if self._acknowledgements is None:
            return NO_ACK_TEXT
        return self._acks.get(row.id, "Not yet" if row.kind == "councillor" else NO_ACK_TEXT)

    def _texts(self, row: PersonRow) -> tuple[str, ...]:
        if self.kind == "officer":
            return (row.name, row.post, "Yes" if row.proper_officer else "",
                    row.working_days, row.hours, row.line_manager, row.status)
        group = row.group or ("Independent" if row.kind == "councillor" else "")
        return (row.name, row.role, row.ward, group, row.status, ", ".join(row.committees),
                row.form_text, self._ack(row))

    def data(self, index: Index, role: int = _DISPLAY) -> Any:
        if role not in _ANSWERED:
            return None
        r = index.row()  # -1 for an invalid index
        if not 0 <= r < len(self._cells):
            return None
        column = index.column()
        cells = self._cells[r]
        if not 0 <= column < len(cells):
            return None
        if role == _DISPLAY or role == _ACCESSIBLE:
            return cells[column]
        if role == _SORT:
            return self._keys[r][column]
        if role == _PERSON_ID:
            return self._rows[r].id
        councillors = self.kind != "officer"
        if role == _TOOLTIP:
            if councillors and column == ACK_COLUMN and self._acknowledgements is None:
                return NO_ACK_TIP
            return cells[column] or None
        # the decoration: a warning sign on an overdue interests form
        if councillors and column == FORM_COLUMN:
            form = self._rows[r].form
            if form is not None and form.state == "overdue":
                return warning_icon()
        return None


#: The party group filter's value for councillors in no group.
INDEPENDENT = ""


class MembersFilter(QSortFilterProxyModel):
    """Search as you type, plus the kind, current/former, role, committee and group filters."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.setSortRole(Qt.ItemDataRole.UserRole)
        self.search = ""
        self.kind: str | None = "councillor"
        self.status = "current"  # current | former | all
        self.role_kind: str | None = None
        self.committee_id: int | None = None
        self.group: str | None = None
        self._words: list[str] = []  # the search, in lower-case words

    def set_filters(self, **values: Any) -> None:
        self.beginFilterChange()
        for name, value in values.items():
            if not hasattr(self, name):
                raise AttributeError(name)
            setattr(self, name, value)
        self._words = self.search.casefold().split()
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def filterAcceptsRow(self, source_row: int, source_parent: Index) -> bool:  # noqa: N802
        model = self.sourceModel()
        assert isinstance(model, MembersTableModel)
        row = model.row_at(source_row)
        if self.kind is not None and row.kind != self.kind:
            return False
        if self.status == "current" and not row.current:
            return False
        if self.status == "former" and row.current:
            return False
        if row.kind == "councillor":
            if self.role_kind is not None and self.role_kind not in row.role_kinds:
                return False
            if self.committee_id is not None and self.committee_id not in row.committee_ids:
                return False
            if self.group is not None and row.group != self.group:
                return False
        text = model.haystack(source_row)
        return all(word in text for word in self._words)


def today_label(day: dt.date) -> str:
    return format_date(day)
