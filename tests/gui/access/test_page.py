"""The Information requests area driven with qtbot, from the form to the letter PDF."""

from __future__ import annotations

import csv
import datetime as dt

import pytest
from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox

from parishdesk.domain.workdays import add_working_days, foi_due_date
from parishdesk.gui.access import page as area
from parishdesk.gui.access.decision_dialog import AccessDecisionDialog
from parishdesk.gui.access.referral import CommitteeOutcomeDialog, ReferralDialog
from parishdesk.gui.access.request_dialog import AccessRequestDialog
from parishdesk.services import access
from parishdesk.store import audit, letters_store

TODAY = dt.date(2026, 11, 23)


@pytest.fixture
def page(ctx, qtbot):
    widget = area.create(ctx)
    qtbot.addWidget(widget)
    return widget


def _pdf_text(path) -> str:
    return " ".join(" ".join((p.extract_text() or "").split())
                    for p in PdfReader(str(path)).pages)


def _letter_text(paths, letter_id) -> str:
    row = letters_store.get(letter_id)
    assert row is not None
    return _pdf_text(paths.letters_dir / row.pdf_file)


def _fill_request(dialog: AccessRequestDialog, qtbot, councillor: str, documents: str,
                  committee: str | None = None) -> None:
    ui = dialog.ui
    ui.councillorCombo.setCurrentIndex(ui.councillorCombo.findText(councillor))
    qtbot.keyClicks(ui.documentsEdit, documents)
    qtbot.keyClicks(ui.holderEdit, "Clerk's office")
    if committee:
        ui.committeeCombo.setCurrentIndex(ui.committeeCombo.findText(committee))


def _save(dialog: AccessRequestDialog, qtbot) -> None:
    qtbot.mouseClick(dialog.ui.buttonBox.button(QDialogButtonBox.StandardButton.Save),
                     Qt.MouseButton.LeftButton)


def test_the_recommendation_updates_live_as_the_form_changes(ctx, qtbot):
    dialog = AccessRequestDialog(ctx)
    qtbot.addWidget(dialog)
    assert "Choose the councillor" in dialog.recommendation_text()
    _fill_request(dialog, qtbot, "Cllr Owen Pritchard", "the tree survey",
                  "Planning and Environment Committee")
    text = dialog.recommendation_text()
    assert "Disclose" in text and "presumed" in text
    # Rules by plain title, with a Why? link and their real source, never by ID.
    assert "Committee members presumed to need to know (Why?)" in text
    assert "ACCESS-2" not in text
    assert "Source: ParishDesk's model protocol, paragraph 6.2" in text
    dialog.content_boxes["employee"].setChecked(True)
    assert "Ask the councillor for a specific reason first" in dialog.recommendation_text()
    qtbot.keyClicks(dialog.ui.reasonEdit, "Curious about staff pay.")
    text = dialog.recommendation_text()
    assert "Refuse" in text and "Exempt information" in text
    assert "The Freedom of Information route" in text and "ACCESS-" not in text
    assert "presumed" not in text
    dialog.ui.specificCheck.setChecked(True)
    assert "Disclose" in dialog.recommendation_text()
    assert dialog.ui.dueValue.text().startswith(
        add_working_days(TODAY, 10).strftime("%d/%m/%Y"))
    dialog.ui.foiCheck.setChecked(True)
    assert "Freedom of Information" in dialog.ui.dueValue.text()
    assert dialog.ui.dueValue.text().startswith(foi_due_date(TODAY).strftime("%d/%m/%Y"))


def test_saving_an_incomplete_form_shows_problems_beside_the_fields(ctx, qtbot):
    dialog = AccessRequestDialog(ctx)
    qtbot.addWidget(dialog)
    dialog.ui.councillorCombo.setCurrentIndex(0)
    dialog.ui.meetingCheck.setChecked(True)
    _save(dialog, qtbot)
    assert dialog.saved is None
    assert not dialog.ui.documentsError.isHidden()
    assert "Describe the documents" in dialog.ui.documentsError.text()
    assert "which meeting" in dialog.ui.meetingError.text()
    assert dialog.ui.councillorError.isHidden()


def _new_request_via_page(page, monkeypatch, qtbot, fill):
    def ask(ctx, parent=None, record=None):
        dialog = AccessRequestDialog(ctx, parent, record)
        qtbot.addWidget(dialog)
        fill(dialog)
        _save(dialog, qtbot)
        return dialog.saved
    monkeypatch.setattr(AccessRequestDialog, "ask", staticmethod(ask))
    page.new_request()
    record = page.selected()
    assert record is not None
    return record


