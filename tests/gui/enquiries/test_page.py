"""The Enquiries area driven with qtbot: quick capture, filters, search, sorting, the checks
banner, replies and the report dialog; the table model checked with qtmodeltester."""

from __future__ import annotations

import datetime as dt
import email
import email.policy
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog

from parishdesk.gui.enquiries.capture import QuickCaptureDialog
from parishdesk.gui.enquiries.detail import EnquiryDetailPane
from parishdesk.gui.enquiries.model import PAGE_SIZE, InboxModel
from parishdesk.gui.enquiries.page import EnquiriesPage
from parishdesk.gui.enquiries.report_dialog import EnquiryReportDialog
from parishdesk.services import enquiries as svc
from parishdesk.store import enquiry_store, members_store

TODAY = dt.date(2026, 11, 23)
NOW = dt.datetime(2026, 11, 23, 10, 5)


def subjects(page: EnquiriesPage) -> list[str]:
    model = page.model
    return [model.row_at(i).subject for i in range(model.rowCount())]  # type: ignore[union-attr]


def test_model_passes_qtmodeltester(ctx, qtmodeltester) -> None:
    model = InboxModel(svc.inbox_query(TODAY), svc.nation())
    qtmodeltester.check(model)


def test_model_fetches_lazily_a_page_at_a_time(ctx) -> None:
    calls: list[tuple[int, int]] = []

    def fetch(query, offset, limit):  # type: ignore[no-untyped-def]
        calls.append((offset, limit))
        rows = enquiry_store.inbox_page(query, 0, 1)
        return rows * limit if offset < 2 * limit else rows[:0]

    model = InboxModel(svc.inbox_query(TODAY), svc.nation(), fetch=fetch)
    assert model.rowCount() == PAGE_SIZE and calls == [(0, PAGE_SIZE)]
    assert model.canFetchMore()
    model.fetchMore()
    assert model.rowCount() == 2 * PAGE_SIZE
    model.fetchMore()
    assert not model.canFetchMore() and calls[-1] == (2 * PAGE_SIZE, PAGE_SIZE)


def test_quick_filters_show_text_and_icons_not_colour_alone(page, qtbot) -> None:
    qtbot.mouseClick(page.ui.overdueButton, Qt.MouseButton.LeftButton)
    assert page.filter == "overdue"
    overdue = page.model.rowCount()
    assert overdue == 4 and page.ui.countLabel.text() == "4 enquiries"
    text = page.model.index(0, 7).data()
    assert text.startswith("Overdue by")
    assert not page.model.index(0, 7).data(Qt.ItemDataRole.DecorationRole).isNull()
    qtbot.mouseClick(page.ui.waitingButton, Qt.MouseButton.LeftButton)
    assert subjects(page) == ["Planning application at the old mill"]
    assert page.model.index(0, 7).data() == "Clock stopped"
    qtbot.mouseClick(page.ui.dueSoonButton, Qt.MouseButton.LeftButton)
    assert page.model.rowCount() >= 1
    assert all("due soon" in page.model.index(i, 7).data() or
               page.model.index(i, 7).data() == "Due today"
               for i in range(page.model.rowCount()))
    qtbot.mouseClick(page.ui.closedButton, Qt.MouseButton.LeftButton)
    assert {page.model.row_at(i).status for i in range(page.model.rowCount())} == {  # type: ignore[union-attr]
        "answered", "closed"}
    qtbot.mouseClick(page.ui.mineButton, Qt.MouseButton.LeftButton)
    assert "Defibrillator battery checks" not in subjects(page)  # assigned to the assistant
    qtbot.mouseClick(page.ui.allButton, Qt.MouseButton.LeftButton)
    assert page.model.rowCount() == 25


def test_search_and_sort(page, qtbot) -> None:
    qtbot.keyClicks(page.ui.searchEdit, "leaflets")
    qtbot.waitUntil(lambda: page.model.query.search == "leaflets")
    assert subjects(page) == ["Leaflets for the spring campaign"]
    page.ui.searchEdit.setText("nothing-matches-this")
    page.apply_search()
    assert page.model.rowCount() == 0
    assert page.empty_state.isVisibleTo(page)
    assert page.empty_state.text() == "No enquiry matches \u201cnothing-matches-this\u201d. " \
        "Replies are searched too."
    page.empty_state.button("Clear the search").click()
    assert page.ui.searchEdit.text() == ""
    page.ui.searchEdit.clear()
    page.apply_search()
    page.ui.table.sortByColumn(3, Qt.SortOrder.AscendingOrder)
    assert page.model.query.sort == "subject"
    assert subjects(page) == sorted(subjects(page))
    page.ui.table.sortByColumn(6, Qt.SortOrder.DescendingOrder)
    dues = [page.model.row_at(i).answer_due for i in range(page.model.rowCount())]  # type: ignore[union-attr]
    assert dues == sorted(dues, reverse=True)


