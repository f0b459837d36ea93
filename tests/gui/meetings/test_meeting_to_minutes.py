"""A council meeting driven through the Meetings area with qtbot, from the agenda to
signed minutes, and the minutes PDF read back with pypdf."""

from __future__ import annotations

import datetime as dt
import io

import pypdf
import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from parishdesk.domain.meetings.records import Meeting
from parishdesk.gui.meetings import MeetingsPage
from parishdesk.gui.meetings.new_dialog import NewMeetingDialog
from parishdesk.services import access, members
from parishdesk.services.meetings import agenda, minutes, table

MEETING_DAY = dt.date(2026, 12, 17)


def _pdf_text(path) -> str:  # type: ignore[no-untyped-def]
    reader = pypdf.PdfReader(io.BytesIO(path.read_bytes()))
    return " ".join(" ".join(page.extract_text() for page in reader.pages).split())


@pytest.fixture
def page(qtbot, ctx, demo, monkeypatch):  # type: ignore[no-untyped-def]
    monkeypatch.setattr(QMessageBox, "question",
                        staticmethod(lambda *_a, **_k: QMessageBox.StandardButton.Yes))
    widget = MeetingsPage(ctx)
    qtbot.addWidget(widget)
    widget.resize(1366, 768)
    widget.show()
    return widget


def _row_of(tbl, name: str) -> int:  # type: ignore[no-untyped-def]
    for row in range(tbl.rowCount()):
        if tbl.item(row, 0).text() == name:
            return row
    raise AssertionError(f"{name} not in the table")


def _choose(combo, text: str) -> None:  # type: ignore[no-untyped-def]
    index = combo.findText(text)
    assert index >= 0, f"{text!r} not offered"
    combo.setCurrentIndex(index)
    combo.activated.emit(index)


def test_new_meeting_dialog_collects_a_meeting(qtbot) -> None:  # type: ignore[no-untyped-def]
    dialog = NewMeetingDialog({1: "Staffing Committee"}, dt.date(2026, 11, 22))
    qtbot.addWidget(dialog)
    dialog.ui.placeEdit.clear()
    assert isinstance(dialog.collect(), dict)
    qtbot.keyClicks(dialog.ui.placeEdit, "Reading Room")
    made = dialog.collect()
    assert isinstance(made, Meeting) and made.place == "Reading Room"
    assert made.on == dt.date(2026, 12, 6) and made.at == dt.time(19, 30)