def _decide_via_page(page, monkeypatch, qtbot, decide):
    seen = {}

    def ask(ctx, record, parent=None):
        dialog = AccessDecisionDialog(ctx, record, parent)
        qtbot.addWidget(dialog)
        decide(dialog)
        qtbot.mouseClick(dialog.issue_button, Qt.MouseButton.LeftButton)
        seen["dialog"] = dialog
        return dialog.result_
    monkeypatch.setattr(AccessDecisionDialog, "ask", staticmethod(ask))
    page.decide()
    return seen["dialog"]


def test_refusal_from_form_to_letter(page, monkeypatch, qtbot, paths):
    texts = []

    def fill(dialog):
        _fill_request(dialog, qtbot, "Cllr David Okafor", "notes of the Clerk's appraisal",
                      "Staffing Committee")
        dialog.content_boxes["employee"].setChecked(True)
        qtbot.keyClicks(dialog.ui.reasonEdit, "I like to keep an eye on the staff.")
        texts.append(dialog.recommendation_text())

    record = _new_request_via_page(page, monkeypatch, qtbot, fill)
    assert texts[0].startswith("\u2716 Refuse")
    assert record.assessment.outcome == "refuse"
    assert "recorded" in page.notice.text()

    def decide(dialog):
        assert dialog.decision() == "refused"
        assert dialog.ui.overrideEdit.isHidden() and dialog.ui.purposeEdit.isHidden()
        assert "does not show a specific need" in dialog.ui.reasonsEdit.toPlainText()

    _decide_via_page(page, monkeypatch, qtbot, decide)
    decided = page.selected()
    assert decided.status == "decided" and decided.decision == "refused"
    assert decided.decision_letter_id is not None
    assert "issued and saved as" in page.notice.text()
    text = _letter_text(paths, decided.decision_letter_id)
    assert "Cllr David Okafor" in text
    assert "unable to let you have the information" in text  # the decision
    assert "does not show a specific need" in text  # the reasons
    assert "refer it to the Staffing Committee" in text  # referral route (ACCESS-8)
    assert "Freedom of Information Act 2000" in text  # FOI route (ACCESS-10)
    assert page.ui.referButton.isEnabled() and page.ui.writtenReasonsButton.isEnabled()


def test_disclosure_from_form_to_letter_states_the_purpose(page, monkeypatch, qtbot, paths):
    def fill(dialog):
        _fill_request(dialog, qtbot, "Cllr Owen Pritchard", "the tree survey",
                      "Planning and Environment Committee")

    _new_request_via_page(page, monkeypatch, qtbot, fill)

    def decide(dialog):
        assert dialog.decision() == "disclosed_full"
        assert not dialog.ui.purposeEdit.isHidden()
        qtbot.keyClicks(dialog.ui.purposeEdit, "Preparing for the committee's tree item.")
        qtbot.keyClicks(dialog.ui.conditionsEdit, "Inspect at the office.")

    _decide_via_page(page, monkeypatch, qtbot, decide)
    record = page.selected()
    assert record.decision == "disclosed_full"
    text = _letter_text(paths, record.decision_letter_id)
    assert "I am pleased to let you have the information" in text
    assert "Preparing for the committee's tree item." in text
    assert "may be used only for that purpose" in text
    assert "Inspect at the office." in text


def test_deciding_otherwise_needs_a_reason_in_the_dialog(page, ctx, qtbot):
    page.ui.searchEdit.setText("scoring sheets")
    assert page.select(page.model.records[0].id)
    record = page.selected()
    assert record.assessment.outcome == "refuse"
    dialog = AccessDecisionDialog(ctx, record, page)
    qtbot.addWidget(dialog)
    dialog.ui.decisionCombo.setCurrentIndex(dialog.ui.decisionCombo.findData("disclosed_full"))
    assert not dialog.ui.overrideEdit.isHidden()
    qtbot.keyClicks(dialog.ui.purposeEdit, "Answering residents.")
    qtbot.mouseClick(dialog.record_button, Qt.MouseButton.LeftButton)
    assert dialog.result_ is None
    assert "reason for departing" in dialog.ui.overrideError.text()
    assert access.get_request(record.id, TODAY).decision == ""
    qtbot.keyClicks(dialog.ui.overrideEdit, "The scores were published with the minutes.")
    assert dialog.field_errors.message("override") == ""  # gone once the reason is written
    qtbot.mouseClick(dialog.record_button, Qt.MouseButton.LeftButton)
    assert dialog.result_ is not None and dialog.result_.letter is None
    assert dialog.result_.record.overridden
    notes = [h.note for h in audit.history("access_request", record.id) if h.action == "note"]
    assert any("published with the minutes" in n for n in notes)