# The completer's popup asks the offscreen platform for things it cannot do.
@pytest.mark.qt_log_ignore("does not support raise", "does not support grabbing")
def test_quick_capture_is_keyboard_first(ctx, qtbot) -> None:
    councillors = members_store.list_councillors(on=TODAY)
    dialog = QuickCaptureDialog(councillors, NOW)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.ui.councillorCombo.hasFocus() or dialog.focusWidget() is not None
    # Saving straight away shows the problems beside the fields and keeps the dialog open.
    qtbot.keyClick(dialog.ui.subjectEdit, Qt.Key.Key_Return)
    assert dialog.result() != QDialog.DialogCode.Accepted
    assert "Choose a councillor" in dialog.ui.councillorError.text()
    assert dialog.ui.subjectError.isVisibleTo(dialog)
    qtbot.keyClicks(dialog.ui.councillorCombo.lineEdit(), "Fairweather")
    qtbot.keyClicks(dialog.ui.subjectEdit, "Dog fouling on the playing field")
    qtbot.keyClicks(dialog.ui.textEdit, "Residents are unhappy; can signs go up?")
    dialog.ui.requestedCheck.setChecked(True)
    qtbot.keyClick(dialog.ui.subjectEdit, Qt.Key.Key_Return)
    assert dialog.result() == QDialog.DialogCode.Accepted
    data = dialog.result_input
    assert data is not None
    assert data.councillor_id == next(c.id for c in councillors if c.surname == "Fairweather")
    assert data.channel == "phone" and data.received_at == NOW
    assert data.requested_by == dt.date(2026, 12, 7)


