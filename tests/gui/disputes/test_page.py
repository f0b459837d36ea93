"""The Disputes page: list, filters, badge and banner, the password gate, refusals in plain
words, letters signed by the Chair, and the enquiry warning's link."""

from __future__ import annotations

import re

from PySide6.QtCore import Qt

from parishdesk.gui.disputes.page import DisputesPage
from parishdesk.gui.disputes.step_dialog import StepDialog
from parishdesk.services.disputes import cases, gate

RULE_ID = re.compile(r"\b(DISP|CONDUCT|CORR|ROLE)-\d+\b")


def _row(page: DisputesPage, suffix: str):  # type: ignore[no-untyped-def]
    return next(r for r in page.model.rows if r.reference.endswith(suffix))


def test_the_list_shows_the_demo_cases_and_filters_them(page):
    assert page.model.rowCount() == 4  # open cases; the answered question is closed
    page.show_combo.setCurrentIndex(page.show_combo.findData("all"))
    assert page.model.rowCount() == 5
    assert page.count_label.text() == "5 cases"
    assert {r.track for r in page.model.rows} == {"grievance", "code_of_conduct",
                                                 "disciplinary", "informal",
                                                 "protocol_question"}
    page.show_combo.setCurrentIndex(page.show_combo.findData("overdue"))
    assert [r.track for r in page.model.rows] == ["code_of_conduct"]
    page.show_combo.setCurrentIndex(page.show_combo.findData("all"))
    page.track_combo.setCurrentIndex(page.track_combo.findData("grievance"))
    assert [r.track for r in page.model.rows] == ["grievance"]
    page.track_combo.setCurrentIndex(0)
    page.person_edit.setText("okafor")
    assert page.model.rowCount() == 1
    assert "Okafor" in page.model.data(page.model.index(0, 2))
    assert page.model.data(page.model.index(0, 6)).startswith("\u26a0 Overdue by")
    assert page.model.data(page.model.index(0, 5), Qt.ItemDataRole.ToolTipRole) \
        == "Monitoring Officer to acknowledge by 18/11/2026"


def test_the_case_list_model_is_a_well_behaved_table(page, qtmodeltester):
    qtmodeltester.check(page.model)


def test_badge_and_banner_name_only_the_overdue_reference(page, qtbot):
    assert page.badge() == "1 overdue"
    alerts = page.alerts()
    assert len(alerts) == 1
    assert "Monitoring Officer to acknowledge" in alerts[0]
    assert "Okafor" not in alerts[0] and "social media" not in alerts[0]


def test_the_case_file_shows_the_timeline_and_the_next_step(page):
    row = _row(page, "001")
    page.select_case(row.id)
    pane = page.case_file
    assert pane.next_button.text() == "Next step: Hearing held\u2026"
    assert pane.timeline.topLevelItemCount() == 3
    assert pane.timeline.topLevelItem(2).text(1) == "Invited to a hearing"
    assert "Confidential" in pane.header.text()
    route = pane.route.toPlainText()
    assert "R (Harvey) v Ledbury Town Council" in route
    assert not RULE_ID.search(route)


def test_a_case_about_the_clerk_shows_letters_signed_by_the_chair(page):
    row = next(r for r in page.model.rows if "Catherine Brooks" in r.parties.split(" \u2192 ")[-1])
    page.select_case(row.id)
    letters = page.case_file.letter_list
    assert letters.topLevelItemCount() == 1
    assert letters.topLevelItem(0).text(4) == "Cllr Margaret Ellwood (Chair of the Council)"


def test_a_sanction_on_a_councillor_is_refused_in_plain_words(page, qtbot, ctx):
    row = _row(page, "001")
    page.select_case(row.id)
    cf = page.case_file.cf
    StepDialog(ctx, cf, "hearing_held", page).record()
    page.case_file.show_case(row.id)
    dialog = StepDialog(ctx, page.case_file.cf, "outcome_sent", page)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.sanction.setCurrentIndex(dialog.sanction.findData("committee_ban"))
    dialog.send.setChecked(False)
    dialog.record()
    assert dialog.result() != StepDialog.DialogCode.Accepted
    message = dialog.beside["sanction"].text()  # said beside the field it is about
    assert dialog.beside["sanction"].isVisibleTo(dialog) and not dialog.errors.text()
    assert "A ban from committees cannot be imposed on a councillor" in message
    assert "No council sanctions on a councillor" in message
    assert "R (Harvey) v Ledbury Town Council [2018] EWHC 1151 (Admin)" in message
    assert "Monitoring Officer" in message
    assert not RULE_ID.search(message)
    qtbot.wait(30)
    dialog.grab().save("/tmp/area-gaps-step-sanction.png")