def test_the_recommendations_reasons_are_not_offered_for_a_different_decision(page, ctx, qtbot):
    page.ui.searchEdit.setText("scoring sheets")
    assert page.select(page.model.records[0].id)
    record = page.selected()
    dialog = AccessDecisionDialog(ctx, record, page)
    qtbot.addWidget(dialog)
    reasons = dialog.ui.reasonsEdit
    recommended = reasons.toPlainText()
    assert recommended and dialog.decision() == "refused"
    dialog.ui.decisionCombo.setCurrentIndex(dialog.ui.decisionCombo.findData("disclosed_full"))
    assert reasons.toPlainText() == ""
    assert "reasons for this decision" in reasons.placeholderText()
    dialog.ui.decisionCombo.setCurrentIndex(dialog.ui.decisionCombo.findData("refused"))
    assert reasons.toPlainText() == recommended  # back to the recommendation: offered again
    # Reasons the officer wrote are kept whatever decision they then pick.
    reasons.setPlainText("The scores were published with the minutes.")
    dialog.ui.decisionCombo.setCurrentIndex(dialog.ui.decisionCombo.findData("disclosed_part"))
    assert reasons.toPlainText() == "The scores were published with the minutes."


def test_referral_to_committee_and_its_outcome(page, monkeypatch, qtbot):
    page.ui.searchEdit.setText("Riverside Alliance")
    page.select(page.model.records[0].id)
    record = page.selected()
    assert record.status == "decided" and page.ui.referButton.isEnabled()

    def refer(ctx, rec, parent=None):
        dialog = ReferralDialog(ctx, rec, parent)
        qtbot.addWidget(dialog)
        dialog.meeting_on.setDate(dialog.meeting_on.date().addDays(10))
        qtbot.mouseClick(dialog.buttons.button(QDialogButtonBox.StandardButton.Ok),
                         Qt.MouseButton.LeftButton)
        return dialog.saved
    monkeypatch.setattr(ReferralDialog, "ask", staticmethod(refer))
    page.refer()
    referred = page.selected()
    assert referred.status == "referred" and referred.referral_body == "the Council"
    assert referred.referral_meeting_on == TODAY + dt.timedelta(days=10)
    assert "Referred to committee" in page.ui.details.toPlainText()
    assert page.ui.outcomeButton.isEnabled()

    def outcome(ctx, rec, parent=None):
        dialog = CommitteeOutcomeDialog(ctx, rec, parent)
        qtbot.addWidget(dialog)
        dialog.outcome.setCurrentIndex(dialog.outcome.findData("varied"))
        ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
        qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)
        assert "how the committee changed" in dialog.field_errors.message("note")
        qtbot.keyClicks(dialog.note, "A summary of the note may be given.")
        assert dialog.field_errors.message("note") == ""  # typing in the field clears it
        qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)
        return dialog.saved
    monkeypatch.setattr(CommitteeOutcomeDialog, "ask", staticmethod(outcome))
    page.committee_outcome()
    done = page.selected()
    assert done.status == "committee_decided" and done.committee_outcome == "varied"
    assert "Officer's decision varied" in page.ui.details.toPlainText()