def test_ctrl_n_logs_and_shows_the_new_enquiry(page, ctx, qtbot, monkeypatch) -> None:
    patel = members_store.list_councillors(on=TODAY)[0]

    def fake_ask(councillors, received_at, parent=None):  # type: ignore[no-untyped-def]
        assert patel.id is not None
        return svc.EnquiryInput(councillor_id=patel.id, received_at=received_at,
                                subject="Please do this immediately", text="I insist.")

    monkeypatch.setattr(QuickCaptureDialog, "ask", classmethod(
        lambda cls, *a, **k: fake_ask(*a, **k)))
    page.show()
    qtbot.waitExposed(page)
    page.activateWindow()
    qtbot.waitUntil(page.isActiveWindow)
    page.ui.table.setFocus()
    badges: list[str] = []
    page.badgeChanged.connect(badges.append)
    qtbot.keyClick(page.ui.table, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    assert page.model.rowCount() == 26
    assert page.detail.detail is not None
    assert page.detail.detail.subject == "Please do this immediately"
    codes = {w.code for w in page.detail.detail.warnings}
    assert {"councillor-instruction", "priority-demanded"} <= codes
    assert badges and badges[-1] == "4 overdue"


def test_banner_dismissal_asks_for_a_note_and_records_it(page, qtbot, monkeypatch) -> None:
    rows = [page.model.row_at(i) for i in range(page.model.rowCount())]
    target = next(r for r in rows if r is not None and r.subject.startswith("Leaflets"))
    assert page.select_enquiry(target.id)
    detail = page.detail
    [card] = detail.cards
    # The rule by its plain title with a Why? link and a real source; never its ID.
    assert "ENQ-4" not in card.text.text() and "What to do" in card.text.text()
    assert "Council resources for council business only" in card.text.text()
    assert "Why?" in card.text.text()
    assert "Source:</i> ParishDesk&#x27;s model protocol, paragraph 3.4" in card.text.text()
    monkeypatch.setattr(EnquiryDetailPane, "ask_text",
                        classmethod(lambda cls, *a: "Council newsletter item, not party"))
    qtbot.mouseClick(card.dismiss_button, Qt.MouseButton.LeftButton)
    warning = enquiry_store.warning(target.id, "not-council-business")
    assert warning is not None and warning.dismissal_note == "Council newsletter item, not party"
    assert detail.cards[0].warning.dismissed
    assert any("dismissed" in detail.timeline.item(i).text()
               for i in range(detail.timeline.count()))


def test_reply_editor_issues_letter_and_email(page, ctx, qtbot) -> None:
    rows = [page.model.row_at(i) for i in range(page.model.rowCount())]
    defib = next(r for r in rows if r is not None and r.subject.startswith("Defibrillator"))
    page.select_enquiry(defib.id)
    page.detail.reply_edit.setPlainText("The battery was checked on Monday.")
    qtbot.mouseClick(page.detail.email_button, Qt.MouseButton.LeftButton)
    [eml] = [p for p in ctx.paths.data_dir.rglob("*.eml") if "ENQ-2026-0017" in p.name]
    message = email.message_from_bytes(eml.read_bytes(), policy=email.policy.default)
    assert message["Bcc"] is None and "battery was checked" in message.get_content()  # type: ignore[attr-defined]
    assert page.detail.detail is not None and page.detail.detail.status == "answered"
    overdue = next(r for r in rows if r is not None and r.subject.startswith("Broken bench"))
    page.select_enquiry(overdue.id)
    assert page.detail.late_edit.isVisibleTo(page.detail)
    page.detail.reply_edit.setPlainText("A new slat is being fitted this week.")
    page.detail.late_edit.setText("The carpenter was away.")
    pdf = page.detail.issue_reply(as_email=False)
    assert isinstance(pdf, Path) and pdf.exists()
    assert enquiry_store.get(overdue.id).late_reason == "The carpenter was away."  # type: ignore[union-attr]


def test_report_dialog_shows_figures_and_prints(ctx, qtbot, tmp_path, monkeypatch) -> None:
    dialog = EnquiryReportDialog(ctx)
    qtbot.addWidget(dialog)
    assert "answered" in dialog.ui.summaryLabel.text()
    assert dialog.ui.figures.rowCount() >= 2
    assert dialog.chart.rows and dialog.chart.rows[0].name == "Catherine Brooks"
    target = tmp_path / "report.pdf"
    monkeypatch.setattr(EnquiryReportDialog, "ask_save_path", classmethod(lambda cls, *a: target))
    assert dialog.print_pdf() == target
    assert target.read_bytes().startswith(b"%PDF")


def test_alerts_list_overdue_and_group_advice(page) -> None:
    alerts = page.alerts()
    assert any("4 enquiries are overdue" in a for a in alerts)
    assert any("Riverside Alliance" in a and "still to be offered" in a for a in alerts)
    assert not any("GROUP-2" in a for a in alerts)  # the clerk never sees a rule ID
    assert "File" in page.menu_actions()


def test_a_narrow_inbox_keeps_status_due_and_days_left_in_view(page, qtbot) -> None:
    page.resize(820, 700)  # the area in a 1024-pixel window
    page.show()
    qtbot.waitExposed(page)
    table = page.ui.table
    assert table.isColumnHidden(4)  # "Assigned to" is left to the details
    for column in (5, 6, 7):
        left = table.columnViewportPosition(column)
        assert left >= 0 and left + table.columnWidth(column) <= table.viewport().width()
    assert page.model.headerData(7, Qt.Orientation.Horizontal) == "Days left"
    received = page.model.index(0, 1)
    assert len(received.data()) == len("dd/mm/yyyy")  # the time is in the tooltip
    assert ":" in received.data(Qt.ItemDataRole.ToolTipRole)
    page.resize(1700, 800)  # wide: every column and the details beside the table
    qtbot.waitUntil(lambda: page.ui.splitter.orientation() == Qt.Orientation.Horizontal)
    assert not table.isColumnHidden(4)
    assert page.model.headerData(7, Qt.Orientation.Horizontal) == "Working days left"


def test_the_acknowledgement_deadline_is_shown_and_a_late_one_flagged(page) -> None:
    from parishdesk.gui.enquiries.model import ACK_LATE_TEXT

    model = page.model
    rows = [model.row_at(i) for i in range(model.rowCount())]
    late = next(r for r in rows if r is not None and r.status == "new" and r.ack_due < TODAY)
    on_time = next(r for r in rows if r is not None and r.status == "new" and r.ack_due >= TODAY)
    late_status = model.index(model.row_of(late.id), 5)
    assert late_status.data() == ACK_LATE_TEXT
    assert not late_status.data(Qt.ItemDataRole.DecorationRole).isNull()  # an icon, not colour
    assert late.ack_due.strftime("%d/%m/%Y") in late_status.data(Qt.ItemDataRole.ToolTipRole)
    on_time_status = model.index(model.row_of(on_time.id), 5)
    assert on_time_status.data() == "New" and on_time_status.data(
        Qt.ItemDataRole.DecorationRole) is None
    page.select_enquiry(late.id)
    assert page.detail.ack_label.text() == (
        f"Acknowledge by {late.ack_due.strftime('%d/%m/%Y')}: late, not acknowledged yet")
    assert not page.detail.ack_icon.pixmap().isNull()
    page.select_enquiry(on_time.id)
    assert page.detail.ack_label.text().startswith(
        f"Acknowledge by {on_time.ack_due.strftime('%d/%m/%Y')}")
    assert page.detail.ack_icon.pixmap().isNull()


def _open_row(page: EnquiriesPage, subject_start: str):  # type: ignore[no-untyped-def]
    rows = [page.model.row_at(i) for i in range(page.model.rowCount())]
    return next(r for r in rows if r is not None and r.subject.startswith(subject_start))


def _drafts(enquiry_id: int) -> list[str]:
    return [r.body for r in enquiry_store.replies(enquiry_id)
            if r.kind == "reply" and not r.issued_as]


def test_a_reply_being_written_is_kept_when_another_row_is_chosen(page) -> None:
    bench = _open_row(page, "Broken bench")
    hedge = _open_row(page, "Overgrown hedge")
    page.select_enquiry(bench.id)
    assert page.detail.save_draft_button.isEnabled()
    page.detail.reply_edit.setPlainText("The new slats arrive on Friday.")
    page.select_enquiry(hedge.id)  # no Save pressed
    assert _drafts(bench.id) == ["The new slats arrive on Friday."]
    assert page.detail.reply_edit.toPlainText() == ""  # the hedge has no draft
    page.select_enquiry(bench.id)
    assert page.detail.reply_edit.toPlainText() == "The new slats arrive on Friday."
    page.detail.reply_edit.setPlainText("The new slats arrive on Monday.")
    page.set_filter("overdue")  # the list reloads: the change is kept too, in the same draft
    assert _drafts(bench.id) == ["The new slats arrive on Monday."]


def test_save_draft_on_ctrl_s(page, qtbot) -> None:
    hedge = _open_row(page, "Overgrown hedge")
    page.show()
    qtbot.waitExposed(page)
    page.activateWindow()
    qtbot.waitUntil(page.isActiveWindow)
    page.select_enquiry(hedge.id)
    editor = page.detail.reply_edit
    editor.setFocus()
    qtbot.keyClicks(editor, "The landowner has been asked to cut it back.")
    qtbot.keyClick(editor, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert _drafts(hedge.id) == ["The landowner has been asked to cut it back."]
    assert not page.detail.has_unsaved_reply()
    assert page.detail.reply_edit.toPlainText() == "The landowner has been asked to cut it back."


def test_acknowledge_by_email_saves_an_eml_and_marks_it_acknowledged(page, ctx) -> None:
    model = page.model
    rows = [model.row_at(i) for i in range(model.rowCount())]
    new = next(r for r in rows if r is not None and r.status == "new")
    page.select_enquiry(new.id)
    detail = page.detail
    assert detail.ack_email_button.isEnabled() and detail.ack_button.isEnabled()
    detail.ack_email_button.click()
    [eml] = [p for p in ctx.paths.data_dir.rglob("*.eml") if f"{new.reference}-ack" in p.name]
    message = email.message_from_bytes(eml.read_bytes(), policy=email.policy.default)
    assert message["Subject"] == f"Your enquiry {new.reference}"
    body = message.get_content()  # type: ignore[attr-defined]
    assert "Thank you for your enquiry" in body and new.reference in body
    councillor = members_store.get_councillor(enquiry_store.get(new.id).councillor_id)  # type: ignore[union-attr]
    assert councillor is not None and councillor.surname in str(message["To"])
    assert enquiry_store.get(new.id).status == "acknowledged"  # type: ignore[union-attr]
    assert detail.detail is not None and detail.detail.status == "acknowledged"
    assert not detail.ack_email_button.isEnabled()
    assert any("e-mail draft" in detail.timeline.item(i).text()
               for i in range(detail.timeline.count()))