def test_a_meeting_from_agenda_to_signed_minutes(qtbot, page, ctx, monkeypatch,  # type: ignore[no-untyped-def]
                                                 tmp_path) -> None:
    # --- a new meeting and its agenda ------------------------------------------------------
    monkeypatch.setattr(NewMeetingDialog, "ask", classmethod(
        lambda cls, committees, today, parent=None: Meeting(
            on=MEETING_DAY, at=dt.time(19, 30), place="The Village Hall, Church Lane")))
    meeting_id = page.new_meeting()
    assert meeting_id and page.meeting_id() == meeting_id
    editor = page.agenda
    assert editor.items.count() == 4  # the standard opening items
    for title in ("Allotment rents for 2027", "Bus shelter on the green",
                  "Clerk's salary review"):
        editor.add_item()
        editor.title.clear()
        qtbot.keyClicks(editor.title, title)
        editor.item_saver.flush()
    editor.confidential.setChecked(True)
    qtbot.keyClicks(editor.reason, "Staff matters")
    editor.item_saver.flush()
    titles = [i.title for i in agenda.items(meeting_id)]
    assert titles[-3:] == ["Allotment rents for 2027", "Bus shelter on the green",
                           "Clerk's salary review"]
    assert agenda.items(meeting_id)[-1].confidential_reason == "Staff matters"
    assert "summons has not been issued" in editor.notice.text()
    assert "MEET-2" not in editor.notice.text()
    summons = editor.issue_summons(tmp_path / "agenda.pdf")
    assert summons is not None and "Clerk's salary review" in _pdf_text(summons)
    assert "three clear days" in editor.notice.text()

    # --- at the table: attendance ---------------------------------------------------------
    page.show_meeting_mode()
    mode = page.table
    assert not page.meetings_list.isVisible()
    grid = mode.attendance
    grid.setFocus()
    for name in ("Cllr Margaret Ellwood", "Cllr Rajesh Patel", "Cllr Owen Pritchard",
                 "Cllr Hannah Blackwood", "Cllr Tomasz Nowak", "Cllr Graham Whitlock",
                 "Cllr David Okafor", "Cllr Peter Hollins"):
        grid.setCurrentCell(_row_of(grid, name), 1)
        qtbot.keyClick(grid, Qt.Key.Key_P)
    grid.setCurrentCell(_row_of(grid, "Cllr Siobhan Carey"), 1)
    qtbot.keyClick(grid, Qt.Key.Key_A)
    grid.item(_row_of(grid, "Cllr Siobhan Carey"), 2).setText("Working away")
    grid.item(_row_of(grid, "Cllr Siobhan Carey"), 3).setCheckState(Qt.CheckState.Checked)
    grid.item(_row_of(grid, "Cllr Peter Hollins"), 5).setText("20.45")
    recorded = {a.name: a for a in table.attendance(meeting_id)}
    assert recorded["Cllr Siobhan Carey"].status == "apologies"
    assert recorded["Cllr Siobhan Carey"].reason_accepted is True
    assert recorded["Cllr Peter Hollins"].left_at == "20:45"
    assert "8 present" in mode.attendance_summary.text()

    items = {i.title: i.id for i in agenda.items(meeting_id)}

    # --- a declaration that makes a member leave ------------------------------------------
    mode.choose_item(items["Allotment rents for 2027"])
    _choose(mode.declarer, "Cllr Tomasz Nowak")
    mode.kind.setCurrentIndex(mode.kind.findData("pecuniary"))
    mode.action.setCurrentIndex(mode.action.findData("left"))
    qtbot.keyClicks(mode.declared, "Tenant of allotment plot 14")
    qtbot.keyClick(mode, Qt.Key.Key_D, Qt.KeyboardModifier.ControlModifier)
    assert mode.declarations.count() == 1
    assert "Monitoring Officer" in mode.declaration_problems.text()  # not on the register
    assert "CONDUCT-3" not in mode.declaration_problems.text()
    assert "7 members can take part" in mode.quorum.text()
    nowak = next(pid for pid, name in table.names().items() if name == "Cllr Tomasz Nowak")
    # The clerk answered Yes to "add it to the register now?"
    assert "Tenant of allotment plot 14" in [i.description for i in members.interests_of(nowak)]

    # --- a tied vote settled by the presiding chair's casting vote -------------------------
    qtbot.keyClick(mode, Qt.Key.Key_M, Qt.KeyboardModifier.ControlModifier)
    motion_editor = mode.editor
    qtbot.keyClicks(motion_editor.text, "allotment rents rise by 5% from 1 April 2027")
    _choose(motion_editor.proposer, "Cllr Graham Whitlock")
    _choose(motion_editor.seconder, "Cllr David Okafor")
    assert "Cllr Tomasz Nowak" not in [motion_editor.proposer.itemText(i)
                                       for i in range(motion_editor.proposer.count())]
    motion_editor.in_favour.setValue(3)
    motion_editor.against.setValue(3)
    motion_editor.abstentions.setValue(1)
    motion_editor.flush()
    assert motion_editor.casting.isVisible()
    assert "Cllr Margaret Ellwood, presiding" in motion_editor.casting_label.text()
    _choose(motion_editor.casting, "Casting vote for")
    tied = [m for m in table.motions(meeting_id) if m.item_id == items["Allotment rents for 2027"]]
    assert tied[0].outcome == "carried" and tied[0].casting_by_id is not None
    assert motion_editor.problems.problems == ()

    # --- a recorded vote -------------------------------------------------------------------
    qtbot.keyClick(mode, Qt.Key.Key_F8)
    assert mode.current_item_id() == items["Bus shelter on the green"]
    mode.new_motion()
    qtbot.keyClicks(motion_editor.text, "the bus shelter be replaced at a cost of up to £4,800")
    _choose(motion_editor.proposer, "Cllr Owen Pritchard")
    _choose(motion_editor.seconder, "Cllr Hannah Blackwood")
    motion_editor.recorded.setChecked(True)
    votes = motion_editor.votes
    votes.setFocus()
    votes.setCurrentCell(0, 1)
    for key in (Qt.Key.Key_F, Qt.Key.Key_A, Qt.Key.Key_F, Qt.Key.Key_F, Qt.Key.Key_B,
                Qt.Key.Key_A, Qt.Key.Key_F, Qt.Key.Key_F):
        qtbot.keyClick(votes, key)
    shelter = [m for m in table.motions(meeting_id)
               if m.item_id == items["Bus shelter on the green"]][0]
    assert shelter.recorded and len(shelter.votes) == 8
    assert (shelter.in_favour, shelter.against, shelter.abstentions) == (5, 2, 1)
    assert motion_editor.in_favour.value() == 5

    # --- exclusion of the press and public with its reason ---------------------------------
    qtbot.keyClick(mode, Qt.Key.Key_F8)
    mode.new_motion()
    motion_editor.exclude.setChecked(True)
    assert any("excluded only by a resolution" in p for p in
               [motion_editor.problems.text()])  # flagged until the reason is typed
    qtbot.keyClicks(motion_editor.reason, "the item concerns staff matters")
    _choose(motion_editor.proposer, "Cllr Margaret Ellwood")
    _choose(motion_editor.seconder, "Cllr Rajesh Patel")
    motion_editor.in_favour.setValue(8)
    motion_editor.flush()
    assert motion_editor.problems.problems == ()
    mode.new_motion()
    qtbot.keyClicks(motion_editor.text, "the Clerk's salary rise to spinal point 28")
    motion_editor.in_favour.setValue(7)
    motion_editor.against.setValue(1)
    motion_editor.flush()

    # --- minutes: draft, approved at the next meeting, signed -------------------------------
    page.views.setCurrentIndex(2)
    pane = page.minutes
    pane.draft()
    assert "Draft" in pane.state.text() and pane.list.count() > 5
    next_meeting = agenda.create_meeting(Meeting(on=dt.date(2027, 1, 14), place="Hall"), "test")
    page.reload(meeting_id)
    pane.reload()
    pane.approving.setCurrentIndex(pane.approving.findData(next_meeting.id))
    pane.approve()
    assert agenda.get_meeting(meeting_id).minutes_state == "approved"
    assert pane.signer.text() == "Cllr Margaret Ellwood"
    pane.sign()
    assert agenda.get_meeting(meeting_id).minutes_state == "signed"
    assert pane.body.isReadOnly() and not pane.draft_button.isEnabled()
    assert minutes.verify_minute_book() == ()

    public = pane.save_pdf(tmp_path / "minutes.pdf")
    private = pane.save_pdf(tmp_path / "confidential.pdf", part="confidential")
    assert public is not None and private is not None
    text = _pdf_text(public)
    assert "Present: Cllr Hannah Blackwood" in text and "(in the chair)" in text
    assert "Apologies: Cllr Siobhan Carey (Working away; reason accepted)" in text
    assert "Cllr Peter Hollins left the meeting at 20:45" in text
    assert "Cllr Tomasz Nowak declared a disclosable pecuniary interest" in text
    assert "left the room for the item" in text
    assert "RESOLVED that allotment rents rise by 5% from 1 April 2027" in text
    assert "For 3, against 3, abstentions 1; Cllr Margaret Ellwood, presiding, gave a casting " \
           "vote for the motion" in text
    assert "Recorded vote" in text and "Abstained: Cllr David Okafor" in text
    assert "Against: Cllr Margaret Ellwood and Cllr Rajesh Patel" in text
    assert "excluded for the following business because the item concerns staff matters" in text
    assert "Person presiding" in text and "Initials of the person presiding" in text
    assert "spinal point" not in text and "Clerk's salary review" not in text
    confidential = _pdf_text(private)
    assert "Clerk's salary review" in confidential and "spinal point 28" in confidential

    # --- signed minutes never change in the window either --------------------------------------
    page.show_meeting_mode()
    assert not mode.motion_button.isEnabled() and not mode.attendance.isEnabled()
    assert "closed" in mode.heading.text()


