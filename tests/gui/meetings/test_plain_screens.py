"""What a reviewer found on the Meetings screens: a new council sees what to do first rather
than a greyed-out form, the Minutes tab says when there are none, meeting mode's words are
whole and labelled, and the Attendance buttons act only when they can."""

from __future__ import annotations

import datetime as dt

from PySide6.QtWidgets import QLabel

from parishdesk.domain.meetings import DECLARATION_ACTIONS, DECLARATION_KINDS, absence_item_title
from parishdesk.domain.meetings.records import Meeting
from parishdesk.domain.members import Councillor
from parishdesk.gui.meetings import MeetingsPage
from parishdesk.gui.meetings.attendance_grid import COLUMNS
from parishdesk.gui.meetings.attendance_view import NO_RECORD, AttendanceView
from parishdesk.gui.meetings.new_dialog import NewMeetingDialog
from parishdesk.services import members
from parishdesk.services.meetings import agenda

TODAY = dt.date(2026, 11, 23)


def _page(qtbot, ctx) -> MeetingsPage:  # type: ignore[no-untyped-def]
    page = MeetingsPage(ctx)
    qtbot.addWidget(page)
    page.resize(1366, 768)
    page.show()
    return page


def test_a_council_with_no_meetings_sees_what_to_do_first(qtbot, ctx, opened,  # type: ignore[no-untyped-def]
                                                          monkeypatch) -> None:
    page = _page(qtbot, ctx)
    assert page.empty.isVisible() and page.empty.text().startswith("No meetings yet.")
    assert not page.views.isVisible() and not page.meetings_list.isVisible()
    monkeypatch.setattr(NewMeetingDialog, "ask", classmethod(
        lambda cls, committees, today, parent=None: Meeting(
            on=dt.date(2026, 12, 10), at=dt.time(19, 30), place="Village Hall")))
    page.empty.button("New meeting…").click()
    assert page.meeting_id() is not None
    assert page.views.isVisible() and page.agenda.isEnabled() and not page.empty.isVisible()
    # The new meeting's Minutes tab says there are none yet, in one line with the next step.
    page.views.setCurrentWidget(page.minutes)
    assert page.minutes.empty.text().startswith("No minutes yet")
    assert not page.minutes.list.isVisible() and not page.minutes.body.isVisible()
    assert page.minutes.draft_button.isEnabled()


def test_meeting_mode_words_are_whole_and_labelled(qtbot, ctx, demo) -> None:  # type: ignore[no-untyped-def]
    page = _page(qtbot, ctx)
    page.show_meeting_mode()
    assert COLUMNS[3:] == ("Accepted", "Arrived", "Left")
    panel = page.table.declaring
    for combo, choices in ((panel.kind, DECLARATION_KINDS), (panel.action, DECLARATION_ACTIONS)):
        assert combo.minimumContentsLength() >= max(len(c) for c in choices.values())
        assert combo.minimumSizeHint().width() >= combo.fontMetrics().horizontalAdvance(
            max(choices.values(), key=len))
    labels = {label.text(): label.buddy() for label in panel.findChildren(QLabel)}
    assert labels["Member declaring:"] is panel.declarer
    assert labels["Kind of interest:"] is panel.kind
    assert labels["Dispensation reference:"] is panel.dispensation
    # Everything fits the pane at 1366 x 768: nothing is cut off at its right.
    panel_right = panel.mapTo(page, panel.rect().topRight()).x()
    assert panel.button.mapTo(page, panel.button.rect().topRight()).x() <= panel_right
    assert panel_right <= page.width()


def test_attendance_buttons_act_only_when_they_can(qtbot, paths, opened) -> None:  # type: ignore[no-untyped-def]
    from parishdesk.gui.common.context import AppContext

    ctx = AppContext(paths, actor="test", today=lambda: TODAY)
    jo = members.add_councillor(Councillor(first_name="Jo", surname="Hale",
                                           joined_on=dt.date(2026, 11, 1)), "test", TODAY)
    view = AttendanceView(ctx)
    qtbot.addWidget(view)
    view.resize(1366, 768)
    view.show()
    view.reload()
    assert view.table.item(0, 1).text() == "none yet"
    assert view.table.item(0, 2).text() == NO_RECORD
    assert not view.told_button.isEnabled() and view.told_button.toolTip()
    assert not view.absence_button.isEnabled()  # nobody chosen
    view.table.selectRow(0)
    assert not view.absence_button.isEnabled()  # no next meeting to add it to
    assert "next meeting" in view.absence_button.toolTip()
    meeting = agenda.create_meeting(Meeting(on=dt.date(2026, 12, 10), at=dt.time(19, 30),
                                            place="Village Hall"), "test")
    view.reload()
    view.table.selectRow(0)
    assert view.absence_button.isEnabled()
    assert view.add_absence_item()
    titles = [i.title for i in agenda.items(meeting.id or 0)]
    assert absence_item_title(jo.display_name) in titles
    assert not view.absence_button.isEnabled()
    assert "already has this item" in view.absence_button.toolTip()
