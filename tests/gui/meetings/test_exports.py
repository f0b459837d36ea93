"""The Meetings page's copies for other programs, driven with qtbot: the agenda and the
minutes in Word, the meeting and the year's programme in a calendar file; the letters
register's Word copy; and File > Export's deadlines calendar. Each file is read back."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import docx
import pytest
from icalendar import Calendar
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from parishdesk.gui.common import exports as common_exports
from parishdesk.gui.common.exports import export_deadlines_calendar
from parishdesk.gui.documents.letters import LettersTab
from parishdesk.gui.meetings import MeetingsPage
from parishdesk.gui.meetings import exports as meeting_exports
from parishdesk.services.meetings import agenda


@pytest.fixture
def said(monkeypatch) -> list[str]:  # type: ignore[no-untyped-def]
    """What the clerk was told (the "Saved" and the warning boxes)."""
    messages: list[str] = []
    for name in ("information", "warning"):
        monkeypatch.setattr(QMessageBox, name, staticmethod(
            lambda _parent, title, text, *_a, **_k: messages.append(f"{title}: {text}")))
    return messages


@pytest.fixture
def page(qtbot, ctx, demo, said):  # type: ignore[no-untyped-def]
    widget = MeetingsPage(ctx)
    qtbot.addWidget(widget)
    widget.resize(1366, 768)
    widget.show()
    return widget


def _choose_signed(page: MeetingsPage) -> int:
    signed = next(m for m in agenda.meetings() if m.minutes_state == "signed")
    assert signed.id is not None
    page.select_meeting(signed.id)
    return signed.id


def test_agenda_word_and_meeting_calendar_from_the_buttons(qtbot, page, tmp_path, said,
                                                           monkeypatch) -> None:  # type: ignore[no-untyped-def]
    meeting_id = _choose_signed(page)
    header = page.agenda.header
    asked: list[str] = []

    def answer(_parent, title, suggested, kind):  # type: ignore[no-untyped-def]
        asked.append(f"{title}|{Path(suggested).name}|{kind}")
        return tmp_path / (Path(suggested).stem + ("x.ics" if kind.startswith("Cal") else "x.docx"))

    monkeypatch.setattr(meeting_exports, "ask_path", answer)
    assert header.word_button.isEnabled() and header.calendar_button.isEnabled()
    qtbot.mouseClick(header.word_button, Qt.MouseButton.LeftButton)
    meeting = agenda.get_meeting(meeting_id)
    word = tmp_path / f"Agenda {meeting.on:%Y-%m-%d}x.docx"
    paragraphs = [p.text for p in docx.Document(str(word)).paragraphs]
    assert paragraphs[0].startswith("Summons to attend the ")
    assert said[-1].startswith("Saved: ") and "the PDF stays the record" in said[-1]
    assert agenda.get_meeting(meeting_id).summons_issued_on == meeting.summons_issued_on

    qtbot.mouseClick(header.calendar_button, Qt.MouseButton.LeftButton)
    ics = tmp_path / f"Meeting {meeting.on:%Y-%m-%d}x.ics"
    [event] = Calendar.from_ical(ics.read_bytes()).walk("VEVENT")
    assert str(event["location"]) == meeting.place
    assert event.decoded("dtstart").utcoffset() == dt.timedelta(0)
    assert "double-click the file" in said[-1]
    assert [a.split("|")[2] for a in asked] == ["Word documents (*.docx)",
                                               "Calendar files (*.ics)"]


def test_minutes_word_from_the_minutes_tab(qtbot, page, tmp_path, said, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    _choose_signed(page)
    page.views.setCurrentWidget(page.minutes)
    target = tmp_path / "minutes.docx"
    monkeypatch.setattr(meeting_exports, "ask_path", lambda *_a: target)
    qtbot.mouseClick(page.minutes.word_button, Qt.MouseButton.LeftButton)
    paragraphs = [p.text for p in docx.Document(str(target)).paragraphs]
    assert paragraphs[0].startswith("Minutes of the ") and "Person presiding" in paragraphs


def test_programme_of_the_chosen_meetings_year(qtbot, page, tmp_path, said, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    meeting_id = _choose_signed(page)
    year = agenda.get_meeting(meeting_id).on.year
    assert str(year) in page.programme_button.toolTip()
    target = tmp_path / "programme.ics"
    monkeypatch.setattr(meeting_exports, "ask_path", lambda *_a: target)
    qtbot.mouseClick(page.programme_button, Qt.MouseButton.LeftButton)
    events = Calendar.from_ical(target.read_bytes()).walk("VEVENT")
    assert len(events) == len([m for m in agenda.meetings() if m.on.year == year]) > 1
    assert said[-1].startswith(f"Saved: {len(events)} meetings of {year} saved to ")


def test_a_cancelled_choice_saves_nothing_and_a_bad_place_says_why(qtbot, page, tmp_path, said,
                                                                    monkeypatch) -> None:  # type: ignore[no-untyped-def]
    _choose_signed(page)
    monkeypatch.setattr(meeting_exports, "ask_path", lambda *_a: None)
    assert page.agenda.header.save_word() is None and not said
    blocked = tmp_path / "a file, not a folder"
    blocked.write_text("x")
    assert page.agenda.header.add_to_calendar(blocked / "meeting.ics") is None
    assert said and not said[-1].startswith("Saved")


def test_ask_path_adds_the_missing_ending(monkeypatch, tmp_path) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtWidgets import QFileDialog

    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        staticmethod(lambda *_a: (str(tmp_path / "Meetings 2026"), "")))
    assert common_exports.ask_path(None, "t", tmp_path, common_exports.CALENDAR_FILES) == \
        tmp_path / "Meetings 2026.ics"
    assert common_exports.ask_path(None, "t", tmp_path, common_exports.WORD_FILES) == \
        tmp_path / "Meetings 2026.docx"


def test_deadlines_to_a_calendar(qtbot, ctx, demo, tmp_path, said, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    target = tmp_path / "deadlines.ics"
    monkeypatch.setattr(common_exports, "ask_path", lambda *_a: target)
    assert export_deadlines_calendar(None, ctx) == target
    events = Calendar.from_ical(target.read_bytes()).walk("VEVENT")
    categories = {str(e["categories"].cats[0]) for e in events}
    assert {"Enquiries", "Information requests", "Dispute cases"} <= categories
    assert said[-1].startswith(f"Saved: {len(events)} deadlines saved to ")
    monkeypatch.setattr(common_exports, "ask_path", lambda *_a: None)
    assert export_deadlines_calendar(None, ctx) is None


def test_letters_register_saves_a_word_copy(qtbot, ctx, demo, tmp_path, said) -> None:  # type: ignore[no-untyped-def]
    tab = LettersTab(ctx)
    qtbot.addWidget(tab)
    tab.show()
    row = tab.selected()
    assert row is not None and tab.buttons["word"].isEnabled()
    target = tab.save_word(tmp_path / "letter.docx")
    assert target is not None
    cell = docx.Document(str(target)).tables[0].rows[0].cells[1]
    assert cell.text.startswith(f"Our reference: {row.reference}")
    tab.search.setText("no letter says this")
    assert not tab.buttons["word"].isEnabled() and not tab.word_action.isEnabled()
