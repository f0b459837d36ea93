import hashlib

import pytest

from parishdesk.gui.documents.composer import LetterComposer
from parishdesk.gui.documents.letters import LettersTab
from parishdesk.services import letters
from parishdesk.store import letters_store


def _tab(qtbot, ctx):
    tab = LettersTab(ctx)
    qtbot.addWidget(tab)
    tab.show()
    return tab


def _references(tab):
    return [tab.model.rows[tab.proxy.mapToSource(tab.proxy.index(r, 0)).row()].reference
            for r in range(tab.proxy.rowCount())]


def test_search_as_you_type(qtbot, ctx, demo):
    tab = _tab(qtbot, ctx)
    every = letters.search_letters("")
    assert len(_references(tab)) == len(every) > 0
    one = every[-1]
    qtbot.keyClicks(tab.search, one.reference)
    assert _references(tab) == [one.reference]
    assert one.reference in tab.details.toHtml()
    tab.search.setText("no letter says this")
    assert tab.stack.currentWidget() is tab.empty
    assert "No letter matches" in tab.empty.text()
    assert not tab.reprint_action.isEnabled()


def test_reprint_is_identical_to_the_original(qtbot, ctx, demo, tmp_path, monkeypatch):
    tab = _tab(qtbot, ctx)
    row = tab.selected()
    assert row is not None
    target = tmp_path / "copy.pdf"
    monkeypatch.setattr(LettersTab, "ask_save_path",
                        classmethod(lambda cls, parent, suggested: target))
    assert tab.reprint() == target
    issued = letters_store.get(row.id)
    assert hashlib.sha256(target.read_bytes()).hexdigest() == issued.sha256


def test_open_pdf_opens_the_stored_file(qtbot, ctx, demo, monkeypatch):
    from parishdesk.gui.documents import letters as documents_letters

    opened = []
    monkeypatch.setattr(documents_letters.QDesktopServices, "openUrl",
                        staticmethod(lambda url: opened.append(url.toLocalFile()) or True))
    tab = _tab(qtbot, ctx)
    issued = letters_store.get(tab.selected().id)
    stored = ctx.paths.letters_dir / issued.pdf_file
    stored.unlink(missing_ok=True)  # e.g. a letters folder not restored with the database
    tab.open_action.trigger()
    assert opened == [str(stored)]
    assert hashlib.sha256(stored.read_bytes()).hexdigest() == issued.sha256


def test_general_letter_with_copies_signed_by_the_chair(qtbot, ctx, demo):
    composer = LetterComposer(ctx)
    qtbot.addWidget(composer)
    assert composer.cc_list.isVisibleTo(composer) or composer.cc_list.isEnabled()
    assert composer.chair_radio.isEnabled()  # a general letter may go in the Chair's name
    composer.issue()
    assert composer.subject_error.isVisibleTo(composer)
    assert composer.issued is None
    composer.subject.setText("Footpath closure on Mill Lane")
    composer.body.setPlainText("The footpath will close for repairs.\n\nIt reopens in March.")
    composer.cc_combo.setCurrentText(composer.cc_combo.itemText(1))
    composer.add_cc()
    composer.cc_combo.setCurrentText("Ashcombe Footpaths Group")
    composer.add_cc()
    composer.chair_radio.setChecked(True)
    composer.issue()
    issued = composer.issued
    assert issued is not None
    assert issued.letter.signatory.role == "chair"
    assert issued.letter.cc == composer.copies()
    assert len(issued.letter.cc) == 2
    assert issued.letter.body == ("The footpath will close for repairs.", "It reopens in March.")
    row = letters_store.get(issued.id)
    assert "Ashcombe Footpaths Group" in row.cc
    assert letters.reprint(ctx.paths, issued.id) == issued.pdf_path.read_bytes()


def test_composer_for_an_obligation_letter_offers_only_the_clerk(qtbot, ctx, demo):
    composer = LetterComposer(ctx, letter_type="ack_reminder")
    qtbot.addWidget(composer)
    assert not composer.chair_radio.isEnabled()
    assert composer.clerk_radio.isChecked()


@pytest.mark.parametrize("text", ["", "Ashcombe"])
def test_new_letter_refreshes_the_register(qtbot, ctx, demo, monkeypatch, text):
    tab = _tab(qtbot, ctx)
    tab.search.setText(text)
    before = len(letters_store.search(""))

    def fake_ask(cls, ctx_, parent=None):
        letter = letters.compose("general", letters.Recipient("Mrs A Resident"), "Hedges",
                                 ("Thank you.",), ctx_.today())
        return letters.issue_letter(ctx_.paths, letter, "test")

    monkeypatch.setattr(LetterComposer, "ask", classmethod(fake_ask))
    tab.new_action.trigger()
    assert tab.search.text() == ""
    assert tab.proxy.rowCount() == before + 1


def test_a_template_with_a_field_it_cannot_fill_is_explained_not_a_crash(qtbot, ctx, demo):
    # A template edited outside the app, so the editor's checks never saw it.
    ctx.paths.templates_dir.mkdir(parents=True, exist_ok=True)
    (ctx.paths.templates_dir / "general.txt").write_text(
        "Subject: {subject}\n\n{body}\n\nSee you at {meeting_place}.\n", encoding="utf-8")
    before = len(letters_store.search())
    composer = LetterComposer(ctx)
    qtbot.addWidget(composer)
    composer.subject.setText("Bench repairs")
    composer.body.setPlainText("The bench on the green is mended.")
    composer.issue()
    assert composer.issued is None and len(letters_store.search()) == before
    assert composer.error.isVisibleTo(composer)
    assert "Letter templates" in composer.error.text()
    assert "{meeting_place}" in composer.error.text()
