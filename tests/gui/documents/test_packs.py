import datetime as dt

import pypdf
import pytest
from PySide6.QtCore import Qt

from parishdesk.gui.common import background
from parishdesk.gui.documents.pack_dialogs import PackGenerator, ReturnedDialog
from parishdesk.gui.documents.packs import AcknowledgementsTab
from parishdesk.services import protocol_acks


@pytest.fixture
def no_folder_prompt(monkeypatch):
    offered = []
    monkeypatch.setattr(PackGenerator, "offer_open_folder", classmethod(
        lambda cls, parent, folder, message, made=(): offered.append((folder, message, made))))
    return offered


def _tab(qtbot, ctx):
    tab = AcknowledgementsTab(ctx)
    qtbot.addWidget(tab)
    tab.show()
    return tab


def _state_of(tab, person_id):
    row = next(i for i, r in enumerate(tab.model.rows) if r.person_id == person_id)
    return tab.model.index(row, 4).data()


def test_table_shows_each_councillor_in_words(qtbot, ctx, demo):
    tab = _tab(qtbot, ctx)
    rows = protocol_acks.status_rows()
    assert tab.model.rowCount() == len(rows) > 0
    words = {tab.model.index(r, 4).data() for r in range(tab.model.rowCount())}
    assert words <= {"Signed and returned", "Issued, not yet signed", "Not yet issued"}
    assert "Not yet issued" in words  # the co-opted councillor has had no pack yet
    assert "councillors have returned a signed form" in tab.summary.text()


def test_packs_for_everyone_not_yet_acknowledged(qtbot, ctx, demo, tmp_path, no_folder_prompt):
    assert background.SYNCHRONOUS
    tab = _tab(qtbot, ctx)
    waiting = protocol_acks.not_yet_acknowledged()
    assert waiting
    generator = PackGenerator(ctx, tab)
    qtbot.addWidget(generator)
    assert generator.ui.everyoneRadio.isChecked()
    assert str(len(waiting)) in generator.ui.everyoneLabel.text()
    generator.ui.whereEdit.setText(str(tmp_path / "packs"))
    generator.start()
    assert len(generator.made) == len(waiting)
    for path in generator.made:
        assert path.parent == tmp_path / "packs"
        assert path.read_bytes().startswith(b"%PDF")
    assert no_folder_prompt and no_folder_prompt[0][0] == tmp_path / "packs"
    tab.refresh()
    for person_id in waiting:
        assert _state_of(tab, person_id) in ("Issued, not yet signed", "Signed and returned")
    issued = {r.person_id: r.issued_on for r in protocol_acks.status_rows()}
    assert all(issued[p] == dt.date(2026, 11, 22) for p in waiting)


def test_one_combined_pdf_for_one_councillor(qtbot, ctx, demo, tmp_path, no_folder_prompt):
    person = protocol_acks.status_rows()[0]
    generator = PackGenerator(ctx, None, person.person_id)
    qtbot.addWidget(generator)
    assert generator.ui.oneRadio.isChecked()
    assert generator.ui.councillorCombo.currentData() == person.person_id
    generator.ui.combinedRadio.setChecked(True)
    generator.ui.whereEdit.setText(str(tmp_path / "pack"))
    generator.start()
    assert generator.made == [tmp_path / "pack.pdf"]
    text = "".join(page.extract_text() for page in pypdf.PdfReader(generator.made[0]).pages)
    assert person.name.replace("Cllr ", "") in text


def test_cancel_stops_cleanly_and_says_so(qtbot, ctx, demo, tmp_path, monkeypatch,
                                          no_folder_prompt):
    generator = PackGenerator(ctx)
    qtbot.addWidget(generator)
    generator.ui.combinedRadio.setChecked(True)
    generator.ui.whereEdit.setText(str(tmp_path / "all.pdf"))
    before = protocol_acks.status_rows()

    def cancelled(self, done, total, text=""):
        if done:
            raise background.Cancelled()

    monkeypatch.setattr(background.Progress, "update", cancelled)
    generator.start()
    assert generator.made == []
    assert not (tmp_path / "all.pdf").exists()
    assert "Cancelled" in generator.ui.errorLabel.text()
    assert protocol_acks.status_rows() == before
    assert generator.ui.buttonBox.isEnabled()