def test_the_password_gate_hides_every_case_until_unlocked(qtbot, ctx, demo):
    gate.set_password("a long passphrase", "test")
    page = DisputesPage(ctx)
    qtbot.addWidget(page)
    assert page.stack.currentIndex() == 0
    assert page.model.rowCount() == 0
    page.password.setText("wrong guess!")
    assert not page.unlock()
    assert "not the password" in page.lock_message.text()
    assert page.new_concern() is None
    page.password.setText("a long passphrase")
    assert page.unlock()
    assert page.stack.currentIndex() == 1 and page.model.rowCount() == 4


def test_an_enquiry_warning_opens_a_linked_concern(qtbot, main_window, monkeypatch):
    from parishdesk.gui.disputes.wizard import NewConcernWizard
    from parishdesk.services.disputes.cases import NewCase

    seen = {}

    def fake_ask(ctx, parent=None, link=None):  # type: ignore[no-untyped-def]
        seen["link"] = link
        case = cases.open_case(NewCase(
            raised_by="officer", about="councillor", nature="behaviour",
            complainant_name="Liam Hartley", subject_name="Cllr Owen Pritchard",
            account="Asked for work while I was off sick.", events_on=ctx.today(),
            link_kind=link[0], link_id=link[1], link_label=link[2]), ctx.actor, ctx.today())
        return case.id

    monkeypatch.setattr(NewConcernWizard, "ask", classmethod(
        lambda cls, ctx, parent=None, link=None: fake_ask(ctx, parent, link)))
    enquiries = main_window.show_area("enquiries")
    detail = enquiries.detail
    with_warning = None
    for row in range(enquiries.model.rowCount()):
        enquiries.ui.table.selectRow(row)
        if detail.cards and not detail.cards[0].warning.dismissed:
            with_warning = detail.cards[0]
            break
    assert with_warning is not None
    assert with_warning.concern_button.text() == "Open a &concern from this\u2026"
    with_warning.concern_button.click()
    assert seen["link"][0] == "enquiry"
    assert main_window.current_area() == "disputes"
    disputes = main_window.pages["disputes"]
    assert disputes.case_file.cf is not None
    assert disputes.case_file.cf.links[0].record_id == seen["link"][1]
    assert "Arose from: Enquiry" in disputes.case_file.header.text()


def test_a_letter_on_its_own_and_taking_someone_off_the_case(page, qtbot, ctx, monkeypatch):
    from pypdf import PdfReader
    from PySide6.QtWidgets import QInputDialog

    row = _row(page, "003")  # the disciplinary case about the Clerk
    page.select_case(row.id)
    cf = page.case_file.cf
    dialog = StepDialog(ctx, cf, "", page, "case_investigation_invite")
    qtbot.addWidget(dialog)
    assert dialog.windowTitle().startswith("Invitation to an investigation meeting")
    qtbot.keyClicks(dialog.fields["time"], "2.00 pm")
    qtbot.keyClicks(dialog.fields["place"], "the parish office")
    dialog.record()
    assert dialog.result() == StepDialog.DialogCode.Accepted, dialog.errors.text()
    text = " ".join((p.extract_text() or "") for p in PdfReader(dialog.issued_path).pages)
    assert "fact-finding meeting" in text and "Margaret Ellwood" in text
    page.case_file.show_case(row.id)
    assert page.case_file.letter_list.topLevelItemCount() == 2
    people = page.case_file.people
    investigator = next(i for i in range(people.topLevelItemCount())
                        if people.topLevelItem(i).text(0) == "Investigator")
    people.setCurrentItem(people.topLevelItem(investigator))
    monkeypatch.setattr(QInputDialog, "getText",
                        staticmethod(lambda *a, **k: ("Stood down: a conflict", True)))
    page.case_file.remove_person()
    names = [people.topLevelItem(i).text(0) for i in range(people.topLevelItemCount())]
    assert "Investigator" not in names


