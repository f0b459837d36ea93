"""The Members table's rows, built from register records without a database."""

import datetime as dt

from parishdesk.domain.members import Councillor, Role
from parishdesk.gui.members.model import person_rows

DAY = dt.date(2026, 5, 14)


def _row(role: Role):
    councillor = Councillor(id=1, first_name="Ann", surname="Hale", joined_on=dt.date(2023, 5, 4))
    [row] = person_rows([councillor], [], [role], {7: "Planning"}, {}, DAY)
    return row


def test_a_role_counts_from_its_first_day_and_not_on_the_day_it_ends():
    starts_today = Role(person_id=1, kind="council_chair", start=DAY)
    ended_today = Role(person_id=1, kind="council_chair", start=dt.date(2025, 5, 15), end=DAY)
    ends_tomorrow = Role(person_id=1, kind="committee_member", committee_id=7,
                         start=dt.date(2025, 5, 15), end=DAY + dt.timedelta(days=1))
    assert _row(starts_today).role == "Chair of the council"
    assert _row(ended_today).role == "Councillor"
    assert _row(ends_tomorrow).committees == ("Planning",)


def test_the_councils_offices_come_before_committee_offices():
    councillor = Councillor(id=1, first_name="Ann", surname="Hale", joined_on=dt.date(2023, 5, 4))
    roles = [Role(person_id=1, kind="committee_vice_chair", committee_id=7, start=DAY),
             Role(person_id=1, kind="committee_member", committee_id=7, start=DAY),
             Role(person_id=1, kind="council_chair", start=DAY)]
    [row] = person_rows([councillor], [], roles, {7: "Planning"}, {}, DAY)
    assert row.role == "Chair of the council; Committee vice-chair, Planning"


def test_the_models_cells_sort_keys_and_tips_follow_the_rows_and_the_kind(qapp):
    from PySide6.QtCore import Qt

    from parishdesk.domain.members import FormStatus, Officer
    from parishdesk.gui.members.model import (
        FORM_COLUMN,
        PERSON_ID_ROLE,
        MembersFilter,
        MembersTableModel,
    )

    hale = Councillor(id=1, first_name="Ann", surname="Hale", joined_on=dt.date(2023, 5, 4),
                      ward="North")
    abbot = Councillor(id=2, first_name="Zoe", surname="Abbot", joined_on=dt.date(2023, 5, 4),
                       group="Greens")
    clerk = Officer(id=3, first_name="Cat", surname="Brooks", is_proper_officer=True,
                    working_days=frozenset({0, 1, 2, 3, 4}))
    overdue = FormStatus(state="overdue", due_on=dt.date(2026, 3, 1), days_left=-74)
    rows = person_rows([hale, abbot], [clerk], [], {}, {1: overdue}, DAY)
    model = MembersTableModel(acknowledgements=lambda: {2: "v1.0 signed 03/05/2026"})
    model.set_rows(rows)

    def cell(row, column, role=Qt.ItemDataRole.DisplayRole):
        return model.index(row, column).data(role)

    assert [cell(0, c) for c in range(model.columnCount())] == [
        "Cllr Ann Hale", "Councillor", "North", "Independent", "Current", "",
        "Overdue since 01/03/2026", "Not yet"]
    assert cell(1, 7) == "v1.0 signed 03/05/2026" and cell(1, 3) == "Greens"
    assert cell(0, 0, Qt.ItemDataRole.UserRole) == "hale ann"  # names sort by surname
    assert cell(0, FORM_COLUMN, Qt.ItemDataRole.UserRole) == "2026-03-01"  # forms by date
    assert cell(0, 2, Qt.ItemDataRole.UserRole) == "north"
    assert cell(0, 2, Qt.ItemDataRole.ToolTipRole) == "North"
    assert cell(0, 5, Qt.ItemDataRole.ToolTipRole) is None  # nothing to say
    assert not cell(0, FORM_COLUMN, Qt.ItemDataRole.DecorationRole).isNull()  # the warning
    assert cell(1, FORM_COLUMN, Qt.ItemDataRole.DecorationRole) is None
    assert cell(0, 0, Qt.ItemDataRole.FontRole) is None
    assert cell(1, 0, PERSON_ID_ROLE) == 2
    model.set_kind("officer")
    assert model.columnCount() == 7
    assert [cell(2, c) for c in range(7)] == [
        "Cat Brooks", "Clerk", "Yes", "Mon\u2013Fri", "", "The council", "Current"]
    proxy = MembersFilter()
    proxy.setSourceModel(model)
    proxy.set_filters(kind="officer", search="BROOKS clerk")
    assert proxy.rowCount() == 1
    proxy.set_filters(search="hale")
    assert proxy.rowCount() == 0