def test_badge_and_alerts_speak_plainly(page) -> None:  # type: ignore[no-untyped-def]
    assert page.badge() == "1 attendance"
    alerts = page.alerts()
    assert any("summons" in line for line in alerts) or alerts == []
    assert not any("MEET-" in line for line in alerts)
    seen: list[str] = []
    page.badgeChanged.connect(seen.append)
    page.reload()
    assert seen == ["1 attendance"]


def test_links_and_monitoring_officer_notices(page, ctx, demo, tmp_path) -> None:  # type: ignore[no-untyped-def]
    upcoming = next(m for m in agenda.meetings() if m.on >= ctx.today())
    page.select_meeting(upcoming.id)
    page.agenda.items.setCurrentRow(4)
    paper = tmp_path / "Budget 2027-28.xlsx"
    paper.write_bytes(b"figures")
    assert page.agenda.attach(paper)
    assert f"meetings/{upcoming.id}/Budget 2027-28.xlsx" in page.agenda.papers.toPlainText()
    request = access.list_requests(ctx.today())[0]
    assert page.agenda.link_request(request.id)
    assert request.reference in page.agenda.linked.text()
    past = min((m for m in agenda.meetings() if m.minutes_state == "draft"
                and m.committee_id is None), key=lambda m: m.on)
    item = agenda.add_item(past.id or 0, "Footpath lighting", "test")
    table.declare(past.id or 0, item.id or 0, demo.councillors["Patel"].id, "pecuniary", "left",
                  "test", description="Landlord of 2 Church Lane", today=ctx.today())
    page.tabs.setCurrentIndex(2)
    view = page.attendance
    assert view.notices.count() == 1 and "Cllr Rajesh Patel" in view.notices.item(0).text()
    view.notices.setCurrentRow(0)
    assert view.mark_notified()
    assert view.notices.count() == 0
    view.table.selectRow(next(r for r in range(view.table.rowCount())
                              if "Fairweather" in view.table.item(r, 0).text()))
    before = len(agenda.items(upcoming.id or 0))
    assert view.add_absence_item()
    assert len(agenda.items(upcoming.id or 0)) == before + 1