def test_people_and_a_change_of_route_through_their_dialogs(page, qtbot, ctx):
    from parishdesk.gui.disputes.dialogs import EscalateDialog, PartyDialog

    grievance = _row(page, "001")
    dialog = PartyDialog(ctx, grievance.id, page)
    qtbot.addWidget(dialog)
    dialog.role.setCurrentIndex(dialog.role.findData("decision_maker"))
    dialog.person.setCurrentIndex(dialog.person.findText("Cllr Peter Hollins"))
    assert dialog.name.text() == "Peter Hollins" and not dialog.name.isEnabled()
    dialog.save()
    assert dialog.result() != PartyDialog.DialogCode.Accepted
    beside = dialog.beside["panel"].text()  # beside the person chosen
    assert "special relationship with Liam Hartley" in beside
    assert "Nobody judges their own case" in beside
    assert not RULE_ID.search(beside) and not dialog.errors.text()
    dialog.grab().save("/tmp/area-gaps-party.png")
    dialog.person.setCurrentIndex(dialog.person.findText("Cllr Owen Pritchard"))
    dialog.save()
    assert dialog.result() == PartyDialog.DialogCode.Accepted
    page.case_file.show_case(grievance.id)  # councillors show as the register shows them
    people = page.case_file.people
    shown = {people.topLevelItem(i).text(1) for i in range(people.topLevelItemCount())}
    assert {"Cllr Owen Pritchard", "Cllr Eleanor Fairweather"} <= shown
    assert "A trade union representative" in shown  # not a councillor: as written

    informal = _row(page, "004")  # the Clerk's concern about a councillor
    move = EscalateDialog(ctx, informal.id, page)
    qtbot.addWidget(move)
    move.track.setCurrentIndex(move.track.findData("disciplinary"))
    qtbot.keyClicks(move.reason, "The calls went on.")
    move.save()
    assert "cannot be put through the council's disciplinary procedure" \
        in move.beside["track"].text()
    move.track.setCurrentIndex(move.track.findData("grievance"))
    move.save()
    assert move.result() == EscalateDialog.DialogCode.Accepted
    page.reload(keep_id=informal.id)
    assert page.case_file.cf is not None and page.case_file.cf.case.track == "grievance"


def test_the_letter_goes_to_the_usual_person_or_the_one_chosen(page, qtbot, ctx):
    from pypdf import PdfReader

    row = _row(page, "001")  # the Assistant's grievance
    page.select_case(row.id)
    dialog = StepDialog(ctx, page.case_file.cf, "", page, "case_investigation_invite")
    qtbot.addWidget(dialog)
    assert dialog.recipient.currentText() == "Liam Hartley (complainant)"
    dialog.recipient.setCurrentIndex(dialog.recipient.findText("A trade union representative "
                                                               "(companion)"))
    qtbot.keyClicks(dialog.fields["time"], "2.00 pm")
    qtbot.keyClicks(dialog.fields["place"], "the parish office")
    dialog.record()
    assert dialog.result() == StepDialog.DialogCode.Accepted, dialog.errors.text()
    text = " ".join((p.extract_text() or "") for p in PdfReader(dialog.issued_path).pages)
    assert "Dear A trade union representative" in text


def test_a_case_letter_is_previewed_and_cancel_issues_nothing(page, qtbot, ctx, previews):
    from parishdesk.gui.common.pdf_preview import Choice
    from parishdesk.store import audit, letters_store

    row = _row(page, "003")
    page.select_case(row.id)
    dialog = StepDialog(ctx, page.case_file.cf, "", page, "case_investigation_invite")
    qtbot.addWidget(dialog)
    qtbot.keyClicks(dialog.fields["time"], "2.00 pm")
    qtbot.keyClicks(dialog.fields["place"], "the parish office")
    before = (audit.count(), letters_store.next_number(2026))
    previews.choices = [Choice.EDIT]
    dialog.record()
    assert dialog.result() != StepDialog.DialogCode.Accepted and not dialog.issued_path
    assert (audit.count(), letters_store.next_number(2026)) == before
    dialog.record()  # Issue
    assert dialog.result() == StepDialog.DialogCode.Accepted
    with open(dialog.issued_path, "rb") as issued:
        assert issued.read() == previews.shown[-1].pdf