def test_register_filters_badge_and_csv_export(page, monkeypatch, qtbot, tmp_path,
                                               qtmodeltester):
    qtmodeltester.check(page.model)
    all_rows = page.proxy.rowCount()
    assert all_rows == 16  # the demo has two or more requests in every status
    with qtbot.waitSignal(page.badgeChanged) as signal:
        page.emit_badge()
    assert signal.args == ["1 overdue"]
    page.ui.showCombo.setCurrentIndex(page.ui.showCombo.findData("overdue"))
    assert page.proxy.rowCount() == 1
    due_index = page.proxy.index(0, 5)
    assert due_index.data().startswith("Overdue")  # marked by text
    assert due_index.data(Qt.ItemDataRole.DecorationRole) is not None  # and by icon
    page.ui.showCombo.setCurrentIndex(page.ui.showCombo.findData("pending"))
    assert page.proxy.rowCount() == 8  # received, assessing, awaiting a reason, referred
    page.ui.showCombo.setCurrentIndex(0)
    page.ui.councillorCombo.setCurrentIndex(page.ui.councillorCombo.findText("Cllr David Okafor"))
    assert [r.requester_name for r in page.model.records] == ["Cllr David Okafor"]
    page.ui.councillorCombo.setCurrentIndex(0)
    page.ui.outcomeCombo.setCurrentIndex(page.ui.outcomeCombo.findData("refused"))
    refused = {r.id for r in page.model.records}
    assert refused and all(r.decision == "refused" for r in page.model.records)
    target = tmp_path / "refused.csv"
    monkeypatch.setattr(page, "ask_save_path", lambda *args: target)
    page.export_csv()
    rows = list(csv.DictReader(target.open(encoding="utf-8-sig")))
    assert len(rows) == len(refused) and {r["Decision"] for r in rows} == {"Refused"}
    page.ui.outcomeCombo.setCurrentIndex(0)
    page.ui.searchEdit.setText("no such words anywhere")
    assert page.proxy.rowCount() == 0 and page.empty_state.isVisibleTo(page)
    assert page.empty_state.text() == "No request matches \u201cno such words anywhere\u201d."
    page.empty_state.button("Show all requests").click()
    assert page.ui.searchEdit.text() == "" and page.proxy.rowCount() > 0
    assert not page.empty_state.isVisibleTo(page)


def test_pdf_export_from_the_area(page, monkeypatch, tmp_path):
    target = tmp_path / "register.pdf"
    monkeypatch.setattr(page, "ask_save_path", lambda *args: target)
    page.ui.showCombo.setCurrentIndex(page.ui.showCombo.findData("pending"))
    page.export_pdf()
    text = _pdf_text(target)
    assert "8 requests (pending)" in text
    assert "IR/2026/0003" in text and "IR/2026/0010" not in text


def test_written_reasons_and_closing(page, monkeypatch, paths):
    page.ui.outcomeCombo.setCurrentIndex(page.ui.outcomeCombo.findData("disclosed_part"))
    page.select(page.model.records[0].id)
    record = page.selected()
    page.written_reasons()
    assert "Written reasons" in page.notice.text()
    text = _letter_text(paths, page.selected().reasons_letter_id)
    assert "You asked for written reasons" in text
    monkeypatch.setattr(page, "confirm", lambda question: False)
    page.close_request()
    assert page.selected().status == "decided"
    monkeypatch.setattr(page, "confirm", lambda question: True)
    page.close_request()
    assert access.get_request(record.id, TODAY).status == "closed"


def test_the_area_sits_in_the_main_window_with_its_badge(ctx, qtbot):
    from parishdesk.gui.main_window import MainWindow

    window = MainWindow(ctx)
    qtbot.addWidget(window)
    page = window.show_area("access")
    assert isinstance(page, area.AccessPage)
    qtbot.waitUntil(lambda: any("Information requests (1 overdue)" == window.ui.navList.item(i)
                                .text() for i in range(window.ui.navList.count())))


def test_settings_change_the_time_for_deciding_new_requests(page, ctx, qtbot, monkeypatch):
    from parishdesk.gui.access.settings_dialog import AccessSettingsDialog

    settings_action = page.menu_actions()["File"][-1]
    assert settings_action.shortcut().toString() == "Ctrl+Alt+S"

    shown: list[int] = []

    def ask(cls, context, parent=None):
        dialog = AccessSettingsDialog(context, parent)
        qtbot.addWidget(dialog)
        shown.append(dialog.days_spin.value())
        dialog.days_spin.setValue(5)
        dialog.try_save()
        return dialog.saved

    monkeypatch.setattr(AccessSettingsDialog, "ask", classmethod(ask))
    qtbot.mouseClick(page.ui.settingsButton, Qt.MouseButton.LeftButton)
    assert access.deadline_working_days() == 5
    assert "5 working days" in page.notice.text()
    form = AccessRequestDialog(ctx)
    qtbot.addWidget(form)
    assert form.ui.dueValue.text().startswith(add_working_days(TODAY, 5).strftime("%d/%m/%Y"))
    settings_action.trigger()  # the File menu entry opens the same dialog
    assert shown == [10, 5]  # the council default first, then the saved setting