def test_record_signed_form_returned(qtbot, ctx, demo, monkeypatch):
    tab = _tab(qtbot, ctx)
    waiting = next(r for r in tab.model.rows if r.state == "issued")
    tab.select_person(waiting.person_id)
    assert tab.returned_action.isEnabled()
    dialog = ReturnedDialog(waiting, dt.date(2026, 11, 22))
    qtbot.addWidget(dialog)
    assert dialog.date.text() == "22/11/2026"  # the typed date field, dd/mm/yyyy
    dialog.date.edit.setText("tomorrow")
    dialog.date.edit.textEdited.emit("tomorrow")
    assert "cannot be after" in dialog.date.understood.text()  # not in the future
    monkeypatch.setattr(ReturnedDialog, "ask", classmethod(
        lambda cls, row, today, parent=None: dt.date(2026, 11, 21)))
    tab.returned_action.trigger()
    assert _state_of(tab, waiting.person_id) == "Signed and returned"
    row = next(r for r in tab.model.rows if r.person_id == waiting.person_id)
    assert row.returned_on == dt.date(2026, 11, 21)
    # A councillor who has signed cannot be recorded again.
    assert not tab.returned_action.isEnabled()


@pytest.fixture
def told(monkeypatch):
    messages = []
    monkeypatch.setattr(AcknowledgementsTab, "tell", classmethod(
        lambda cls, parent, title, message: messages.append(message)))
    return messages


def test_send_reminder_to_the_selected_councillor(qtbot, ctx, demo, told):
    from parishdesk.store import letters_store

    tab = _tab(qtbot, ctx)
    assert tab.remind_action.shortcut().toString() == "Ctrl+Alt+R"
    not_sent = next(r for r in tab.model.rows if r.state == "not_issued")
    tab.select_person(not_sent.person_id)
    assert not tab.remind_action.isEnabled() and not tab.buttons["remind"].isEnabled()
    waiting = next(r for r in tab.model.rows if r.state == "issued")
    tab.select_person(waiting.person_id)
    assert tab.buttons["remind"].isEnabled()
    before = len(letters_store.search("ack_reminder"))
    qtbot.mouseClick(tab.buttons["remind"], Qt.MouseButton.LeftButton)
    [reminder] = [r for r in letters_store.search("ack_reminder")
                  if r.recipient_person_id == waiting.person_id]
    assert len(letters_store.search("ack_reminder")) == before + 1
    assert told and reminder.reference in told[0] and waiting.name in told[0]
    text = " ".join(p.extract_text() for p in pypdf.PdfReader(
        ctx.paths.letters_dir / letters_store.get(reminder.id).pdf_file).pages)
    assert "I have not yet received your signed form" in " ".join(text.split())


def test_remind_everyone_asks_first(qtbot, ctx, demo, told, monkeypatch):
    from parishdesk.store import letters_store

    tab = _tab(qtbot, ctx)
    asked = []
    monkeypatch.setattr(AcknowledgementsTab, "confirm_remind_all", classmethod(
        lambda cls, parent, names: asked.append(names) or False))
    assert tab.remind_all_action.isEnabled()
    before = len(letters_store.search("ack_reminder"))
    tab.remind_all_action.trigger()
    waiting = [r.name for r in tab.model.rows if r.state == "issued"]
    assert asked == [waiting] and len(letters_store.search("ack_reminder")) == before
    monkeypatch.setattr(AcknowledgementsTab, "confirm_remind_all", classmethod(
        lambda cls, parent, names: True))
    tab.remind_all_action.trigger()
    assert len(letters_store.search("ack_reminder")) == before + len(waiting)
    assert f"{len(waiting)} reminder" in told[-1]


def test_the_tab_fits_a_1024_pixel_window(qtbot, ctx, demo):
    # The navigation list takes about 200 px of a 1024-px main window.
    tab = _tab(qtbot, ctx)
    assert tab.minimumSizeHint().width() <= 800
    assert tab.summary.wordWrap() and "9 of 11" in tab.summary.text()