def test_a_case_opened_by_mistake_is_archived_after_asking(page, qtbot, monkeypatch):
    from parishdesk.gui.disputes import case_file as pane_module
    from parishdesk.gui.disputes.dialogs import ArchiveDialog

    row = _row(page, "001")
    page.select_case(row.id)
    pane = page.case_file
    assert pane.archive_button.isVisible()
    monkeypatch.setattr(ArchiveDialog, "exec", lambda self: 0)  # the clerk says no
    assert not pane.archive()
    assert page.model.row_of(row.id) >= 0
    monkeypatch.undo()
    dialog = ArchiveDialog(page.ctx, pane.cf.case, page)
    qtbot.addWidget(dialog)
    dialog.resize(1366, 768)
    dialog.show()
    dialog.save()  # no reason: the problem shows beside the field
    assert dialog.isVisible() and dialog.beside["reason"].isVisible()
    assert "Say why" in dialog.beside["reason"].text()
    dialog.grab().save("/tmp/area-gaps-archive.png")
    dialog.reason.setText("Opened twice for the same concern")

    def answer(self):  # type: ignore[no-untyped-def]
        self.reason.setText("Opened twice for the same concern")
        self.save()
        return self.result()

    monkeypatch.setattr(pane_module.ArchiveDialog, "exec", answer)
    assert pane.archive()
    assert page.model.row_of(row.id) < 0
    page.show_combo.setCurrentIndex(page.show_combo.findData("all"))
    assert page.model.row_of(row.id) < 0
    page.show_combo.setCurrentIndex(page.show_combo.findData("archived"))
    assert page.select_case(row.id)
    assert "Archived on" in pane.header.text()
    assert not pane.archive_button.isVisible() and not pane.next_button.isEnabled()
    page.grab().save("/tmp/area-gaps-archived-list.png")
    assert page.model.data(page.model.index(0, 6)) == "Archived"
    assert not RULE_ID.search(pane.header.text())


def test_the_clerk_records_the_meeting_that_considered_a_case(page, qtbot, monkeypatch):
    from parishdesk.gui.disputes.dialogs import MeetingDialog

    row = _row(page, "001")
    page.select_case(row.id)
    pane = page.case_file
    dialog = MeetingDialog(page.ctx, pane.cf.case, page)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.save()  # nothing chosen: said beside the field
    assert dialog.beside["meeting"].isVisible() and dialog.isVisible()
    dialog.grab().save("/tmp/area-gaps-meeting-dialog.png")
    chosen = dialog.meeting.itemText(1)

    def answer(self):  # type: ignore[no-untyped-def]
        self.meeting.setCurrentIndex(1)
        self.save()
        return self.result()

    monkeypatch.setattr(MeetingDialog, "exec", answer)
    assert pane.record_meeting()
    assert f"Considered at: {chosen}" in pane.header.text()
    qtbot.wait(30)  # let the layout settle before the screenshot
    page.grab().save("/tmp/area-gaps-case-meeting.png")


def test_note_and_settings_problems_show_beside_their_fields(page, qtbot):
    from parishdesk.gui.disputes.dialogs import NoteDialog, SettingsDialog

    page.select_case(_row(page, "001").id)
    note = NoteDialog(page.ctx, page.case_file.cf.case.id, page)
    qtbot.addWidget(note)
    note.show()
    note.save()
    assert note.isVisible() and "Write the note first" in note.beside["text"].text()
    assert not note.errors.text()
    settings = SettingsDialog(page.ctx, page)
    qtbot.addWidget(settings)
    settings.show()
    settings.password.setText("short")
    settings.save()
    assert settings.isVisible() and "at least" in settings.beside["password"].text()
    assert settings.beside["password"].isVisibleTo(settings)
    qtbot.wait(30)
    settings.grab().save("/tmp/area-gaps-disputes-settings.png")


def test_a_locked_disputes_area_keeps_its_cases_out_of_the_deadlines_calendar(
        qtbot, main_window, tmp_path, monkeypatch):
    """File > Export > Deadlines to a calendar: while the Disputes area's password has not
    been given in this session, the calendar file leaves the cases out and says why."""
    from icalendar import Calendar
    from PySide6.QtWidgets import QMessageBox

    from parishdesk.gui.common import exports
    from parishdesk.gui.menus import EXPORTS

    said: list[str] = []
    monkeypatch.setattr(QMessageBox, "information", staticmethod(
        lambda _parent, _title, text, *_a, **_k: said.append(text)))
    target = tmp_path / "deadlines.ics"
    monkeypatch.setattr(exports, "ask_path", lambda *_a: target)
    gate.set_password("a long passphrase", "test")
    deadlines = next(entry for entry in EXPORTS if "calendar" in entry.text)

    def categories() -> set[str]:
        events = Calendar.from_ical(target.read_bytes()).walk("VEVENT")
        return {str(event["categories"].cats[0]) for event in events}

    deadlines.run(main_window)  # the area not even opened yet
    assert "Dispute cases" not in categories() and "Enquiries" in categories()
    assert exports.DISPUTES_LOCKED in said[-1]
    page = main_window.show_area("disputes")
    deadlines.run(main_window)  # opened, but still locked
    assert "Dispute cases" not in categories()
    page.password.setText("a long passphrase")
    assert page.unlock()
    deadlines.run(main_window)
    assert "Dispute cases" in categories() and exports.DISPUTES_LOCKED not in said[-1]