def test_register_actions_officer_decisions_requests_and_reversal(page, ctx, demo,  # type: ignore[no-untyped-def]
                                                                 monkeypatch) -> None:
    from parishdesk.domain.meetings.records import OfficerDecision
    from parishdesk.gui.meetings.officer_decision_dialog import OfficerDecisionDialog
    from parishdesk.gui.meetings.request_dialog import ItemRequest, ItemRequestDialog
    from parishdesk.services.meetings import register

    # The decisions register: mark an open action done; record an officer's decision.
    page.tabs.setCurrentIndex(1)
    view = page.register
    open_rows = [r for r, row in enumerate(view.model.rows) if row.action_status == "open"]
    view.table.selectRow(open_rows[0])
    assert view.mark_done()
    assert not [r for r in register.resolutions() if r.action_status == "open"]
    clerk = demo.officers["clerk"].id
    dialog = OfficerDecisionDialog({clerk: "Catherine Brooks"}, ctx.today())
    dialog.decision.setText("Emergency felling of the dead ash by the play area")
    dialog._accept()
    assert "reasons" in dialog.problems.text() and "MEET-7" not in dialog.problems.text()
    monkeypatch.setattr(OfficerDecisionDialog, "ask", classmethod(
        lambda cls, officers, today, parent=None: OfficerDecision(
            officer_id=clerk, decided_on=today, decision="Emergency tree work",
            reasons="The tree was unsafe", authority="Minute 26/17")))
    assert view.record_officer_decision()
    assert "Emergency tree work \u2014 because The tree was unsafe" in \
        view.officer_decisions.text()

    # A councillor's item whose papers came late is flagged on the agenda.
    upcoming = next(m for m in agenda.meetings() if m.on >= ctx.today())
    page.tabs.setCurrentIndex(0)
    page.select_meeting(upcoming.id)
    monkeypatch.setattr(ItemRequestDialog, "ask", classmethod(
        lambda cls, councillors, today, parent=None: ItemRequest(
            demo.councillors["Okafor"].id, "Speed signs on Mill Lane", today,
            upcoming.on - dt.timedelta(days=2))))
    assert page.agenda.councillor_request()
    assert "less than a week before the meeting" in page.agenda.item_problems.text()

    # A motion reversing a recent resolution is flagged (within six months).
    page.show_meeting_mode()
    mode = page.table
    mode.new_motion()
    editor = mode.editor
    index = next(i for i in range(editor.reverses.count())
                 if "bus shelter" in editor.reverses.itemText(i))
    _choose(editor.reverses, editor.reverses.itemText(index))
    assert "special procedure in standing orders" in editor.problems.text()