def test_the_first_pack_is_previewed_and_is_the_pack_made(qtbot, ctx, demo, tmp_path,
                                                          no_folder_prompt, previews):
    from parishdesk.gui.common.pdf_preview import Choice
    from parishdesk.store import audit, letters_store

    waiting = protocol_acks.not_yet_acknowledged()
    generator = PackGenerator(ctx, None)
    qtbot.addWidget(generator)
    generator.ui.whereEdit.setText(str(tmp_path / "packs"))
    before = (audit.count(), letters_store.next_number(2026))
    previews.choices = [Choice.EDIT]
    generator.start()
    assert generator.made == [] and (audit.count(), letters_store.next_number(2026)) == before
    [preview] = previews.shown
    assert preview.issue_button.text() == f"&Make {len(waiting)} packs"
    assert "exactly as it will be made" in preview.explanation.text()

    generator.start()  # Make packs, this time
    first = min(generator.made, key=lambda p: p.name)
    assert previews.shown[1].pdf == first.read_bytes()  # the preview was the first pack
    folder, message, made = no_folder_prompt[0]
    assert made == generator.made and f"{len(waiting)} PDFs made" in message


def test_cancel_in_the_pack_preview_makes_nothing(qtbot, ctx, demo, tmp_path, previews):
    from parishdesk.gui.common.pdf_preview import Choice

    generator = PackGenerator(ctx, None)
    qtbot.addWidget(generator)
    generator.ui.whereEdit.setText(str(tmp_path / "packs"))
    previews.choices = [Choice.CANCEL]
    generator.start()
    assert generator.made == [] and not (tmp_path / "packs").exists()
    assert generator.result() == 0  # the pack dialog closed too


def test_after_packs_are_made_open_pdf_is_offered(qtbot, tmp_path, monkeypatch):
    from PySide6.QtGui import QDesktopServices

    opened = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: opened.append(url.toLocalFile()))
    pdf = tmp_path / "protocol-pack.pdf"
    boxes = []

    def press_open_pdf(box):
        boxes.append([b.text() for b in box.buttons()])
        [button] = [b for b in box.buttons() if b.text() == "Open &PDF"]
        assert box.defaultButton() is button
        button.click()

    monkeypatch.setattr(PackGenerator, "show_box", staticmethod(press_open_pdf))
    PackGenerator.offer_open_folder(None, tmp_path, "1 PDF made.", [pdf])
    assert opened == [str(pdf)] and "&Open folder" in boxes[0]


def test_a_reminder_is_previewed_and_cancel_sends_nothing(qtbot, ctx, demo, told, previews):
    from parishdesk.gui.common.pdf_preview import Choice
    from parishdesk.store import audit, letters_store

    tab = _tab(qtbot, ctx)
    waiting = next(r for r in tab.model.rows if r.state == "issued")
    tab.select_person(waiting.person_id)
    before = (audit.count(), letters_store.next_number(2026))
    previews.choices = [Choice.CANCEL]
    assert tab.send_reminder() is None
    assert (audit.count(), letters_store.next_number(2026)) == before and not told
    sent = tab.send_reminder()
    assert sent is not None and sent.pdf_path.read_bytes() == previews.shown[-1].pdf
    assert previews.shown[-1].windowTitle() == f"Preview: reminder {sent.reference}"


def test_remind_everyone_previews_the_first_reminder(qtbot, ctx, demo, told, monkeypatch,
                                                     previews):
    from parishdesk.gui.common.pdf_preview import Choice
    from parishdesk.store import audit, letters_store

    tab = _tab(qtbot, ctx)
    monkeypatch.setattr(AcknowledgementsTab, "confirm_remind_all", classmethod(
        lambda cls, parent, names: True))
    waiting = [r for r in tab.model.rows if r.state == "issued"]
    before = (audit.count(), letters_store.next_number(2026))
    previews.choices = [Choice.CANCEL]
    assert tab.remind_everyone() == []
    assert (audit.count(), letters_store.next_number(2026)) == before
    [preview] = previews.shown
    plural = "s" if len(waiting) != 1 else ""
    assert preview.issue_button.text() == f"&Send {len(waiting)} reminder{plural}"
    assert waiting[0].name in preview.explanation.text()
    sent = tab.remind_everyone()
    assert len(sent) == len(waiting)
    assert sent[0].pdf_path.read_bytes() == previews.shown[-1].pdf