def test_the_settings_dialog_restores_the_default(ctx, qtbot):
    from parishdesk.gui.access.settings_dialog import AccessSettingsDialog

    access.set_deadline_working_days(15, "clerk")
    dialog = AccessSettingsDialog(ctx)
    qtbot.addWidget(dialog)
    assert dialog.days_spin.value() == 15
    dialog.buttons.button(QDialogButtonBox.StandardButton.RestoreDefaults).click()
    dialog.try_save()
    assert dialog.saved and access.deadline_working_days() == 10


def test_alt_keys_in_the_area_are_unique_and_leave_the_menu_bar_alone(page):
    import re

    from PySide6.QtWidgets import QAbstractButton, QLabel

    texts = [w.text() for w in page.findChildren(QAbstractButton)]
    texts += [w.text() for w in page.findChildren(QLabel) if w.buddy() is not None]
    keys = [m.group(1).lower() for text in texts
            for m in [re.search(r"&([^&])", text.replace("&&", ""))] if m]
    assert len(keys) >= 15
    duplicates = {k for k in keys if keys.count(k) > 1}
    assert not duplicates, duplicates
    assert not set(keys) & {"f", "g", "h"}  # &File, &Go and &Help in the main window


def test_the_decision_letter_is_previewed_and_cancel_decides_nothing(page, monkeypatch, qtbot,
                                                                     paths, previews):
    from parishdesk.gui.common.pdf_preview import Choice

    def fill(dialog):
        _fill_request(dialog, qtbot, "Cllr David Okafor", "notes of the Clerk's appraisal",
                      "Staffing Committee")
        dialog.content_boxes["employee"].setChecked(True)
        qtbot.keyClicks(dialog.ui.reasonEdit, "I like to keep an eye on the staff.")

    record = _new_request_via_page(page, monkeypatch, qtbot, fill)
    before = (audit.count(), letters_store.next_number(TODAY.year))
    previews.choices = [Choice.CANCEL]

    def type_reasons(d):  # type: ignore[no-untyped-def]
        d.show()
        d.ui.reasonsEdit.setPlainText("Typed reasons.")

    dialog = _decide_via_page(page, monkeypatch, qtbot, type_reasons)
    assert dialog.result_ is None
    # Cancel in the preview goes back to the form, the reasons typed still there.
    assert dialog.isVisible() and dialog.ui.reasonsEdit.toPlainText() == "Typed reasons."
    dialog.close()
    assert (audit.count(), letters_store.next_number(TODAY.year)) == before
    assert access.get_request(record.id, TODAY).status != "decided"

    previews.choices = [Choice.EDIT, Choice.ISSUE]
    seen = {}

    def ask(ctx, rec, parent=None):
        decision = AccessDecisionDialog(ctx, rec, parent)
        qtbot.addWidget(decision)
        qtbot.mouseClick(decision.issue_button, Qt.MouseButton.LeftButton)  # Edit: stays
        assert decision.result_ is None and letters_store.next_number(TODAY.year) == before[1]
        qtbot.mouseClick(decision.issue_button, Qt.MouseButton.LeftButton)  # Issue
        seen["dialog"] = decision
        return decision.result_
    monkeypatch.setattr(AccessDecisionDialog, "ask", staticmethod(ask))
    page.decide()
    decided = access.get_request(record.id, TODAY)
    assert decided.status == "decided" and decided.decision_letter_id is not None
    row = letters_store.get(decided.decision_letter_id)
    assert (paths.letters_dir / row.pdf_file).read_bytes() == previews.shown[-1].pdf
    assert previews.shown[-1].windowTitle() == f"Preview: decision letter {row.reference}"


def test_the_details_say_whether_a_request_is_on_a_meetings_agenda(page):
    """Each request's details name the meeting whose agenda it relates to, or say No."""
    from parishdesk.gui.access.page import RECORD_ROLE

    seen: dict[bool, str] = {}
    model = page.ui.table.model()
    for row in range(model.rowCount()):
        record = model.index(row, 0).data(RECORD_ROLE)
        page.ui.table.selectRow(row)
        text = page.ui.details.toPlainText()
        assert "On a meeting's agenda" in text and "Meeting business" not in text
        seen[record.meeting_business] = text
    assert False in seen  # the demo has requests of both kinds
    lines = [x.strip() for x in seen[False].splitlines() if x.strip()]
    at = lines.index("On a meeting's agenda")
    assert lines[at + 1] == "No"  # the table's value cell follows its label