def test_typing_saves_without_leaving_the_field(qtbot, page, ctx) -> None:  # type: ignore[no-untyped-def]
    """A laptop that dies mid-meeting loses at most what was typed in the last moment."""
    last = max((m for m in agenda.meetings() if m.minutes_state == "draft"
                and m.committee_id is None), key=lambda m: m.on)
    page.select_meeting(last.id)
    page.show_meeting_mode()
    mode = page.table
    mode.step(4)
    item_id = mode.current_item_id()
    mode.notes.setFocus()
    qtbot.keyClicks(mode.notes, "Residents asked about the shelter's lighting.")
    qtbot.waitUntil(lambda: next(i for i in agenda.items(last.id or 0)
                                 if i.id == item_id).notes.endswith("lighting."), timeout=3000)


def test_minute_book_for_a_period(page, ctx, tmp_path) -> None:  # type: ignore[no-untyped-def]
    book = page.minutes.save_book(tmp_path / "book.pdf",
                                  (dt.date(2026, 5, 1), dt.date(2026, 11, 22)))
    assert book is not None
    text = _pdf_text(book)
    assert "Minute book, Friday 1 May 2026 to Sunday 22 November 2026" in text
    assert "Annual meeting" in text or "annual meeting" in text
    assert "grass cutting contract be awarded" in text


def test_a_declaration_entered_by_mistake_leaves_and_a_motion_is_withdrawn(qtbot, page) -> None:  # type: ignore[no-untyped-def]
    last = max((m for m in agenda.meetings() if m.minutes_state == "draft"
                and m.committee_id is None), key=lambda m: m.on)
    page.select_meeting(last.id)
    page.show_meeting_mode()
    mode = page.table
    mode.step(4)
    _choose(mode.declarer, "Cllr Owen Pritchard")
    mode.kind.setCurrentIndex(mode.kind.findData("other"))
    mode.action.setCurrentIndex(mode.action.findData("took-part"))
    mode.add_declaration()
    assert mode.declarations.count() == 1
    mode.declarations.setCurrentRow(0)
    mode.declarations.setFocus()
    qtbot.keyClick(mode.declarations, Qt.Key.Key_Delete)
    assert mode.declarations.count() == 0
    assert not [d for d in table.declarations(last.id or 0)
                if d.person_id == next(p for p, n in table.names().items()
                                       if n == "Cllr Owen Pritchard")]
    mode.new_motion()
    assert mode.withdraw_motion()
    assert mode.motions.currentItem().text().endswith("withdrawn")


def test_a_case_the_meeting_considered_shows_by_reference_only(page, ctx, qtbot) -> None:  # type: ignore[no-untyped-def]
    from parishdesk.services.disputes import case_file, cases
    from parishdesk.services.disputes import meetings as case_meetings

    upcoming = next(m for m in agenda.meetings() if m.on >= ctx.today())
    summary = cases.filtered(ctx.today(), "open")[0]
    case_meetings.record_meeting(summary.id, upcoming.id, "test")
    page.reload()
    page.select_meeting(upcoming.id)
    shown = page.agenda.linked.text()
    assert f"Dispute case {summary.reference}" in shown
    cf = case_file.case_file(summary.id, ctx.today())
    for secret in (cf.case.title, *(p.name for p in cf.parties)):
        assert secret not in shown
    qtbot.wait(30)
    page.grab().save("/tmp/area-gaps-meeting-linked.png")


def test_meetings_settings_show_problems_beside_the_field(page, ctx, qtbot) -> None:  # type: ignore[no-untyped-def]
    from parishdesk.gui.meetings.settings_dialog import HELP, MeetingsSettingsDialog
    from parishdesk.services.meetings import common

    assert page.settings_action in page.menu_actions()["File"]
    assert page.settings_action.shortcut().toString() == "Ctrl+Alt+M"
    dialog = MeetingsSettingsDialog(ctx, page)
    qtbot.addWidget(dialog)
    dialog.show()
    assert "terms of reference" in HELP and "never fewer than three" in HELP
    committee_id, spin = next(iter(dialog.committees.items()))
    dialog.seats.setValue(2)
    spin.setValue(1)
    assert not dialog.save()
    assert dialog.beside["council_seats"].isVisible()
    assert dialog.beside[f"committee.{committee_id}"].isVisible()
    assert "MEET" not in dialog.beside["council_seats"].text()
    qtbot.wait(30)
    dialog.grab().save("/tmp/area-gaps-meetings-settings.png")
    dialog.seats.setValue(11)
    assert dialog.council_quorum.text().startswith("4 members")
    spin.setValue(3)
    assert dialog.save()
    assert common.council_seats(ctx.today()) == 11


def test_declarations_wait_for_the_members_marked_present(qtbot, page, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    """Before anyone is marked present the "Member declaring" list is empty: it says to mark
    who is present first, and Add declaration says the same instead of doing nothing."""
    from parishdesk.gui.meetings.declarations_panel import NOBODY_PRESENT, NOBODY_PRESENT_HINT

    monkeypatch.setattr(NewMeetingDialog, "ask", classmethod(
        lambda cls, committees, today, parent=None: Meeting(
            on=MEETING_DAY, at=dt.time(19, 30), place="The Village Hall")))
    meeting_id = page.new_meeting()
    assert meeting_id
    page.show_meeting_mode()
    mode = page.table
    assert mode.declarer.count() == 0
    assert mode.declarer.placeholderText() == NOBODY_PRESENT_HINT
    mode.add_declaration()
    assert "mark the members who are here" in mode.declaration_problems.text()
    assert NOBODY_PRESENT.startswith("No one is marked present")
    mode.grab().save("/tmp/meeting-mode-nobody-present.png")
    assert table.declarations(meeting_id) == []
    grid = mode.attendance
    grid.setFocus()
    grid.setCurrentCell(_row_of(grid, "Cllr Margaret Ellwood"), 1)
    qtbot.keyClick(grid, Qt.Key.Key_P)
    assert mode.declarer.count() == 1 and mode.declarer.placeholderText() == ""
